import type { SectionKind } from '../posting/index.js';
import { checkPhraseRule } from './prose.js';
import { defineRule } from './rule.js';

/**
 * Sections that are boilerplate, not a pitch: perks, pay, how to apply, legal text. A cliché in the
 * company blurb is reported; "an exciting career opportunity" in the benefits list is not.
 */
const BOILERPLATE: ReadonlySet<SectionKind> = new Set<SectionKind>(['benefits', 'compensation', 'how-to-apply', 'eeo']);

export default defineRule({
  id: 'no-cliche',
  meta: {
    description: 'Clichés, hype and corporate jargon that tell candidates nothing about the job.',
    defaultSeverity: 'warning',
    messages: {
      cliche: 'Unexpected cliché `{actual}`, expected {instead}',
    },
    defaultOptions: { allow: [] as string[] },
    optionDocs: {
      allow: 'Entry ids or phrases (from `packages/core/data/phrases.yml`) not to report.',
    },
  },
  examples: [
    {
      name: 'facts instead of slogans',
      input: '# Data Engineer\n\nWe release to production daily and you will own the ingestion service. Your first month: onboarding on our feature store and shadowing on-call.\n',
      output: [],
    },
    {
      name: 'stock phrases',
      input:
        '# Data Engineer\n\nJoin our cutting-edge team! You will thrive in a fast-paced, ever-changing environment and hit the ground running.\n',
      output: [
        '3:10-3:22: Unexpected cliché `cutting-edge`, expected the technology by name and what you do with it',
        '3:38-3:87: Unexpected cliché `thrive in a fast-paced, ever-changing environment`, expected the working conditions as facts',
        '3:92-3:114: Unexpected cliché `hit the ground running`, expected what the first weeks of the job look like',
      ],
    },
    {
      name: 'wearing many hats',
      input: '# Backend Engineer\n\n## About you\n\n- A self-starter who enjoys wearing different hats\n- Passion for developer tools\n',
      output: [
        '5:5-5:17: Unexpected cliché `self-starter`, expected how much direction the person will get',
        '5:29-5:51: Unexpected cliché `wearing different hats`, expected the distinct responsibilities, with a rough share of time',
        '6:3-6:10: Unexpected cliché `Passion`, expected the interest shown as work, or nothing',
      ],
    },
    {
      name: 'hype by construction: an adjective on a generic noun, value compounds, culture slogans',
      input:
        '# Backend Engineer\n\nWe build innovative solutions with a customer-obsessed team and do work that matters. You will champion a culture of quality.\n',
      output: [
        '3:10-3:30: Unexpected cliché `innovative solutions`, expected the fact behind the adjective',
        '3:38-3:55: Unexpected cliché `customer-obsessed`, expected what the person or team actually does, as a fact',
        '3:68-3:85: Unexpected cliché `work that matters`, expected the problem and who it matters to',
        '3:96-3:114: Unexpected cliché `champion a culture`, expected the practice you want, as a recurring task',
      ],
    },
    {
      name: 'the benefits list is boilerplate, not a pitch',
      input: '# Backend Engineer\n\nWe run the payments API for 2,000 shops.\n\n## Benefits\n\n- Exciting career opportunities and a fun team\n',
      output: [],
    },
    {
      name: 'quoted and legal text stay quiet',
      input:
        '# Backend Engineer\n\nWe never write “fast-paced” in our ads.\n\n## Equal opportunity\n\nWe are an equal opportunity employer and do not discriminate on the basis of race, religion or gender; our culture of innovation welcomes everyone.\n',
      output: [],
    },
    {
      name: 'allowing a phrase',
      options: { allow: ['passion'] },
      input: '# Backend Engineer\n\n- Passion for developer tools\n',
      output: [],
    },
  ],
  check(context, report, options) {
    checkPhraseRule(context, report, 'no-cliche', 'cliche', options.allow, (hit, info) => !BOILERPLATE.has(info.section[hit.first] ?? 'intro'));
  },
});
