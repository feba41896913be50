/**
 * From a document to LSP data: the document runs through the remark-jdlint pipeline (the same
 * parser core uses for strings), and each vfile message becomes a diagnostic, a hover and, when it
 * carries a fix or replacement suggestions, quick fixes.
 */
import { parseMarkdown, rules, type AnalysisCache, type JdlintConfig } from '@jdlint/core';
import remarkJdlint, { type JdlintMessage } from 'remark-jdlint';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import {
  CodeActionKind,
  DiagnosticSeverity,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A finding of one lint run, with its range in the document that was linted. */
export interface Finding {
  message: JdlintMessage;
  range: Range;
  diagnostic: Diagnostic;
}

/** The kind of the action that applies every fix in the document (VS Code's `codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.jdlint`;

/**
 * Core's Markdown parser as the processor's parser (remark-parse with front matter and the GFM
 * the text uses, as the CLI reads files), reusing the unchanged pieces of the document's last parse.
 */
function jdlintParser(this: Processor, cache?: AnalysisCache): void {
  this.parser = (document: string): ReturnType<typeof parseMarkdown> => parseMarkdown(document, cache?.pieces);
}

/**
 * Lints one document's text with the given config; throws a ConfigError for a bad config. With
 * the document's `cache` (one per open document), a re-lint parses and tokenizes only what changed.
 */
export function lintText(text: string, config: JdlintConfig, filePath?: string, cache?: AnalysisCache): JdlintMessage[] {
  const processor = unified()
    .use(jdlintParser, cache)
    .use(remarkJdlint, { config, ...(cache ? { cache } : {}) });
  const file = new VFile({ value: text, ...(filePath ? { path: filePath } : {}) });
  processor.runSync(processor.parse(file), file);
  return file.messages;
}

/**
 * The LSP range of a message. Core's offsets index the same JavaScript string the document holds,
 * so `positionAt` gives LSP's 0-based line and UTF-16 character directly (an emoji counts two);
 * without offsets, the 1-based line and column are shifted by one.
 */
function rangeOf(document: TextDocument, message: JdlintMessage): Range {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const at = (point: typeof start): Position =>
    point?.offset !== undefined
      ? document.positionAt(point.offset)
      : { line: Math.max(0, (point?.line ?? 1) - 1), character: Math.max(0, (point?.column ?? 1) - 1) };
  return { start: at(start), end: at(end) };
}

export function toFinding(document: TextDocument, message: JdlintMessage): Finding {
  const range = rangeOf(document, message);
  const diagnostic: Diagnostic = {
    range,
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'jdlint',
    message: message.reason,
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url) diagnostic.codeDescription = { href: message.url };
  return { message, range, diagnostic };
}

/** A diagnostic for a problem with the setup rather than the posting (a broken config). */
export function setupDiagnostic(text: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'jdlint', message: text };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function describeEdit(current: string, replacement: string, empty: boolean): string {
  if (replacement === '') return `Remove \`${current}\``;
  if (empty) return `Insert \`${replacement}\``;
  return `Replace \`${current}\` with \`${replacement}\``;
}

/** Rules whose `expected` entries are drop-in replacements for `actual` (core's `meta.replacements`). */
const REPLACING_RULES = new Set(rules.filter((r) => r.meta.replacements === true).map((r) => r.id));

/** The edits a finding offers: its fix first (the preferred one), then each replacement suggestion. */
function editsOf(document: TextDocument, finding: Finding): Array<{ title: string; edit: TextEdit; preferred: boolean }> {
  const { message } = finding;
  const text = document.getText();
  const out: Array<{ title: string; edit: TextEdit; preferred: boolean }> = [];
  if (message.fix) {
    const [start, end] = message.fix.range;
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    out.push({ title: describeEdit(text.slice(start, end), message.fix.text, start === end), edit: { range, newText: message.fix.text }, preferred: true });
  }
  // `expected` entries replace `actual`: offer them only where the range still holds that text.
  const start = document.offsetAt(finding.range.start);
  const end = document.offsetAt(finding.range.end);
  const current = text.slice(start, end);
  if (REPLACING_RULES.has(String(message.ruleId)) && message.actual !== undefined && message.actual === current) {
    for (const replacement of message.expected ?? []) {
      if (replacement === current) continue;
      if (out.some((o) => o.edit.newText === replacement && sameRange(o.edit.range, finding.range))) continue;
      out.push({ title: describeEdit(current, replacement, start === end), edit: { range: finding.range, newText: replacement }, preferred: false });
    }
  }
  return out;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * Code actions for the findings that touch `range`: each finding's quick fixes, and one action that
 * applies every fix in the document (the findings of one lint never overlap their fixes by design of
 * core's fix ranges; overlapping ones are left for a later run, as ESLint does).
 */
export function codeActions(document: TextDocument, findings: Finding[], range: Range, only?: string[]): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      if (!touches(finding.range, range)) continue;
      for (const { title, edit, preferred } of editsOf(document, finding)) {
        const action: CodeAction = {
          title: finding.message.ruleId ? `${title} (${finding.message.ruleId})` : title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [finding.diagnostic],
          edit: { changes: { [document.uri]: [edit] } },
        };
        if (preferred) action.isPreferred = true;
        actions.push(action);
      }
    }
  }
  if (only ? wants(only, FIX_ALL_KIND) : true) {
    const edits: TextEdit[] = [];
    let last = -1;
    const fixes = findings.flatMap((f) => (f.message.fix ? [f.message.fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
    for (const fix of fixes) {
      if (fix.range[0] < last) continue;
      edits.push({ range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text });
      last = fix.range[1];
    }
    // Asked for explicitly (on save), or offered beside the quick fixes once there is more than one fix.
    if (edits.length > 0 && (only !== undefined || edits.length > 1)) {
      actions.push({ title: 'Fix all jdlint problems that have a fix', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
    }
  }
  return actions;
}

function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(longest + 1);
  return fence.length > 1 || text.startsWith('`') || text.endsWith('`') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The hover over a finding: what, why (with its source), what to write instead, and the docs link. */
export function hover(findings: Finding[], position: Position, markdown: boolean): Hover | null {
  const here = findings.filter((f) => touches(f.range, { start: position, end: position }));
  if (here.length === 0) return null;
  const parts = here.map(({ message, diagnostic }) => {
    const severity = diagnostic.severity === DiagnosticSeverity.Error ? 'error' : diagnostic.severity === DiagnosticSeverity.Warning ? 'warning' : 'info';
    if (!markdown) {
      const lines = [`jdlint ${severity}${message.ruleId ? ` (${message.ruleId})` : ''}: ${message.reason}`];
      if (message.expected?.length) lines.push(`Expected: ${message.expected.join(' | ')}`);
      if (message.note) lines.push(`Why: ${message.note}`);
      if (message.url) lines.push(`Docs: ${message.url}`);
      return lines.join('\n');
    }
    const rule = message.ruleId ? (message.url ? `[${code(message.ruleId)}](${message.url})` : code(message.ruleId)) : '';
    const lines = [`**jdlint** ${severity}${rule ? ` ${rule}` : ''}`, '', message.reason];
    if (message.expected?.length) lines.push('', `**Expected:** ${message.expected.map(code).join(', ')}`);
    if (message.note) lines.push('', `**Why:** ${message.note}`);
    if (message.url) lines.push('', `[Rule documentation](${message.url})`);
    return lines.join('\n');
  });
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: (here[0] as Finding).range,
  };
}
