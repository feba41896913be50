import { defineRule } from './rule.js';

const EXPECTED = {
  nesting: ['Flatten the quotes and lists to a few levels'],
  delimiters: ['Split the paragraph', 'Put literal text in a code block'],
  lazyLines: ['Indent the lines that continue a quote or list item', 'Start a new paragraph after a blank line'],
  closings: ['Separate the groups of items with headings or blank lines', 'Flatten the sub-items into their items'],
  stack: ['Flatten the quotes, lists and emphasis to a few levels'],
} as const;

export default defineRule({
  id: 'markdown-limits',
  meta: {
    description: 'The Markdown stays within the nesting and delimiter limits jdlint parses it under.',
    defaultSeverity: 'warning',
    messages: {
      nesting: 'Unexpected nesting {actual} levels deep, expected at most {max}; the posting was read as plain text',
      delimiters: 'Unexpected {actual} emphasis, link, code and HTML delimiters in one paragraph, expected at most {max}; the posting was read as plain text',
      lazyLines: 'Unexpected {actual} unindented lines continuing one paragraph in a quote or list item, expected at most {max}; the posting was read as plain text',
      closings: 'Unexpected {actual} nested lists or quotes closed inside one list or quote, expected at most {max}; the posting was read as plain text',
      stack: 'Unexpected Markdown nested too deeply to parse, expected at most {max} levels; the posting was read as plain text',
    },
    defaultOptions: {},
  },
  examples: [
    {
      name: 'quotes and lists a few levels deep',
      input: '# AI Engineer\n\n> Our team:\n>\n> - builds RAG pipelines\n>   - with LangChain\n',
      output: [],
    },
    {
      name: 'a quote nested 40 levels deep',
      input: `# AI Engineer\n\n${'>'.repeat(40)} Build RAG pipelines\n`,
      output: ['3:1-3:61: Unexpected nesting 40 levels deep, expected at most 32; the posting was read as plain text'],
    },
    {
      name: 'a list nested 40 levels deep on one line',
      input: `# AI Engineer\n\n${'- '.repeat(40)}Build RAG pipelines\n`,
      output: ['3:1-3:100: Unexpected nesting 40 levels deep, expected at most 32; the posting was read as plain text'],
    },
  ],
  check(context, report) {
    const problem = context.posting.markdownLimit;
    if (!problem) return;
    report({
      messageId: problem.limit,
      data: { actual: problem.actual, max: problem.max },
      start: problem.start,
      end: problem.end,
      expected: [...EXPECTED[problem.limit]],
      note:
        'jdlint parses Markdown with micromark, which recurses once per level of nesting and slows down with the square of ' +
        'these counts: 20,000 nested quotes overflow its stack, and a few thousand unmatched delimiters in one paragraph take ' +
        'seconds. Beyond the limits jdlint reads the posting as plain text (front matter, headings, list items and paragraphs, ' +
        'inline Markdown left as written), so it finishes in linear time; no real posting comes near them. ' +
        '(source: CommonMark, cmark test/pathological_tests.py; markdown-it, the maxNesting option; jdlint docs/robustness.md)',
    });
  },
});
