import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly this list', async () => {
    const api = await import('@jdlint/core');
    expect(Object.keys(api).sort()).toEqual(
      ['analyze', 'analyzeTitle', 'applyFixes', 'CONFIG_FILES', 'CONFIG_KEYS', 'ConfigError', 'ConfigFileError', 'MAX_YAML_ALIASES', 'parseConfigFile', 'parseSize', 'createAnalysisCache', 'describeDeduction', 'LineIndex', 'MAX_YAML_DEPTH', 'parseMarkdown', 'PRESETS', 'provideModules', 'resolveLexicon', 'resolveRules', 'ROLE_NAMES', 'ROLES', 'ruleUrl', 'rules', 'score', 'severityNumber', 'tokenize', 'validateConfig', 'warmUp', 'yamlDepth'].sort(),
    );
  });

  it('analyzes an mdast tree with its source, without parsing again', async () => {
    const { analyze } = await import('@jdlint/core');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const source = '# AI Engineer\n\n- Build RAG pipelines\n';
    const tree = unified().use(remarkParse).parse(source);
    const fromTree = analyze(tree, { source });
    const fromString = analyze(source);
    expect(fromTree.profile).toEqual(fromString.profile);
    expect(() => analyze(tree)).toThrow(/needs options.source/);
  });
});

describe('a config used for many postings', () => {
  it('is resolved again when it is changed in place between two analyses', async () => {
    const { analyze } = await import('@jdlint/core');
    const source = '# Rockstar Data Engineer\n\nYou will build pipelines in a fast-paced environment.\n';
    const config: { rules: Record<string, 'off' | 'error'>; allow?: string[] } = { rules: {} };
    const before = analyze(source, { config }).diagnostics;
    expect(before.some((d) => d.ruleId === 'no-buzzword-title')).toBe(true);
    config.rules['no-buzzword-title'] = 'off';
    const after = analyze(source, { config }).diagnostics;
    expect(after.some((d) => d.ruleId === 'no-buzzword-title')).toBe(false);
    expect(after.length).toBe(before.filter((d) => d.ruleId !== 'no-buzzword-title').length);
    config.rules['no-buzzword-title'] = 'error';
    expect(analyze(source, { config }).diagnostics.find((d) => d.ruleId === 'no-buzzword-title')?.severity).toBe('error');
    const cliche = after.find((d) => d.ruleId === 'no-cliche');
    expect(cliche?.actual).toBeDefined();
    config.allow = [cliche?.actual as string];
    expect(analyze(source, { config }).diagnostics.some((d) => d.ruleId === 'no-cliche' && d.actual === cliche?.actual)).toBe(false);
    // A rule id set to undefined is still a rule id: an unknown one is refused after a valid config too.
    expect(() => analyze(source, { config: { rules: {} } })).not.toThrow();
    expect(() => analyze(source, { config: { rules: { 'no-such-rule': undefined as unknown as 'off' } } })).toThrow(/Unknown rule "no-such-rule"/);
  });
});

describe('the analysis cache', () => {
  it('re-reads only the piece and the block an edit touched, and finds what a fresh analysis finds', async () => {
    const { analyze, createAnalysisCache } = await import('@jdlint/core');
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url), 'utf8');
    const cache = createAnalysisCache();
    const date = new Date('2026-11-25');
    expect(analyze(source, { cache, date }).diagnostics).toEqual(analyze(source, { date }).diagnostics);
    const pieces = cache.pieces.made;
    const blocks = cache.blocks.made;
    expect(pieces).toBeGreaterThan(3);
    expect(blocks).toBeGreaterThan(10);
    // One keystroke in one list item: one piece parsed again, one block tokenized again.
    const at = source.indexOf('vector database');
    const edited = `${source.slice(0, at)}vector store${source.slice(at + 'vector database'.length)}`;
    const fresh = analyze(edited, { date });
    expect(analyze(edited, { cache, date }).diagnostics).toEqual(fresh.diagnostics);
    expect(cache.pieces.made).toBe(1);
    expect(cache.pieces.reused).toBe(pieces - 1);
    expect(cache.blocks.made).toBe(1);
    expect(cache.blocks.reused).toBe(blocks - 1);
  });
});

describe('the analysis cache on a long document', () => {
  it('reuses pieces past the size where a document is parsed in chunks, with the same findings', async () => {
    const { analyze, createAnalysisCache } = await import('@jdlint/core');
    const { readFileSync } = await import('node:fs');
    const one = readFileSync(new URL('../../../fixtures/postings/ml-engineer-rag-duties.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const source = Array.from({ length: 24 }, (_, i) => one.replace('# ', `# Part ${i + 1}: `)).join('\n');
    expect(source.length).toBeGreaterThan(32 * 1024);
    const cache = createAnalysisCache();
    const date = new Date('2026-11-25');
    expect(analyze(source, { cache, date }).diagnostics).toEqual(analyze(source, { date }).diagnostics);
    const at = source.lastIndexOf('vector database');
    const edited = `${source.slice(0, at)}vector index${source.slice(at + 'vector database'.length)}`;
    expect(analyze(edited, { cache, date }).diagnostics).toEqual(analyze(edited, { date }).diagnostics);
    expect(cache.pieces.made).toBe(1);
    expect(cache.pieces.reused).toBeGreaterThan(50);
  });
});
