import { findYearsPhrases, type YearsPhrase } from '../signals/index.js';
import { defineRule } from './rule.js';

type Tier = 'entry' | 'junior' | 'mid' | 'senior' | 'staff';

/** Title words (as titles.yml strips them) and the tier they claim; levels like "II" or "L5" claim none. */
const TIERS: Record<string, Tier> = {
  intern: 'entry',
  internship: 'entry',
  'co op': 'entry',
  apprentice: 'entry',
  trainee: 'entry',
  graduate: 'entry',
  'new grad': 'entry',
  'entry level': 'entry',
  junior: 'junior',
  jr: 'junior',
  associate: 'junior',
  mid: 'mid',
  'mid level': 'mid',
  intermediate: 'mid',
  senior: 'senior',
  sr: 'senior',
  snr: 'senior',
  lead: 'senior',
  'tech lead': 'senior',
  'team lead': 'senior',
  staff: 'staff',
  'senior staff': 'staff',
  principal: 'staff',
  distinguished: 'staff',
};
const LABEL: Record<Tier, string> = { entry: 'entry-level', junior: 'junior', mid: 'mid-level', senior: 'senior', staff: 'staff or principal' };
const LOW: readonly Tier[] = ['entry', 'junior', 'mid'];
const RANK: Record<Tier, number> = { entry: 0, junior: 1, mid: 2, senior: 3, staff: 4 };

// Datapeople's seniority filter: junior ≈ 1–3 years, mid ≈ 4–7, senior ≈ 8+ ([DP-SEN]).
const TYPICAL: Record<Tier, string> = {
  entry: '0–2 years of experience',
  junior: '1–3 years of experience',
  mid: '4–7 years of experience',
  senior: '8+ years of experience',
  staff: '8+ years of experience',
};

function normalize(word: string): string {
  return word.toLowerCase().replace(/[-.\s]+/g, ' ').trim();
}

/** The title word that fits `years` in Datapeople's bands: "Junior", none (mid), "Senior". */
function bandWord(years: number): string {
  if (years <= 3) return 'Junior';
  if (years <= 7) return '';
  return 'Senior';
}

