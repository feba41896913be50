import { cueTerms, cueWords, type JurisdictionEntry, within } from '../lexicon/index.js';
import type { Token } from '../nlp/index.js';
import { endOfPeriod, findPayFigures, findPlaces, findPlacesIn, findPlacesInUnits, findVaguePay, formatPartialDate, lawsFor, type PayFigure, type PlaceMention } from '../signals/index.js';
import type { Block } from '../posting/index.js';
import { defineRule, type RuleContext } from './rule.js';

/** Front-matter fields that hold pay, and that name where the job is (data/cues.yml). */
const PAY_FIELDS = cueTerms('pay-fields');
const PLACE_FIELDS = cueTerms('place-fields');
/** Lemmas that make a nearby figure pay, and those that make it something else: funding, budgets, bonuses, revenue. */
const PAY_WORDS = cueWords('pay-words');
const NOT_PAY_WORDS = cueWords('not-pay-words');
/** Words that say a block is about where the job is (place names elsewhere are customers, history, offices abroad). */
const PLACE_CUES = cueWords('place-cues');
const EXAMPLE = '$120,000–$150,000 per year';

function sentenceAt(context: RuleContext, offset: number): { first: number; last: number } | null {
  const { sentences } = context.nlp;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? null;
}

function hasWord(tokens: readonly Token[], set: ReadonlySet<string>): boolean {
  return tokens.some((t) => set.has(t.lemma) || set.has(t.normal));
}

/** The sentence around a figure, and the words tied to it: a few before, and the noun just after ("$1,500 learning budget"). */
function around(context: RuleContext, start: number, end: number): { sentence: Token[]; tied: Token[] } {
  const s = sentenceAt(context, start);
  if (!s) return { sentence: [], tied: [] };
  const sentence = context.nlp.tokens.slice(s.first, s.last);
  const isWord = (t: Token) => /[\p{L}]/u.test(t.value);
  const before = sentence.filter((t) => t.end <= start && isWord(t)).slice(-4);
  const after: Token[] = [];
  for (const t of sentence.filter((x) => x.start >= end)) {
    // "+ equity", "plus bonus", ", and benefits": a new item, not what the figure is.
    if (['+', ',', ';', '(', 'plus', 'and', '&'].includes(t.normal)) break;
    if (isWord(t)) after.push(t);
    if (after.length === 3) break;
  }
  return { sentence, tied: [...before, ...after] };
}

/** True when a figure in the body is pay, not a funding round, a budget or a bonus. */
function isPay(context: RuleContext, block: Block, figure: PayFigure, start: number, end: number): boolean {
  const { sentence, tied } = around(context, start, end);
  if (hasWord(tied, NOT_PAY_WORDS) && !hasWord(tied, PAY_WORDS)) return false;
  if (hasWord(sentence, PAY_WORDS) || context.scope.sectionOf(block).kind === 'compensation') return true;
  // A range with a currency or a thousands multiplier is pay on its own ("£95-110k", "Zone A: $200,000 - $240,000").
  return figure.kind === 'range';
}

function fieldString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** The source span of a front-matter value (for findings about it). */
function frontMatterSpan(context: RuleContext, key: string, value: string): { start: number; end: number } | null {
  const fm = context.posting.frontMatter;
  if (!fm) return null;
  const raw = context.posting.source.slice(fm.span.start, fm.span.end);
  const line = new RegExp(`^${key}[ \\t]*:[ \\t]*`, 'm').exec(raw);
  if (!line) return null;
  const at = raw.indexOf(value, line.index + line[0].length);
  return at < 0 ? null : { start: fm.span.start + at, end: fm.span.start + at + value.length };
}

function placesOfPosting(context: RuleContext): PlaceMention[] {
  const { posting, units } = context;
  const found: PlaceMention[] = [];
  for (const key of PLACE_FIELDS) {
    const value = posting.fields[key];
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const s = fieldString(v);
      if (s) found.push(...findPlacesIn(s));
    }
  }
  // A front-matter title is tokenized once, by the scope.
  const title = context.scope.frontMatterTitle;
  if (title) found.push(...findPlacesInUnits(title.units, title.text));
  const cueBlocks = new Set<Block>();
  for (const block of posting.blocks) {
    if (context.scope.isLegal(block)) continue;
    if (block.kind === 'heading' || block.kind === 'pseudo-heading') {
      cueBlocks.add(block);
      continue;
    }
    const words = within(context.nlp.tokens, block.start, block.end);
    if (words.some((t) => PLACE_CUES.has(t.normal) || PLACE_CUES.has(t.lemma))) cueBlocks.add(block);
  }
  if (cueBlocks.size > 0) {
    for (const place of findPlaces(units, posting.text)) {
      if ([...cueBlocks].some((b) => b.start <= place.start && place.end <= b.end)) found.push(place);
    }
  }
  return found;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "; required in `Colorado` by the Colorado Equal Pay for Equal Work Act", or '' when no law is in force. */
