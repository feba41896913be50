import { cueTerms, cueWords, PhraseMatcher, unitsIn, type Unit } from '../lexicon/index.js';
import type { Block, Section } from '../posting/index.js';
import { defineRule, type RuleContext } from './rule.js';
import { findTechnologies, type TechnologyMention } from '../signals/index.js';

/** Phrases that make a requirement item a nice-to-have ("… is a plus"); data/cues.yml. */
const NICE = new PhraseMatcher(cueTerms('nice-to-have').map((p) => ({ phrases: [p], value: p })));
/** Words between or just after tools that offer them as a choice: "PyTorch or JAX", "… or similar". */
const CHOICE_BETWEEN = cueWords('choice-between');
/** Words before tools that make them examples or a choice: "such as", "e.g.", "one of", "any". */
const CHOICE_BEFORE = cueWords('choice-before');

function unitsOf(context: RuleContext, block: Block): Unit[] {
  return unitsIn(context.units, block.start, block.end);
}

function headingOf(context: RuleContext, index: number): Block | null {
  return context.posting.blocks.find((b) => b.section === index && (b.kind === 'heading' || b.kind === 'pseudo-heading')) ?? null;
}

function joinOr(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function joinAnd(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function toolList(mentions: TechnologyMention[]): string {
  const names = mentions.map((m) => m.entry.name.replace(/^the /, ''));
  return names.length > 8 ? `${names.slice(0, 8).join(', ')}, …` : joinAnd(names);
}

/** True when the block offers the mentions (all of one kind) as a choice or as examples. */
function offersChoice(context: RuleContext, block: Block, mentions: TechnologyMention[]): boolean {
  const first = mentions[0] as TechnologyMention;
  const last = mentions[mentions.length - 1] as TechnologyMention;
  return unitsOf(context, block).some((u) => {
    const word = u.normal;
    if (CHOICE_BEFORE.has(word) && u.end <= first.start && first.start - u.end < 60) return true;
    if (CHOICE_BETWEEN.has(word) || CHOICE_BETWEEN.has(u.value)) return (u.start > first.start && u.start < last.end) || (u.start >= last.end && u.start - last.end < 16);
    return false;
  });
}

export default defineRule({
  id: 'too-many-requirements',
  meta: {
    description: 'The requirements list more must-haves or tools than a candidate can be judged on.',
    defaultSeverity: 'warning',
    messages: {
      tooMany: 'Unexpected `{count}` must-have requirements, expected at most {max}; rank them and move the rest under `Nice to have`',
      techSoup: 'Unexpected `{count}` tools in the requirements, expected at most {max}; name the few used daily and what for',
      competing: 'Unexpected {count} competing {kind} all required ({names}), expected one of them; write `{suggestion}` or move the others under `Nice to have`',
    },
    // More than ~8–10 "required" bullets is inflation [MOHR], [HW]; more than ~10–12 tools is
    // tech soup, and three competing tools of one kind is the pattern the sources ridicule.
    defaultOptions: { maxRequirements: 10, maxTools: 12, minCompeting: 3 },
    optionDocs: {
      maxRequirements: 'Most top-level items the requirements may list (items marked "a plus" or "preferred" do not count).',
      maxTools: 'Most distinct tools (languages, libraries, services) the requirements may name.',
      minCompeting: 'How many tools of one competing kind (vector databases, deep-learning frameworks, clouds) required together make a finding.',
    },
    strict: { options: { maxRequirements: 8, maxTools: 10 } },
  },
  examples: [
    {
      name: 'a short ranked list',
      input:
        '# ML Engineer\n\n## Requirements\n\n- 3+ years training models in PyTorch\n- SQL for feature pipelines\n- One cloud (we use AWS)\n\n## Nice to have\n\n- JAX, TensorFlow or MXNet\n',
      output: [],
    },
    {
      name: 'twelve must-haves',
      input:
        '# Data Engineer\n\n## Requirements\n\n- Python\n- SQL\n- Spark\n- Airflow\n- dbt\n- Kafka\n- Docker\n- Terraform\n- A degree in computer science\n- Strong communication\n- On-call experience\n- Data modelling\n',
      output: [
        '3:4-3:16: Unexpected `12` must-have requirements, expected at most 10; rank them and move the rest under `Nice to have`',
      ],
    },
    {
      name: 'competing tools all required',
      input: '# ML Engineer\n\n## Requirements\n\n- Production experience with PyTorch, TensorFlow and JAX\n',
      output: [
        '5:30-5:57: Unexpected 3 competing deep-learning frameworks all required (PyTorch, TensorFlow and JAX), expected one of them; write `one of PyTorch, TensorFlow or JAX` or move the others under `Nice to have`',
      ],
    },
    {
      name: 'alternatives are fine',
      input: '# AI Engineer\n\n## Requirements\n\n- One vector database such as Pinecone, Weaviate, Qdrant or pgvector\n',
      output: [],
    },
    {
      name: 'a long unranked tool list',
      options: { maxTools: 5 },
      input: '# Data Engineer\n\n## Requirements\n\n- Python, Java, Scala, SQL\n- Spark, Kafka, Flink\n- Docker and Kubernetes\n',
      output: ['3:4-3:16: Unexpected `9` tools in the requirements, expected at most 5; name the few used daily and what for'],
    },
  ],
  check(context, report, options) {
    const { posting } = context;
    const sections = posting.sections
      .map((section, index) => ({ section, index }))
      // "Additional skills", "Other qualifications": secondary by their own heading.
      .filter((s): s is { section: Section; index: number } => s.section.kind === 'requirements' && !/\b(additional|other|optional)\b/i.test(s.section.heading ?? ''));
    if (sections.length === 0) return;
    const heading = headingOf(context, (sections[0] as { index: number }).index);
    if (!heading) return;
    const headingRange = context.sourceRange(heading.start, heading.end);
    const indices = new Set(sections.map((s) => s.index));
    const nice = (block: Block) => NICE.match(unitsOf(context, block)).length > 0;

    const blocks = posting.blocks.filter((b) => indices.has(b.section) && b.kind !== 'heading' && b.kind !== 'pseudo-heading' && !context.scope.isLegal(b) && !nice(b));
    // Top-level items only: nested sub-points elaborate their parent.
    const items = blocks.filter((b) => b.kind === 'list-item');
    const columns = new Map<number, number>();
    for (const b of items) columns.set(b.section, Math.min(columns.get(b.section) ?? Infinity, context.locate(b.start).column));
    const mustHaves = items.filter((b) => context.locate(b.start).column === columns.get(b.section));

    const max = options.maxRequirements;
    if (mustHaves.length > max) {
      report({
        messageId: 'tooMany',
        data: { count: mustHaves.length, max },
        ...headingRange,
        expected: [`At most ${max} must-haves, ranked by daily use`, 'A `## Nice to have` list for the rest'],
        note:
          'Candidates read a requirements list literally: the most common reason for not applying is not meeting every listed ' +
          'qualification, and long lists of "required" items screen out capable people. Separate what is truly a must-have ' +
          'from what is merely nice to have. (source: [MOHR], [HW], [LI-GENDER3])',
        evidence: { mustHaves: mustHaves.length },
      });
    }

    const inRequirements = (m: TechnologyMention) => blocks.find((b) => b.start <= m.start && m.end <= b.end) ?? null;
    const tools = findTechnologies(context.units).filter((m) => m.kind.tool && inRequirements(m) !== null);
    const distinct = [...new Map(tools.map((m) => [m.entry.id, m])).values()];
    const maxTools = options.maxTools;
    if (distinct.length > maxTools) {
      report({
        messageId: 'techSoup',
        data: { count: distinct.length, max: maxTools },
        ...headingRange,
        expected: ['The 3–5 tools used daily, each with what it is used for', 'Alternatives written as "one of", the rest under `Nice to have`'],
        note:
          `The requirements name ${distinct.length} tools (${toolList(distinct)}). ` +
          'Job specs that read as shopping lists of technologies say little about the contribution expected, and nobody knows them all. ' +
          '(source: [MP], [SM], [LI-GENDER3])',
        evidence: { tools: distinct.map((m) => m.entry.id) },
      });
    }

    const minCompeting = options.minCompeting;
    const byKind = new Map<string, TechnologyMention[]>();
    for (const m of tools) if (m.kind.competing) byKind.set(m.kind.id, [...(byKind.get(m.kind.id) ?? []), m]);
    for (const mentions of byKind.values()) {
      const required: TechnologyMention[] = [];
      const byBlock = new Map<Block, TechnologyMention[]>();
      for (const m of mentions) {
        const b = inRequirements(m) as Block;
        byBlock.set(b, [...(byBlock.get(b) ?? []), m]);
      }
      for (const [block, list] of byBlock) if (!offersChoice(context, block, list)) required.push(...list);
      const names = [...new Map(required.map((m) => [m.entry.id, m.entry.name.replace(/^the /, '')])).values()];
      if (names.length < minCompeting) continue;
      const first = required[0] as TechnologyMention;
      const sameBlock = required.filter((m) => inRequirements(m) === inRequirements(first));
      const end = (sameBlock[sameBlock.length - 1] as TechnologyMention).end;
      const range = context.sourceRange(first.start, end);
      const kind = first.kind;
      const suggestion = `one of ${joinOr(names)}`;
      report({
        messageId: 'competing',
        data: { count: names.length, kind: kind.label, names: joinAnd(names), suggestion },
        ...range,
        actual: posting.source.slice(range.start, range.end),
        expected: [suggestion, `${names[0]} (what we use daily); another of these ${kind.label} is fine`],
        note:
          `${names.length} ${kind.label} do the same job; a team uses one, and a candidate who knows one learns another quickly. ` +
          'Requiring all of them reads as a shopping list and turns away people who know the one you use. roadmap.sh presents ' +
          'vector databases as "pick one". (source: [MP], [SM], [RM-AI])',
        evidence: { kind: kind.id, tools: required.map((m) => m.entry.id) },
      });
    }
  },
});
