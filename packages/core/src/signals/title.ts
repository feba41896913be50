/**
 * Titles are parsed on their own: seniority, level, contract and location words are
 * stripped, then role nouns, generic nouns and qualifiers decide which roles the title claims.
 * - A specific role noun keeps its role under a domain qualifier ("Machine Learning Engineer - LLM").
 * - A generic noun (Engineer, Developer) takes its qualifier's role ("Software Engineer, GenAI").
 * - An explicit combination ("AI/ML Engineer", "React & AI Engineer") accepts each role it names,
 *   and so does a list of whole titles ("Data Engineer, Full-Stack Engineer").
 * - A title of parts ("Acme AI | ML Engineer | Berlin | Full-time", "Company - Senior Software
 *   Eng - Remote") is read from the parts that name a role; a part with only a domain word is the
 *   company or brand before them, and the team ("– Gen AI") after a dash.
 * - A discipline stands for its practitioner ("Data Science", "Analytics Engineering", "Big Data
 *   Lead"), unless the title is a manager's.
 */
import type { Role } from '../lexicon/index.js';
import { BARE_GENERIC, GENERIC, type Hit, QUALIFIERS, ROLE_NOUNS, scan, STRIP, titleWords, VAGUE, type Word } from './title-words.js';

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
  /**
   * The roles of the domain qualifiers in the title, whether or not they decided its role: the
   * "LLM" of "Machine Learning Engineer (LLM)" (`ai-engineer`) while the noun claims `ml-engineer`.
   */
  domains: Role[];
}

/** A title's analysis, and whether it names a person (a role or generic noun) or a domain. */
type Reading = TitleAnalysis & { named: boolean; qualified: boolean; bareDomain: boolean };

/**
 * "Des Moines, IA": a two-letter word in capitals after a comma, closing a part whose words name
 * no role, is a state or country code, not a domain word (IA is also French and Spanish for AI).
 */
function isPlaceCode(ws: Word[], title: string, q: Hit, named: Hit[]): boolean {
  const w = ws[q.from];
  if (!w || q.to - q.from !== 1 || !/^[A-Z]{2}$/.test(title.slice(w.start, w.end))) return false;
  if (ws[q.from - 1]?.key !== ',' || (ws[q.to] && ws[q.to]?.kind !== 'sep')) return false;
  let j = q.from - 2;
  while (j >= 0 && ws[j]?.kind === 'word') j--;
  const from = j + 1;
  return from < q.from - 1 && !named.some((h) => h.to > from && h.from < q.from - 1);
}

const PRODUCT_QUALIFIER_ROLES: Role[] = ['ai-engineer', 'ml-engineer', 'mlops', 'data-engineer'];

/**
 * The head of a team name (after the noun) decides: a domain word right before a software
 * discipline modifies it ("Software Engineer, ML Networking" networks for an ML team), so the
 * discipline names the work; the domain word stays in `domains`.
 * The layers a domain's systems run on ("ML Systems", "AI Platform") are not disciplines here:
 * titles.yml keeps them apart, as software-systems-qualifier.
 */
function modifiesDiscipline(q: Hit, qualifiers: Hit[], generic: Hit[]): boolean {
  const inTeamName = generic.some((g) => g.to <= q.from);
  return inTeamName && qualifiers.some((h) => h.from === q.to && h.entry.id === 'software-qualifier');
}

