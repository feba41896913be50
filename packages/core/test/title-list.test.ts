import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTitle, ROLES } from '@jdlint/core';

/**
 * Real job titles (short strings only) from public job boards, each labelled with the role(s) it
 * claims under the title policy; provenance and the figures measured are in fixtures/titles/README.md.
 */
const dir = new URL('../../../fixtures/titles/', import.meta.url);
const lists = readdirSync(dir).filter((f) => f.endsWith('.tsv'));

function rows(file: string): Array<{ title: string; roles: string[] }> {
  const [header, ...lines] = readFileSync(new URL(file, dir), 'utf8').trimEnd().split('\n');
  expect(header).toBe('title\troles');
  return lines.map((line) => {
    const [title = '', roles = ''] = line.split('\t');
    return { title, roles: roles.split('+') };
  });
}

describe('real board titles', () => {
  it('has at least one labelled list', () => {
    expect(lists.length).toBeGreaterThan(0);
  });

  it.each(lists)('%s: labels use the role vocabulary, each title once', (file) => {
    const list = rows(file);
    expect(new Set(list.map((r) => r.title)).size).toBe(list.length);
    for (const r of list) for (const role of r.roles) expect(ROLES).toContain(role);
  });

  it.each(lists)('%s: title-role accuracy is at least 0.95', (file) => {
    const list = rows(file);
    const wrong = list.filter(({ title, roles }) => {
      const got = analyzeTitle(title).roles;
      return got.length !== roles.length || !got.every((r) => roles.includes(r));
    });
    const accuracy = (list.length - wrong.length) / list.length;
    expect({ accuracy: accuracy >= 0.95, wrong: wrong.map((w) => `${w.title} → ${analyzeTitle(w.title).roles.join('+')} (label ${w.roles.join('+')})`) }).toEqual({
      accuracy: true,
      wrong: expect.any(Array),
    });
  });
});
