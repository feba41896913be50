import { defineRule } from './rule.js';
import { ROLE_NAMES, withArticle, type Role } from '../lexicon/index.js';
import { namePhrases, reportRetitle, topPhrases } from './role-evidence.js';

const SOURCE = '(source: [ESCO-TITLES])';

export default defineRule({
  id: 'ambiguous-title',
  meta: {
    description: 'The title commits to no single role while the duties clearly describe one.',
    defaultSeverity: 'warning',
    messages: {
      combined:
        'Unexpected combined title `{title}` (`{titleRoles}`), expected one role: {share}% of the evidence describes `{dutyRole}` work ({phrases}); retitle it `{suggestion}`',
      vague:
        'Unexpected vague title `{title}`, expected one that names a role: {share}% of the evidence describes `{dutyRole}` work ({phrases}); retitle it `{suggestion}`',
    },
    defaultOptions: { minShare: 0.45, maxPhrases: 3 },
    optionDocs: {
      minShare: 'The share (0–1) of the evidence the duties\' role needs before the title is called ambiguous.',
      maxPhrases: 'How many evidence phrases the message names.',
    },
  },
  examples: [
    {
      name: 'a combined title over model-training duties',
      input:
        '# Senior AI/ML Engineer\n\n## Responsibilities\n\n- Train and evaluate ranking models in PyTorch\n- Engineer features from click logs and tune hyperparameters\n- Run offline evaluation with NDCG and recall@k\n',
      output: [
        '1:3-1:24: Unexpected combined title `Senior AI/ML Engineer` (`ml-engineer`, `ai-engineer`), expected one role: 98% of the evidence describes `ml-engineer` work (“Train and evaluate ranking models” 5:3, “PyTorch” 5:40, “Engineer features” 6:3); retitle it `Senior Machine Learning Engineer`',
      ],
    },
    {
      name: 'a vague title over LLM-application duties',
      input:
        '# AI Ninja\n\n## What you will do\n\n- Build a support assistant on the OpenAI API\n- Design RAG pipelines over our help-center articles\n- Write prompt templates and run LLM evals\n',
      output: [
        '1:3-1:11: Unexpected vague title `AI Ninja`, expected one that names a role: 100% of the evidence describes `ai-engineer` work (“Build a support assistant” 5:3, “OpenAI API” 5:36, “Design RAG pipelines” 6:3); retitle it `AI Engineer`',
      ],
    },
    {
      name: 'a title that names one role',
      input: '# Machine Learning Engineer\n\n## Responsibilities\n\n- Train and evaluate ranking models in PyTorch\n- Engineer features from click logs\n',
      output: [],
    },
    {
      name: 'duties split between the roles the title names',
      input:
        '# AI/ML Engineer\n\n## Responsibilities\n\n- Train ranking models in PyTorch and tune hyperparameters\n- Build RAG pipelines with LangChain\n- Write prompt templates for the support assistant\n',
      output: [],
    },
  ],
  check(context, report, options) {
    const { profile, title, posting, decision } = context;
    if (!title || !posting.title || (!title.combined && !title.vague)) return;
    // The duties must commit where the title does not: a clear leader, and not a mixed posting
    // (mixed-role reports that case).
    if (profile.confidence !== 'high' && profile.confidence !== 'medium') return;
    // A vague title is reported here even over duties of another role: title-duty-mismatch
    // leaves vague titles to this rule.
    if (profile.dutyRole === 'other' || (profile.mismatch && !title.vague)) return;
    if (decision.split.length > 0) return;
    const share = profile.scores[profile.dutyRole];
    if (share < options.minShare) return;
    // A combined title over duties that really span its roles is honest (mixed-role advises on
    // that); it is ambiguous when one named role has at least twice the evidence of the others.
    if (title.roles.some((r) => r !== profile.dutyRole && profile.scores[r] * 2 > share)) return;
    const phrases = namePhrases(context, topPhrases(profile.evidence, profile.dutyRole, options.maxPhrases));
    const combined = title.combined;
    reportRetitle(context, report, {
      messageId: combined ? 'combined' : 'vague',
      data: {
        titleRoles: title.roles.join('`, `'),
        share: Math.round(share * 100),
        dutyRole: profile.dutyRole,
        phrases: phrases.join(', '),
      },
      note:
        (combined
          ? `A title that joins ${title.roles.map((r: Role) => ROLE_NAMES[r]).join(' and ')} merges the roles jdlint (and candidates) tell apart; `
          : 'A title without a role noun, or with a hedge word (specialist, consultant, ninja), does not say which job this is; ') +
        `the duties do: they describe ${withArticle(ROLE_NAMES[profile.dutyRole])}. Candidates search by role titles, so name the role. ` +
        SOURCE,
      evidence: { titleRoles: title.roles, dutyRole: profile.dutyRole, confidence: profile.confidence, scores: profile.scores },
    });
  },
});
