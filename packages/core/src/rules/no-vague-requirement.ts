import { carriesLevel } from './checkable.js';
import { checkPhraseRule, NOT_REQUIREMENTS } from './prose.js';
import { defineRule } from './rule.js';

/**
 * Words either side of a finding within which a number or a level quantifies it ("strong SQL
 * (3+ years)", "fluent German (C1)"). Narrower than the whole clause, because a flattened posting
 * can run many requirements into one sentence.
 */
const LEVEL_REACH = 6;

export default defineRule({
  id: 'no-vague-requirement',
  meta: {
    description: 'Requirements with nothing a candidate can check: familiarity with X, strong X skills, soft-skill filler.',
    defaultSeverity: 'warning',
    messages: {
      vague: 'Unexpected vague requirement `{actual}`, expected {instead}',
    },
    defaultOptions: { allow: [] as string[] },
    optionDocs: {
      allow: 'Entry ids or phrases (from `packages/core/data/phrases.yml`) not to report.',
    },
  },
  examples: [
    {
      name: 'requirements stated as tasks',
      input:
        '# ML Engineer\n\n## Requirements\n\n- You have trained and deployed a gradient-boosted model and monitored it for drift\n- You write design docs and present results to product managers every sprint\n',
      output: [],
    },
    {
      name: 'familiarity, knowledge and skills without a level',
      input:
        '# ML Engineer\n\n## Requirements\n\n- Familiarity with popular deep learning frameworks\n- Strong knowledge of statistics\n- Excellent written and verbal communication skills\n- A team player with attention to detail\n',
      output: [
        '5:3-5:52: Unexpected vague requirement `Familiarity with popular deep learning frameworks`, expected the task the candidate has done, and how deeply',
        '6:3-6:33: Unexpected vague requirement `Strong knowledge of statistics`, expected what the candidate should be able to do with it',
        '7:3-7:52: Unexpected vague requirement `Excellent written and verbal communication skills`, expected the task the skill is needed for',
        '8:5-8:16: Unexpected vague requirement `team player`, expected the behaviour the job needs, as a task',
        '8:22-8:41: Unexpected vague requirement `attention to detail`, expected the behaviour the job needs, as a task',
      ],
    },
    {
      name: 'unquantified proficiency, mindsets and eagerness',
      input:
        '# Data Engineer\n\n## Requirements\n\n- You are a strong coder with a solid foundation in SQL\n- A pragmatic mindset\n- A knack for untangling legacy pipelines\n',
      output: [
        '5:13-5:25: Unexpected vague requirement `strong coder`, expected the work that shows it, with a level ("has written", "can explain", "has shipped")',
        '5:33-5:49: Unexpected vague requirement `solid foundation`, expected the work that shows it, with a level ("has written", "can explain", "has shipped")',
        '6:5-6:22: Unexpected vague requirement `pragmatic mindset`, expected the behaviour the job needs, as a task',
        '7:3-7:14: Unexpected vague requirement `A knack for`, expected what the candidate has done that shows the interest, or nothing (an interest is not a requirement)',
      ],
    },
    {
      name: 'degree predicates, praise for the person, thinking styles and best practices',
      input:
        '# Data Engineer\n\n## Requirements\n\n- Very good at Python and an expert in dbt\n- A talented, driven engineer who is deeply technical\n- Critical thinking and an eye for clean design\n- Follows best practices\n',
      output: [
        '5:3-5:43: Unexpected vague requirement `Very good at Python and an expert in dbt`, expected what the candidate can do with it, with a level (a task, a number, a certification)',
        '6:5-6:30: Unexpected vague requirement `talented, driven engineer`, expected the skills and tasks the job needs, not praise for the person',
        '6:38-6:54: Unexpected vague requirement `deeply technical`, expected the work that shows it, as a task',
        '7:3-7:48: Unexpected vague requirement `Critical thinking and an eye for clean design`, expected the decision or problem the person will handle, as a task',
        '8:11-8:25: Unexpected vague requirement `best practices`, expected the practices by name, with how they are checked',
      ],
    },
    {
      name: 'a level, a certification or done work makes it checkable; negated and quoted text is not a requirement',
      input:
        '# Data Engineer\n\n## Requirements\n\n- Fluent German (C1) and very good English skills (B2)\n- Strong cloud knowledge, AWS certified\n- Strong Python skills: you have shipped a library two other teams use\n- You do not need deep expertise in Kubernetes\n- We never ask for "excellent communication skills"\n',
      output: [],
    },
    {
      name: 'a quantified requirement and legal text are not vague',
      input:
        '# Data Engineer\n\n## Requirements\n\n- Strong SQL skills: you have written 50+ production queries with window functions\n\n## Equal opportunity\n\nWe are an equal opportunity employer and value candidates with strong communication skills of every background.\n',
      output: [],
    },
    {
      name: 'learning on the job is not a requirement',
      input: '# ML Engineer\n\n## What you will do\n\n- Get familiar with our ranking stack in your first month\n- Share knowledge of the serving stack with the team\n',
      output: [],
    },
    {
      name: 'benefits and the company blurb are not requirements',
      input: '# ML Engineer\n\n## About us\n\nOur founders have deep knowledge of payments.\n\n## Benefits\n\n- Exposure to a broad range of problems\n',
      output: [],
    },
  ],
  check(context, report, options) {
    checkPhraseRule(
      context,
      report,
      'no-vague-requirement',
      'vague',
      options.allow,
      // A number, a level or done work beside it ("strong SQL: you have written 50+ production
      // queries", "fluent German (C1)") gives the level the adjective did not.
      (hit, info) =>
        !NOT_REQUIREMENTS.has(info.section[hit.first] ?? 'intro') && !info.heading[hit.first] && !carriesLevel(context, hit.first, hit.last, LEVEL_REACH),
    );
  },
});
