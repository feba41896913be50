import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type * as Yaml from 'yaml';
import type { MarkdownLimitProblem } from '../parse/index.js';
import { Projection } from './offsets.js';
import { MAX_YAML_DEPTH, requireLazily, yamlDepth } from '../shared/index.js';

const TOO_DEEP = 'nested too deeply to read';

/**
 * The YAML reader, loaded on the first posting with front matter: most postings have none, and
 * loading it costs a cold start more than the rest of this module.
 */
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  yamlModule ??= requireLazily<typeof Yaml>('yaml', 'reading front matter');
  return yamlModule;
}

/** What a section of a posting is for, decided from its heading. */
export type SectionKind =
  | 'intro'
  | 'about'
  | 'responsibilities'
  | 'requirements'
  | 'nice-to-have'
  | 'benefits'
  | 'compensation'
  | 'eeo'
  | 'how-to-apply'
  | 'other';

export type BlockKind = 'heading' | 'pseudo-heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface Block {
  kind: BlockKind;
  /** Index into `sections`. */
  section: number;
  /** Projection range. */
  start: number;
  end: number;
  /** True for equal-opportunity and other legal boilerplate, wherever it stands. */
  legal: boolean;
}

export interface Section {
  kind: SectionKind;
  /** Heading text, or null for the text before the first heading. */
  heading: string | null;
  /**
   * Heading rank: 0 for the text before the first heading, 1–6 for Markdown headings, 7 for a
   * paragraph used as a heading, 8 for a lead-in inside a paragraph or list item.
   */
  level: number;
  /** True when the kind came from the enclosing heading (a sub-heading that names no kind). */
  inherited: boolean;
  /** True when the heading says what the job is not ("This role won't be for you if"). */
  negated: boolean;
  /** Projection range of the whole section, heading included. */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Title {
  text: string;
  from: 'front-matter' | 'heading' | 'first-line';
  /** Source range of the title text. */
  span: Span;
}

export interface FrontMatterProblem {
  message: string;
  /** `yaml`: not valid YAML; `not-a-mapping`: valid YAML that is a list or a scalar. */
  kind: 'yaml' | 'not-a-mapping';
  /** The YAML parser's message without its position, or the type found ("a list"). */
  detail: string;
  /** Source range of the problem: the YAML error's own range, or the whole front matter. */
  span: Span;
}

export interface Posting {
  source: string;
  title: Title | null;
  /** Front-matter fields (location, salary, date, ...), empty when there is none. */
  fields: Record<string, unknown>;
  frontMatter: { span: Span; problem: FrontMatterProblem | null } | null;
  /** Set when the source exceeded a Markdown limit and was read as plain text (see limits.ts). */
  markdownLimit: MarkdownLimitProblem | null;
  /** The prose, one block per paragraph/list item/heading/cell, separated by blank lines. */
  text: string;
  projection: Projection;
  blocks: Block[];
  sections: Section[];
  /** Projection ranges of inline code (`npm install`): prose rules do not look inside them. */
  code: Span[];
  /**
   * Projection ranges of legal sentences (equal-opportunity, accommodation) found inside blocks
   * that are not legal as a whole, such as a whole posting pasted as one paragraph.
   */
  legalSpans: Span[];
}

const BLOCK_SEPARATOR = '\n\n';
/** Real section headings are short; the longest seen in postings are about 80 characters. */
const MAX_HEADING_LENGTH = 150;

// Heading classifiers, most specific first. Headings in real postings vary a lot; these cover the
// common English forms ("What you'll do", "Qualifications", "Nice to have", "Perks", ...).
const SECTION_PATTERNS: Array<[SectionKind, RegExp]> = [
  [
    'responsibilities',
    /\babout (the|this|your) (role|job|position|opportunity)\b|\brole description\b|\b(job|position|role|general) summary\b|why we('re| are) hiring/,
  ],
  ['requirements', /\babout you\b|\bis (this|it|that) you\b|\bto be successful\b|\bhow to (be )?succe|\blook(ing)? for\b|expected to have/],
  ['nice-to-have', /nice[- ]to[- ]have|\bbonus|\bpreferred\b|\bplus(es)?\b|good to have|\bdesired\b|would be (great|nice)|extra credit|stand out|\bideally\b/],
  ['eeo', /equal (employment )?opportunit|\beeo\b|diversity|inclusion|accommodation|non-?discriminat|affirmative action/],
  ['compensation', /salary|compensation|\bpay\b|remuneration|\bwage|pay range|\bmoney\b|\busd\b|\$ ?\d|€ ?\d|£ ?\d/],
  ['benefits', /benefit|perks|what we offer|we offer|what'?s in it for you|why (join|work|you'?ll love)|our offer|in return|total rewards|\brewards\b/],
  ['how-to-apply', /how to apply|application process|interview process|hiring process|recruitment process|next steps|to apply\b/],
  [
    'requirements',
    /requirement|qualification|what you('ll| will)? (bring|need|have)|you (have|bring|are|should have)|who you are|must[- ]haves?|skills|experience|looking for|ideal candidate|your profile|\bprofile\b|you might be|what we('re| are) looking|what you need|we need|you'?ll need|\beducation\b|tech(nology)? stack|\bour stack\b|technologies|tools we use/,
  ],
  [
    'responsibilities',
    /responsibilit|what you('ll| will)?( be)? (do|doing|work on|build|own)|what will you( be)? (do|doing|work on|build|own)|duties|the role|your role|day[- ]to[- ]day|your (impact|mission)|\byou('ll| will| would)?( be)? impact|in this role|key (tasks|accountabilit)|the job|job description|the work|tasks|outcomes|you will|you'll|what you'll|overview of the role|position summary|role overview|what success looks like|\bopportunity\b|\bscope\b/,
  ],
  [
    'about',
    /\babout\b|who (we are|are we)|our (mission|story|company|team|culture)|the company|\bcompany\b|\bteam\b|why us|company overview|we are\b|(working|life) at\b/,
  ],
];

/** A heading that says what the job is not ("This role won't be for you if"): its items count against their role. */
const NEGATED_HEADING = /\b(won'?t|will not|isn'?t|is not|not)\b.{0,30}\b(for you|the role|this role|the job|this job)\b|\bnot for you\b|what (this|the) (role|job) is(n'?t| not)/;

export function classifyHeading(heading: string): SectionKind {
  const text = heading.toLowerCase().replace(/[’`]/g, "'");
  if (NEGATED_HEADING.test(text)) return 'responsibilities';
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(text)) return kind;
  return 'other';
}

function isNegatedHeading(heading: string): boolean {
  return NEGATED_HEADING.test(heading.toLowerCase().replace(/[’`]/g, "'"));
}

const LEGAL_SENTENCE =
  /equal (employment )?opportunit|without regard to|regardless of (race|gender|sex|age|religion|colou?r|national)|protected (veteran|class|characteristic|status)|reasonable accommodation|affirmative action|e-?verify|\beeo\b|discriminat(e|ion) (against|on the basis)|fair chance/i;
/** Protected attributes; three in one sentence make it an anti-discrimination statement. */
const PROTECTED = /\b(race|colou?r|religion|creed|sex|gender|sexual orientation|national origin|ancestry|age|disability|veteran|marital|pregnancy|genetic)\b/gi;

/** Splits block text into sentences (cheap; only for spotting legal boilerplate). */
function sentenceRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s+["“(\p{Lu}])/gu)) {
    const end = (m.index ?? 0) + 1;
    out.push([from, end]);
    from = end;
    while (from < text.length && /\s/.test(text[from] as string)) from++;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

function isLegalSentence(sentence: string): boolean {
  if (LEGAL_SENTENCE.test(sentence)) return true;
  const found = new Set((sentence.match(PROTECTED) ?? []).map((w) => w.toLowerCase()));
  return found.size >= 3;
}

/**
 * A block is legal boilerplate when most of its sentences are; a long block that only contains a
 * legal sentence or two (a whole posting pasted as one paragraph) keeps its other sentences.
 */
function legalParts(text: string): { legal: boolean; spans: Array<[number, number]> } {
  // A block none of whose text reads as legal has no legal sentence either (most blocks): no need
  // to cut it into sentences.
  if (!isLegalSentence(text)) return { legal: false, spans: [] };
  const sentences = sentenceRanges(text);
  const legal = sentences.filter(([s, e]) => isLegalSentence(text.slice(s, e)));
  if (legal.length === 0) return { legal: false, spans: [] };
  // Half the sentences: an EEO paragraph often adds a sentence or two that names no protected class.
  if (legal.length * 2 >= sentences.length) return { legal: true, spans: [] };
  return { legal: false, spans: legal };
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A paragraph used as a heading: all bold or italic, or a short line ending with a colon. */
function isPseudoHeading(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  // Stray emphasis markers that did not parse ("_ **Summary:**_") are not text.
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.replace(/[_*]/g, '').trim() === '') && c.type !== 'break');
  const text = plainText(node).replace(/^[\s_*]+|[\s_*]+$/g, '');
  if (text.length === 0 || text.length > 80) return false;
  if (kids.length === 1 && (kids[0]?.type === 'strong' || kids[0]?.type === 'emphasis')) return true;
  return wordCount(text) <= 8 && /:$/.test(text);
}

/**
 * A short paragraph right before a list that names a section ("Job responsibilities", "You'll need
 * these skills to be successful:"): a heading written as plain text.
 */
function isListLeadIn(node: Nodes, next: Nodes | undefined): boolean {
  if (node.type !== 'paragraph' || next?.type !== 'list') return false;
  const text = plainText(node).trim();
  if (text.length === 0 || text.length > 120 || /[.!]$/.test(text)) return false;
  // Up to 6 words without a colon ("Candidate Profile"), up to 16 with one.
  if (wordCount(text) > (/:$/.test(text) ? 16 : 6)) return false;
  return classifyHeading(text.replace(/:$/, '')) !== 'other';
}

/** A bold lead-in inside a paragraph ("**Responsibilities:** Build …") that names a section. */
function isInlineHeading(children: PhrasingContent[], i: number): boolean {
  const node = children[i];
  if (node?.type !== 'strong') return false;
  const text = plainText(node).trim();
  if (text.length === 0 || text.length > 80 || wordCount(text) > 8) return false;
  const before = children
    .slice(0, i)
    .map((c) => (c.type === 'break' ? '\n' : plainText(c)))
    .join('')
    .trimEnd();
  // It must start the paragraph or a new sentence/line, or end with a colon like a heading does.
  if (before !== '' && !/[.!?:\n]$/.test(before) && !/:$/.test(text)) return false;
  return classifyHeading(text.replace(/[:?]$/, '')) !== 'other';
}

/**
 * An indented code block that is really prose: not fenced, no language, and most lines are words
 * (four or more) without code punctuation.
 */
function isIndentedProse(node: Nodes, source: string): boolean {
  if (node.type !== 'code' || node.lang) return false;
  const raw = source.slice(start(node), end(node));
  if (/^\s*(```|~~~)/.test(raw)) return false;
  const lines = node.value.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const prose = lines.filter((l) => /(\p{L}+[\s,]+){3,}\p{L}/u.test(l) && !/[{};=<>]|\(\)|=>|^\s*(import|def|class|function|const|let|var|return)\b/.test(l));
  return prose.length * 2 > lines.length;
}

class Builder {
  readonly projection = new Projection();
  readonly blocks: Block[] = [];
  readonly sections: Section[] = [{ kind: 'intro', heading: null, level: 0, inherited: false, negated: false, start: 0, end: 0 }];
  readonly legalSpans: Span[] = [];
  readonly code: Span[] = [];
  constructor(readonly source: string) {}

  #beginBlock(): number {
    if (this.projection.length > 0) this.projection.appendGap(BLOCK_SEPARATOR);
    return this.projection.length;
  }

  /** Where the last mapped text ended in the source: nodes without positions are found after it. */
  #sourceCursor = 0;

  /**
   * Appends phrasing content in document order. Iterative: Markdown nests without limit. Nodes
   * made by tree transforms can lack positions (GFM's `www.` links that micromark did not
   * tokenize, and the text around them): their text is looked up in the source after the previous
   * node, so it still maps where it stands.
   */
  #phrasing(nodes: PhrasingContent[]): void {
    const locate = (node: PhrasingContent, value: string): [number, number] => {
      const { start: from, end: to } = { start: node.position?.start.offset, end: node.position?.end.offset };
      if (from !== undefined && to !== undefined) return [from, to];
      const at = this.source.indexOf(value, this.#sourceCursor);
      return at >= 0 ? [at, at + value.length] : [this.#sourceCursor, this.#sourceCursor];
    };
    const advance = (to: number) => {
      this.#sourceCursor = Math.max(this.#sourceCursor, to);
    };
    const stack: PhrasingContent[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as PhrasingContent);
    while (stack.length > 0) {
      const node = stack.pop() as PhrasingContent;
      switch (node.type) {
        case 'text': {
          const [s, e] = locate(node, node.value);
          this.projection.appendMapped(node.value, this.source, s, e);
          advance(e);
          break;
        }
        case 'inlineCode': {
          // Map into the raw span, past the backticks.
          const [from, to] = locate(node, node.value);
          const raw = this.source.slice(from, to);
          const at = raw.indexOf(node.value);
          const s = from + Math.max(0, at);
          const begin = this.projection.length;
          this.projection.appendMapped(node.value, this.source, s, s + node.value.length);
          if (node.value.length > 0) this.code.push({ start: begin, end: this.projection.length });
          advance(to);
          break;
        }
        case 'break': {
          const s = node.position?.start.offset ?? this.#sourceCursor;
          this.projection.appendMapped('\n', this.source, s, s + 1);
          advance(node.position?.end.offset ?? s);
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PhrasingContent);
          break;
        default:
          // images, inline HTML, footnote references: not prose.
          advance(node.position?.end.offset ?? this.#sourceCursor);
          break;
      }
    }
  }


  #block(kind: BlockKind, children: PhrasingContent[]): Block | null {
    const s = this.#beginBlock();
    this.#phrasing(children);
    const e = this.projection.length;
    const text = this.projection.since(s);
    if (e === s || text.trim() === '') return null;
    const { legal, spans } = legalParts(text);
    for (const [a, b] of spans) this.legalSpans.push({ start: s + a, end: s + b });
    const block: Block = { kind, section: this.sections.length - 1, start: s, end: e, legal };
    this.blocks.push(block);
    return block;
  }

  /** A paragraph, split where a bold lead-in names a new section (not in lists: "**Backend:** Go"). */
  #paragraph(kind: BlockKind, children: PhrasingContent[]): void {
    if (kind === 'list-item') {
      this.#block(kind, children);
      return;
    }
    let run: PhrasingContent[] = [];
    children.forEach((child, i) => {
      if (isInlineHeading(children, i)) {
        if (run.length > 0) this.#block(kind, run);
        run = [];
        this.#heading((child as { children: PhrasingContent[] }).children, 8);
      } else run.push(child);
    });
    if (run.length > 0) this.#block(kind, run);
  }

  /** Opens a section; a sub-heading that names no kind takes the kind of the heading above it. */
  #heading(children: PhrasingContent[], level: number): void {
    const s = this.#beginBlock();
    this.#phrasing(children);
    const e = this.projection.length;
    if (e === s) return;
    const heading = this.projection.since(s).replace(/^[\s_*]+|[\s_*]+$/g, '').replace(/[:?]$/, '').trim();
    const previous = this.sections[this.sections.length - 1] as Section;
    previous.end = s;
    let kind = classifyHeading(heading);
    let inherited = false;
    if (kind === 'other') {
      // The nearest enclosing heading: walk back to one of a higher rank (a lower level number).
      for (let i = this.sections.length - 1; i > 0; i--) {
        const above = this.sections[i] as Section;
        if (above.level < level) {
          // Not from the posting's first top-level heading: that is usually the title.
          if (above.kind !== 'other' && above.kind !== 'intro' && !(i === 1 && above.level === 1)) {
            kind = above.kind;
            inherited = true;
          }
          break;
        }
      }
    }
    this.sections.push({ kind, heading, level, inherited, negated: isNegatedHeading(heading), start: s, end: e });
    this.blocks.push({ kind: level >= 7 ? 'pseudo-heading' : 'heading', section: this.sections.length - 1, start: s, end: e, legal: false });
  }

  /**
   * Prose indented by four spaces (a duty list pasted with its indentation) parses as a code block;
   * each line becomes a block of its own, mapped line by line to the source.
   */
  #indentedProse(node: Nodes): void {
    const from = start(node);
    const raw = this.source.slice(from, end(node));
    let offset = 0;
    for (const line of raw.split('\n')) {
      const lead = /^[ \t]*(?:(?:[*\-•+]|\d+[.)])[ \t]+)?/.exec(line)?.[0] ?? '';
      const text = line.slice(lead.length).replace(/\s+$/, '');
      if (text !== '') {
        const s = from + offset + lead.length;
        const kind: BlockKind = /[*\-•+]|\d+[.)]/.test(lead) ? 'list-item' : 'paragraph';
        this.#block(kind, [{ type: 'text', value: text, position: { start: { line: 0, column: 0, offset: s }, end: { line: 0, column: 0, offset: s + text.length } } }]);
      }
      offset += line.length + 1;
    }
  }

  /** Goes back to `section` after a nested lead-in ("Nice to haves:" inside a requirements list). */
  #resume(section: Section): void {
    const at = this.projection.length;
    (this.sections[this.sections.length - 1] as Section).end = at;
    this.sections.push({ ...section, start: at, end: at });
  }

  walk(nodes: RootContent[], inList = false): void {
    nodes.forEach((node, index) => {
      const next = nodes[index + 1];
      switch (node.type) {
        case 'heading':
          // A "heading" of several sentences is a formatting slip (a whole posting pasted after
          // `####`), not a section title: read it as prose so it is not classified by its words.
          if (plainText(node).length > MAX_HEADING_LENGTH) this.#block('paragraph', node.children);
          else this.#heading(node.children, node.depth);
          break;
        case 'paragraph':
          if (!inList && (isPseudoHeading(node) || isListLeadIn(node, next))) this.#heading(node.children, 7);
          else this.#paragraph(inList ? 'list-item' : 'paragraph', node.children);
          break;
        case 'blockquote':
        case 'list':
          this.walk(node.children as RootContent[], inList || node.type === 'list');
          break;
        case 'listItem': {
          // "Nice to haves:" followed by a nested list: the nested items form a sub-section.
          const [lead, nested] = node.children;
          if (lead?.type === 'paragraph' && nested?.type === 'list' && node.children.length === 2 && isListLeadIn(lead, nested) && /:$/.test(plainText(lead).trim())) {
            const outer = this.sections[this.sections.length - 1] as Section;
            this.#heading(lead.children, 8);
            this.walk([nested], true);
            this.#resume(outer);
          } else this.walk(node.children, true);
          break;
        }
        case 'table':
          for (const row of node.children) for (const cell of row.children) this.#block('table-cell', cell.children);
          break;
        case 'code':
          if (isIndentedProse(node, this.source)) this.#indentedProse(node);
          break;
        default:
          // code, html, yaml, thematic breaks, definitions: not prose.
          break;
      }
    });
  }

  finish(): void {
    (this.sections[this.sections.length - 1] as Section).end = this.projection.length;
    // A section whose blocks are all legal boilerplate is an EEO section whatever its heading.
    this.sections.forEach((section, index) => {
      const own = this.blocks.filter((b) => b.section === index && b.kind !== 'heading' && b.kind !== 'pseudo-heading');
      if (own.length > 0 && own.every((b) => b.legal) && section.kind !== 'compensation') section.kind = 'eeo';
    });
  }
}

