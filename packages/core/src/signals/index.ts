/**
 * signals — what the posting's words say. Takes the posting's scope (its units and where each
 * stands) and the lexicons; gives the mentions (role terms and verb–object duties, each with its
 * section, block, negation, hedging and weight per role), the title's analysis, the experience
 * requirements (years, seniority), the pay statements and places, and the technologies named.
 */
export * from './experience.js';
export * from './pay.js';
export * from './signals.js';
export * from './technologies.js';
export * from './title.js';
