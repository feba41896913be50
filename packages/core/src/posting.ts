import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { MarkdownLimitProblem } from './limits.js';
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
}

const BLOCK_SEPARATOR = '\n\n';

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

/** The text of a node and its descendants, in document order; iterative, so any depth is safe. */
function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    if ('value' in current && typeof current.value === 'string' && current.type !== 'html') out += current.value;
    else if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
  }
  return out;
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
  constructor(readonly source: string) {}

  #beginBlock(): number {
    if (this.projection.length > 0) this.projection.appendGap(BLOCK_SEPARATOR);
    return this.projection.length;
  }

  /**
   * Appends phrasing content in document order. Iterative: Markdown nests without limit.
   * Nodes made by tree transforms can lack positions (GFM's `www.` links that micromark did not
   * tokenize, and the text around them): their text is found in the source after the previous
   * node, within the parent's range, so it still maps where it stands.
   */
  #phrasing(parent: Nodes): void {
    const children = 'children' in parent ? (parent.children as PhrasingContent[]) : [];
    const limit = parent.position?.end.offset ?? this.source.length;
    let cursor = parent.position?.start.offset ?? 0;
    const locate = (node: PhrasingContent, value: string): [number, number] => {
      if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) return [node.position.start.offset, node.position.end.offset];
      const at = this.source.indexOf(value, cursor);
      return at >= 0 && at + value.length <= limit ? [at, at + value.length] : [cursor, cursor];
    };
    const stack: PhrasingContent[] = [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PhrasingContent);
    while (stack.length > 0) {
      const node = stack.pop() as PhrasingContent;
      switch (node.type) {
        case 'text': {
          const [s, e] = locate(node, node.value);
          this.projection.appendMapped(node.value, this.source, s, e);
          cursor = Math.max(cursor, e);
          break;
        }
        case 'inlineCode': {
          // Map into the raw span, past the backticks.
          const [from, to] = locate(node, node.value);
          const raw = this.source.slice(from, to);
          const at = raw.indexOf(node.value);
          const s = from + Math.max(0, at);
          this.projection.appendMapped(node.value, this.source, s, s + node.value.length);
          cursor = Math.max(cursor, to);
          break;
        }
        case 'break': {
          const s = node.position?.start.offset ?? cursor;
          this.projection.appendMapped('\n', this.source, s, s + 1);
          cursor = Math.max(cursor, node.position?.end.offset ?? s);
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
          cursor = Math.max(cursor, node.position?.end.offset ?? cursor);
          break;
      }
    }
  }

  #block(kind: BlockKind, parent: Nodes): Block | null {
    const s = this.#beginBlock();
    this.#phrasing(parent);
    const e = this.projection.length;
    if (e === s) return null;
    const text = this.projection.since(s);
    const block: Block = { kind, section: this.sections.length - 1, start: s, end: e, legal: LEGAL_BLOCK.test(text) };
    this.blocks.push(block);
    return block;
  }

  #heading(parent: Nodes, pseudo: boolean): void {
    const s = this.#beginBlock();
    this.#phrasing(parent);
    const e = this.projection.length;
    if (e === s) return;
    const heading = this.projection.since(s).trim().replace(/:$/, '');
    const previous = this.sections[this.sections.length - 1] as Section;
    previous.end = s;
    this.sections.push({ kind: classifyHeading(heading), heading, start: s, end: e });
    this.blocks.push({ kind: pseudo ? 'pseudo-heading' : 'heading', section: this.sections.length - 1, start: s, end: e, legal: false });
  }

  /** Visits block content in document order. Iterative: quotes and lists nest without limit. */
  walk(children: RootContent[]): void {
    const stack: Array<{ node: RootContent; inList: boolean }> = [];
    const push = (nodes: RootContent[], inList: boolean) => {
      for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i] as RootContent, inList });
    };
    push(children, false);
    while (stack.length > 0) {
      const { node, inList } = stack.pop() as { node: RootContent; inList: boolean };
      switch (node.type) {
        case 'heading':
          this.#heading(node, false);
          break;
        case 'paragraph':
          if (!inList && isPseudoHeading(node)) this.#heading(node, true);
          else this.#block(inList ? 'list-item' : 'paragraph', node);
          break;
        case 'blockquote':
        case 'list':
          push(node.children as RootContent[], inList || node.type === 'list');
          break;
        case 'listItem':
          push(node.children, true);
          break;
        case 'table':
          for (const row of node.children) for (const cell of row.children) this.#block('table-cell', cell);
          break;
        default:
          // code, html, yaml, thematic breaks, definitions: not prose.
          break;
      }
    }
  }

  finish(): void {
    (this.sections[this.sections.length - 1] as Section).end = this.projection.length;
    // A section whose blocks are all legal boilerplate is an EEO section whatever its heading.
    const own = this.sections.map(() => ({ blocks: 0, legal: 0 }));
    for (const b of this.blocks) {
      if (b.kind === 'heading' || b.kind === 'pseudo-heading') continue;
      const count = own[b.section] as { blocks: number; legal: number };
      count.blocks++;
      if (b.legal) count.legal++;
    }
    this.sections.forEach((section, index) => {
      const { blocks, legal } = own[index] as { blocks: number; legal: number };
      if (blocks > 0 && legal === blocks && section.kind !== 'compensation') section.kind = 'eeo';
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
      else if (parsed != null) {
        const detail = Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`;
        problem = { message: 'Front matter is not a mapping of fields', kind: 'not-a-mapping', detail, span };
      }
    } catch (error) {
      // The YAML parser's first line, without the "at line 2, column 6:" that the span replaces.
      const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
      // The YAML reader recurses: front matter nested thousands deep overflows the stack.
      const detail = /call stack/i.test(first) ? 'nested too deeply to read' : first.replace(/ at line \d+, column \d+:?$/, '').trim() || 'invalid YAML';
      let problemSpan = span;
      if (error instanceof YAMLParseError && yamlNode.value.length > 0) {
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
    markdownLimit: tree.data?.jdlintMarkdownLimit ?? null,
    text: builder.projection.text,
    projection: builder.projection,
    blocks: builder.blocks,
    sections: builder.sections,
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
