import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { htmlAsMarkdown } from '../src/parse/index.js';

// Our own posting, written as an applicant-tracking system exports it.
const HTML = [
  '---',
  'title: Data Engineer',
  '---',
  '',
  '<div class="intro"><h2><strong>About the team</strong></h2>',
  '<p>We move payment data between our services.</p></div>',
  '<h2 class="section">What you will do</h2>',
  '<ul>',
  '<li>Build and maintain ETL pipelines in Airflow</li>',
  '<li>Design the warehouse schema in Snowflake</li>',
  '<li class="item">Own data quality checks for the finance team</li>',
  '</ul>',
  '',
].join('\n');

describe('htmlAsMarkdown', () => {
  it('keeps every offset: the rewrite has the same length and the same text outside tags', () => {
    const md = htmlAsMarkdown(HTML);
    expect(md.length).toBe(HTML.length);
    const at = HTML.indexOf('Design the warehouse');
    expect(md.slice(at, at + 20)).toBe('Design the warehouse');
    expect(md.startsWith('---\ntitle: Data Engineer\n---\n')).toBe(true);
  });

  it('turns heading and list tags into Markdown headings and bullets', () => {
    const md = htmlAsMarkdown(HTML);
    expect(md).toMatch(/^## +About the team/m);
    expect(md).toMatch(/^- [\u00a0 ]*Build and maintain ETL pipelines in Airflow/m);
    expect(md).not.toMatch(/<\/?(?:li|h2|ul|p|div|strong)\b/);
  });

  it('leaves Markdown with a stray inline tag alone', () => {
    const md = '# Data Engineer\n\n- Build pipelines<br>\n- Own the <b>warehouse</b>\n';
    expect(htmlAsMarkdown(md)).toBe(md);
  });

  it('lets the analysis read the duties of an HTML posting, with positions in the original text', () => {
    const { profile } = analyze(HTML);
    expect(profile.dutyRole).toBe('data-engineer');
    const evidence = profile.evidence.find((e) => /ETL pipelines/i.test(e.text));
    expect(evidence).toBeDefined();
    const offset = evidence?.offset ?? -1;
    expect(HTML.slice(offset, offset + (evidence?.text.length ?? 0))).toBe(evidence?.text);
  });
});