function analyzeOne(title: string): Reading {
  const ws = titleWords(title);
  const taken = ws.map((w) => w.kind !== 'word');
  const text = (h: Hit) => title.slice(ws[h.from]?.start ?? 0, ws[h.to - 1]?.end ?? 0);

  const nouns = scan(ws, ROLE_NOUNS, taken);
  const generic = scan(ws, GENERIC, taken);
  const seniorityHits = scan(ws, STRIP, taken);
  const qualifiers = scan(ws, QUALIFIERS, taken).filter((q) => !isPlaceCode(ws, title, q, [...nouns, ...generic]));
  // A part of domain words only ("AI" of "AI / ML Engineer"), as opposed to a brand ("AI Labs").
  const bareDomain = qualifiers.length > 0 && taken.every((t, i) => t || ws[i]?.kind !== 'word');
  // Vague words are looked for among all words: "architect" is also a generic noun.
  const vagueHits = scan(ws, VAGUE, ws.map((w) => w.kind !== 'word'));

  const roles: Role[] = [];
  const matched: string[] = [];
  const add = (role: Role | undefined, hit: Hit) => {
    if (!role) return;
    if (!roles.includes(role)) roles.push(role);
    matched.push(text(hit));
  };

  // A list of whole titles ("Data Engineer, Full-Stack Engineer", "Product Engineer and ML
  // Engineer"): each part names its own role when every part holds a noun.
  const parts = listParts(ws);
  if (parts.length > 1) {
    const within = (hits: Hit[]) => (p: { from: number; to: number }) => hits.some((h) => h.from >= p.from && h.to <= p.to);
    const named = parts.filter(within([...nouns, ...generic]));
    // A part with only a domain word ("GenAI") qualifies its neighbour, so the title is one role;
    // a part with neither ("different levels") is left out.
    if (named.length > 1 && parts.every((p) => named.includes(p) || !within(qualifiers)(p))) {
      const slice = (from: number, to: number) => title.slice(ws[from]?.start ?? 0, ws[to - 1]?.end ?? 0);
      // "Research Scientist/Engineer": a lone noun after a slash shares the words before its
      // neighbour's noun, so it reads "Research Engineer", not a bare "Engineer".
      const textOf = (p: { from: number; to: number }) => {
        const prev = parts[parts.indexOf(p) - 1];
        const lone = p.to - p.from === 1 && BARE_GENERIC.has(ws[p.from]?.key ?? '') && ws[p.from - 1]?.key === '/';
        return lone && prev && prev.to - prev.from >= 2 ? `${slice(prev.from, prev.to - 1)} ${slice(p.from, p.to)}` : slice(p.from, p.to);
      };
      const read = named.map((p) => analyzeOne(textOf(p)));
      const roles = [...new Set(read.flatMap((r) => r.roles))];
      const seniority = seniorityHits.filter((h) => h.entry.id === 'seniority').map((h) => text(h).toLowerCase());
      return {
        text: title,
        roles,
        combined: roles.length > 1,
        vague: read.every((r) => r.vague),
        matched: read.flatMap((r) => r.matched),
        seniority,
        core: read[0]?.core ?? title.trim(),
        domains: domainsOf(qualifiers),
        named: true,
        qualified: qualifiers.length > 0,
        bareDomain: false,
      };
    }
  }

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
    // A domain qualifier wins over a software one ("Backend Engineer - AI Products"), except
    // across an "or": "Software Engineer (full-stack or applied ML)" offers two variants of the
    // title, and each side names its role.
    const or = ws.findIndex((w) => w.key === 'or');
    const sides = or < 0 ? [qualifiers] : [qualifiers.filter((q) => q.to <= or), qualifiers.filter((q) => q.from > or)];
    const chosen = (sides.every((side) => side.length > 0) ? sides : [qualifiers]).flatMap((side) => {
      const team = side.filter((q) => !modifiesDiscipline(q, side, generic));
      const domain = team.filter((q) => q.entry.role && PRODUCT_QUALIFIER_ROLES.includes(q.entry.role));
      return domain.length > 0 ? domain : team;
    });
    if (chosen.length > 0) for (const q of chosen) add(q.entry.role, q);
    else for (const g of generic) add(g.entry.role, g);
  }
  if (roles.length === 0) roles.push('other');

  const seniority = seniorityHits.filter((h) => h.entry.id === 'seniority').map((h) => text(h).toLowerCase());
  const core = nouns[0] ? text(nouns[0]) : generic[0] ? text(generic[0]) : title.trim();
  const bare = nouns.length === 0 && qualifiers.length === 0 && generic.length > 0 && generic.every((g) => BARE_GENERIC.has(text(g).toLowerCase()));
  // A role noun for work that is not engineering ("Data Analyst") commits to a role all the same.
  const namedOther = nouns.some((n) => n.entry.role === 'other');
  const vague = title.trim() !== '' && ((roles[0] === 'other' && !namedOther) || bare || vagueHits.length > 0);
  return { text: title, roles, combined: roles.length > 1, vague, matched, seniority, core, domains: domainsOf(qualifiers), named: nouns.length + generic.length > 0, qualified: qualifiers.length > 0, bareDomain };
}

