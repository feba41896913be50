/**
 * A finding's fingerprint: the same finding gets the same fingerprint after lines above it are
 * added, removed or moved, so baselines (`--baseline`) and code scanning (SARIF
 * `partialFingerprints`) recognise it across commits. It hashes the rule id, the file (a POSIX
 * path relative to the baseline's directory, or to the working directory for SARIF), the message
 * id and the evidence text (the finding's span, normalized: NFC, whitespace collapsed, lower
 * case), then appends the occurrence index: the nth finding with the same hash in the file, in
 * document order. No line or column goes into it.
 */
import type { Diagnostic } from '@jdlint/core';
import { crypto } from './builtins.js';
import path from 'node:path';

/** The SARIF `partialFingerprints` key; the version changes if the recipe ever does. */
export const FINGERPRINT_KEY = 'jdlintFingerprint/v1';

/** Evidence longer than this (a span over a whole section) is cut, so an edit far inside it does not change the fingerprint. */
const MAX_EVIDENCE = 200;

export function normalizeEvidence(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The text a finding points at: its span's first line in the source, else `actual`. */
export function evidence(d: Diagnostic, source: string | undefined): string {
  let text = d.actual ?? '';
  if (source !== undefined) {
    const { start, end } = d.place;
    const span = source.slice(start.offset, Math.max(start.offset, end.offset));
    if (span.trim() !== '') text = span;
  }
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return normalizeEvidence(firstLine).slice(0, MAX_EVIDENCE);
}

/** A file's path as fingerprints name it: POSIX, relative to `base`. */
export function fingerprintPath(filePath: string, cwd: string, base: string = cwd): string {
  return path.relative(base, path.resolve(cwd, filePath)).split(path.sep).join('/');
}

/** The fingerprints of a file's findings, in the order of `diagnostics`. */
export function fingerprints(file: string, diagnostics: readonly Diagnostic[], source: string | undefined): string[] {
  const hashes = diagnostics.map((d) =>
    crypto().createHash('sha256')
      .update(`${d.ruleId}\u0000${file}\u0000${d.messageId ?? ''}\u0000${evidence(d, source)}`)
      .digest('hex')
      .slice(0, 32),
  );
  // Occurrence indexes count in document order, whatever order the findings are listed in.
  const order = diagnostics.map((_, i) => i).sort((a, b) => (diagnostics[a] as Diagnostic).place.start.offset - (diagnostics[b] as Diagnostic).place.start.offset || a - b);
  const seen = new Map<string, number>();
  const out = new Array<string>(diagnostics.length);
  for (const i of order) {
    const hash = hashes[i] as string;
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    out[i] = `${hash}:${n}`;
  }
  return out;
}
