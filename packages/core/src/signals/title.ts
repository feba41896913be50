/**
 * Titles are parsed on their own (DESIGN §2): seniority, level, contract and location words are
 * stripped, then role nouns, generic nouns and qualifiers decide which roles the title claims.
 * - A specific role noun keeps its role under a domain qualifier ("Machine Learning Engineer - LLM").
 * - A generic noun (Engineer, Developer) takes its qualifier's role ("Software Engineer, GenAI").
 * - An explicit combination ("AI/ML Engineer", "React & AI Engineer") accepts each role it names.
 */
import { type Role, titleLexicon, type TitleTermEntry } from '../lexicon/index.js';

export interface TitleAnalysis {
  text: string;
  /** Every role the title accepts; `['other']` when it names none. */
  roles: Role[];
  /** True when the title names more than one role ("AI/ML Engineer"). */
  combined: boolean;
  /**
   * True when the title does not commit to a role: it names none ("Member of Technical Staff"),
   * only a bare generic noun ("Engineer"), or a hedge word ("AI Specialist", "AI Ninja").
   */
  vague: boolean;
  /** The words that decided the roles, as written in the title. */
  matched: string[];
  /** Seniority and level words found ("senior", "ii"). */
  seniority: string[];
  /** The part of the title that names the role, with seniority and tags removed. */
  core: string;
}

interface Word {
  /** Normalised word, or a separator/conjunction symbol. */
  key: string;
  kind: 'word' | 'conj' | 'sep';
  /** Offsets in the title text. */
  start: number;
  end: number;
}

const WORD = /c\+\+|c#|f#|\.net|node\.js|[\p{L}\p{N}]+|[/&+]|[,:;()[\]|]|\s[-–—]\s/gu;

function words(title: string): Word[] {
  const out: Word[] = [];
  for (const m of title.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const key = raw.toLowerCase().trim();
    if (key === '/' || key === '&' || key === '+') out.push({ key, kind: 'conj', start, end: start + raw.length });
    else if (key === 'and' || key === 'or') out.push({ key, kind: 'conj', start, end: start + raw.length });
    else if (/^[,:;()[\]|\-–—]$/.test(key)) out.push({ key, kind: 'sep', start, end: start + raw.length });
    else out.push({ key, kind: 'word', start, end: start + raw.length });
  }
  return out;
}

interface Phrase {
  keys: string[];
  entry: TitleTermEntry;
}

function phrases(entries: readonly TitleTermEntry[]): Phrase[] {
  const list: Phrase[] = [];
  for (const entry of entries) {
    for (const term of entry.terms) {
      const keys = words(term).filter((w) => w.kind === 'word' || w.key === '+' || w.key === '#').map((w) => w.key);
      if (keys.length > 0) list.push({ keys, entry });
    }
  }
  // Longest first, so "machine learning engineer" wins over "engineer".
  return list.sort((a, b) => b.keys.length - a.keys.length);
}

const ROLE_NOUNS = phrases(titleLexicon.roleNouns);
const GENERIC = phrases(titleLexicon.genericNouns);
const QUALIFIERS = phrases(titleLexicon.qualifiers);
const STRIP = phrases(titleLexicon.strip);
const VAGUE = phrases(titleLexicon.vague);
/** Generic nouns that name no kind of engineering on their own. */
const BARE_GENERIC = new Set(['engineer', 'developer', 'programmer']);

interface Hit {
  from: number;
  to: number; // exclusive, index into the word list
  entry: TitleTermEntry;
}

function matchAt(ws: Word[], i: number, list: Phrase[]): Hit | null {
  for (const p of list) {
    if (p.keys.every((k, j) => ws[i + j]?.kind === 'word' && ws[i + j]?.key === k)) return { from: i, to: i + p.keys.length, entry: p.entry };
  }
  return null;
}

function scan(ws: Word[], list: Phrase[], taken: boolean[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (taken[i]) continue;
    const hit = matchAt(ws, i, list);
    if (!hit || taken.slice(hit.from, hit.to).some(Boolean)) continue;
    hits.push(hit);
    for (let j = hit.from; j < hit.to; j++) taken[j] = true;
    i = hit.to - 1;
  }
  return hits;
}

const PRODUCT_QUALIFIER_ROLES: Role[] = ['ai-engineer', 'ml-engineer', 'mlops', 'data-engineer'];

export function analyzeTitle(title: string): TitleAnalysis {
  const ws = words(title);
  const taken = ws.map((w) => w.kind !== 'word');
  const text = (h: Hit) => title.slice(ws[h.from]?.start ?? 0, ws[h.to - 1]?.end ?? 0);

  const nouns = scan(ws, ROLE_NOUNS, taken);
  const generic = scan(ws, GENERIC, taken);
  const seniorityHits = scan(ws, STRIP, taken);
  const qualifiers = scan(ws, QUALIFIERS, taken);
  // Vague words are looked for among all words: "architect" is also a generic noun.
  const vagueHits = scan(ws, VAGUE, ws.map((w) => w.kind !== 'word'));

  const roles: Role[] = [];
  const matched: string[] = [];
  const add = (role: Role | undefined, hit: Hit) => {
    if (!role) return;
    if (!roles.includes(role)) roles.push(role);
    matched.push(text(hit));
  };

  if (nouns.length > 0) {
    for (const noun of nouns) {
      add(noun.entry.role, noun);
      // "AI/ML Engineer", "React & AI Engineer": a qualifier joined to the noun by a conjunction.
      const conj = ws[noun.from - 1];
      if (conj?.kind === 'conj') {
        const q = qualifiers.find((h) => h.to === noun.from - 1);
        if (q) add(q.entry.role, q);
      }
    }
  } else if (generic.length > 0) {
    const domain = qualifiers.filter((q) => q.entry.role && PRODUCT_QUALIFIER_ROLES.includes(q.entry.role));
    const chosen = domain.length > 0 ? domain : qualifiers;
    if (chosen.length > 0) for (const q of chosen) add(q.entry.role, q);
    else for (const g of generic) add(g.entry.role, g);
  }
  if (roles.length === 0) roles.push('other');

  const seniority = seniorityHits.filter((h) => h.entry.id === 'seniority').map((h) => text(h).toLowerCase());
  const core = nouns[0] ? text(nouns[0]) : generic[0] ? text(generic[0]) : title.trim();
  const bare = nouns.length === 0 && qualifiers.length === 0 && generic.length > 0 && generic.every((g) => BARE_GENERIC.has(text(g).toLowerCase()));
  const vague = title.trim() !== '' && (roles[0] === 'other' || bare || vagueHits.length > 0);
  return { text: title, roles, combined: roles.length > 1, vague, matched, seniority, core };
}
