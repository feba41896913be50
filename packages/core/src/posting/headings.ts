/**
 * Sections from headings: what a heading names (responsibilities, requirements, benefits, EEO…),
 * and the paragraphs that act as headings (all bold, a short line ending in a colon, a lead-in
 * before a list, a bold lead-in inside a paragraph).
 */
import type { Nodes, PhrasingContent, Strong, Text } from 'mdast';
import { end, plainText, start, wordCount } from './nodes.js';
import { type SectionKind } from './model.js';

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

export function isNegatedHeading(heading: string): boolean {
  return NEGATED_HEADING.test(heading.toLowerCase().replace(/[’`]/g, "'"));
}

/** A paragraph used as a heading: all bold or italic, or a short line ending with a colon. */
export function isPseudoHeading(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  // Stray emphasis markers that did not parse ("_ **Summary:**_") are not text.
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.replace(/[_*]/g, '').trim() === '') && c.type !== 'break');
  const text = plainText(node).replace(/^[\s_*]+|[\s_*]+$/g, '');
  if (text.length === 0 || text.length > 80) return false;
  if (kids.length === 1 && (kids[0]?.type === 'strong' || kids[0]?.type === 'emphasis')) return true;
  if (wordCount(text) <= 8 && /:$/.test(text)) return true;
  return !text.includes('\n') && isPlainHeadingLine(text);
}

/** A line in capitals ("RESPONSIBILITIES", "WHAT YOU'LL DO"): at least two letters, none lower case. */
function inCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/su.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A line of a paste without Markdown that is a heading: short, not a sentence, and naming a
 * section ("Responsibilities", "What you'll do", "REQUIREMENTS", "Nice to have:"). Without a colon
 * a line that names the company or team only in passing ("Data Platform Team") is left alone: that
 * is as often a title or a team name as a heading; "About us", "Who we are" are headings.
 */
export function isPlainHeadingLine(line: string): boolean {
  const text = line.trim().replace(/^[\s_*#]+|[\s_*]+$/g, '');
  const colon = /:$/.test(text);
  const bare = text.replace(/\s*:$/, '');
  if (bare.length < 3 || bare.length > 60 || /[.!?,;]$/.test(bare) || /[:()[\]]/.test(bare) || wordCount(bare) > (colon ? 8 : 6)) return false;
  // Without a colon or capitals, a line with a list, a number, a "with …" or an "is a …" is an
  // item or a sentence, not a heading; and a heading starts with its section word or a heading's
  // opening ("What you'll do", "Key responsibilities"), where an item starts with what it asks
  // for ("Excellent communication skills").
  if (!colon && !inCapitals(bare) && (/[,\d]|\bwith\b|\b(is|are) (a|an|the)\b/i.test(bare) || !HEADING_START.test(bare.replace(/[’`]/g, "'")))) return false;
  const kind = classifyHeading(bare);
  if (kind === 'other') return false;
  return colon || kind !== 'about' || ABOUT_HEADING.test(bare.toLowerCase().replace(/[’`]/g, "'"));
}

/** How a heading written as a plain line starts: a heading's opening word or its section word. */
const HEADING_START =
  /^(?:(?:key|main|core|your|our|the|job|role|position|minimum|basic|preferred|required|desired|additional|other|general|technical)\s+)?(?:what|who|how|why|where|about|nice|bonus|benefits?|perks|responsibilit|requirements?|qualifications?|duties|skills|experience|education|compensation|salary|pay|tasks|we offer|you will|you'll|in this role|the role|is this you|day[- ]to[- ]day|summary|overview|description|profile|must|ideal|eeo|equal|diversity|inclusion|apply|application|interview|hiring process|recruitment|next steps|in return|total rewards|rewards|life at|working at|who we are)/i;

/** The company-blurb headings that are headings whatever their case ("About us", "Who we are"). */
const ABOUT_HEADING = /^(about( us| the company| the team| [\p{L}&.-]+)?|who we are|our (mission|story|company|team|culture)|the company|company (overview|description)|why us|(life|working) at\b.*)$/u;

/** Marks a heading found inside plain text (see plainLeadIns) for isInlineHeading. */
interface PlainHeadingData {
  plainHeading?: boolean;
}

const LEAD_IN = /(?<![\p{L}\d'’])(\p{Lu}[\p{L}'’&/-]*(?:[ \t]+[\p{L}'’&/-]+){0,5})[ \t]*:(?=\s|[-–•*]|$)/gu;

/**
 * Headings inside the text of a paragraph pasted without Markdown, split out as their own nodes:
 * a line that is a heading (isPlainHeadingLine) in a paragraph of several lines, and a lead-in
 * ending in a colon that names a section ("Key Responsibilities: -Own …", "… Requirements: •…")
 * where a flattened paste runs the sections together. The start of a lead-in must be a boundary
 * (the start of the text or a line, or after a sentence end or bullet), except a single word
 * ("Requirements:") that alone names a section. Each heading becomes a `strong` node marked
 * `plainHeading`, which isInlineHeading takes as a section heading. A text node whose value is not
 * the source as written (escapes, entities) is left whole, so offsets stay exact.
 */
export function plainLeadIns(children: PhrasingContent[], source: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  children.forEach((child, index) => {
    const from = child.position?.start.offset;
    if (child.type !== 'text' || from === undefined || source.slice(from, child.position?.end.offset) !== child.value) {
      out.push(child);
      return;
    }
    const value = child.value;
    const spans = headingSpans(value, index === 0 && children.length === 1);
    if (spans.length === 0) {
      out.push(child);
      return;
    }
    const piece = (a: number, b: number): Text => ({ type: 'text', value: value.slice(a, b), position: { start: pointAt(child, a), end: pointAt(child, b) } });
    let at = 0;
    for (const [a, b] of spans) {
      if (a > at) out.push(piece(at, a));
      const strong: Strong = { type: 'strong', children: [piece(a, b)], position: { start: pointAt(child, a), end: pointAt(child, b) }, data: { plainHeading: true } };
      out.push(strong);
      at = b;
    }
    if (at < value.length) out.push(piece(at, value.length));
  });
  return out;
}

/** The heading spans of one text value, in order; `whole` when the value is the paragraph's only child. */
function headingSpans(value: string, whole: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Heading lines, in a paragraph of several lines (a one-line paragraph is isPseudoHeading's).
  if (value.includes('\n')) {
    let at = 0;
    for (const line of value.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const text = line.trim();
      if (text && isPlainHeadingLine(text) && !(whole && at === 0 && !/:$/.test(text) && !inCapitals(text.replace(/:$/, '')))) spans.push([at + lead, at + lead + text.length]);
      at += line.length + 1;
    }
  }
  for (const match of value.matchAll(LEAD_IN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (spans.some(([a, b]) => start < b && end > a)) continue;
    const found = leadInAt(value, start, match[1] as string);
    if (found !== null) spans.push([found, end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Where the section-naming lead-in in `words` (ending at a colon) starts, or null: the longest
 * phrase that starts after a sentence, or after a bullet when it looks like a heading (up to three
 * words, or every word capitalised: "-Key Responsibilities"), else the last word alone when it
 * names a section ("… Review dashboards Requirements:"). The company's kind only for its own
 * headings ("About us:"), not for field labels ("Company size:").
 */
function leadInAt(value: string, start: number, words: string): number | null {
  const parts = [...words.matchAll(/[^ \t]+/g)];
  for (let k = 0; k < parts.length; k++) {
    const offset = start + (parts[k]?.index ?? 0);
    const phrase = words.slice(parts[k]?.index ?? 0);
    if (!/^\p{Lu}/u.test(phrase)) continue;
    const last = k === parts.length - 1;
    if (!last) {
      const before = value.slice(0, offset).trimEnd();
      // After a sentence (or at the start) a lead-in may be a short clause ("Other skills we
      // want are:"); after a bullet or a dash it must look like a heading, or it is the item.
      const sentence = before === '' || /[.!?;:]$/.test(before) || /\n\s*$/.test(value.slice(0, offset));
      const bullet = /[•·|)\]–—-]$/.test(before);
      const headingCase = parts.length - k <= 3 || parts.slice(k).every((p) => /^\p{Lu}/u.test(p[0]));
      if (!(sentence || (bullet && headingCase))) continue;
    }
    const kind = classifyHeading(phrase);
    if (kind !== 'other' && (kind !== 'about' || ABOUT_HEADING.test(phrase.toLowerCase().replace(/[’`]/g, "'")))) return offset;
  }
  return null;
}

