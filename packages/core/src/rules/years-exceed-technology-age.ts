import { findYearsPhrases, formatPartialDate, isoDay, startOfPeriod, type TechnologyMention, yearsBetween } from '../signals/index.js';
import { defineRule } from './rule.js';

function yearsText(n: number): string {
  return n === 1 ? '1 year' : `${n} years`;
}

export default defineRule({
  id: 'years-exceed-technology-age',
  meta: {
    description: 'A requirement asks for more years of a technology than it has existed.',
    defaultSeverity: 'error',
    replacements: true,
    messages: {
      exceeds:
        'Unexpected `{years}` of `{name}`, expected at most `{maxYears}`: `{name}` has been public only since {released}, {age} years before {asOf}',
      nearLimit:
        'Unexpected `{years}` of `{name}`, expected fewer: `{name}` has been public only since {released}, {age} years before {asOf}, so almost no one has that much',
    },
    // Within 1 year of the limit is a warning (private betas, pre-release commits).
    defaultOptions: { margin: 1 },
    optionDocs: {
      margin:
        'Years below the limit where the finding becomes a near-limit one, reported one level lower (private betas and early commits predate the public date); `0` reports only impossible requirements.',
    },
  },
  examples: [
    {
      name: 'years within what the tools allow',
      input: '# Senior ML Engineer\n\n## Requirements\n\n- 5+ years of experience with PyTorch\n- 2+ years building with LangChain\n',
      output: [],
    },
    {
      name: 'more years of LangChain than it has existed',
      input: '# AI Engineer\n\n## Requirements\n\n- 8+ years of experience with LangChain\n',
      output: [
        '5:3-5:40: Unexpected `8+ years` of `LangChain`, expected at most `4 years`: `LangChain` has been public only since October 2022, 4.1 years before 2026-11-25',
      ],
    },
    {
      name: 'a near-limit requirement is reported one level lower',
      input: '# AI Engineer\n\n## Requirements\n\n- 4 years of LangChain and Python\n',
      output: [
        '5:3-5:23: Unexpected `4 years` of `LangChain`, expected fewer: `LangChain` has been public only since October 2022, 4.1 years before 2026-11-25, so almost no one has that much',
      ],
    },
    {
      name: 'alternatives are fine when one of them is old enough',
      input: '# AI Engineer\n\n## Requirements\n\n- 6+ years with Haystack or LangChain\n- 5+ years with LangChain, LlamaIndex or similar frameworks\n',
      output: [],
    },
    {
      name: 'examples after "such as" are not what the years govern',
      input: '# AI Engineer\n\n## Requirements\n\n- 7+ years with vector databases such as Pinecone or Chroma\n',
      output: [],
    },
    {
      name: 'a quotation is not a requirement',
      input: '# AI Engineer\n\nWe will never ask for "10+ years of LangChain" in a posting.\n\n## Requirements\n\n- 2+ years building with LangChain\n',
      output: [],
    },
    {
      name: 'a margin of 0 reports only impossible requirements',
      options: { margin: 0 },
      input: '# AI Engineer\n\n## Requirements\n\n- 4 years of LangChain and Python\n',
      output: [],
    },
  ],
  check(context, report, options) {
    const margin = options.margin;
    const asOf = context.date;
    for (const phrase of findYearsPhrases(context.posting, context.nlp.tokens, context.units)) {
      if (!phrase.requirement || phrase.technologies.length === 0) continue;
      const ages = new Map<TechnologyMention, number>();
      for (const tech of phrase.technologies) {
        if (tech.entry.released) ages.set(tech, yearsBetween(startOfPeriod(tech.entry.released), asOf));
      }
      const tooMuch = (tech: TechnologyMention) => {
        const age = ages.get(tech);
        return age !== undefined && phrase.min > age - margin;
      };
      // "LangChain or LlamaIndex": impossible only when every alternative is too young.
      if (phrase.alternatives && (!phrase.onlyTechnologies || !phrase.technologies.every(tooMuch))) continue;
      const seen = new Set<string>();
      for (const tech of phrase.technologies) {
        if (!tooMuch(tech) || seen.has(tech.entry.id)) continue;
        seen.add(tech.entry.id);
        const age = ages.get(tech) as number;
        const start = Math.min(phrase.start, tech.start);
        const end = Math.max(phrase.end, tech.end);
        if (!context.scope.isReportable(start, end)) continue;
        const impossible = phrase.min > age;
        const released = tech.entry.released as string;
        const name = tech.entry.name.replace(/^the /, '');
        const suggested = Math.floor(age - margin);
        const range = context.sourceRange(start, end);
        report({
          messageId: impossible ? 'exceeds' : 'nearLimit',
          data: {
            years: phrase.text,
            name,
            maxYears: yearsText(Math.max(0, Math.floor(age))),
            released: formatPartialDate(released),
            // Rounded down, so the message never claims more time than there was.
            age: (Math.floor(Math.max(0, age) * 10) / 10).toFixed(1),
            asOf: isoDay(asOf),
          },
          start: range.start,
          end: range.end,
          actual: context.posting.source.slice(range.start, range.end),
          expected: [
            ...(suggested >= 1 ? [`${suggested}+ ${suggested === 1 ? 'year' : 'years'} of ${name}`] : []),
            `${phrase.min}+ years of software engineering, including hands-on work with ${name}`,
          ],
          note:
            `${name}'s earliest public date is ${formatPartialDate(released)} (${tech.entry.evidence}). A requirement no one can meet ` +
            'tells candidates the posting was written without care, and those who read requirements literally do not apply; ' +
            'ask for what the years stand for (shipped work, depth) instead. Widely ridiculed cases: 4+ years of FastAPI about ' +
            '1.5 years after its creation, 12 years of Kubernetes 6 years after its first upload. ' +
            `(source: ${tech.entry.source}; [FASTAPI], [K8S])`,
          evidence: {
            technology: tech.entry.id,
            released,
            requiredYears: phrase.min,
            maxYears: Number(Math.max(0, age).toFixed(2)),
            asOf: isoDay(asOf),
          },
          ...(impossible ? {} : { emphasis: 'minor' as const }),
        });
      }
    }
  },
});
