/**
 * The recruiters' page: a CodeMirror editor with jdlint's findings as lint diagnostics, and the
 * analysis a hiring manager reads beside it. Analysis runs in a Web Worker (core, the model and the
 * YAML reader are in the worker's bundle, inlined in this page); nothing is sent anywhere, and the
 * page's Content-Security-Policy forbids it to (`connect-src 'none'`).
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { forceLinting, forEachDiagnostic, linter, lintKeymap, previousDiagnostic, type Action, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorState, StateEffect } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Diagnostic, JdlintConfig, Profile } from '@jdlint/core';
import example from '../../../fixtures/postings/ml-engineer-rag-duties.md';
import workerSource from 'virtual:worker';
import type { Reply, Request, RuleInfo, ScoreView } from './protocol.js';
import { frontMatter } from './front-matter.js';
import { reportMarkdown } from './report.js';

const DRAFT_KEY = 'jdlint.draft';
const SETTINGS_KEY = 'jdlint.settings';
/** Larger files are refused with a message: a posting is a few pages, not a book. */
const MAX_FILE_BYTES = 2_000_000;
const TYPING_DELAY_MS = 250;

interface Settings {
  preset: 'recommended' | 'strict';
  off: string[];
}

interface Analysis {
  diagnostics: Diagnostic[];
  profile: Profile;
  score: ScoreView | null;
  ms: number;
}

/** What the page exposes for its browser tests and the benchmark (read-only numbers). */
interface PageProbe {
  ready: boolean;
  /** The worker has loaded the language model. */
  warm: boolean;
  analyses: number;
  timings: Array<{ roundTripMs: number; analyzeMs: number; chars: number }>;
  /** The editor's text. */
  doc(): string;
  /** The diagnostics the editor holds now, at their current ranges. */
  lint(): Array<{ from: number; to: number; severity: string; source: string; message: string }>;
}
const probe: PageProbe = { ready: false, warm: false, analyses: 0, timings: [], doc: () => view.state.doc.toString(), lint: () => currentDiagnostics() };
(globalThis as { __jdlint?: PageProbe }).__jdlint = probe;

