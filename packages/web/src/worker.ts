/**
 * The analysis worker: core, the wink-nlp model and the YAML reader run here, off the page's main
 * thread, so typing stays smooth on a 16,000-word paste. One analysis cache for the one document
 * the page edits: each re-lint parses and tokenizes only what the edit touched.
 */
import { analyze, applyFixes, createAnalysisCache, provideModules, ROLE_NAMES, rules, warmUp, type JdlintConfig } from '@jdlint/core';
import model from 'wink-eng-lite-web-model';
import * as yaml from 'yaml';
import type { Reply, Request, ScoreView } from './protocol.js';

provideModules({ model, yaml });

interface WorkerScope {
  postMessage(message: Reply): void;
  addEventListener(type: 'message', listener: (event: { data: Request }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const cache = createAnalysisCache();

/**
 * The score, when this core's result has one: read through a narrow shape and normalized, so a
 * core without it (or with fields this page does not know) still gives a page without a score card.
 */
function scoreOf(result: unknown): ScoreView | null {
  const score = (result as { score?: unknown }).score as { total?: unknown; categories?: unknown } | undefined;
  if (!score || typeof score.total !== 'number' || !Array.isArray(score.categories)) return null;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the core's result is read untyped: a field may hold anything
  const categories = (score.categories as Array<Record<string, unknown>>).filter((c) => c && typeof c === 'object' && typeof c.score === 'number');
  return {
    total: score.total,
    categories: categories.map((c) => ({
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the core's result is read untyped: a field may hold anything
      id: String(c.id ?? ''),
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the core's result is read untyped: a field may hold anything
      name: String(c.name ?? c.id ?? ''),
      score: c.score as number,
      deductions: (Array.isArray(c.deductions) ? (c.deductions as Array<Record<string, unknown>>) : [])
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the core's result is read untyped: a field may hold anything
        .filter((d) => d && typeof d === 'object')
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the core's result is read untyped: a field may hold anything
        .map((d) => ({ ruleId: String(d.ruleId ?? ''), points: Number(d.points ?? 0), reason: String(d.reason ?? '') })),
    })),
  };
}

/** Applies every fix, re-linting between passes until none applies (overlapping fixes wait a pass). */
function fixAll(text: string, config: JdlintConfig): { output: string; applied: number } {
  let output = text;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const result = applyFixes(output, analyze(output, { config }).diagnostics);
    if (result.applied.length === 0) break;
    applied += result.applied.length;
    output = result.output;
  }
  return { output, applied };
}

scope.addEventListener('message', ({ data }) => {
  try {
    if (data.type === 'analyze') {
      const start = performance.now();
      const result = analyze(data.text, { config: data.config, cache });
      const ms = performance.now() - start;
      scope.postMessage({ type: 'analysis', id: data.id, diagnostics: result.diagnostics, profile: result.profile, score: scoreOf(result), ms });
    } else {
      scope.postMessage({ type: 'fixed', id: data.id, ...fixAll(data.text, data.config) });
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
});

scope.postMessage({
  type: 'ready',
  rules: rules.map((r) => ({ id: r.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, replacements: r.meta.replacements === true, fixable: r.meta.fixable === true })),
  roleNames: { ...ROLE_NAMES },
});

// Load the model now, while the page is read: a request that comes meanwhile waits in the queue.
const warmStart = performance.now();
warmUp();
scope.postMessage({ type: 'warm', ms: performance.now() - warmStart });
