import { describe, expect, it } from 'vitest';
import { analyze } from '@jdlint/core';
import { classifyHeading } from '../src/posting/index.js';

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

  it('reads plain-text lead-ins, nested lead-ins and bold lead-ins inside a paragraph as headings', () => {
    const source = [
      '# ML Engineer',
      '',
      'Job responsibilities',
      '',
      '- Train ranking models',
      '',
      'Candidate Profile',
      '',
      '- Python and PyTorch',
      '- Nice to haves:',
      '  - Rust',
      '- SQL',
      '',
      'We sell books. **What you will do:** train models. **Benefits:** free books.',
    ].join('\n');
    const { posting } = analyze(source);
    const kinds = posting.sections.map((s) => s.kind);
    expect(kinds).toEqual(['intro', 'intro', 'responsibilities', 'requirements', 'nice-to-have', 'requirements', 'responsibilities', 'benefits']);
    const sql = posting.blocks.find((b) => posting.text.slice(b.start, b.end) === 'SQL');
    expect(posting.sections[sql!.section]?.kind).toBe('requirements');
    const rust = posting.blocks.find((b) => posting.text.slice(b.start, b.end) === 'Rust');
    expect(posting.sections[rust!.section]?.kind).toBe('nice-to-have');
  });

  it('finds the headings of a paste without Markdown: short lines naming a section, capitals, colon lead-ins', () => {
    const source = [
      'Data Engineer at a small logistics firm',
      'We move parcels across three countries.',
      '',
      'RESPONSIBILITIES',
      'Build and run the nightly loads into the warehouse.',
      'Keep the data tidy.',
      '',
      "What you'll need",
      '',
      'Three years of SQL.',
      '',
      'Teaching experience is a plus',
      '',
      'Nice to have: Airflow. Benefits: a bike lease and lunch.',
    ].join('\n');
    const { posting } = analyze(source);
    expect(posting.title?.text).toBe('Data Engineer at a small logistics firm');
    expect(posting.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['intro', null],
      ['responsibilities', 'RESPONSIBILITIES'],
      ['requirements', "What you'll need"],
      ['nice-to-have', 'Nice to have'],
      ['benefits', 'Benefits'],
    ]);
    const loads = posting.blocks.find((b) => posting.text.slice(b.start, b.end).trim().startsWith('Build and run'));
    expect(posting.sections[loads!.section]?.kind).toBe('responsibilities');
    // A sentence ending in "is a plus" is an item, not a heading; it stays in the requirements.
    const plus = posting.blocks.find((b) => posting.text.slice(b.start, b.end) === 'Teaching experience is a plus');
    expect(posting.sections[plus!.section]?.kind).toBe('requirements');
    // Heading text found inside plain text maps back to its place in the source.
    const heading = posting.blocks.find((b) => b.kind === 'pseudo-heading' && posting.text.slice(b.start, b.end).startsWith('Benefits'));
    const span = posting.projection.rangeToSource(heading!.start, heading!.end);
    expect(source.slice(span.start, span.end)).toBe(posting.text.slice(heading!.start, heading!.end));
  });

  it('splits a flattened paste at its lead-ins, and leaves field labels and titles alone', () => {
    const source = 'Analytics Engineer, Platform Team\n\nKey Responsibilities: -Write SQL models -Review dashboards Requirements: -Two years of dbt Location: Remote';
    const { posting } = analyze(source);
    expect(posting.sections.map((s) => s.kind)).toEqual(['intro', 'responsibilities', 'requirements']);
    expect(posting.sections[0]?.heading).toBeNull();
  });

  it('gives a sub-heading that names no kind the kind of the heading above it', () => {
    const source = ['# Data Engineer', '', '## Qualifications', '', '**What will help you thrive**', '', '- SQL', '', '## Perks', '', '**Health comes first**', '', '- Insurance'].join('\n');
    const { posting } = analyze(source);
    expect(posting.sections.map((s) => [s.kind, s.inherited])).toEqual([
      ['intro', false],
      ['intro', false],
      ['requirements', false],
      ['requirements', true],
      ['benefits', false],
      ['benefits', true],
    ]);
  });

  it('reads a duty list indented like code as prose, and real code as code', () => {
    const source = ['# NLP Engineer', '', '## Responsibilities', '', '    * Train text classification models for support tickets', '    * Evaluate them with F1 on a held-out set', '', '```', 'pip install torch', '```', ''].join('\n');
    const { posting } = analyze(source);
    const items = posting.blocks.filter((b) => b.kind === 'list-item').map((b) => posting.text.slice(b.start, b.end));
    expect(items).toEqual(['Train text classification models for support tickets', 'Evaluate them with F1 on a held-out set']);
    const at = posting.text.indexOf('Evaluate');
    const range = posting.projection.rangeToSource(at, at + 8);
    expect(source.slice(range.start, range.end)).toBe('Evaluate');
    expect(posting.text).not.toContain('pip install');
  });

  it('marks only the legal sentences of a long paragraph as legal', () => {
    const body =
      'Build pipelines in Airflow. Own the warehouse. Write dbt models. Review code. Mentor juniors. ' +
      'We are an equal opportunity employer and hire without regard to race, religion or sex.';
    const { posting } = analyze(`# Data Engineer\n\n${body}\n`);
    expect(posting.blocks.filter((b) => b.legal)).toHaveLength(0);
    expect(posting.legalSpans).toHaveLength(1);
    expect(posting.text.slice(posting.legalSpans[0]!.start, posting.legalSpans[0]!.end)).toMatch(/^We are an equal opportunity employer/);
  });

  it.each([
    ["What you'll do", 'responsibilities'],
    ['What will you be doing?', 'responsibilities'],
    ['How would you be impacting our mission?', 'responsibilities'],
    ['Is this you?', 'requirements'],
    ['What we look for in this role', 'requirements'],
    ['How to be successful in this role', 'requirements'],
    ['Company Description', 'about'],
    ['What will you get in return?', 'benefits'],
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
