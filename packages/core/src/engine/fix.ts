/**
 * Applies the fixes carried by diagnostics (`Diagnostic.fix`, source offsets) to the source they
 * were found in. Pure: front ends decide whether to write the result anywhere.
 */
import type { Diagnostic } from '../shared/index.js';

export interface FixResult {
  /** The source with every applied fix. Equal to the input when none applied. */
  output: string;
  /** The diagnostics whose fixes were applied, in source order. */
  applied: Diagnostic[];
}

/**
 * Applies non-overlapping fixes, last to first so earlier offsets stay valid. When two fixes
 * overlap or touch, the first in source order wins and the other waits for the next pass: re-lint
 * the output and call again until nothing applies (ESLint's rule, so no fix edits another's text).
 * Fixes whose range lies outside the source are ignored.
 */
export function applyFixes(source: string, diagnostics: readonly Diagnostic[]): FixResult {
  const candidates = diagnostics
    .filter((d): d is Diagnostic & { fix: NonNullable<Diagnostic['fix']> } => {
      const f = d.fix;
      return f !== undefined && Number.isInteger(f.range[0]) && Number.isInteger(f.range[1]) && f.range[0] >= 0 && f.range[0] <= f.range[1] && f.range[1] <= source.length;
    })
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const applied: Diagnostic[] = [];
  let lastEnd = -1;
  for (const d of candidates) {
    const [start, end] = d.fix.range;
    if (start <= lastEnd) continue;
    // A fix that changes nothing is not a fix: applying it would loop the re-lint forever.
    if (source.slice(start, end) === d.fix.text) continue;
    applied.push(d);
    lastEnd = end;
  }
  let output = source;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range, text } = (applied[i] as Diagnostic & { fix: NonNullable<Diagnostic['fix']> }).fix;
    output = output.slice(0, range[0]) + text + output.slice(range[1]);
  }
  return { output, applied };
}
