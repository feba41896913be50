/**
 * analysis — the decisions. Takes the mentions, the title's analysis and the posting; gives the
 * role profile (a score per role, the role the duties describe, the roles the title claims, a
 * confidence and the evidence), the answers to the hiring questions, and the recommendation: the
 * role to hire, whether the posting should be split, and the title to give it.
 */
export * from './profile.js';
export * from './questions.js';
export * from './score.js';
