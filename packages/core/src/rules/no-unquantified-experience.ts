import { carriesLevel } from './checkable.js';
import { checkPhraseRule, NOT_REQUIREMENTS } from './prose.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'no-unquantified-experience',
  meta: {
    description: 'Experience claims with no scope: extensive experience, proven track record, seasoned.',
    defaultSeverity: 'warning',
    messages: {
      unquantified: 'Unexpected unquantified experience `{actual}`, expected {instead}',
    },
    defaultOptions: { allow: [] as string[] },
    optionDocs: {
      allow: 'Entry ids or phrases (from `packages/core/data/phrases.yml`) not to report.',
    },
  },
  examples: [
    {
      name: 'experience with a scope',
      input:
        '# Senior Data Engineer\n\n## Requirements\n\n- Extensive experience (5+ years) running Spark jobs in production\n- You have led a migration of at least 3 pipelines to Airflow\n',
      output: [],
    },
    {
      name: 'adjectives instead of scope',
      input:
        '# Senior Data Engineer\n\n## Requirements\n\n- Extensive experience with data pipelines\n- Proven track record of delivering projects\n- Deep expertise in distributed systems\n',
      output: [
        '5:3-5:23: Unexpected unquantified experience `Extensive experience`, expected the scope, what the candidate has done and at what scale',
        '6:3-6:22: Unexpected unquantified experience `Proven track record`, expected the outcome you expect, with a scope',
        '7:3-7:17: Unexpected unquantified experience `Deep expertise`, expected the scope, what the candidate has done and at what scale',
      ],
    },
    {
      name: 'demonstrated success and practical experience, unless a scale or evidence is given',
      input:
        '# Data Scientist\n\n## Requirements\n\n- Demonstrated success in running experiments\n- Practical experience with Bayesian models\n- Practical experience with Spark (you have tuned jobs that process 2 TB a day)\n- Expert experience, shown by a portfolio of shipped models\n',
      output: [
        '5:3-5:23: Unexpected unquantified experience `Demonstrated success`, expected the outcome that shows the ability, with a scope',
        '6:3-6:23: Unexpected unquantified experience `Practical experience`, expected the scope, what the candidate has done and at what scale',
      ],
    },
    {
      name: 'deep learning is a field, not an amount',
      input: '# ML Engineer\n\n## Requirements\n\n- Deep learning experience with PyTorch\n',
      output: [],
    },
  ],
  check(context, report, options) {
    checkPhraseRule(
      context,
      report,
      'no-unquantified-experience',
      'unquantified',
      options.allow,
      // A number, a level or done work in the same clause ("extensive experience (5+ years)") gives the scope.
      (hit, info) =>
        !NOT_REQUIREMENTS.has(info.section[hit.first] ?? 'intro') && !info.heading[hit.first] && !carriesLevel(context, hit.first, hit.last, Infinity),
    );
  },
});
