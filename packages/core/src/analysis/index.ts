/**
 * analysis — the decisions. Takes the mentions, the title's analysis and the posting; gives the
 * role profile (a score per role, the role the duties describe, the roles the title claims, a
 * confidence and the evidence), the answers to the hiring questions, and the decision made once
 * from them (decision.ts): whether the posting is two jobs (the split), the title to give it, and
 * the recommendation of the role to hire.
 */
export * from './decision.js';
export * from './profile.js';
export * from './questions.js';
export * from './score.js';
export * from './split.js';
