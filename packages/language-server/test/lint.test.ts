import { rules } from '@jdlint/core';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { JdlintMessage } from 'remark-jdlint';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, hover, lintText, toFinding } from '../src/lint.js';

// Fixable findings as remark-jdlint hands them over (`fix` in source offsets). No rule in this
// package's core makes them from text yet, so they are built here with vfile's own API.
const text = '# AI Engineer\n\nWe use 🚀 Javascript and Pytorch daily.\n';
const document = TextDocument.create('file:///jobs/ai.md', 'markdown', 3, text);

function spelling(actual: string, expected: string): JdlintMessage {
  const start = text.indexOf(actual);
  const file = new VFile({ value: text });
  const at = (offset: number) => ({ line: 3, column: offset - text.indexOf('We') + 1, offset });
  const message: JdlintMessage = file.message(`Unexpected \`${actual}\`, expected \`${expected}\``, {
    place: { start: at(start), end: at(start + actual.length) },
    ruleId: 'tech-term-spelling',
    source: 'jdlint',
  });
  message.fatal = false;
  message.actual = actual;
  message.expected = [expected];
  message.fix = { range: [start, start + actual.length], text: expected };
  return message;
}

const javascript = toFinding(document, spelling('Javascript', 'JavaScript'));
const pytorch = toFinding(document, spelling('Pytorch', 'PyTorch'));

describe('quick fixes from fixes and suggestions', () => {
  it('maps a finding to an LSP diagnostic in UTF-16 characters (the emoji counts two)', () => {
    expect(javascript.diagnostic).toEqual({
      range: { start: { line: 2, character: 10 }, end: { line: 2, character: 20 } },
      severity: 2,
      source: 'jdlint',
      code: 'tech-term-spelling',
      message: 'Unexpected `Javascript`, expected `JavaScript`',
    });
  });

  it('offers the fix as the preferred quick fix, once (its suggestion is the same edit)', () => {
    const actions = codeActions(document, [javascript, pytorch], javascript.range, ['quickfix']);
    expect(actions).toEqual([
      {
        title: 'Replace `Javascript` with `JavaScript` (tech-term-spelling)',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [javascript.diagnostic],
        edit: { changes: { 'file:///jobs/ai.md': [{ range: javascript.range, newText: 'JavaScript' }] } },
      },
    ]);
  });

  it('applies every fix with source.fixAll.jdlint, and offers it beside the quick fixes', () => {
    const onSave = codeActions(document, [pytorch, javascript], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(onSave).toEqual([
      {
        title: 'Fix all jdlint problems that have a fix',
        kind: FIX_ALL_KIND,
        edit: {
          changes: {
            'file:///jobs/ai.md': [
              { range: javascript.range, newText: 'JavaScript' },
              { range: pytorch.range, newText: 'PyTorch' },
            ],
          },
        },
      },
    ]);
    const lightbulb = codeActions(document, [javascript, pytorch], pytorch.range);
    expect(lightbulb.map((a) => [a.kind, a.title])).toEqual([
      ['quickfix', 'Replace `Pytorch` with `PyTorch` (tech-term-spelling)'],
      [FIX_ALL_KIND, 'Fix all jdlint problems that have a fix'],
    ]);
    expect(codeActions(document, [javascript], javascript.range).map((a) => a.kind)).toEqual(['quickfix']);
  });

  it('leaves out overlapping fixes from fix-all (the next lint finds them again)', () => {
    const wide = spelling('Javascript and', 'JavaScript and');
    const actions = codeActions(document, [javascript, toFinding(document, wide)], javascript.range, ['source.fixAll.jdlint']);
    expect(actions[0]?.edit?.changes?.['file:///jobs/ai.md']).toHaveLength(1);
  });

  it('offers no suggestion once the text under the finding has changed', () => {
    const edited = TextDocument.create(document.uri, 'markdown', 4, text.replace('Javascript', 'Javascrip'));
    const stale = { ...toFinding(edited, spelling('Javascript', 'JavaScript')) };
    delete stale.message.fix;
    expect(codeActions(edited, [stale], stale.range, ['quickfix'])).toEqual([]);
  });

  it('explains a finding in plain text for clients without Markdown hovers', () => {
    const message = spelling('Javascript', 'JavaScript');
    message.note = 'The product is spelled JavaScript. (source: ECMA-262)';
    message.url = 'https://github.com/jdlint/jdlint/blob/main/docs/rules/tech-term-spelling.md';
    const result = hover([toFinding(document, message)], { line: 2, character: 12 }, false);
    expect(result).toEqual({
      contents: {
        kind: 'plaintext',
        value: [
          'jdlint warning (tech-term-spelling): Unexpected `Javascript`, expected `JavaScript`',
          'Expected: JavaScript',
          'Why: The product is spelled JavaScript. (source: ECMA-262)',
          'Docs: https://github.com/jdlint/jdlint/blob/main/docs/rules/tech-term-spelling.md',
        ].join('\n'),
      },
      range: javascript.range,
    });
  });
});

describe('lintText', () => {
  it('runs the remark-jdlint pipeline with front matter and the given config', () => {
    const posting = '---\ntitle: Machine Learning Engineer\n---\n\n## What you will do\n\n- Build RAG pipelines with LangChain\n- Write prompts and run LLM evaluation\n- Wire agents to a vector database\n';
    // Only the title rule: the posting is deliberately short (no pay, no requirements).
    const others = Object.fromEntries(rules.filter((r) => r.id !== 'title-duty-mismatch').map((r) => [r.id, 'off' as const]));
    expect(lintText(posting, { rules: others }).map((m) => [m.ruleId, m.fatal, m.place])).toEqual([
      ['title-duty-mismatch', true, { start: { line: 2, column: 8, offset: 11 }, end: { line: 2, column: 33, offset: 36 } }],
    ]);
    expect(lintText(posting, { rules: { ...others, 'title-duty-mismatch': 'info' } }).map((m) => m.fatal)).toEqual([undefined]);
  });
});
