/** Diagnostics are plain data with vfile-message's field names (see docs/rules). */

export type Severity = 'error' | 'warning' | 'info';

/** A place in the source: 1-based line and column, 0-based offset (unist). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** A text edit in source offsets: replace `range[0]..range[1]` with `text` (ESLint's shape). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  source: 'jdlint';
  /** One line: what was found, then what to write instead. */
  reason: string;
  place: Position;
  severity: Severity;
  /** Documentation page, derived from `ruleId` in one place. */
  url: string;
  messageId?: string;
  /** The offending text as it stands in the source. */
  actual?: string;
  /**
   * Suggestions: what to write instead. For rules with `meta.replacements`, each is a literal
   * replacement for `actual` (editors offer them as quick fixes); for the others they are example
   * rewrites to show. `actual` is set only where the span's text is itself the problem.
   */
  expected?: string[];
  /** The longer why, ending with its source. */
  note?: string;
  /** Evidence and scores, for `--format json`. */
  data?: Record<string, unknown>;
  /** Present on fixable findings: the edit that fixes it. */
  fix?: Fix;
}

/** Maps 0-based offsets in one source string to 1-based line/column points. */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(source: string) {
    const starts = [0];
    // indexOf finds each line feed faster than a test of every character.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#starts = starts;
    this.#length = source.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.#length));
    // Binary search for the last line start <= offset.
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.#starts[lo] ?? 0) + 1, offset: clamped };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** ESLint's numeric severity: 2 error, 1 warning, 0 info. */
export function severityNumber(severity: Severity): number {
  return SEVERITY_ORDER[severity];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.place.start.offset - b.place.start.offset ||
    a.place.end.offset - b.place.end.offset ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.reason.localeCompare(b.reason)
  );
}