function domainsOf(qualifiers: Hit[]): Role[] {
  return [...new Set(qualifiers.map((q) => q.entry.role).filter((r): r is Role => !!r))];
}

/** Word ranges of a list of titles: split at commas, semicolons, "and", "or", "/" and "&". */
function listParts(ws: Word[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let from = 0;
  ws.forEach((w, i) => {
    if ((w.kind === 'conj' || w.key === ',' || w.key === ';') && i > from) {
      out.push({ from, to: i });
      from = i + 1;
    } else if (w.kind === 'conj' || w.key === ',' || w.key === ';') from = i + 1;
  });
  if (from < ws.length) out.push({ from, to: ws.length });
  return out.filter((p) => ws.slice(p.from, p.to).some((w) => w.kind === 'word'));
}

/**
 * Parts of a title: separated by "|", a spaced dash or slash, or a colon ("Contract: …"), with the
 * separator before each; a leading bracket ("[Acme AI] Backend Engineer") is a part of its own.
 */
const PART_SEPARATOR = /\s*\|\s*|\s+[-–—/]\s+|:\s+|^\s*\[[^\]]*\]\s*/g;
/** "Backend Engineer at Acme AI", "… @ Acme": what follows is the employer. */
const AT_EMPLOYER = /\s(?:at|@)\s/i;
/** A part that is a web address, not words of the title. */
const ADDRESS = /^(?:https?:\/\/|www\.)|\.(?:com|io|ai|co|org|net|dev|app|example)(?:\/\S*)?$/i;
/** Words of a manager's title: a discipline under them is the team managed, not the job. */
const MANAGEMENT = /\b(?:manager|management|head|director|vp|vice president|chief)\b/i;

/**
 * Disciplines read as their practitioner, for titles that name no person ("Data Science",
 * "AI Engineering Intern", "Big Data Lead"): each rewrite keeps the text's length apart from the
 * changed word, and is only tried when the title names no role noun and no generic noun.
 */
const DISCIPLINES: Array<[RegExp, string]> = [
  [/\bdata science\b/gi, 'data scientist'],
  [/\bengineering\b/gi, 'engineer'],
];
/** A lead of a domain ("Big Data Lead", "Computer Vision Leader") is its practitioner; a lead of anything else is not. */
const DOMAIN_LEAD: [RegExp, string] = [/\b(?:lead|leader)\s*$/gi, 'engineer'];
/** A trainee's word stands for the practitioner of the domain it names ("Machine Learning Intern"). */
const TRAINEE = /\b(?:intern|trainee|apprentice|werkstudent(?:in)?|praktikant(?:in)?|stagiaire)\b/gi;

function split(title: string): Array<{ text: string; sep: string }> {
  const parts: Array<{ text: string; sep: string }> = [];
  let last = 0;
  let sep = '';
  for (const m of title.matchAll(PART_SEPARATOR)) {
    const at = m.index;
    if (m[0].trimStart().startsWith('[')) {
      parts.push({ text: m[0].trim().slice(1, -1), sep: '' });
      sep = '|';
    } else {
      parts.push({ text: title.slice(last, at), sep });
      sep = m[0].trim() || '-';
    }
    last = at + m[0].length;
  }
  parts.push({ text: title.slice(last), sep });
  return parts.filter((p) => p.text.trim() !== '' && !ADDRESS.test(p.text.trim()));
}

/**
 * The employer a title names beside the role: the text after "at" or "@" ("Backend Engineer at
 * Acme AI"), and in a title of parts the parts before the first one that names a role ("Acme
 * (Power BI) | Senior Engineer | Remote"). Empty when the title names none.
 */
export function employerOf(title: string): string[] {
  const at = AT_EMPLOYER.exec(title);
  if (at && analyzeOne(title.slice(0, at.index)).named) return [title.slice(at.index + at[0].length).trim()].filter((t) => t !== '');
  const parts = split(title);
  const first = parts.findIndex((p) => analyzeOne(p.text).named);
  return first > 0 ? parts.slice(0, first).map((p) => p.text.trim()) : [];
}