// ---------------------------------------------------------------------------------------------
// Small DOM helpers

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else el.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}
function fill(el: HTMLElement, ...children: Child[]): void {
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the element type the caller knows the page to have
function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page element #${id} is missing`);
  return el as T;
}
/** Core's messages quote names in backticks: shown as code. */
function rich(text: string): Node {
  const out = document.createDocumentFragment();
  text.split(/(`[^`]+`)/).forEach((part) => { out.append(part.startsWith('`') && part.endsWith('`') && part.length > 2 ? h('code', {}, part.slice(1, -1)) : part); });
  return out;
}
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Settings and draft, kept in local storage

function loadSettings(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as Partial<Settings> | null;
    return { preset: raw?.preset === 'strict' ? 'strict' : 'recommended', off: Array.isArray(raw?.off) ? raw.off.filter((x): x is string => typeof x === 'string') : [] };
  } catch {
    return { preset: 'recommended', off: [] };
  }
}
let settings = loadSettings();
function saveSettings(): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the settings still apply to this visit.
  }
}
function configOf(s: Settings): JdlintConfig {
  const config: JdlintConfig = { extends: s.preset === 'strict' ? 'jdlint:strict' : 'jdlint:recommended' };
  if (s.off.length) config.rules = Object.fromEntries(s.off.map((id) => [id, 'off' as const]));
  return config;
}
let draftSaveTimer = 0;
function saveDraft(text: string): void {
  clearTimeout(draftSaveTimer);
  draftSaveTimer = window.setTimeout(() => {
    try {
      if (text) localStorage.setItem(DRAFT_KEY, text);
      else localStorage.removeItem(DRAFT_KEY);
      byId('draft-state').textContent = text ? 'Draft saved in this browser' : '';
    } catch {
      byId('draft-state').textContent = 'This draft is too large to keep in the browser: it will not survive a reload';
    }
  }, 200);
}

// ---------------------------------------------------------------------------------------------
// The worker

const worker = new Worker(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));
let nextId = 1;
const pending = new Map<number, (reply: Reply) => void>();
let rulesInfo: RuleInfo[] = [];
let roleNames: Record<string, string> = {};
let replacingRules = new Set<string>();
let workerReady!: () => void;
const ready = new Promise<void>((resolve) => (workerReady = resolve));

worker.addEventListener('message', (event: MessageEvent<Reply>) => {
  const reply = event.data;
  if (reply.type === 'ready') {
    rulesInfo = reply.rules;
    roleNames = reply.roleNames;
    replacingRules = new Set(reply.rules.filter((r) => r.replacements).map((r) => r.id));
    renderRuleToggles();
    probe.ready = true;
    workerReady();
    return;
  }
  if (reply.type === 'warm') {
    probe.warm = true;
    return;
  }
  pending.get(reply.id)?.(reply);
  pending.delete(reply.id);
});
worker.addEventListener('error', (event) => { showError(`The analyzer stopped: ${event.message || 'unknown error'}. Reload the page to start it again.`); });

function ask(request: Omit<Request, 'id'>): Promise<Reply> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...request, id });
  });
}

// ---------------------------------------------------------------------------------------------
// Findings as CodeMirror diagnostics

const SEVERITY_LABEL: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };
function ruleName(id: string): string {
  return id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** The hover card: what was found, why it matters (with its source), what to write instead, the docs link. */
function renderFinding(d: Diagnostic): HTMLElement {
  // The phrases, unless the message already quotes every one of them.
  const phrases = phrasesOf(d).some((p) => !d.reason.includes(p)) ? phrasesOf(d) : [];
  const why = d.note ? splitSource(d.note) : null;
  return h(
    'div',
    { class: 'finding-card' },
    h('div', { class: `finding-head sev-${d.severity}` }, h('span', { class: 'sev-pill' }, SEVERITY_LABEL[d.severity] ?? d.severity), h('span', { class: 'rule-name' }, ruleName(d.ruleId))),
    h('p', { class: 'finding-reason' }, rich(d.reason)),
    phrases.length ? h('p', { class: 'finding-found' }, h('strong', {}, 'Found: '), ...phrases.flatMap((p, i) => [i ? ', ' : '', h('span', { class: 'phrase' }, `“${p}”`)])) : null,
    why ? h('p', { class: 'finding-why' }, h('strong', {}, 'Why it matters: '), why.text) : null,
    why?.source ? h('p', { class: 'finding-source' }, h('strong', {}, 'Source: '), why.source) : null,
    d.expected?.length ? h('p', { class: 'finding-instead' }, h('strong', {}, 'Write instead: '), ...d.expected.flatMap((e, i) => [i ? ' · ' : '', h('span', { class: 'phrase' }, `“${e}”`)])) : null,
    h('p', { class: 'finding-docs' }, h('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, `About ${d.ruleId}`), h('span', { class: 'muted' }, ' (opens the rule’s documentation)')),
  );
}

/** The evidence phrases a finding names: its `actual`, or the phrases in its data. */
function phrasesOf(d: Diagnostic): string[] {
  const data = d.data as { phrases?: Array<{ text?: unknown }> } | undefined;
  const fromData = Array.isArray(data?.phrases) ? data.phrases.map((p) => p.text).filter((t): t is string => typeof t === 'string') : [];
  if (fromData.length) return fromData;
  return d.actual ? [d.actual] : [];
}

/** A note ends with "(source: …)": shown as its own line. */
function splitSource(note: string): { text: string; source: string | null } {
  const match = /\s*\(source: ([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(note);
  return match ? { text: note.slice(0, match.index), source: match[1] ?? null } : { text: note, source: null };
}

function quote(s: string): string {
  return s === '' ? 'nothing' : `“${s}”`;
}

/** Quick fixes: the rule's fix first, then each drop-in replacement (as the language server offers them). */
function actionsOf(d: Diagnostic, text: string): Action[] {
  const actions: Action[] = [];
  if (d.fix) {
    const [from, to] = d.fix.range;
    const current = text.slice(from, to);
    const replacement = d.fix.text;
    const name = replacement === '' ? `Remove ${quote(current)}` : from === to ? `Insert ${quote(replacement)}` : `Change to ${quote(replacement)}`;
    actions.push({ name, apply: (view, f, t) => { replaceRange(view, from + (f - d.place.start.offset), to + (t - d.place.end.offset), replacement); } });
  }
  const from = d.place.start.offset;
  const to = d.place.end.offset;
  const current = text.slice(from, to);
  if (replacingRules.has(d.ruleId) && d.actual !== undefined && d.actual === current) {
    for (const replacement of d.expected ?? []) {
      if (replacement === current || actions.some((a) => a.name.includes(quote(replacement)))) continue;
      actions.push({ name: `Change to ${quote(replacement)}`, apply: (view, f, t) => { replaceRange(view, f, t, replacement); } });
    }
  }
  return actions;
}

function replaceRange(view: EditorView, from: number, to: number, text: string): void {
  view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length }, userEvent: 'input.fix' });
  announce(`Changed to ${quote(text)}.`);
  view.focus();
}

function toCodeMirror(d: Diagnostic, text: string): CmDiagnostic {
  const severity = d.severity === 'info' ? 'info' : d.severity;
  return {
    from: d.place.start.offset,
    to: d.place.end.offset,
    severity,
    source: d.ruleId,
    message: d.reason,
    markClass: `jd-mark jd-${d.ruleId}`,
    renderMessage: () => renderFinding(d),
    actions: actionsOf(d, text),
  };
}

// ---------------------------------------------------------------------------------------------
// The editor

const refresh = StateEffect.define();
let latest: Analysis | null = null;
let latestText = '';
let forceNext = false;

async function lintSource(view: EditorView): Promise<readonly CmDiagnostic[]> {
  await ready;
  const text = view.state.doc.toString();
  if (text.trim() === '') {
    latest = null;
    latestText = text;
    renderAnalysis(null, text);
    return [];
  }
  document.body.dataset.state = 'analyzing';
  const sent = performance.now();
  const reply = await ask({ type: 'analyze', text, config: configOf(settings) });
  if (reply.type === 'failed') {
    showError(`This draft could not be analyzed: ${reply.message}`, 'analysis');
    document.body.dataset.state = 'idle';
    return [];
  }
  if (reply.type !== 'analysis') return [];
  probe.timings.push({ roundTripMs: performance.now() - sent, analyzeMs: reply.ms, chars: text.length });
  if (view.state.doc.toString() !== text) return []; // a newer lint is on its way
  if (byId('error').dataset.kind === 'analysis') clearError();
  latest = { diagnostics: reply.diagnostics, profile: reply.profile, score: reply.score, ms: reply.ms };
  latestText = text;
  renderAnalysis(latest, text);
  probe.analyses++;
  document.body.dataset.state = 'idle';
  return reply.diagnostics.map((d) => toCodeMirror(d, text));
}

const highlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.35em', fontWeight: '700' },
  { tag: tags.heading2, fontSize: '1.18em', fontWeight: '700' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: '#5b6472' },
  { tag: tags.link, color: '#3b3fb6', textDecoration: 'underline' },
  { tag: tags.url, color: '#3b3fb6' },
  { tag: tags.monospace, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.92em' },
]);

const initialDraft = (() => {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
})();

const view = new EditorView({
  parent: byId('editor'),
  state: EditorState.create({
    doc: initialDraft,
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, { key: 'Shift-F8', run: previousDiagnostic }]),
      markdown({ extensions: [frontMatter] }),
      syntaxHighlighting(highlight),
      EditorView.lineWrapping,
      EditorView.theme({
        '.cm-tooltip.cm-tooltip-hover, .cm-tooltip.cm-tooltip-lint': { backgroundColor: '#fff', border: '1px solid #e3e6ec', borderRadius: '10px', boxShadow: '0 12px 32px rgba(20, 24, 40, 0.16)' },
        '.cm-tooltip-lint': { maxWidth: 'min(480px, 92vw)', padding: '0' },
        '.cm-tooltip-lint .cm-diagnostic': { padding: '10px 14px', borderLeft: '0' },
        // The card's text scrolls, so its quick-fix buttons stay in view on a small screen.
        '.cm-tooltip-lint .cm-diagnosticText': { display: 'block', maxHeight: 'min(440px, 55vh)', overflowY: 'auto' },
        '.cm-tooltip-lint .cm-diagnostic + .cm-diagnostic': { borderTop: '1px solid #e3e6ec' },
      }),
      placeholder('Paste a job description here, type one, or drop a .md or .txt file…'),
      EditorView.contentAttributes.of({ 'aria-label': 'Job description draft', 'aria-describedby': 'editor-help', spellcheck: 'true' }),
      linter(lintSource, {
        delay: TYPING_DELAY_MS,
        needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(refresh))),
      }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        const text = update.state.doc.toString();
        saveDraft(text);
        updateWordCount(text);
        // A paste, a drop, an opened file or a fix is linted at once; typing waits for a pause.
        if (forceNext || update.transactions.some((tr) => tr.isUserEvent('input.paste') || tr.isUserEvent('input.drop') || tr.isUserEvent('input.fix'))) {
          forceNext = false;
          queueMicrotask(() => { forceLinting(view); });
        }
      }),
      EditorView.domEventHandlers({
        drop(event) {
          const file = event.dataTransfer?.files[0];
          if (!file) return false;
          event.preventDefault();
          void openFile(file);
          return true;
        },
      }),
    ],
  }),
});
updateWordCount(initialDraft);

function currentDiagnostics(): ReturnType<PageProbe['lint']> {
  const out: ReturnType<PageProbe['lint']> = [];
  forEachDiagnostic(view.state, (d, from, to) => out.push({ from, to, severity: d.severity, source: d.source ?? '', message: d.message }));
  return out;
}

function setDraft(text: string, message: string): void {
  forceNext = true;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
  announce(message);
  view.focus();
}

async function openFile(file: File): Promise<void> {
  if (!/\.(md|markdown|mdx|txt)$/i.test(file.name) && !/^text\//.test(file.type)) {
    showError(`${file.name} is not a Markdown or text file: open a .md or .txt file.`);
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    showError(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB: jdlint reads postings up to 2 MB.`);
    return;
  }
  const text = await file.text();
  if (text.includes('\u0000')) {
    showError(`${file.name} is not text: open a .md or .txt file.`);
    return;
  }
  clearError();
  setDraft(text, `Opened ${file.name}.`);
}

