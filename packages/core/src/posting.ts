import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { Projection } from './offsets.js';

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
  span: Span;
}

export interface Posting {
  source: string;
  title: Title | null;
  /** Front-matter fields (location, salary, date, ...), empty when there is none. */
  fields: Record<string, unknown>;
  frontMatter: { span: Span; problem: FrontMatterProblem | null } | null;
  /** The prose, one block per paragraph/list item/heading/cell, separated by blank lines. */
  text: string;
  projection: Projection;
  blocks: Block[];
  sections: Section[];
  /** Projection ranges of inline code (`npm install`): prose rules do not look inside them. */
  code: Span[];
}

const BLOCK_SEPARATOR = '\n\n';
/** Real section headings are short; the longest seen in postings are about 80 characters. */
const MAX_HEADING_LENGTH = 150;

// Heading classifiers, most specific first. Headings in real postings vary a lot; these cover the
// common English forms ("What you'll do", "Qualifications", "Nice to have", "Perks", ...).
const SECTION_PATTERNS: Array<[SectionKind, RegExp]> = [
  ['responsibilities', /\babout (the|this) (role|job|position|opportunity)\b/],
  ['requirements', /\babout you\b/],
  ['nice-to-have', /nice[- ]to[- ]have|\bbonus|\bpreferred\b|\bplus(es)?\b|good to have|\bdesired\b|would be (great|nice)|extra credit|stand out/],
  ['eeo', /equal (employment )?opportunit|\beeo\b|diversity|inclusion|accommodation|non-?discriminat|affirmative action/],
  ['compensation', /salary|compensation|\bpay\b|remuneration|\bwage|pay range/],
  ['benefits', /benefit|perks|what we offer|we offer|what'?s in it for you|why (join|work|you'?ll love)|our offer/],
  ['how-to-apply', /how to apply|application process|interview process|hiring process|next steps|to apply\b/],
  ['requirements', /requirement|qualification|what you('ll| will)? (bring|need|have)|you (have|bring|are|should have)|who you are|must[- ]haves?|skills|experience|looking for|ideal candidate|your profile|\bprofile\b|you might be|what we('re| are) looking|what you need|we need|you'?ll need/],
  ['responsibilities', /responsibilit|what you('ll| will)?( be)? (do|doing|work on|build|own)|duties|the role|your role|day[- ]to[- ]day|your (impact|mission)|in this role|key (tasks|accountabilit)|the job|job description|the work|tasks|outcomes|you will|you'll|what you'll|overview of the role|position summary|role overview/],
  ['about', /\babout\b|who we are|our (mission|story|company|team)|the company|the team|why us|company overview|we are\b/],
];

export function classifyHeading(heading: string): SectionKind {
  const text = heading.toLowerCase().replace(/[’`]/g, "'");
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(text)) return kind;
  return 'other';
}

const LEGAL_BLOCK =
  /equal (employment )?opportunit|without regard to|regardless of (race|gender|sex|age|religion|color|national)|protected (veteran|class|characteristic|status)|reasonable accommodation|affirmative action|e-?verify|\beeo\b|discriminat(e|ion) (against|on the basis)/i;

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

/** A paragraph used as a heading: all bold or italic, or a short line ending with a colon. */
function isPseudoHeading(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  const text = plainText(node).trim();
  if (text.length === 0 || text.length > 80) return false;
  if (kids.length === 1 && (kids[0]?.type === 'strong' || kids[0]?.type === 'emphasis')) return true;
  const words = text.split(/\s+/).length;
  return words <= 8 && /:$/.test(text);
}

class Builder {
  readonly projection = new Projection();
  readonly blocks: Block[] = [];
  readonly sections: Section[] = [{ kind: 'intro', heading: null, start: 0, end: 0 }];
  readonly code: Span[] = [];
  constructor(readonly source: string) {}

  #beginBlock(): number {
    if (this.projection.text.length > 0) this.projection.appendGap(BLOCK_SEPARATOR);
    return this.projection.text.length;
  }

  #phrasing(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          this.projection.appendMapped(node.value, this.source, start(node), end(node));
          break;
        case 'inlineCode': {
          // Map into the raw span, past the backticks.
          const raw = this.source.slice(start(node), end(node));
          const at = raw.indexOf(node.value);
          const s = start(node) + Math.max(0, at);
          const from = this.projection.text.length;
          this.projection.appendMapped(node.value, this.source, s, s + node.value.length);
          if (node.value.length > 0) this.code.push({ start: from, end: this.projection.text.length });
          break;
        }
        case 'break':
          this.projection.appendMapped('\n', this.source, start(node), start(node) + 1);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.#phrasing(node.children);
          break;
        default:
          // images, inline HTML, footnote references: not prose.
          break;
      }
    }
  }

  #block(kind: BlockKind, children: PhrasingContent[]): Block | null {
    const s = this.#beginBlock();
    this.#phrasing(children);
    const e = this.projection.text.length;
    if (e === s) return null;
    const text = this.projection.text.slice(s, e);
    const block: Block = { kind, section: this.sections.length - 1, start: s, end: e, legal: LEGAL_BLOCK.test(text) };
    this.blocks.push(block);
    return block;
  }

  #heading(children: PhrasingContent[], pseudo: boolean): void {
    const s = this.#beginBlock();
    this.#phrasing(children);
    const e = this.projection.text.length;
    if (e === s) return;
    const heading = this.projection.text.slice(s, e).trim().replace(/:$/, '');
    const previous = this.sections[this.sections.length - 1] as Section;
    previous.end = s;
    this.sections.push({ kind: classifyHeading(heading), heading, start: s, end: e });
    this.blocks.push({ kind: pseudo ? 'pseudo-heading' : 'heading', section: this.sections.length - 1, start: s, end: e, legal: false });
  }

  walk(nodes: RootContent[], inList = false): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          // A "heading" of several sentences is a formatting slip (a whole posting pasted after
          // `####`), not a section title: read it as prose so it is not classified by its words.
          if (plainText(node).length > MAX_HEADING_LENGTH) this.#block('paragraph', node.children);
          else this.#heading(node.children, false);
          break;
        case 'paragraph':
          if (!inList && isPseudoHeading(node)) this.#heading(node.children, true);
          else this.#block(inList ? 'list-item' : 'paragraph', node.children);
          break;
        case 'blockquote':
        case 'list':
          this.walk(node.children as RootContent[], inList || node.type === 'list');
          break;
        case 'listItem':
          this.walk(node.children, true);
          break;
        case 'table':
          for (const row of node.children) for (const cell of row.children) this.#block('table-cell', cell.children);
          break;
        default:
          // code, html, yaml, thematic breaks, definitions: not prose.
          break;
      }
    }
  }

  finish(): void {
    (this.sections[this.sections.length - 1] as Section).end = this.projection.text.length;
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
    try {
      const parsed: unknown = parseYaml(yamlNode.value, { maxAliasCount: 100 });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
      else if (parsed != null) problem = { message: 'Front matter is not a mapping of fields', span };
    } catch (error) {
      const message = error instanceof YAMLParseError ? error.message.split('\n')[0] ?? 'Invalid YAML' : 'Invalid YAML';
      problem = { message: `Front matter is not valid YAML: ${message}`, span };
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
    text: builder.projection.text,
    projection: builder.projection,
    blocks: builder.blocks,
    sections: builder.sections,
    code: builder.code,
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
