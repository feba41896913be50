/**
 * Adversarial postings: the shapes that make Markdown parsers, tokenizers and regexes recurse
 * without end or go quadratic. From CommonMark's pathological tests (cmark test/pathological_tests.py),
 * the Markdown parser issue trackers, and what this project measured in micromark and wink-nlp.
 * Each input is linear in its size parameter and at most a few hundred kilobytes.
 */
const r = (s: string, n: number) => s.repeat(n);

export interface Adversarial {
  name: string;
  input: string;
}

export const adversarial: Adversarial[] = [
  // Nesting, 20,000 levels deep.
  { name: 'nested block quotes', input: r('>', 20000) + ' hi' },
  { name: 'nested block quotes with spaces', input: r('> ', 20000) + 'hi' },
  { name: 'nested block quotes and nothing else', input: r('>', 20000) },
  { name: 'nested bullet items and nothing else', input: r('- ', 20000) },
  { name: 'nested bullet items on one line', input: r('- ', 20000) + 'hi' },
  { name: 'nested ordered items on one line', input: r('1. ', 20000) + 'hi' },
  { name: 'quotes and items interleaved', input: r('> - ', 10000) + 'hi' },
  { name: 'nested emphasis', input: r('*', 20000) + 'hi' + r('*', 20000) },
  { name: 'nested strong emphasis', input: r('*a **a ', 10000) + 'b' + r(' a** a*', 10000) },
  { name: 'nested brackets', input: r('[', 20000) + 'a' + r(']', 20000) },
  { name: 'nested link parentheses', input: '[a](' + r('(', 20000) + 'b' + r(')', 20000) + ')' },
  { name: 'nested footnote definitions', input: r('[^a]: ', 10000) + 'x' },
  { name: 'items nested by indentation (200 deep)', input: Array.from({ length: 200 }, (_, i) => `${r('  ', i)}- a`).join('\n') },
  { name: 'deep YAML front matter', input: `---\ntitle: ${r('[', 20000)}${r(']', 20000)}\n---\n# AI Engineer\n` },
  // Pairing and scanning that goes quadratic in one paragraph.
  { name: 'emphasis closers without openers', input: r('a_ ', 20000) },
  { name: 'emphasis openers without closers', input: r('_a ', 20000) },
  { name: 'mismatched openers and closers', input: r('*a_ ', 20000) },
  { name: 'openers and closers multiple of 3', input: 'a**b' + r('c* ', 20000) },
  { name: 'cmark issue 389', input: r('*a ', 10000) + r('_a*_ ', 10000) },
  { name: 'link openers and emphasis closers', input: r('[ a_', 20000) },
  { name: 'link closers without openers', input: r('a]', 20000) },
  { name: 'link openers without closers', input: r('[a', 20000) },
  { name: 'unclosed links with angle brackets', input: r('[a](<b', 20000) },
  { name: 'unclosed links', input: r('[a](b', 20000) },
  { name: 'unclosed HTML comments', input: '</' + r('<!--', 20000) },
  { name: 'unclosed CDATA', input: r('a <![CDATA[', 10000) },
  { name: 'unclosed processing instructions', input: r('a <? ', 20000) },
  { name: 'angle brackets', input: r('<', 50000) },
  { name: 'angle pairs', input: r('<>', 20000) },
  { name: 'escaped backticks', input: r('\\``', 20000) },
  { name: 'backtick runs', input: r('e`', 20000) + r('``', 5000) },
  { name: 'strikethrough openers', input: r('~~a ', 20000) },
  { name: 'lazy lines in a quote', input: '> a\n' + r('b\n', 20000) },
  { name: 'lazy lines in a list item', input: '- a\n' + r('b\n', 20000) },
  { name: 'lazy lines in a footnote', input: '[^a]: a\n' + r('b\n', 20000) },
  { name: 'a list of items with sub-items', input: r('- a\n  - b\n', 10000) },
  { name: 'a list of items with quotes', input: r('1. a\n   > b\n', 10000) },
  { name: 'many link references', input: Array.from({ length: 5000 }, (_, i) => `[${i}]: u\n`).join('') + r('[1] ', 5000) },
  { name: 'table with many rows', input: '| a | b |\n|---|---|\n' + r('| *x* | [y] |\n', 2000) },
  { name: 'table with many columns', input: r('|a', 10000) + '\n' + r('|-', 10000) + '\n' + r('|*b*', 10000) },
  // Characters in bulk.
  { name: '50k repeated characters', input: r('a', 50000) },
  { name: '50k repeated hyphens', input: r('-', 50000) },
  { name: '50k repeated underscores', input: r('_', 50000) },
  { name: 'long line of slashes and letters', input: r('a/', 25000) },
  { name: 'long URL', input: 'https://example.com/' + r('a-b/', 20000) },
  { name: 'base64 blob', input: r('QUJDRGVmZ2hpams0NTY3+/=', 4000) },
  { name: '10k brackets', input: r('[', 10000) },
  { name: '10k asterisks', input: r('*', 10000) },
  { name: '10k underscores', input: r('_', 10000) },
  { name: 'numbers and currency', input: r('$120,000–$150,000 €90k ¥ 5+ 10% 1.5x ', 2000) },
  { name: 'years-of-experience clauses', input: '# Senior AI Engineer\n\n## Requirements\n\n' + r('- 5+ years of experience with LangChain, 10+ years of PyTorch and 3 years of RAG\n', 1000) },
  { name: 'repeated role terms', input: '# Machine Learning Engineer\n\n## Responsibilities\n\n' + r('Build RAG pipelines with LangChain and train PyTorch models. ', 2000) },
  { name: '100k repeated words', input: r('model ', 100000) },
  { name: 'many headings', input: r('## Requirements\n\n- Python\n\n', 2000) },
  { name: 'many control comments', input: r('<!-- jdlint-disable-next-line title-duty-mismatch -->\nBuild RAG pipelines.\n', 2000) },
  { name: 'unclosed control comments', input: r('<!-- jdlint-disable ', 20000) },
  { name: 'a very long title', input: '# ' + r('AI/ML Engineer ', 10000) + '\n\nBuild RAG pipelines.\n' },
  { name: 'a very long first line', input: r('Senior Machine Learning Engineer and ', 5000) },
  // Unicode.
  { name: 'combining marks', input: 'e' + r('\u0301', 50000) },
  { name: 'emoji runs', input: r('👩‍💻', 20000) },
  { name: 'lone surrogates', input: r('\ud800a\udc00', 20000) },
  { name: 'NUL and control characters', input: r('a\u0000b\u0001\u001b[31m ', 10000) },
  { name: 'mixed line endings', input: r('# H\r\n\r- a\r\nb\n\r\n', 1000) },
  { name: 'right-to-left and zero-width', input: r('\u202eabc\u200b\u200d\ufeff ', 10000) },
];
