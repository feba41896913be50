import { findYearsPhrases } from '../signals/index.js';
import { cueTerms, PhraseMatcher, unitsIn, type Unit } from '../lexicon/index.js';
import { classifyHeading, NON_DUTY_SECTIONS, NON_REQUIREMENT_SECTIONS, type Block, type SectionKind } from '../posting/index.js';
import { defineRule, type RuleContext } from './rule.js';

/** Lead-ins that introduce duties without a heading ("In this role you will:"), and that state requirements (data/cues.yml). */
const DUTY_CUES = new PhraseMatcher(cueTerms('duty-cues').map((p) => ({ phrases: [p], value: p })));
const REQUIREMENT_CUES = new PhraseMatcher(cueTerms('requirement-cues').map((p) => ({ phrases: [p], value: p })));

function unitsOf(context: RuleContext, block: Block): Unit[] {
  return unitsIn(context.units, block.start, block.end);
}

/** A short line that reads as a heading of `kind` but was written as a plain paragraph ("Job responsibilities"). */
function headingLike(context: RuleContext, block: Block, kind: SectionKind): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = context.posting.text.slice(block.start, block.end).replace(/[_*]/g, '').trim().replace(/:$/, '');
  if (text === '' || text.split(/\s+/).length > 6 || /[.!?]$/.test(text)) return false;
  // "General Summary", "Position overview": a summary of the job (not of the company) is its description.
  if (kind === 'responsibilities' && /\b(summary|overview)\b/i.test(text) && !/\b(company|about|us|team)\b/i.test(text)) return true;
  return classifyHeading(text) === kind;
}

/** A summary of the job under its own heading ("General Summary", "Position overview"), in two or more sentences. */
function summarySection(context: RuleContext): boolean {
  const { posting } = context;
  return posting.sections.some((section, index) => {
    if (!section.heading || !/\b(summary|overview|description|the opportunity|the position)\b/i.test(section.heading)) return false;
    if (section.kind !== 'other' && section.kind !== 'intro') return false;
    const sentences = new Set<number>();
    for (const b of posting.blocks) {
      if (b.section !== index || b.kind === 'heading' || b.kind === 'pseudo-heading' || context.scope.isLegal(b)) continue;
      for (const u of unitsOf(context, b)) sentences.add(u.sentence);
    }
    return sentences.size >= 2;
  });
}

/**
 * Duties written without a heading: a heading-like line ("Job responsibilities"), a summary
 * section, a "you will:" lead-in followed by a list, or prose with two "you will" sentences.
 */
function dutiesWithoutHeading(context: RuleContext): boolean {
  const { posting } = context;
  if (posting.blocks.some((b) => !context.scope.isLegal(b) && headingLike(context, b, 'responsibilities'))) return true;
  if (summarySection(context)) return true;
  const blocks = posting.blocks.filter((b) => !context.scope.isLegal(b) && !NON_DUTY_SECTIONS.has(context.scope.sectionOf(b).kind));
  let sentences = 0;
  for (const block of blocks) {
    const hits = DUTY_CUES.match(unitsOf(context, block));
    if (hits.length === 0) continue;
    if (block.kind !== 'list-item') {
      const index = posting.blocks.indexOf(block);
      const following = posting.blocks.slice(index + 1, index + 3);
      if (following.length >= 2 && following.every((b) => b.kind === 'list-item')) return true;
    }
    sentences += new Set(hits.map((h) => (context.units[h.first] as Unit).sentence)).size;
  }
  return sentences >= 2;
}

/** Requirements written without a heading: a requirement phrase or a years-of-experience ask. */
function requirementsWithoutHeading(context: RuleContext): boolean {
  const { posting } = context;
  const blocks = posting.blocks.filter((b) => !context.scope.isLegal(b) && !NON_REQUIREMENT_SECTIONS.has(context.scope.sectionOf(b).kind));
  if (blocks.some((b) => headingLike(context, b, 'requirements'))) return true;
  if (blocks.some((b) => REQUIREMENT_CUES.match(unitsOf(context, b)).length > 0)) return true;
  return findYearsPhrases(posting, context.nlp.tokens, context.units).some((p) => p.requirement);
}

export default defineRule({
  id: 'missing-section',
  meta: {
    description: 'The posting has no responsibilities or no requirements section.',
    defaultSeverity: 'warning',
    messages: {
      noResponsibilities: 'Unexpected posting without a responsibilities section, expected a `## Responsibilities` list of the recurring duties',
      noRequirements: 'Unexpected posting without a requirements section, expected a `## Requirements` list of the must-haves',
    },
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast widens the literal defineRule would infer (an option a config may set)
    defaultOptions: { lenient: true } as { lenient: boolean },
    optionDocs: {
      lenient:
        'Accept duties and requirements written without their own heading: a "you will:" lead-in before a list, two "you will" sentences, or a stated requirement ("experience with …", "3+ years of …").',
    },
    strict: { options: { lenient: false } },
  },
  examples: [
    {
      name: 'both sections present',
      input: '# Data Engineer\n\n## What you will do\n\n- Build and run our ingestion pipelines\n\n## What you bring\n\n- Three years of SQL and Python\n',
      output: [],
    },
    {
      name: 'no requirements anywhere',
      input: '# Data Engineer\n\n## Responsibilities\n\n- Build and run our ingestion pipelines\n- Own the warehouse models\n',
      output: ['1:3-1:16: Unexpected posting without a requirements section, expected a `## Requirements` list of the must-haves'],
    },
    {
      name: 'neither section',
      input: '# Data Engineer\n\nJoin a friendly team that loves data. We offer a good salary and great people.\n',
      output: [
        '1:3-1:16: Unexpected posting without a requirements section, expected a `## Requirements` list of the must-haves',
        '1:3-1:16: Unexpected posting without a responsibilities section, expected a `## Responsibilities` list of the recurring duties',
      ],
    },
    {
      name: 'duties and requirements written without headings',
      input:
        '# Data Engineer\n\nYou will build and run our ingestion pipelines. You will also own the warehouse models and their tests.\n\nWe are looking for someone with three years of SQL.\n',
      output: [],
    },
    {
      name: 'strict asks for headings',
      options: { lenient: false },
      input:
        '# Data Engineer\n\nYou will build and run our ingestion pipelines. You will also own the warehouse models and their tests.\n\n## Requirements\n\n- Three years of SQL\n',
      output: ['1:3-1:16: Unexpected posting without a responsibilities section, expected a `## Responsibilities` list of the recurring duties'],
    },
  ],
  check(context, report, options) {
    const { posting } = context;
    const title = posting.title;
    if (!title || posting.blocks.length === 0) return;
    const kinds = new Set(posting.sections.map((s) => s.kind));
    const lenient = options.lenient;
    const note =
      'Candidates rate the qualifications and the job details among the most helpful parts of a posting (49% each), and ' +
      'they judge their fit against listed duties and must-haves; stating the essential duties also matters when they have ' +
      'to be shown later. (source: [LI-TIPS], [NEWF])';
    if (!kinds.has('responsibilities') && !(lenient && dutiesWithoutHeading(context))) {
      report({
        messageId: 'noResponsibilities',
        start: title.span.start,
        end: title.span.end,
        expected: ['## Responsibilities', '## What you will do'],
        note,
      });
    }
    if (!kinds.has('requirements') && !(lenient && requirementsWithoutHeading(context))) {
      report({
        messageId: 'noRequirements',
        start: title.span.start,
        end: title.span.end,
        expected: ['## Requirements', '## What you bring'],
        note,
      });
    }
  },
});
