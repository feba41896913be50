/**
 * A deterministic corpus of generated job postings: seeded, so every run (and every machine) lints
 * the same text. The postings are Markdown with the sections real postings have (about, duties,
 * requirements, nice to have, benefits, pay), written from generic templates so that the rules have
 * something to find: vague requirements, open-ended duties, clichés, AI and ML duties under
 * varied titles, pay ranges present or missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG (the same sequence on every platform). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  'Senior Machine Learning Engineer',
  'AI Engineer',
  'ML Engineer',
  'Data Scientist',
  'Backend Engineer',
  'Staff Software Engineer, Platform',
  'Applied Scientist',
  'LLM Engineer',
  'Data Engineer',
  'Product Manager, AI',
  'Frontend Engineer',
  'MLOps Engineer',
  'Junior Data Analyst',
  'Rockstar Full-Stack Developer',
];
const COMPANIES = ['Northwind', 'Acme Analytics', 'Bluefield', 'Orbital Labs', 'Greenleaf Health', 'Quanta Logistics', 'Harbor Finance', 'Lumen Retail'];
const PRODUCTS = ['a logistics platform', 'a payments API', 'a clinical scheduling tool', 'an online marketplace', 'a customer support product', 'a search engine for documents', 'a fraud detection service', 'a recommendation system'];
const TEAMS = ['platform', 'data', 'applied research', 'search', 'growth', 'infrastructure', 'personalization', 'risk'];
const TECH = ['Python', 'PyTorch', 'TensorFlow', 'Kubernetes', 'Spark', 'SQL', 'Airflow', 'TypeScript', 'React', 'Go', 'Rust', 'LangChain', 'PostgreSQL', 'Kafka', 'AWS', 'GCP', 'Docker', 'Terraform', 'dbt', 'Snowflake'];
const OBJECTS = ['retrieval pipelines', 'training data', 'feature stores', 'model evaluation', 'prompt templates', 'batch jobs', 'REST services', 'dashboards', 'A/B tests', 'embedding models', 'data contracts', 'inference services', 'ranking models', 'monitoring alerts', 'vector indexes'];
const VERBS = ['Design', 'Build', 'Own', 'Maintain', 'Improve', 'Ship', 'Evaluate', 'Scale', 'Debug', 'Document', 'Deploy', 'Train', 'Fine-tune', 'Monitor'];
const QUALITIES = ['reliable', 'well-tested', 'observable', 'cost-efficient', 'secure', 'fast', 'maintainable', 'accurate'];
const PEOPLE = ['product managers', 'designers', 'data engineers', 'support staff', 'researchers', 'customers', 'the security team', 'other engineers'];
const VAGUE = [
  'Strong communication skills.',
  'Excellent problem-solving abilities.',
  'A self-starter who thrives in a fast-paced environment.',
  'Must be a team player with a can-do attitude.',
  'Ability to work independently and wear many hats.',
  'Attention to detail.',
  'Other duties as assigned.',
  'A passion for innovation and cutting-edge technology.',
];
const BENEFITS = [
  'Health, dental and vision insurance for you and your dependents.',
  'Twenty-five days of paid leave plus public holidays.',
  'A yearly learning budget for books, courses and conferences.',
  'Flexible hours and remote work within three time zones.',
  'Parental leave of sixteen weeks, fully paid.',
  'A retirement plan with a matched contribution.',
  'A home office stipend when you join.',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function sentence(r: () => number): string {
  switch (Math.floor(r() * 9)) {
    case 0:
      return `You will ${pick(r, VERBS).toLowerCase()} ${pick(r, OBJECTS)} with ${pick(r, TECH)} and ${pick(r, TECH)}, and keep them ${pick(r, QUALITIES)}.`;
    case 1:
      return `Our ${pick(r, TEAMS)} team works closely with ${pick(r, PEOPLE)} to decide what to build next and why it matters.`;
    case 2:
      return `Last year we moved ${pick(r, OBJECTS)} from a nightly batch to a streaming design, which cut latency by ${2 + Math.floor(r() * 9)} times.`;
    case 3:
      return `You won't be asked to ${pick(r, VERBS).toLowerCase()} ${pick(r, OBJECTS)} alone; reviews are shared across the team.`;
    case 4:
      return `Most weeks you will pair with ${pick(r, PEOPLE)}, write design notes, and measure whether a change helped.`;
    case 5:
      return `The stack is ${pick(r, TECH)}, ${pick(r, TECH)} and ${pick(r, TECH)}, deployed on ${pick(r, ['AWS', 'GCP', 'Azure'])} with ${pick(r, ['Terraform', 'Pulumi', 'Helm'])}.`;
    case 6:
      return `We serve about ${1 + Math.floor(r() * 90)} million requests a day, and ${pick(r, OBJECTS)} are at the centre of that work.`;
    case 7:
      return `Decisions are written down, reviewed by ${pick(r, PEOPLE)} and revisited when the data says we were wrong.`;
    default:
      return `We care about ${pick(r, QUALITIES)} software, clear writing and a calm on-call rotation.`;
  }
}

function bullet(r: () => number): string {
  switch (Math.floor(r() * 6)) {
    case 0:
      return `${pick(r, VERBS)} ${pick(r, OBJECTS)} for ${pick(r, PRODUCTS)}.`;
    case 1:
      return `${pick(r, VERBS)} and ${pick(r, VERBS).toLowerCase()} ${pick(r, OBJECTS)} using ${pick(r, TECH)}.`;
    case 2:
      return `Work with ${pick(r, PEOPLE)} to turn questions into ${pick(r, OBJECTS)}.`;
    case 3:
      return `Keep ${pick(r, OBJECTS)} ${pick(r, QUALITIES)} as traffic grows.`;
    case 4:
      return `${pick(r, VERBS)} ${pick(r, OBJECTS)} and write down what you learned.`;
    default:
      return `Review ${pick(r, OBJECTS)} written by ${pick(r, PEOPLE)}.`;
  }
}

function requirement(r: () => number): string {
  switch (Math.floor(r() * 6)) {
    case 0:
      return `${2 + Math.floor(r() * 8)}+ years of experience with ${pick(r, TECH)}.`;
    case 1:
      return `Experience building ${pick(r, OBJECTS)} in production.`;
    case 2:
      return pick(r, VAGUE);
    case 3:
      return `Working knowledge of ${pick(r, TECH)} or ${pick(r, TECH)}.`;
    case 4:
      return `You have shipped ${pick(r, OBJECTS)} that ${pick(r, PEOPLE)} rely on.`;
    default:
      return `Familiarity with ${pick(r, ['statistics', 'distributed systems', 'SQL', 'experiment design', 'data modelling', 'information retrieval'])}.`;
  }
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** One posting of about `words` words (within a sentence or a bullet). */
export function posting(r: () => number, words: number): string {
  const title = pick(r, TITLES);
  const company = pick(r, COMPANIES);
  const parts: string[] = [`# ${title}`, '', `${company} builds ${pick(r, PRODUCTS)}. ${sentence(r)}`, ''];
  const sections: Array<[string, () => string, boolean]> = [
    ['About the role', () => sentence(r), false],
    ['What you will do', () => bullet(r), true],
    ['What we are looking for', () => requirement(r), true],
    ['Nice to have', () => requirement(r), true],
    ['Benefits', () => pick(r, BENEFITS), true],
  ];
  let count = countWords(parts.join('\n'));
  const pay = r() < 0.6 ? `The base salary for this role is $${120 + Math.floor(r() * 60)},000 to $${190 + Math.floor(r() * 80)},000 a year, plus equity.` : null;
  const closing = 'We are an equal opportunity employer and welcome applicants of every background.';
  const reserve = countWords(`${pay ?? ''} ${closing}`) + 8;
  // Fill the sections in turn until the budget is spent: each round adds a line to every section.
  const bodies: string[][] = sections.map(() => []);
  while (count < words - reserve) {
    for (let s = 0; s < sections.length && count < words - reserve; s++) {
      const [, make, list] = sections[s] as [string, () => string, boolean];
      const line = list ? `- ${make()}` : make();
      bodies[s]?.push(line);
      count += countWords(line);
    }
  }
  sections.forEach(([heading, , list], s) => {
    const body = bodies[s] ?? [];
    if (body.length === 0) return;
    parts.push(`## ${heading}`, '');
    // Prose sections are paragraphs of three or four sentences.
    if (list) parts.push(...body);
    else for (let i = 0; i < body.length; i += 3) parts.push(body.slice(i, i + 3).join(' '), '');
    parts.push('');
  });
  if (pay) parts.push('## Compensation', '', pay, '');
  parts.push('## Equal opportunity', '', closing, '');
  return parts.join('\n').replace(/\n{3,}/g, '\n\n');
}

