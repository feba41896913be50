import { describe, expect, it } from 'vitest';
import { analyze, rules, type JdlintConfig } from '@jdlint/core';

function only(id: string, options?: Record<string, unknown>): JdlintConfig {
  const config: JdlintConfig = { rules: {} };
  for (const rule of rules) config.rules![rule.id] = rule.id === id ? (options ? ['error', options] : 'error') : 'off';
  return config;
}

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has examples, a description and a url derived from its id', () => {
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
    expect(rule.url).toBe(`https://github.com/jdlint/jdlint/blob/main/docs/rules/${id}.md`);
    expect(rule.examples.some((e) => e.output.length === 0)).toBe(true);
    expect(rule.examples.some((e) => e.output.length > 0)).toBe(true);
  });

  it.each(rule.examples.map((e) => [e.name, e] as const))('example %s', (_name, example) => {
    const { diagnostics } = analyze(example.input, { config: only(id, example.options), date: new Date('2026-11-25') });
    const lines = diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column}-${d.place.end.line}:${d.place.end.column}: ${d.reason}`);
    expect(lines).toEqual(example.output);
    for (const d of diagnostics) {
      expect(d.ruleId).toBe(id);
      expect(d.source).toBe('jdlint');
      expect(d.url).toBe(rule.url);
      expect(d.note).toMatch(/\(source: .+\)$/);
      expect(d.expected?.length).toBeGreaterThan(0);
      expect(d.place.start.offset).toBeLessThanOrEqual(d.place.end.offset);
      expect(d.place.end.offset).toBeLessThanOrEqual(example.input.length);
    }
  });
});

describe('config', () => {
  it('rejects unknown rules and bad options, naming the rule', () => {
    expect(() => analyze('# x', { config: { rules: { 'no-such-rule': 'error' } } })).toThrow(/Unknown rule "no-such-rule"/);
    expect(() => analyze('# x', { config: { rules: { 'title-duty-mismatch': ['error', { nope: 1 }] } } })).toThrow(/Unknown option "nope" for rule "title-duty-mismatch"/);
    expect(() => analyze('# x', { config: { rules: { 'title-duty-mismatch': ['error', { maxPhrases: 'three' }] } } })).toThrow(/must be a number/);
    expect(() => analyze('# x', { config: { rules: { 'title-duty-mismatch': 'loud' as never } } })).toThrow(/severity must be one of/);
  });

  it('resolves presets with extends, later settings winning', async () => {
    const { resolveRules } = await import('@jdlint/core');
    const strict = resolveRules(rules, { extends: 'jdlint:strict' });
    expect(strict.map((r) => r.rule.id).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const r of strict) expect(r.severity).not.toBe('info');
    const overridden = resolveRules(rules, { extends: ['jdlint:strict'], rules: { 'title-duty-mismatch': 'off' } });
    expect(overridden.some((r) => r.rule.id === 'title-duty-mismatch')).toBe(false);
    expect(() => resolveRules(rules, { extends: 'jdlint:lenient' })).toThrow(/Unknown preset "jdlint:lenient"/);
  });

  it('takes severity from config, never from the rule', () => {
    const input = rules.find((r) => r.id === 'title-duty-mismatch')!.examples.find((e) => e.output.length > 0)!.input;
    const title = (config?: JdlintConfig) => analyze(input, config ? { config } : {}).diagnostics.filter((d) => d.ruleId === 'title-duty-mismatch');
    expect(title()[0]?.severity).toBe('error');
    expect(title({ rules: { 'title-duty-mismatch': 'warning' } })[0]?.severity).toBe('warning');
    expect(title({ rules: { 'title-duty-mismatch': 'off' } })).toEqual([]);
  });
});
