import { MISMATCH_MARGIN } from '../analysis/index.js';
import { bestTitleRole, namePhrases, reportRetitle, topPhrases } from './role-evidence.js';
import { defineRule } from './rule.js';
import { ROLE_NAMES, ROLE_SUMMARIES, withArticle } from '../lexicon/index.js';

const SOURCE =
  '(source: [LS], [RM-AI-VS])';

export default defineRule({
  id: 'title-duty-mismatch',
  meta: {
    description: 'The duties describe a different role than the title claims.',
    defaultSeverity: 'error',
    replacements: true,
    messages: {
      mismatch:
        'Unexpected duties for `{title}`: {share}% of the evidence describes `{dutyRole}` work ({phrases}), expected `{titleRole}` duties; retitle it `{suggestion}` or rewrite the duties',
      other:
        'Unexpected duties for `{title}`: {share}% of the evidence describes {work} work ({phrases}), expected `{titleRole}` duties; retitle it for that work (`{suggestion}`) or add the duties of the title',
    },
    defaultOptions: { minShareLead: MISMATCH_MARGIN, maxPhrases: 3 },
    optionDocs: {
      minShareLead: "How far (0–1) the duty role's share must lead the title role's share before a mismatch is reported.",
      maxPhrases: 'How many evidence phrases the message names.',
    },
  },
  examples: [
    {
      name: 'model-training duties under an ML title',
      input: '# Machine Learning Engineer\n\n## Responsibilities\n\n- Train and evaluate fraud detection models in PyTorch\n- Engineer features and tune hyperparameters\n',
      output: [],
    },
    {
      name: 'LLM-application duties under an ML title',
      input:
        '# Machine Learning Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write and test prompt templates\n- Integrate the OpenAI API with function calling\n',
      output: [
        '1:3-1:28: Unexpected duties for `Machine Learning Engineer`: 98% of the evidence describes `ai-engineer` work (“Build RAG pipelines” 5:3, “LangChain” 5:28, “Write and test prompt templates” 6:3), expected `ml-engineer` duties; retitle it `AI Engineer` or rewrite the duties',
      ],
    },
    {
      name: 'reporting duties under a data-scientist title',
      input:
        '# Data Scientist\n\n## What you will do\n\n- Build dashboards in Looker for the sales team\n- Own weekly KPI reporting and metric design\n- Set up event tracking with product engineers\n',
      output: [
        '1:3-1:17: Unexpected duties for `Data Scientist`: 77% of the evidence describes analytics and reporting work (“Build dashboards” 5:3, “Looker” 5:23, “Own weekly KPI” 6:3), expected `data-scientist` duties; retitle it for that work (`Data Analyst`) or add the duties of the title',
      ],
    },
    {
      name: 'a combined title accepts both roles',
      input:
        '# AI/ML Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write and test prompt templates\n- Integrate the OpenAI API with function calling\n',
      output: [],
    },
    {
      name: 'negated duties count against their role',
      input:
        '# AI Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain and a vector database\n- Run LLM evaluation with golden sets\n- You will not train models or do feature engineering\n',
      output: [],
    },
    {
      name: 'too little evidence to judge',
      input: '# Machine Learning Engineer\n\nJoin a friendly team and help us grow.\n',
      output: [],
    },
    {
      name: 'a higher threshold reports only blatant mismatches',
      options: { minShareLead: 0.99 },
      input:
        '# Machine Learning Engineer\n\n## Responsibilities\n\n- Build RAG pipelines with LangChain\n- Write and test prompt templates\n- Integrate the OpenAI API with function calling\n',
      output: [],
    },
  ],
  check(context, report, options) {
    const { profile, title, posting, decision } = context;
    if (!title || !posting.title || profile.confidence === 'none') return;
    if (profile.titleRoles.includes('other') || profile.titleRoles.includes(profile.dutyRole)) return;
    // A vague title ("Founding Engineer", "AI Specialist") claims no role to contradict:
    // ambiguous-title asks it to name the role the duties describe.
    if (title.vague) return;
    const dutyShare = profile.scores[profile.dutyRole];
    const titleRole = bestTitleRole(profile);
    // A clear margin: the duties' role must lead the title's by this much of the evidence.
    if (dutyShare - profile.scores[titleRole] < options.minShareLead) return;
    // Duties spread over two or three jobs: the advice is to split them (mixed-role, and the
    // recommendation), not to retitle the posting for one of them.
    if (decision.split.length > 0) return;
    const phrases = topPhrases(profile.evidence, profile.dutyRole, options.maxPhrases);
    const named = namePhrases(context, phrases);
    const { work } = decision;
    const dutyName = ROLE_NAMES[profile.dutyRole];
    reportRetitle(context, report, {
      messageId: work ? 'other' : 'mismatch',
      // One level below the configured severity when the reading is a hint (confidence low), or
      // when the title's domain qualifier already names the duties' role ("Machine Learning
      // Engineer (LLM)" over LLM work): the noun is wrong, the title is half right.
      ...(profile.confidence === 'low' || title.domains.includes(profile.dutyRole) ? { emphasis: 'minor' as const } : {}),
      data: {
        share: Math.round(dutyShare * 100),
        dutyRole: profile.dutyRole,
        work: work?.label ?? '',
        titleRole,
        phrases: named.join(', '),
      },
      note:
        `The title claims ${withArticle(ROLE_NAMES[titleRole])} (${ROLE_SUMMARIES[titleRole]}), but the duties describe ` +
        (work ? `${work.label} work` : `${withArticle(dutyName)} (${ROLE_SUMMARIES[profile.dutyRole]})`) +
        '. Candidates search and self-select by title, so a title that names the wrong role draws the wrong applicants and loses the right ones. ' +
        (work
          ? `Retitle it, or move the ${work.label} duties to a ${work.title} posting. `
          : `If the team needs both, write two postings: one for the ${ROLE_NAMES[titleRole]}, one for the ${dutyName}. `) +
        SOURCE,
      evidence: {
        titleRoles: profile.titleRoles,
        dutyRole: profile.dutyRole,
        confidence: profile.confidence,
        scores: profile.scores,
        phrases: phrases.map((e) => ({ text: e.text, role: e.role, weight: e.weight, ...context.locate(e.start) })),
      },
    });
  },
});
