/**
 * Sections from headings: what a heading names (responsibilities, requirements, benefits, EEO…),
 * and the paragraphs that act as headings (all bold, a short line ending in a colon, a lead-in
 * before a list, a bold lead-in inside a paragraph).
 */
import type { Nodes, PhrasingContent } from 'mdast';
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
  return wordCount(text) <= 8 && /:$/.test(text);
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
