import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly this list', async () => {
    const api = await import('@jdlint/core');
    expect(Object.keys(api).sort()).toEqual(
      ['analyze', 'analyzeTitle', 'applyFixes', 'ConfigError', 'LineIndex', 'PRESETS', 'resolveLexicon', 'resolveRules', 'ROLE_NAMES', 'ROLES', 'ruleUrl', 'rules', 'severityNumber', 'tokenize', 'validateConfig', 'warmUp'].sort(),
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