function pointAt(node: Text, i: number): { line: number; column: number; offset: number } {
  const startPoint = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const before = node.value.slice(0, i);
  const lines = before.split('\n');
  const line = startPoint.line + lines.length - 1;
  const column = lines.length > 1 ? (lines.at(-1) as string).length + 1 : startPoint.column + i;
  return { line, column, offset: (startPoint.offset ?? 0) + i };
}

/**
 * A short paragraph right before a list that names a section ("Job responsibilities", "You'll need
 * these skills to be successful:"): a heading written as plain text.
 */
export function isListLeadIn(node: Nodes, next: Nodes | undefined): boolean {
  if (node.type !== 'paragraph' || next?.type !== 'list') return false;
  const text = plainText(node).trim();
  if (text.length === 0 || text.length > 120 || /[.!]$/.test(text)) return false;
  // Up to 6 words without a colon ("Candidate Profile"), up to 16 with one.
  if (wordCount(text) > (/:$/.test(text) ? 16 : 6)) return false;
  return classifyHeading(text.replace(/:$/, '')) !== 'other';
}

/** A bold lead-in inside a paragraph ("**Responsibilities:** Build …") that names a section. */
export function isInlineHeading(children: PhrasingContent[], i: number): boolean {
  const node = children[i];
  if (node?.type !== 'strong') return false;
  if ((node.data as PlainHeadingData | undefined)?.plainHeading) return true;
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
export function isIndentedProse(node: Nodes, source: string): boolean {
  if (node.type !== 'code' || node.lang) return false;
  const raw = source.slice(start(node), end(node));
  if (/^\s*(```|~~~)/.test(raw)) return false;
  const lines = node.value.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const prose = lines.filter((l) => /(\p{L}+[\s,]+){3,}\p{L}/u.test(l) && !/[{};=<>]|\(\)|=>|^\s*(import|def|class|function|const|let|var|return)\b/.test(l));
  return prose.length * 2 > lines.length;
}