function frontMatterTitleSpan(source: string, yamlStart: number, yamlEnd: number, title: string): Span | null {
  const raw = source.slice(yamlStart, yamlEnd);
  const line = /^title[ \t]*:[ \t]*/m.exec(raw);
  if (!line) return null;
  const from = yamlStart + line.index + line[0].length;
  const at = source.indexOf(title, from);
  if (at < 0 || at > yamlEnd) return null;
  return { start: at, end: at + title.length };
}

/** Builds the posting model from a parsed tree and the source it came from. */
export function buildPosting(tree: Root, source: string): Posting {
  let fields: Record<string, unknown> = {};
  let frontMatter: Posting['frontMatter'] = null;
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  if (yamlNode && yamlNode.type === 'yaml') {
    const span = { start: start(yamlNode), end: end(yamlNode) };
    let problem: FrontMatterProblem | null = null;
    // Too deep for the YAML reader to recurse through safely: refused unread (yaml-depth.ts).
    if (yamlDepth(yamlNode.value) > MAX_YAML_DEPTH) problem = { message: `Front matter is not valid YAML: ${TOO_DEEP}`, kind: 'yaml', detail: TOO_DEEP, span };
    else {
      try {
        const parsed: unknown = yaml().parse(yamlNode.value, { maxAliasCount: 100 });
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
        else if (parsed != null) {
          const detail = Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`;
          problem = { message: 'Front matter is not a mapping of fields', kind: 'not-a-mapping', detail, span };
        }
      } catch (error) {
        // The YAML parser's first line, without the "at line 2, column 6:" that the span replaces.
        const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
        // The YAML reader recurses: front matter nested thousands deep overflows the stack.
        const detail = /call stack/i.test(first) ? TOO_DEEP : first.replace(/ at line \d+, column \d+:?$/, '').trim() || 'invalid YAML';
        let problemSpan = span;
        if (yamlModule !== undefined && error instanceof yamlModule.YAMLParseError && yamlNode.value.length > 0) {
          // The value starts on the line after the opening fence.
          const valueStart = source.indexOf('\n', span.start) + 1;
          const [from, to] = error.pos;
          const valueEnd = valueStart + yamlNode.value.length;
          const s = Math.min(valueStart + from, valueEnd);
          const e = Math.max(s, Math.min(valueStart + to, valueEnd));
          // The whole line the error stands on (the YAML reader often points at a line's end).
          const lineStart = Math.max(valueStart, source.lastIndexOf('\n', s - 1) + 1);
          const nl = source.indexOf('\n', e);
          const lineEnd = Math.min(valueEnd, nl < 0 ? source.length : nl);
          problemSpan = { start: lineStart, end: Math.max(lineStart, source.slice(lineStart, Math.max(lineEnd, e)).trimEnd().length + lineStart) };
        }
        problem = { message: `Front matter is not valid YAML: ${detail}`, kind: 'yaml', detail, span: problemSpan };
      }
    }
    frontMatter = { span, problem };
  }

  const builder = new Builder(source);
  builder.walk(tree.children);
  builder.finish();

  let title: Title | null = null;
  const fmTitle = fields['title'];
  if (typeof fmTitle === 'string' && fmTitle.trim() && frontMatter) {
    const text = fmTitle.trim();
    const span = frontMatterTitleSpan(source, frontMatter.span.start, frontMatter.span.end, text) ?? frontMatter.span;
    title = { text, from: 'front-matter', span };
  } else {
    const heading = findFirstHeading(tree);
    const text = heading ? plainText(heading).trim() : '';
    if (heading && text) {
      const block = builder.blocks.find((b) => b.kind === 'heading');
      const span = block ? builder.projection.rangeToSource(block.start, block.end) : { start: start(heading), end: end(heading) };
      title = { text, from: 'heading', span };
      // The heading that is the title opens the posting; what follows it is the intro.
      const section = builder.sections.find((x) => x.heading !== null);
      if (section && section.start === block?.start) section.kind = 'intro';
    } else {
      const first = builder.blocks[0];
      if (first) {
        const raw = builder.projection.text.slice(first.start, first.end);
        const line = raw.split('\n')[0]?.trim() ?? '';
        if (line) {
          const offset = raw.indexOf(line);
          title = { text: line, from: 'first-line', span: builder.projection.rangeToSource(first.start + offset, first.start + offset + line.length) };
        }
      }
    }
  }

  return {
    source,
    title,
    fields,
    frontMatter,
    markdownLimit: (tree.data as { jdlintMarkdownLimit?: MarkdownLimitProblem } | undefined)?.jdlintMarkdownLimit ?? null,
    text: builder.projection.text,
    projection: builder.projection,
    blocks: builder.blocks,
    sections: builder.sections,
    code: builder.code,
    legalSpans: builder.legalSpans,
  };
}

function findFirstHeading(tree: Parent): Nodes | null {
  for (const child of tree.children as Nodes[]) {
    if (child.type === 'heading') return child;
  }
  return null;
}

/** The section a projection offset falls in. */
export function sectionAt(posting: Posting, offset: number): Section {
  for (let i = posting.sections.length - 1; i >= 0; i--) {
    const section = posting.sections[i] as Section;
    if (section.start <= offset) return section;
  }
  return posting.sections[0] as Section;
}