export interface CorpusSpec {
  name: string;
  count: number;
  minWords: number;
  maxWords: number;
  seed: number;
}

/** The sets the benchmark runs: 1, 100, 1,000 and 10,000 postings of 400–900 words, one 600-word and one 16,000-word posting. */
export function specs(quick: boolean, smoke = false): CorpusSpec[] {
  if (smoke) {
    // The smallest sets that still go through every step (the test suite's smoke run).
    return [
      { name: 'one', count: 1, minWords: 400, maxWords: 900, seed: 1 },
      { name: 'p100', count: 2, minWords: 400, maxWords: 900, seed: 100 },
      { name: 'p1000', count: 3, minWords: 400, maxWords: 900, seed: 1000 },
      { name: 'p10000', count: 4, minWords: 400, maxWords: 900, seed: 10000 },
      { name: 'w600', count: 1, minWords: 600, maxWords: 600, seed: 600 },
      { name: 'w16000', count: 1, minWords: 1600, maxWords: 1600, seed: 16000 },
    ];
  }
  const scale = quick ? 0.02 : 1;
  return [
    { name: 'one', count: 1, minWords: 400, maxWords: 900, seed: 1 },
    { name: 'p100', count: Math.max(5, Math.round(100 * scale)), minWords: 400, maxWords: 900, seed: 100 },
    { name: 'p1000', count: Math.max(20, Math.round(1000 * scale)), minWords: 400, maxWords: 900, seed: 1000 },
    { name: 'p10000', count: Math.max(220, Math.round(10000 * scale)), minWords: 400, maxWords: 900, seed: 10000 },
    { name: 'w600', count: 1, minWords: 600, maxWords: 600, seed: 600 },
    { name: 'w16000', count: 1, minWords: 16000, maxWords: 16000, seed: 16000 },
  ];
}

/** Writes a set into `dir/<name>/NNNNN.md` and returns the file paths, in order. */
export function writeSet(dir: string, spec: CorpusSpec): string[] {
  const r = rng(spec.seed);
  const setDir = path.join(dir, spec.name);
  mkdirSync(setDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < spec.count; i++) {
    const words = spec.minWords + Math.floor(r() * (spec.maxWords - spec.minWords + 1));
    const file = path.join(setDir, `${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, posting(r, words));
    files.push(file);
  }
  return files;
}