function updateWordCount(text: string): void {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  byId('word-count').textContent = plural(words, 'word');
}

// ---------------------------------------------------------------------------------------------
// Announcements and errors

let lastAnnouncement = '';
function announce(message: string): void {
  const live = byId('live');
  if (message === lastAnnouncement) return;
  lastAnnouncement = message;
  live.textContent = message;
}
/** One readable line above the editor; `kind` says what clears it (a later good analysis, or the next file). */
function showError(message: string, kind: 'analysis' | 'other' = 'other'): void {
  const box = byId('error');
  box.textContent = message;
  box.dataset.kind = kind;
  box.hidden = false;
}
function clearError(): void {
  const box = byId('error');
  box.hidden = true;
  delete box.dataset.kind;
}

// ---------------------------------------------------------------------------------------------
// The analysis view

function role(id: string | null | undefined): string {
  return id ? (roleNames[id] ?? id) : 'no clear role';
}

function jumpTo(offset: number, length = 0): void {
  view.dispatch({ selection: { anchor: offset, head: offset + length }, scrollIntoView: true });
  view.focus();
}

/** A phrase of the evidence, as a button that selects it in the draft. */
function phraseChip(text: string, offset: number, cls = ''): HTMLElement {
  return h('button', { type: 'button', class: `chip ${cls}`, title: 'Show in the draft', onclick: () => { jumpTo(offset, text.length); } }, text);
}

