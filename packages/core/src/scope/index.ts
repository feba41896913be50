/**
 * scope — where each unit stands. Takes the posting, its tokenization and the lexicon's match
 * units; gives, once per analysis, the projection's units indexed for the shared lexicon pass and
 * where each stands: its block and section, legal or EEO text, a quotation, code or a link, the
 * title or a heading, a negation's scope, a hedged sentence, parentheses, a repeated block; and
 * a front-matter title's own units. Signals place their mentions with it and rules read it on
 * their context (`context.scope`) to decide whether to report.
 */
export { blockAt, isLegal, isQuoted, isReportable, sectionOf } from './blocks.js';
export { negationScope } from './negation.js';
export type { ProseInfo, TitleUnits } from './prose.js';
export * from './scope.js';
