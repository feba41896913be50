import { describe, expect, it } from 'vitest';
import { analyze } from '@jdlint/core';
import { classifyHeading } from '../src/posting.js';

describe('posting model', () => {
  it('takes the title from front matter, with its exact source span', () => {
    const source = '---\ntitle: "Senior ML Engineer"\nlocation: Remote\n---\n\n# Something else\n\nText.\n';
    const { posting } = analyze(source);
    expect(posting.title?.text).toBe('Senior ML Engineer');
    expect(posting.title?.from).toBe('front-matter');
    expect(source.slice(posting.title!.span.start, posting.title!.span.end)).toBe('Senior ML Engineer');
    expect(posting.fields['location']).toBe('Remote');
  });

  it('falls back to the first heading, then to the first line', () => {
    expect(analyze('# Data Engineer\n\nBuild pipelines.\n').posting.title?.from).toBe('heading');
    const first = analyze('AI Engineer wanted\nWe build assistants.\n').posting.title;
    expect(first).toMatchObject({ text: 'AI Engineer wanted', from: 'first-line' });
  });

  it('types sections by their heading, including bold pseudo-headings', () => {
    const source = [
      '# AI Engineer',
      '',
      'We make software.',
      '',
      '**What you’ll do:**',
      '',
      '- Build assistants',
      '',
      '## Requirements',
      '',
      '- Python',
      '',
      '### Nice to have',
      '',
      '- Go',
      '',
      '## Perks',
      '',
      '- Lunch',
      '',
      'We are an equal opportunity employer and consider applicants without regard to race or sex.',
    ].join('\n');
    const { posting } = analyze(source);
    expect(posting.sections.map((s) => s.kind)).toEqual(['intro', 'intro', 'responsibilities', 'requirements', 'nice-to-have', 'benefits']);
    const legal = posting.blocks.filter((b) => b.legal);
    expect(legal).toHaveLength(1);
  });

  it('reads a heading of several sentences as prose, not as a section title', () => {
    const long = `#### About the role ${'We build scheduling software for clinics and value diversity and inclusion. '.repeat(3)}`;
    const { posting } = analyze(`---\ntitle: Data Engineer\n---\n\n${long}\n\n## Requirements\n\n- SQL\n`);
    expect(posting.blocks[0]?.kind).toBe('paragraph');
    expect(posting.sections.map((s) => s.kind)).toEqual(['intro', 'requirements']);
  });

  it('records the projection ranges of inline code', () => {
    const { posting } = analyze('# Engineer\n\nRun `make test` and `npm ci` before you push.\n');
    expect(posting.code.map((c) => posting.text.slice(c.start, c.end))).toEqual(['make test', 'npm ci']);
  });

  it('maps projected text back to the source through escapes and entities', () => {
    const source = '# Title\n\nUse \\*LangChain\\* &amp; `pgvector` with [links](https://x.test).\n';
    const { posting } = analyze(source);
    const at = posting.text.indexOf('pgvector');
    const range = posting.projection.rangeToSource(at, at + 'pgvector'.length);
    expect(source.slice(range.start, range.end)).toBe('pgvector');
    const lc = posting.text.indexOf('LangChain');
    const r2 = posting.projection.rangeToSource(lc, lc + 9);
    expect(source.slice(r2.start, r2.end)).toBe('LangChain');
    expect(posting.text).not.toContain('https://x.test');
  });

  it('reports broken front matter as a problem instead of throwing', () => {
    const { posting } = analyze('---\ntitle: [unclosed\n---\n\n# Data Engineer\n');
    expect(posting.frontMatter?.problem?.message).toMatch(/not valid YAML/);
  });

  it.each([
    ["What you'll do", 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['About the role', 'responsibilities'],
    ['Qualifications', 'requirements'],
    ['Preferred qualifications', 'nice-to-have'],
    ['Bonus points', 'nice-to-have'],
    ['Benefits & perks', 'benefits'],
    ['Salary', 'compensation'],
    ['Equal Opportunity', 'eeo'],
    ['About us', 'about'],
    ['Zebra', 'other'],
  ] as const)('classifies the heading %s as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});
