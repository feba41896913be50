import { checkPhraseRule, NOT_REQUIREMENTS } from './prose.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'no-open-ended-duties',
  meta: {
    description: 'Open-ended duties and lists: other duties as assigned, as needed, etc.',
    defaultSeverity: 'warning',
    messages: {
      openEnded: 'Unexpected open-ended duty `{actual}`, expected {instead}',
    },
    defaultOptions: { allow: [] as string[] },
    optionDocs: {
      allow: 'Entry ids or phrases (from `packages/core/data/phrases.yml`) not to report.',
    },
  },
  examples: [
    {
      name: 'a closed list of duties',
      input: '# Data Analyst\n\n## Responsibilities\n\n- Build the weekly revenue dashboard\n- Run two pricing experiments per quarter\n',
      output: [],
    },
    {
      name: 'catch-alls',
      input:
        '# Data Analyst\n\n## Responsibilities\n\n- Build dashboards, reports, etc.\n- Support the sales team as needed\n- Other duties and responsibilities as assigned\n- Work with SQL, Python and more.\n',
      output: [
        '5:30-5:34: Unexpected open-ended duty `etc.`, expected the complete list, or "one of" the tools you name',
        '6:26-6:35: Unexpected open-ended duty `as needed`, expected how often and for whom the duty happens',
        '7:3-7:48: Unexpected open-ended duty `Other duties and responsibilities as assigned`, expected the recurring responsibilities, with a rough share of time',
        '8:25-8:33: Unexpected open-ended duty `and more`, expected the complete list, or "one of" the tools you name',
      ],
    },
    {
      name: 'open-ended scope',
      input: '# Data Analyst\n\n## Responsibilities\n\n- Cover for the support team where needed\n- Pick up related duties from time to time\n',
      output: [
        '5:30-5:42: Unexpected open-ended duty `where needed`, expected how often and for whom the duty happens',
        '6:26-6:43: Unexpected open-ended duty `from time to time`, expected how often and for whom the duty happens',
      ],
    },
    {
      name: 'as required and or similar; a requirement of law is named',
      input: '# Data Analyst\n\n## Responsibilities\n\n- Support the finance team as required\n- Run reports in Looker, Tableau or similar\n- Keep records as required by law\n',
      output: [
        '5:28-5:39: Unexpected open-ended duty `as required`, expected how often and for whom the duty happens',
        '6:34-6:44: Unexpected open-ended duty `or similar`, expected the complete list, or "one of" the tools you name',
      ],
    },
    {
      name: 'more in a sentence is not an open list',
      input: '# Data Analyst\n\n## Responsibilities\n\n- Make our reports more reliable and more useful\n',
      output: [],
    },
  ],
  check(context, report, options) {
    checkPhraseRule(context, report, 'no-open-ended-duties', 'openEnded', options.allow, (hit, info) => !NOT_REQUIREMENTS.has(info.section[hit.first] ?? 'intro') && !info.heading[hit.first]);
  },
});