function renderVerdict(a: Analysis | null): void {
  const box = byId('verdict');
  box.replaceChildren();
  box.className = 'verdict';
  if (!a) {
    box.classList.add('verdict-empty');
    box.append(h('h2', { class: 'verdict-title' }, 'Paste a job description to check it'), h('p', {}, 'jdlint reads the title and the duties, tells you which role the duties really describe, and underlines every phrase that costs you candidates.'));
    return;
  }
  const p = a.profile;
  const errors = a.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = a.diagnostics.filter((d) => d.severity === 'warning').length;
  const suggestions = a.diagnostics.length - errors - warnings;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')}`;
  const titleRole = p.titleRoles[0];
  if (p.mismatch && titleRole) {
    box.classList.add('verdict-mismatch');
    const mlOverRag = p.titleRoles.includes('ml-engineer') && p.dutyRole === 'ai-engineer';
    const mismatch = a.diagnostics.find((d) => d.ruleId === 'title-duty-mismatch');
    const headline = mlOverRag
      ? `This is an AI Engineer job under a Machine Learning Engineer title`
      : `The title names a ${role(titleRole)}, but the duties describe a ${role(p.dutyRole)}`;
    const suggested = p.recommendation.title;
    // The why is core's own words (the finding's note), without its source line.
    const why = mismatch?.note ? splitSource(mismatch.note).text : `Candidates search and self-select by title: this one draws the wrong applicants for the work.`;
    fill(
      box,
      h('p', { class: 'verdict-kicker' }, 'Title–duty mismatch'),
      h('h2', { class: 'verdict-title', id: 'verdict-title' }, headline),
      h('p', { class: 'verdict-why' }, why),
      suggested
        ? h(
            'p',
            { class: 'verdict-action' },
            'Retitle it ',
            h('strong', {}, `“${suggested}”`),
            mismatch && mismatch.actual !== undefined
              ? h('button', { type: 'button', class: 'btn btn-primary', id: 'use-title', onclick: () => { replaceRange(view, mismatch.place.start.offset, mismatch.place.end.offset, suggested); } }, 'Use this title')
              : null,
          )
        : null,
      h('p', { class: 'verdict-counts' }, counts),
    );
    return;
  }
  box.classList.add(errors ? 'verdict-errors' : 'verdict-ok');
  const agree = p.confidence !== 'none' && p.title ? `The title and the duties agree: ${role(p.dutyRole)}.` : p.title ? 'The duties say too little to tell which role this is.' : 'The posting has no title line.';
  box.append(h('p', { class: 'verdict-kicker' }, 'Role check'), h('h2', { class: 'verdict-title', id: 'verdict-title' }, agree), h('p', { class: 'verdict-counts' }, counts));
}