function requiredClause(laws: JurisdictionEntry[]): string {
  if (laws.length === 0) return '';
  const shown = laws.slice(0, 2);
  const more = laws.length - shown.length;
  return `; required in ${joinNames(shown.map((l) => `\`${l.name.replace(/^the /, '')}\``))}${more > 0 ? ` and ${more} more` : ''} by ${joinNames(shown.map((l) => l.law))}`;
}

function lawNote(laws: JurisdictionEntry[]): string {
  return laws
    .map((l) => `${l.law.charAt(0).toUpperCase()}${l.law.slice(1)} has required a pay range in postings for ${l.name} since ${formatPartialDate(l.effective)} (${l.who}).`)
    .join(' ');
}

function lawSources(laws: JurisdictionEntry[]): string {
  return laws.map((l) => l.source).join('; ');
}

function roundThousands(n: number): string {
  return `${Math.max(1, Math.round(n / 1000)).toLocaleString('en-US')},000`;
}

/** A bounded range built from an open-ended figure: "up to $150,000" → "$120,000–$150,000". */
function boundedExample(figure: PayFigure): string {
  const cur = figure.currency ?? '$';
  const prefix = /^[$€£¥₹]$/.test(cur) ? cur : `${cur} `;
  if (figure.min < 1000) return EXAMPLE;
  const up = /up\s*to|as much|max/i.test(figure.text);
  const [low, high] = up ? [figure.min * 0.8, figure.min] : [figure.min, figure.min * 1.25];
  return `${prefix}${roundThousands(low)}–${prefix}${roundThousands(high)}`;
}

export default defineRule({
  id: 'salary-range',
  meta: {
    description: 'The posting gives no pay range, or stands in for one with words like "competitive salary".',
    defaultSeverity: 'warning',
    messages: {
      missing: 'Unexpected posting without a pay range, expected a minimum and maximum such as `{example}`{required}',
      vague: 'Unexpected `{phrase}` without a number, expected a pay range such as `{example}`{required}',
      openEnded: 'Unexpected open-ended pay `{phrase}`, expected a minimum and a maximum such as `{example}`{required}',
    },
    defaultOptions: {},
    strict: { severity: 'error' },
  },
  examples: [
    {
      name: 'a range with currency and period',
      input: '# Data Engineer\n\n## Compensation\n\n$120,000–$150,000 per year, plus equity.\n',
      output: [],
    },
    {
      name: 'a range in front matter',
      input: '---\ntitle: Data Engineer\nsalary: "EUR 70,000 - 85,000"\n---\n\nBuild our pipelines.\n',
      output: [],
    },
    {
      name: 'no pay at all',
      input: '# Data Engineer\n\n## Benefits\n\n- Health cover and 25 days of leave\n',
      output: ['1:3-1:16: Unexpected posting without a pay range, expected a minimum and maximum such as `$120,000–$150,000 per year`'],
    },
    {
      name: '"competitive salary" with no number',
      input: '# Data Engineer\n\n## Benefits\n\n- Competitive salary and stock options\n',
      output: ['5:3-5:21: Unexpected `Competitive salary` without a number, expected a pay range such as `$120,000–$150,000 per year`'],
    },
    {
      name: 'an open-ended figure',
      input: '# Data Engineer\n\n## Compensation\n\nBase salary up to $150,000.\n',
      output: ['5:13-5:27: Unexpected open-ended pay `up to $150,000`, expected a minimum and a maximum such as `$120,000–$150,000`'],
    },
    {
      name: 'a place with a pay-transparency law',
      input: '---\ntitle: Data Engineer\nlocation: Denver, CO\n---\n\n## Benefits\n\n- Health cover and 25 days of leave\n',
      output: [
        '2:8-2:21: Unexpected posting without a pay range, expected a minimum and maximum such as `$120,000–$150,000 per year`; required in `Colorado` by the Colorado Equal Pay for Equal Work Act',
      ],
    },
    {
      name: 'a funding round is not pay',
      input: '# Data Engineer\n\nWe raised $40M in Series B funding last year.\n\n## Pay\n\n£50-60k depending on experience.\n',
      output: [],
    },
  ],
  check(context, report) {
    const { posting } = context;
    if (!posting.title) return;

    const stated: PayFigure[] = [];
    const findings: Array<{ messageId: 'vague' | 'openEnded'; phrase: string; start: number; end: number; figure?: PayFigure }> = [];

    for (const key of PAY_FIELDS) {
      const value = posting.fields[key];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const o = value as Record<string, unknown>;
        if (typeof o['min'] === 'number' || typeof o['max'] === 'number' || typeof o['minimum'] === 'number') stated.push({ kind: 'range', min: 0, max: null, currency: null, period: null, text: '', start: 0, end: 0 });
        continue;
      }
      const s = fieldString(value)?.trim();
      if (!s) continue;
      const figures = findPayFigures(s, { bare: true });
      stated.push(...figures.filter((f) => f.kind !== 'open-ended'));
      if (figures.length === 0 || figures.every((f) => f.kind === 'open-ended')) {
        const span = frontMatterSpan(context, key, s);
        if (!span) continue;
        const open = figures.find((f) => f.kind === 'open-ended');
        findings.push(open ? { messageId: 'openEnded', phrase: open.text, start: span.start, end: span.end, figure: open } : { messageId: 'vague', phrase: s, ...span });
      }
    }

    for (const block of posting.blocks) {
      const text = posting.text.slice(block.start, block.end);
      for (const figure of findPayFigures(text)) {
        const start = block.start + figure.start;
        const end = block.start + figure.end;
        if (!isPay(context, block, figure, start, end)) continue;
        if (figure.kind !== 'open-ended') stated.push(figure);
        else if (context.scope.isReportable(start, end)) {
          const range = context.sourceRange(start, end);
          findings.push({ messageId: 'openEnded', phrase: figure.text, ...range, figure });
        }
      }
    }
    // A posting with a range (or an exact figure) says what it pays: nothing else here is a problem.
    if (stated.length > 0) return;

    for (const m of findVaguePay(context.units)) {
      if (!context.scope.isReportable(m.start, m.end)) continue;
      if (m.entry.payContext && !hasWord(around(context, m.start, m.end).sentence, PAY_WORDS)) continue;
      const range = context.sourceRange(m.start, m.end);
      findings.push({ messageId: 'vague', phrase: posting.source.slice(range.start, range.end), ...range });
    }

    const laws = lawsFor(placesOfPosting(context)).filter((l) => endOfPeriod(l.effective).getTime() <= context.date.getTime());
    const required = requiredClause(laws);
    const why =
      'Candidates rank pay as the most helpful part of a posting (61%), and women in particular weigh it before applying; ' +
      '"competitive", "DOE", "up to $X" and "$X+" are not ranges (British Columbia rejects open-ended ones). ' +
      (laws.length > 0 ? `${lawNote(laws)} ` : '');
    const source = `(source: [LI-TIPS], [LI-GENDER2], [BC]${laws.length > 0 ? `; ${lawSources(laws)}` : ''})`;
    const evidence = { jurisdictions: laws.map((l) => ({ id: l.id, law: l.law, effective: l.effective })) };

    if (findings.length === 0) {
      const title = posting.title;
      report({
        messageId: 'missing',
        data: { example: EXAMPLE, required },
        start: title.span.start,
        end: title.span.end,
        expected: [EXAMPLE, 'A `## Compensation` section with the base-pay minimum and maximum'],
        note: why + source,
        evidence,
      });
      return;
    }
    for (const f of findings.sort((a, b) => a.start - b.start)) {
      const example = f.figure ? boundedExample(f.figure) : EXAMPLE;
      report({
        messageId: f.messageId,
        data: { phrase: f.phrase, example, required },
        start: f.start,
        end: f.end,
        actual: f.phrase,
        expected: [example, 'A `## Compensation` section with the base-pay minimum and maximum'],
        note: why + source,
        evidence,
      });
    }
  },
});
