/**
 * remark-jdlint: reports jdlint's diagnostics as vfile messages. It hands the tree remark already
 * parsed to @jdlint/core, so nothing is parsed twice; every word of every message comes from core.
 */
import { analyze, type JdlintConfig } from '@jdlint/core';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export interface Options {
  /** Rule settings, as in `.jdlintrc.json`. */
  config?: JdlintConfig;
  /** Judge dates as of this day (technology age, pay-law dates). */
  date?: Date;
}

export default function remarkJdlint(options: Options = {}) {
  return function transformer(tree: Root, file: VFile): void {
    const source = String(file.value ?? '');
    const { diagnostics } = analyze(tree, { source, ...(options.config ? { config: options.config } : {}), ...(options.date ? { date: options.date } : {}) });
    for (const d of diagnostics) {
      const message = file.message(d.reason, { place: d.place, ruleId: d.ruleId, source: d.source });
      message.url = d.url;
      if (d.actual !== undefined) message.actual = d.actual;
      if (d.expected !== undefined) message.expected = d.expected;
      if (d.note !== undefined) message.note = d.note;
      message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
    }
  };
}