function renderRoles(a: Analysis): HTMLElement {
  const p = a.profile;
  const shares = Object.entries(p.scores)
    .filter(([, share]) => share > 0)
    .sort((x, y) => y[1] - x[1]);
  const titleRoles = p.titleRoles.filter((r) => r !== 'other');
  const chart = h('ul', { class: 'chart', 'aria-label': 'Share of the duties’ evidence per role' });
  for (const [id, share] of shares) {
    const pct = Math.round(share * 100);
    const cls = id === p.dutyRole ? 'bar-duty' : titleRoles.includes(id as never) ? 'bar-title' : '';
    chart.append(
      h(
        'li',
        { class: `chart-row ${cls}`, 'data-role': id },
        h('span', { class: 'chart-label' }, role(id)),
        h('span', { class: 'chart-track', 'aria-hidden': 'true' }, h('span', { class: 'chart-bar', style: `width:${Math.max(pct, 1)}%` })),
        h('span', { class: 'chart-value' }, `${pct}%`),
      ),
    );
  }
  const byRole = new Map<string, Profile['evidence']>();
  for (const e of p.evidence) if (!e.negated) byRole.set(e.role, [...(byRole.get(e.role) ?? []), e]);
  const evidence = h('div', { class: 'evidence' });
  for (const [id] of shares.slice(0, 3)) {
    const items = (byRole.get(id) ?? []).slice(0, 8);
    if (!items.length) continue;
    evidence.append(h('p', { class: 'evidence-role' }, `${role(id)}:`), h('div', { class: 'chips' }, ...items.map((e) => phraseChip(e.text, e.offset))));
  }
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'roles-h' },
    h('h3', { id: 'roles-h' }, 'What the role really is'),
    h(
      'dl',
      { class: 'role-pair' },
      h('div', {}, h('dt', {}, 'The title says'), h('dd', { class: 'role-title', id: 'title-role' }, titleRoles.length ? titleRoles.map(role).join(' + ') : p.title ? 'no specific role' : 'no title')),
      h('div', {}, h('dt', {}, 'The duties describe'), h('dd', { class: `role-duty ${p.mismatch ? 'is-mismatch' : ''}`, id: 'duty-role' }, p.confidence === 'none' ? 'too little to tell' : role(p.dutyRole))),
    ),
    shares.length ? chart : h('p', { class: 'muted' }, 'No role evidence yet: add the duties.'),
    shares.length
      ? h('p', { class: 'chart-legend', 'aria-hidden': 'true' }, h('span', { style: '--c: #4338ca' }, 'the duties’ role'), titleRoles.some((r) => r !== p.dutyRole) ? h('span', { style: '--c: #d97706' }, 'the title’s role') : null)
      : null,
    shares.length ? h('p', { class: 'muted small' }, `Confidence: ${p.confidence}. Bars show each role’s share of the evidence in the duties and requirements.`) : null,
    evidence.childElementCount ? h('h4', {}, 'Evidence') : null,
    evidence,
  );
}

