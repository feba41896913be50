import { readdirSync, readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/index.js';

// parseMarkdown leaves out the GFM extensions whose characters a text lacks; the tree must be the
// one remark-gfm gives.
const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const fixtures = new URL('../../../fixtures/postings/', import.meta.url);

const SAMPLES: Record<string, string> = {
  plain: '# Data Engineer\n\nYou will build pipelines.\n\n- Python\n- SQL\n',
  'front matter': '---\ntitle: ML Engineer\n---\n\n# ML Engineer\n\nTrain models.\n',
  autolinks: 'Apply at www.example.com, https://example.com/jobs or jobs@example.com.\n\nWrite to mailto:hr@example.com.\n',
  'uppercase link': 'See HTTPS://EXAMPLE.COM and WWW.EXAMPLE.COM.\n',
  footnote: 'Pay is fair.[^1]\n\n[^1]: See the table.\n',
  strikethrough: 'We ~~never~~ always ~pay~ on time.\n',
  table: '| Level | Pay |\n| --- | --- |\n| Senior | $180k |\n',
  'task list': '- [ ] Python\n- [x] SQL\n',
  links: 'Read [our handbook](https://example.com) and [the blog][b].\n\n[b]: https://example.com/blog\n',
  'no table without a delimiter row': 'a | b\nc | d\n',
};

describe('parseMarkdown', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`gives remark-gfm's tree: ${name}`, () => {
      expect(parseMarkdown(text)).toEqual(full.parse(text));
    });
  }
  it("gives remark-gfm's tree for every fixture posting", () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(new URL(f, fixtures), 'utf8');
      expect(parseMarkdown(text), f).toEqual(full.parse(text));
    }
  });
});
