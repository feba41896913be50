import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import type * as Yaml from 'yaml';
import { Projection } from './offsets.js';
import { MAX_YAML_DEPTH, requireLazily, yamlDepth } from '../shared/index.js';
import type { ParsedMarkdown } from '../parse/index.js';
import { legalParts } from './legal.js';
import { end, plainText, start } from './nodes.js';
import { type Block, type BlockKind, type FrontMatterProblem, type Posting, type Section, type Span, type Title } from './model.js';
import { classifyHeading, isIndentedProse, isInlineHeading, isListLeadIn, isNegatedHeading, isPseudoHeading, plainLeadIns } from './headings.js';

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

const BLOCK_SEPARATOR = '\n\n';
/** Real section headings are short; the longest seen in postings are about 80 characters. */
const MAX_HEADING_LENGTH = 150;

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

  /** A paragraph, split where a bold lead-in or a plain-text heading names a new section (not in lists: "**Backend:** Go"). */
  #paragraph(kind: BlockKind, children: PhrasingContent[]): void {
    if (kind === 'list-item') {
      this.#block(kind, children);
      return;
    }
    let run: PhrasingContent[] = [];
    const parts = plainLeadIns(children, this.source);
    parts.forEach((child, i) => {
      if (isInlineHeading(parts, i)) {
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
          this.walk(node.children, inList || node.type === 'list');
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

/** Builds the posting model from a parsed tree (with the limit it was read under) and its source. */
export function buildPosting(parsed: ParsedMarkdown, source: string): Posting {
  const { tree } = parsed;
  let fields: Record<string, unknown> = {};
  let frontMatter: Posting['frontMatter'] = null;
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  if (yamlNode) {
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
    markdownLimit: parsed.limit,
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