function renderQuestions(a: Analysis): HTMLElement {
  const list = h('ol', { class: 'questions' });
  for (const q of a.profile.questions) {
    list.append(
      h(
        'li',
        { class: `question answer-${q.answer}`, 'data-question': q.id },
        h('p', { class: 'q' }, q.question),
        h('p', { class: 'a' }, q.text),
        q.evidence.length ? h('div', { class: 'chips' }, ...q.evidence.map((e) => phraseChip(e.text, e.offset))) : null,
      ),
    );
  }
  return h('section', { class: 'card', 'aria-labelledby': 'questions-h' }, h('h3', { id: 'questions-h' }, 'The three hiring questions'), list);
}

function renderHire(a: Analysis): HTMLElement {
  const r = a.profile.recommendation;
  return h(
    'section',
    { class: 'card card-hire', 'aria-labelledby': 'hire-h' },
    h('h3', { id: 'hire-h' }, 'Whom to hire'),
    r.title ? h('p', { class: 'hire-title' }, 'Suggested title: ', h('strong', { id: 'suggested-title' }, r.title)) : null,
    r.split.length ? h('p', {}, 'Split into: ', r.split.map(role).join(', ')) : null,
    h('p', { class: 'hire-text' }, r.text),
  );
}

function renderScore(score: ScoreView): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'score-h' },
    h('h3', { id: 'score-h' }, 'Posting score ', h('span', { class: 'score-total' }, `${Math.round(score.total)}/100`)),
    h(
      'ul',
      { class: 'score-list' },
      ...score.categories.map((c) =>
        h(
          'li',
          {},
          h('span', { class: 'score-name' }, c.name),
          h('span', { class: 'score-value' }, String(Math.round(c.score))),
          c.deductions.length ? h('ul', { class: 'deductions' }, ...c.deductions.map((d) => h('li', {}, `−${d.points} ${d.reason}`))) : null,
        ),
      ),
    ),
  );
}

function renderFindings(a: Analysis): HTMLElement {
  const list = h('ul', { class: 'findings' });
  for (const d of a.diagnostics) {
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: `finding sev-${d.severity}`, onclick: () => { jumpTo(d.place.start.offset, d.place.end.offset - d.place.start.offset); }, 'data-rule': d.ruleId },
          h('span', { class: 'sev-pill' }, SEVERITY_LABEL[d.severity] ?? d.severity),
          h('span', { class: 'finding-text' }, rich(d.reason)),
          h('span', { class: 'finding-loc' }, `line ${d.place.start.line}`),
        ),
      ),
    );
  }
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'findings-h' },
    h('h3', { id: 'findings-h' }, `Findings (${a.diagnostics.length})`),
    a.diagnostics.length ? list : h('p', { class: 'muted' }, 'Nothing to fix under these settings.'),
    a.diagnostics.length ? h('p', { class: 'muted small' }, 'Hover an underline, or put the cursor on it and press Ctrl+Shift+M, for the details and quick fixes. F8 moves to the next finding.') : null,
  );
}

function renderAnalysis(a: Analysis | null, text: string): void {
  renderVerdict(a);
  const side = byId('analysis');
  side.replaceChildren();
  byId('status').textContent = a ? `Analyzed in ${Math.max(1, Math.round(a.ms))} ms, in this browser` : '';
  for (const id of ['export', 'copy-fixed']) byId<HTMLButtonElement>(id).disabled = !a;
  if (!a) {
    side.append(
      h(
        'section',
        { class: 'card card-intro', 'aria-labelledby': 'intro-h' },
        h('h3', { id: 'intro-h' }, 'What you will see here'),
        h(
          'ul',
          { class: 'intro-list' },
          h('li', {}, h('strong', {}, 'Whom to hire'), ' — the role the duties describe, and a title that names it.'),
          h('li', {}, h('strong', {}, 'What the role really is'), ' — the title’s role against the duties’, with each role’s share and the phrases that show it.'),
          h('li', {}, h('strong', {}, 'The three hiring questions'), ' — a model or a product? training or retrieval data? speed or precision?'),
          h('li', {}, h('strong', {}, 'Every finding'), ' — underlined in your draft, with why it matters, its source, and a fix.'),
        ),
        h('p', { class: 'muted small' }, 'Your draft stays on this device: the analyzer and its language model run inside this page, and the page is not allowed to connect anywhere.'),
      ),
    );
    announce(text.trim() ? '' : 'The draft is empty.');
    return;
  }
  side.append(renderHire(a), renderRoles(a), renderQuestions(a));
  if (a.score) side.append(renderScore(a.score));
  side.append(renderFindings(a));
  const p = a.profile;
  const head = p.mismatch ? `Title–duty mismatch: the title says ${role(p.titleRoles[0])}, the duties describe ${role(p.dutyRole)}. ` : '';
  announce(`${head}${plural(a.diagnostics.length, 'finding')}.`);
}

