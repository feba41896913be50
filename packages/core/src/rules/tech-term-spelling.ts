import { PhraseMatcher, type SharedPhraseMatcher, type TechSpellingEntry, techSpellings } from '../lexicon/index.js';
import { noteWithSource } from './citations.js';
import { defineRule, type ReportInput } from './rule.js';

let matcher: SharedPhraseMatcher<TechSpellingEntry> | null = null;

/** Characters that glue a name into an identifier or package ("tensorflow_hub", "langchain-community"). */
const GLUE = /[-_.@:\\]/;
const WORDISH = /[\p{L}\p{N}]/u;
/** A slash glues a path ("pytorch/vision") but separates names in prose ("Tensorflow/Pytorch"). */
const PATH_PART = /[\p{Ll}\p{N}]/u;

/** True when the match is written exactly as a wrong form and is not part of a longer identifier. */
function standsAlone(entry: TechSpellingEntry, text: string, start: number, end: number): boolean {
  if (!entry.wrong.includes(text.slice(start, end))) return false;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (WORDISH.test(before) || WORDISH.test(after)) return false;
  if (GLUE.test(before) && WORDISH.test(text[start - 2] ?? '')) return false;
  if (GLUE.test(after) && WORDISH.test(text[end + 1] ?? '')) return false;
  if (before === '/' && PATH_PART.test(text[start - 2] ?? '')) return false;
  if (after === '/' && PATH_PART.test(text[end + 1] ?? '')) return false;
  return true;
}

export default defineRule({
  id: 'tech-term-spelling',
  meta: {
    description: 'Technology names spelt differently from how their projects write them: Javascript, Pytorch, Tensorflow, Langchain.',
    defaultSeverity: 'warning',
    replacements: true,
    messages: {
      spelling: 'Unexpected `{actual}`, expected `{correct}`',
    },
    defaultOptions: { allow: [] as string[] },
    optionDocs: {
      allow: 'Entry ids or spellings (from `packages/core/data/tech-spellings.yml`) to accept.',
    },
    fixable: true,
  },
  examples: [
    {
      name: 'names as their projects write them',
      input: '# ML Engineer\n\n- Train models in PyTorch and TensorFlow, serve them with FastAPI on Kubernetes\n- Build agents with LangChain and LlamaIndex on the OpenAI API\n',
      output: [],
    },
    {
      name: 'misspelt names',
      input: '---\ntitle: Pytorch Engineer\n---\n\n- Train models in Pytorch and Tensorflow\n- Build agents with Langchain, Llama Index and Open AI\n- Store embeddings in Postgresql; ship the UI in Javascript on NodeJS\n',
      output: [
        '2:8-2:15: Unexpected `Pytorch`, expected `PyTorch`',
        '5:19-5:26: Unexpected `Pytorch`, expected `PyTorch`',
        '5:31-5:41: Unexpected `Tensorflow`, expected `TensorFlow`',
        '6:21-6:30: Unexpected `Langchain`, expected `LangChain`',
        '6:32-6:43: Unexpected `Llama Index`, expected `LlamaIndex`',
        '6:48-6:55: Unexpected `Open AI`, expected `OpenAI`',
        '7:23-7:33: Unexpected `Postgresql`, expected `PostgreSQL`',
        '7:50-7:60: Unexpected `Javascript`, expected `JavaScript`',
        '7:64-7:70: Unexpected `NodeJS`, expected `Node.js`',
      ],
    },
    {
      name: 'code, URLs and identifiers stay quiet',
      input: '# ML Engineer\n\n- Install `pytorch` and `langchain` from https://github.com/langchain-ai/langchain\n- Use the tensorflow_hub package\n',
      output: [],
    },
    {
      name: 'accepting a spelling',
      options: { allow: ['Github'] },
      input: '# ML Engineer\n\n- Review pull requests on Github, not github\n',
      output: [
        '3:39-3:45: Unexpected `github`, expected `GitHub`',
      ],
    },
  ],
  check(context, report, options) {
    matcher ??= PhraseMatcher.shared(techSpellings.map((e) => ({ phrases: [], caseSensitive: e.wrong, value: e })));
    const { scope } = context;
    const source = context.posting.source;
    const emit = (entry: TechSpellingEntry, actual: string, start: number, end: number) => {
      // Spellings are case-sensitive data, so `allow` is compared exactly ("Github" is not "github").
      if (options.allow.includes(entry.id) || options.allow.includes(actual)) return;
      const finding: ReportInput = {
        messageId: 'spelling',
        data: { actual, correct: entry.correct },
        start,
        end,
        actual,
        expected: [entry.correct],
        note: noteWithSource(
          `The project writes its name \`${entry.correct}\`. Candidates, recruiters and job-board searches match names as the project writes them, and a misspelt tool name reads as unfamiliarity with it`,
          entry.source,
        ),
        evidence: { entry: entry.id },
      };
      // Fix only where the source holds exactly the text that was matched (no escapes in between).
      if (source.slice(start, end) === actual) finding.fix = { start, end, text: entry.correct };
      report(finding);
    };

    const fm = scope.frontMatterTitle;
    if (fm) {
      for (const m of matcher.matchAlone(fm.units)) {
        if (!standsAlone(m.value, fm.text, m.start, m.end)) continue;
        const s = fm.toSource(m.start);
        const e = fm.toSource(m.end);
        if (s === null || e === null) continue;
        emit(m.value, fm.text.slice(m.start, m.end), s, e);
      }
    }
    const text = context.posting.text;
    for (const m of matcher.match(scope.units)) {
      let quiet = false;
      for (let i = m.first; i <= m.last; i++) quiet ||= scope.quiet[i] === true;
      if (quiet || !standsAlone(m.value, text, m.start, m.end)) continue;
      const range = context.sourceRange(m.start, m.end);
      emit(m.value, text.slice(m.start, m.end), range.start, range.end);
    }
  },
});