/** The title with its seniority word replaced: "Junior Data Scientist" → "Data Scientist", "Senior Data Scientist". */
function retitle(title: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[-\\s]+');
  const rest = title
    .replace(new RegExp(`\\b${escaped}\\b\\.?`, 'i'), '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,:–—-]+/, '')
    .trim();
  return [replacement, rest].filter(Boolean).join(' ') || title;
}

/** Entry-level words that are the role itself ("Machine Learning Intern"): no title to suggest. */
const ROLE_LIKE = /^(intern|internship|trainee|apprentice)$/i;

export default defineRule({
  id: 'seniority-years-conflict',
  meta: {
    description: 'The seniority in the title disagrees with the years of experience the posting asks for.',
    defaultSeverity: 'warning',
    messages: {
      tooMany: 'Unexpected `{years}` with `{level}` in the title, expected at most {bound} years; retitle it `{suggestion}` or ask for fewer years',
      tooManyForTrainee: 'Unexpected `{years}` with `{level}` in the title, expected at most {bound} years; ask for coursework or projects instead of years',
      tooFew: 'Unexpected `{years}` with `{level}` in the title, expected at least {bound} years; retitle it `{suggestion}` or ask for more years',
    },
    // Datapeople's bands (junior 1–3, mid 4–7, senior 8+) with a year or more of slack, because
    // companies level differently; only clear disagreements are reported.
    defaultOptions: { entryMaxYears: 2, juniorMaxYears: 4, midMaxYears: 9, seniorMinYears: 2, staffMinYears: 5 },
    optionDocs: {
      entryMaxYears: 'Most years an intern, graduate or entry-level title may ask for.',
      juniorMaxYears: 'Most years a junior or associate title may ask for (Datapeople: junior ≈ 1–3, one year of slack).',
      midMaxYears: 'Most years a mid-level title may ask for (Datapeople: mid ≈ 4–7).',
      seniorMinYears: 'Fewest years a senior or lead title may ask for, when it asks for general experience at all.',
      staffMinYears: 'Fewest years a staff, principal or distinguished title may ask for.',
    },
  },
  examples: [
    {
      name: 'a senior title with senior years',
      input: '# Senior Data Scientist\n\n## Requirements\n\n- 6+ years of experience in applied statistics\n',
      output: [],
    },
    {
      name: 'a junior title asking for five years',
      input: '# Junior Data Scientist\n\n## Requirements\n\n- 5+ years of experience with Python\n- A degree in statistics or a related field\n',
      output: [
        '5:3-5:11: Unexpected `5+ years` with `Junior` in the title, expected at most 4 years; retitle it `Data Scientist` or ask for fewer years',
      ],
    },
    {
      name: 'a senior title asking for one year',
      input: '# Sr. Backend Engineer\n\n## Requirements\n\n- 1+ year of professional experience\n',
      output: [
        '5:3-5:10: Unexpected `1+ year` with `Sr` in the title, expected at least 2 years; retitle it `Junior Backend Engineer` or ask for more years',
      ],
    },
    {
      name: 'an internship asking for three years',
      input: '# Machine Learning Intern\n\n## Requirements\n\n- At least 3 years of experience training models\n',
      output: [
        '5:3-5:19: Unexpected `At least 3 years` with `Intern` in the title, expected at most 2 years; ask for coursework or projects instead of years',
      ],
    },
    {
      name: 'nice-to-have years and company history do not count',
      input:
        '# Junior Data Engineer\n\nWe started 10 years ago and have grown every year since.\n\n## Requirements\n\n- 1-2 years of experience with SQL\n\n## Nice to have\n\n- 6+ years of experience with Spark\n',
      output: [],
    },
    {
      name: 'a looser junior band',
      options: { juniorMaxYears: 5 },
      input: '# Junior Data Scientist\n\n## Requirements\n\n- 5+ years of experience with Python\n',
      output: [],
    },
  ],
  check(context, report, options) {
    const title = context.title;
    if (!title || title.seniority.length === 0) return;
    const found = title.seniority.map((w) => ({ word: w, tier: TIERS[normalize(w)] })).filter((t): t is { word: string; tier: Tier } => t.tier !== undefined);
    if (found.length === 0) return;
    // "Associate Director", "Junior … Lead": tiers that disagree with each other claim nothing.
    if (found.some((f) => LOW.includes(f.tier)) && found.some((f) => !LOW.includes(f.tier))) return;
    const claim = found.reduce((a, b) => (RANK[b.tier] > RANK[a.tier] ? b : a));

    const asked = findYearsPhrases(context.posting, context.nlp.tokens, context.units).filter((p) => p.requirement && p.section !== 'nice-to-have');
    if (asked.length === 0) return;
    const highest = asked.reduce((a, b) => (b.min > a.min ? b : a));

    let messageId: 'tooMany' | 'tooManyForTrainee' | 'tooFew';
    let bound: number;
    if (LOW.includes(claim.tier)) {
      bound = claim.tier === 'entry' ? options.entryMaxYears : claim.tier === 'junior' ? options.juniorMaxYears : options.midMaxYears;
      if (highest.min <= bound) return;
      messageId = 'tooMany';
    } else {
      // A senior posting that only asks "1+ year of Kubernetes" says nothing about overall experience.
      if (!asked.some((p: YearsPhrase) => p.technologies.length === 0)) return;
      bound = claim.tier === 'staff' ? options.staffMinYears : options.seniorMinYears;
      if (highest.min >= bound) return;
      messageId = 'tooFew';
    }
    if (!context.scope.isReportable(highest.start, highest.end)) return;

    const level = title.text.match(new RegExp(claim.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[-\\s]+'), 'i'))?.[0] ?? claim.word;
    const suggestion = retitle(title.text, claim.word, bandWord(highest.min));
    if (ROLE_LIKE.test(normalize(claim.word))) messageId = 'tooManyForTrainee';
    const range = context.sourceRange(highest.start, highest.end);
    report({
      messageId,
      data: { years: highest.text, level, bound, suggestion },
      start: range.start,
      end: range.end,
      actual: highest.text,
      expected: messageId === 'tooManyForTrainee' ? [TYPICAL[claim.tier], 'A course or project in the field'] : [suggestion, TYPICAL[claim.tier]],
      note:
        `The title says ${LABEL[claim.tier]}, the requirements ask for “${highest.text}”. ` +
        "Datapeople's seniority filter reads junior as about 1–3 years, mid as 4–7 and senior as 8+; when the title and the " +
        'years disagree, candidates cannot tell which to believe, and the title decides who finds the posting. ' +
        '(source: [DP-SEN])',
      evidence: { tier: claim.tier, titleWord: level, requiredYears: highest.min, bound },
    });
  },
});