// ---------------------------------------------------------------------------------------------
// Toolbar: open, example, clear, preset, rules, export, copy fixed text

function renderRuleToggles(): void {
  const box = byId('rule-list');
  box.replaceChildren(
    ...rulesInfo.map((r) => {
      const input = h('input', { type: 'checkbox', id: `rule-${r.id}`, 'data-rule': r.id });
      input.checked = !settings.off.includes(r.id);
      input.addEventListener('change', () => {
        settings = { ...settings, off: input.checked ? settings.off.filter((id) => id !== r.id) : [...settings.off, r.id] };
        saveSettings();
        relint();
      });
      return h('li', {}, input, h('label', { for: `rule-${r.id}` }, h('span', { class: 'rule-id' }, r.id), h('span', { class: 'rule-desc' }, r.description)));
    }),
  );
  updateRuleSummary();
}
function updateRuleSummary(): void {
  byId('rules-summary').textContent = `Rules ${rulesInfo.length - settings.off.length}/${rulesInfo.length}`;
  byId('rules-summary').setAttribute('aria-label', `Rules: ${rulesInfo.length - settings.off.length} of ${rulesInfo.length} on`);
}
function relint(): void {
  updateRuleSummary();
  forceNext = false;
  view.dispatch({ effects: refresh.of(null) });
  queueMicrotask(() => { forceLinting(view); });
}

const presetSelect = byId<HTMLSelectElement>('preset');
presetSelect.value = settings.preset;
presetSelect.addEventListener('change', () => {
  settings = { ...settings, preset: presetSelect.value === 'strict' ? 'strict' : 'recommended' };
  saveSettings();
  announce(`Preset: ${settings.preset}.`);
  relint();
});

const fileInput = byId<HTMLInputElement>('file');
byId('open').addEventListener('click', () => { fileInput.click(); });
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = '';
});
byId('example').addEventListener('click', () => {
  clearError();
  setDraft(example, 'Loaded the example posting.');
});
byId('clear').addEventListener('click', () => {
  if (view.state.doc.length && !window.confirm('Clear the draft? It is kept only in this browser.')) return;
  clearError();
  setDraft('', 'Cleared the draft.');
});

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 1000);
}
byId('export').addEventListener('click', () => {
  if (!latest) return;
  const title = latest.profile.title ?? 'posting';
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'posting';
  download(`jdlint-report-${slug}.md`, reportMarkdown({ ...latest, text: latestText, roleNames, preset: settings.preset, off: settings.off }));
  announce('Report downloaded.');
});

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback for pages without the Clipboard API
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- an event listener: nothing waits for it
byId('copy-fixed').addEventListener('click', async () => {
  const reply = await ask({ type: 'fixed', text: view.state.doc.toString(), config: configOf(settings) });
  if (reply.type !== 'fixed') {
    if (reply.type === 'failed') showError(`Could not apply the fixes: ${reply.message}`);
    return;
  }
  const ok = await copy(reply.output);
  const what = reply.applied ? `Copied the text with ${plural(reply.applied, 'fix')} applied.` : 'Copied the text (no finding has an automatic fix).';
  byId('status').textContent = ok ? what : 'The browser refused to copy: select the text and copy it yourself.';
  announce(ok ? what : 'Copy failed.');
});

// Dropping a file anywhere on the page opens it.
document.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  e.preventDefault();
  void openFile(file);
});

renderAnalysis(null, initialDraft);
