/**
 * signals — what the posting's words say. Takes the posting, its tokenized blocks and the
 * lexicons; gives the mentions (role terms and verb–object duties, each with its section, block,
 * negation, hedging and weight per role), the title's analysis, the experience requirements
 * (years, seniority), the pay statements and places, the technologies named, and where a unit
 * stands (legal text, quotation, link) for rules to decide whether to report there.
 */
export * from './experience.js';
export * from './pay.js';
export * from './scope.js';
export * from './signals.js';
export * from './technologies.js';
export * from './title.js';