export function analyzeTitle(title: string): TitleAnalysis {
  const strip = ({ named: _n, qualified: _q, bareDomain: _b, ...rest }: Reading): TitleAnalysis => rest;
  const at = AT_EMPLOYER.exec(title);
  let body = at && analyzeOne(title.slice(0, at.index)).named ? title.slice(0, at.index) : title;
  // "Engineering Manager, Developer Platform": a manager's title that names no role before its
  // first comma is the job; the noun after the comma names the team or product managed.
  const head = /^[^,]*/.exec(body)?.[0] ?? body;
  if (head !== body && MANAGEMENT.test(head) && !analyzeOne(head).named) body = head;
  const read: Array<{ text: string; sep: string; a: Reading }> = [];
  for (const p of split(body)) {
    const prev = read[read.length - 1];
    // "AI / ML Engineer": a slash after a part of domain words only joins, it does not separate.
    if (prev && p.sep === '/' && prev.a.bareDomain) {
      prev.text += ` / ${p.text}`;
      prev.a = analyzeOne(prev.text);
    } else read.push({ ...p, a: analyzeOne(p.text) });
  }
  // A title of parts none of which names a person: a part that names a domain's lead or trainee
  // ("Acme AI - Computer Vision Leader - Remote") names its practitioner. Disciplines are not
  // read in parts: "Acme Engineering" is a company.
  const written = new Map<string, string>();
  if (read.length > 1 && !read.some((r) => r.a.named)) {
    for (const r of read) {
      const p = r.a.qualified ? practitioner(r.text, r.a, false) : null;
      if (!p) continue;
      written.set(p.rewritten.trim(), r.text.trim());
      r.text = p.rewritten;
      r.a = p;
    }
  }
  let reading: Reading;
  const first = read.findIndex((r) => r.a.named);
  if (read.length > 1 && first >= 0) {
    // The parts that name a role, each with the domain parts after it that a dash, slash or colon
    // joins (its team); after a "|" a domain part is a brand or tag line.
    const groups: string[] = [];
    let open = false;
    for (let i = first; i < read.length; i++) {
      const r = read[i] as (typeof read)[number];
      if (r.a.named) {
        groups.push(r.text);
        open = true;
      } else if (open && r.sep !== '|' && r.a.qualified) groups[groups.length - 1] = `${groups[groups.length - 1] as string} - ${r.text}`;
      else open = false;
    }
    reading = analyzeOne(groups.join(', '));
    reading.seniority = analyzeOne(title).seniority;
    // Report the words of a part read as its practitioner as the title writes them.
    const asWritten = (m: string) => [...written].find(([as]) => as.includes(m))?.[1] ?? m;
    reading = { ...reading, matched: reading.matched.map(asWritten), core: asWritten(reading.core) };
  } else reading = analyzeOne(body);
  if (!reading.named) {
    const p = practitioner(body, reading);
    if (p) {
      const { rewritten: _rewritten, ...rest } = p;
      reading = rest;
    }
  }
  return strip({ ...reading, text: title });
}

/**
 * The practitioner a title names through its discipline ("Data Science", "AI Engineering Intern",
 * "Big Data Lead"), read as written: `matched` and `core` are the words of the title, not the
 * rewrite. Null when the rewrite names no role, and for a manager's title.
 */
function practitioner(text: string, reading: Reading, disciplines = true): (Reading & { rewritten: string }) | null {
  if (MANAGEMENT.test(text)) return null;
  let rewritten = text;
  if (disciplines) for (const [from, to] of DISCIPLINES) rewritten = rewritten.replace(from, to);
  if (reading.qualified) rewritten = rewritten.replace(...DOMAIN_LEAD);
  const trainee = reading.qualified ? rewritten.replace(TRAINEE, 'engineer') : rewritten;
  if (trainee === text) return null;
  const again = analyzeOne(trainee);
  if (!again.named) return null;
  const seniority = trainee !== rewritten ? reading.seniority : again.seniority;
  return { ...again, text, seniority, matched: again.matched.length > 0 ? [text.trim()] : [], core: text.trim(), rewritten: trainee };
}
