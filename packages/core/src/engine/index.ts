/**
 * engine — the last stage, which runs the others. Takes the source, the config and (optionally) a
 * cache of the last run; gives the analysis (profile, questions, recommendation, title) and the
 * diagnostics in source positions, after every enabled rule has run on the shared context and the
 * control comments (`<!-- jdlint-disable … -->`) have been applied. Also holds the config
 * validation and presets, the config-file reader the front ends share, and the fixer that applies the diagnostics' fixes.
 */
export * from './analyze.js';
export * from './config.js';
export * from './config-file.js';
export * from './fix.js';
