/**
 * remark-jdlint: reports jdlint's diagnostics as vfile messages. It hands the tree remark already
 * parsed to @jdlint/core, so nothing is parsed twice; every word of every message comes from core.
 */
import { analyze, resolveRules, rules, type AnalysisCache, type Fix, type JdlintConfig } from '@jdlint/core';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export interface Options {
  /** Rule settings, as in `.jdlintrc.json`: `{ extends, rules }`. */
  config?: JdlintConfig;
  /** Judge dates as of this day (technology age, pay-law dates). */
  date?: Date;
  /**
   * The document's analysis cache (`createAnalysisCache` from @jdlint/core), for a processor that
   * lints one document again and again (an editor): unchanged prose blocks are not tokenized again.
   */
  cache?: AnalysisCache;
}

/** A vfile message from jdlint: vfile-message's fields, plus the edit of a fixable finding. */
export type JdlintMessage = VFile['messages'][number] & {
  /** Present on fixable findings: replace `range[0]..range[1]` (source offsets) with `text`. */
  fix?: Fix;
};

/** Where the front-matter advice lives (the message's `url`). */
const FRONT_MATTER_HELP = 'https://github.com/jdlint/jdlint/blob/main/docs/editors.md#remark-cli';

export default function remarkJdlint(options: Options = {}) {
  // Check the config when the processor is built, as unified plugins do with bad options: a
  // ConfigError names the rule or setting at fault before any file is read.
  resolveRules(rules, options.config);
  return function transformer(tree: Root, file: VFile): void {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a VFile made without contents has no value
    const source = String(file.value ?? '');
    const { diagnostics, posting } = analyze(tree, {
      source,
      ...(options.config ? { config: options.config } : {}),
      ...(options.date ? { date: options.date } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    });
    if (posting.frontMatter !== null && !tree.children.some((n) => n.type === 'yaml')) {
      // Without remark-frontmatter remark read the front matter as Markdown; core read it from the
      // source itself, so the findings stand. Say once how to set the pipeline up.
      const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } };
      const message = file.message('Unexpected front matter in a pipeline without `remark-frontmatter` (jdlint read it from the source), expected `remark-frontmatter` with `yaml` among the plugins', { place, source: 'jdlint' });
      message.url = FRONT_MATTER_HELP;
      message.fatal = undefined;
    }
    for (const d of diagnostics) {
      const message: JdlintMessage = file.message(d.reason, { place: d.place, ruleId: d.ruleId, source: d.source });
      message.url = d.url;
      if (d.actual !== undefined) message.actual = d.actual;
      if (d.expected !== undefined) message.expected = d.expected;
      if (d.note !== undefined) message.note = d.note;
      if (d.fix !== undefined) message.fix = d.fix;
      message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
    }
  };
}
