/**
 * engine — the last stage, which runs the others. Takes the source, the config and (optionally) a
 * cache of the last run; gives the analysis (profile, questions, recommendation, title) and the
 * diagnostics in source positions, after every enabled rule has run on the shared context and the
 * control comments (`<!-- jdlint-disable … -->`) have been applied. Also holds the config
 * validation and presets, and the fixer that applies the diagnostics' fixes.
 */
export * from './analyze.js';
export * from './config.js';
export * from './fix.js';
