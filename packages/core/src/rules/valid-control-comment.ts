import { CONTROL_RULE_ID, controlProblems } from '../posting/index.js';
import { defineRule } from './rule.js';

/** Long comments are quoted by their start: the finding's range shows the whole of it. */
const MAX_QUOTE = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, MAX_QUOTE - 5).trimEnd()} … -->`;
}

export default defineRule({
  id: CONTROL_RULE_ID,
  meta: {
    description: 'Inline `<!-- jdlint-… -->` comments name a known directive and known rule ids.',
    defaultSeverity: 'info',
    messages: {
      directive: 'Unexpected unknown directive `{name}` in `{comment}`, expected `jdlint-disable`, `jdlint-enable`, `jdlint-disable-line` or `jdlint-disable-next-line`',
      rule: 'Unexpected unknown rule `{name}` in `{comment}`, expected a rule id from `jdlint rules`',
    },
    defaultOptions: {},
  },
  examples: [
    {
      name: 'known directives and rule ids, with a justification',
      input: '<!-- jdlint-disable title-duty-mismatch -- the team really does both -->\n\n# AI/ML Engineer\n\n<!-- jdlint-disable-next-line no-cliche -->\nWe move fast.\n',
      output: [],
    },
    {
      name: 'a misspelt rule id',
      input: '# AI Engineer\n\n<!-- jdlint-disable no-cliches -->\nWe move fast.\n',
      output: ['3:1-3:35: Unexpected unknown rule `no-cliches` in `<!-- jdlint-disable no-cliches -->`, expected a rule id from `jdlint rules`'],
    },
    {
      name: 'a misspelt directive',
      input: '# AI Engineer\n\nWe move fast. <!-- jdlint-disable-lines no-cliche -->\n',
      output: [
        '3:15-3:54: Unexpected unknown directive `jdlint-disable-lines` in `<!-- jdlint-disable-lines no-cliche -->`, expected `jdlint-disable`, `jdlint-enable`, `jdlint-disable-line` or `jdlint-disable-next-line`',
      ],
    },
  ],
  check(context, report) {
    for (const problem of controlProblems(context.controlComments, context.ruleIds)) {
      const { comment } = problem;
      report({
        messageId: problem.kind,
        data: { name: problem.name, comment: quote(context.posting.source.slice(comment.start, comment.end)) },
        start: comment.start,
        end: comment.end,
        expected: problem.suggestion ? [problem.suggestion] : problem.kind === 'directive' ? ['jdlint-disable', 'jdlint-enable', 'jdlint-disable-line', 'jdlint-disable-next-line'] : ['a rule id listed by `jdlint rules`'],
        note:
          'A control comment that jdlint cannot read turns nothing off, so the findings it was meant to silence are ' +
          'still reported, or a later `jdlint-enable` has nothing to undo; a typo is otherwise easy to miss. ESLint reports ' +
          'problems with its own directive comments the same way. (source: ESLint documentation, "Configure Rules: Disabling ' +
          'Rules" and the `--report-unused-disable-directives` option, https://eslint.org/docs/latest/use/configure/rules)',
      });
    }
  },
});
