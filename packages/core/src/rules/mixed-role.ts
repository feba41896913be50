import { hiringSplit, SPLIT_DEFAULTS } from '../analysis/index.js';
import { defineRule } from './rule.js';
import { ROLE_NAMES } from '../lexicon/index.js';
import { namePhrases, topPhrases } from './role-evidence.js';

const SOURCE = '(source: [DP-LONG], [SM])';

export default defineRule({
  id: 'mixed-role',
  meta: {
    description: 'The duties are spread over two or three roles: one posting asking for several jobs.',
    defaultSeverity: 'warning',
    messages: {
      mixed: 'Unexpected mix of roles in the duties: {roles}, expected one role; split the posting or rank the duties',
    },
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast widens the literal defineRule would infer (an option a config may set)
    defaultOptions: { minShare: SPLIT_DEFAULTS.minShare as number, minRatio: SPLIT_DEFAULTS.minRatio as number },
    optionDocs: {
      minShare: 'The share (0–1) of the duty evidence a role needs to count as one of the jobs.',
      minRatio: "How close (0–1) a second role's share must come to the first's.",
    },
  },
  examples: [
    {
      name: 'model training and data pipelines in one posting',
      input:
        '# Machine Learning Engineer\n\n## Responsibilities\n\n- Train and evaluate churn models in PyTorch\n- Engineer features and tune hyperparameters\n- Run offline evaluation with AUC and calibration\n- Build ETL pipelines in Airflow and dbt\n- Own the data warehouse in Snowflake\n',
      output: [
        '1:3-1:28: Unexpected mix of roles in the duties: `ml-engineer` 51% (“Train and evaluate churn models” 5:3), `data-engineer` 43% (“Build ETL pipelines” 8:3), expected one role; split the posting or rank the duties',
      ],
    },
    {
      name: 'one role with a little of another',
      input:
        '# Machine Learning Engineer\n\n## Responsibilities\n\n- Train and evaluate churn models in PyTorch\n- Engineer features and tune hyperparameters\n- Run offline evaluation with AUC and calibration\n- Read data from the warehouse in Snowflake\n',
      output: [],
    },
    {
      name: 'a stricter ratio tolerates a secondary role',
      options: { minRatio: 0.95 },
      input:
        '# Machine Learning Engineer\n\n## Responsibilities\n\n- Train and evaluate churn models in PyTorch\n- Engineer features and tune hyperparameters\n- Build ETL pipelines in Airflow and dbt\n- Own the data warehouse in Snowflake\n',
      output: [],
    },
  ],
  check(context, report, options) {
    const { profile, posting } = context;
    const { minShare, minRatio } = options;
    // The decision's split is made at the default thresholds; options of their own decide again.
    const split = minShare === SPLIT_DEFAULTS.minShare && minRatio === SPLIT_DEFAULTS.minRatio ? context.decision.split : hiringSplit(profile, context.answers, { minShare, minRatio });
    if (split.length < 2) return;
    const parts = split.map((s) => {
      const [top] = namePhrases(context, topPhrases(profile.evidence, s.role, 1));
      return `\`${s.role}\` ${Math.round(s.share * 100)}%${top ? ` (${top})` : ''}`;
    });
    const names = split.map((s) => ROLE_NAMES[s.role]);
    // Anchor on the title, or on the first responsibilities heading when there is no title.
    const anchor = posting.title?.span ?? (() => {
      const section = posting.sections.find((s) => s.kind === 'responsibilities') ?? posting.sections[0];
      return context.sourceRange(section?.start ?? 0, section?.end ?? 0);
    })();
    report({
      messageId: 'mixed',
      data: { roles: parts.join(', ') },
      start: anchor.start,
      end: anchor.end,
      actual: names.join(' + '),
      expected: [`Split into ${names.map((n) => `a ${n}`).join(' and ')} posting`, `Rank the duties: keep the ${names[0]} work, move the rest to nice-to-have`],
      note:
        `The duties describe ${names.join(' and ')} work in similar measure. Few people do ${split.length === 2 ? 'both' : 'all of them'} well, ` +
        'so a hybrid posting either draws nobody or draws people strong in one half; postings that list two jobs are also long and read as unfocused. ' +
        SOURCE,
      evidence: { roles: split.map((s) => s.role), shares: split.map((s) => s.share), confidence: profile.confidence },
    });
  },
});
