/** The fixed text around the table in docs/performance.md (the bench writes the whole file). */
export const DOC_HEAD = `# Performance

jdlint is meant to run on every keystroke in an editor, in pre-commit hooks and over careers-page
repositories of thousands of postings. This page is written by \`pnpm bench\`; the numbers below are
from its last full run on the machine named in the first line.

## What is measured

- **Corpus**: generated, seeded postings (Markdown, 400–900 words, with the sections real postings
  have), written to a temporary directory: sets of 1, 100, 1,000 and 10,000 postings, and single
  postings of 600 and 16,000 words. Every run lints the same text.
- **Floor**: what no jdlint run can avoid: \`remark-parse\` builds the Markdown tree and wink-nlp
  (the same \`wink-eng-lite-web-model\`) reads the text and gives sentences and parts of speech
  (\`packages/bench/src/floor.mjs\`). Ratios are to the floor, measured the same way.
- **Per posting, in-process**: each tool in its own process, model loaded, a warm-up pass, then the
  whole 1,000-posting set through the API (\`analyze\` for jdlint with every rule on, \`markdown()\`
  for alex, \`writeGood()\` for write-good). Peak RSS is the process's \`maxRSS\`.
- **Warm re-lint**: one posting linted again and again in one process (median and 95th
  percentile).
- **Typing**: a word typed one character at a time into a list item in the middle of the posting,
  with a lint after every keystroke, as an editor lints: the floor and jdlint read the whole text
  each time; \`jdlint with the editor cache\` passes the document's analysis cache
  (\`createAnalysisCache\`, what the language server keeps per open document), so only the
  Markdown piece and the prose block the keystroke changed are parsed and tokenized again.
- **Cold start**: a new \`node\` process linting one file: jdlint's CLI (\`--no-config\`) against
  the floor's CLI (\`packages/bench/src/floor-cli.mjs\`, node + remark-parse + model + one file),
  in turns, median of 10.
- **100 postings through the CLI**: the batch of a pre-commit hook or a small careers repository,
  the whole process of each tool (start-up, loading, every file, the report): jdlint's CLI, the
  floor's CLI and alex's CLI on the same 100 files, taking turns (the order reversed every other
  round, so the machine's load falls on all three alike), median of 7.
- **Batches through the CLI**: wall time of the whole command including start-up, the default stylish report,
  on one thread (\`--workers 1\`) and with the default worker pool (one worker per CPU, used for
  200 files or more); peak RSS from \`/usr/bin/time\` (the whole process, workers included). For
  1,000 and 10,000 postings, "two processes" runs two separate one-thread commands at once on half
  the files each: what two CPUs give at best on the machine, the ceiling for the pool.
`;

export const DOC_TAIL = `## What keeps jdlint fast

- **Parse once, tokenize once.** One remark parse and one wink-nlp pass per posting; every rule
  reads the same tokens and match units (\`RuleContext.units\`), and rules that need a block's
  tokens find them by binary search rather than scanning the posting again.
- **Only the GFM that is there.** Each GitHub-Flavored-Markdown extension is used only when the
  characters its constructs start with occur (\`|\` for tables, \`~\`, \`[^\`, \`www.\`/\`http\`/\`@\`
  for autolinks): the tree is the one remark-gfm gives (tested), and prose without links no
  longer pays the autolink scan at every word.
- **One pass for every lexicon.** The built-in lexicons (roles, quality phrases, technologies,
  gender-coded words, spellings, pay places) sit in one combined trie, each phrase tagged with its
  lexicon: a posting's units are walked once for all of them, and a per-lexicon selection gives
  exactly what each lexicon's own walk gives (tested). Duty patterns look at the words after a
  verb once per verb, through an index from object-start words to patterns.
- **Only what changed, in an editor.** With a document's analysis cache (\`createAnalysisCache\`;
  the language server keeps one per open document) a re-lint parses only the Markdown pieces and
  tokenizes only the prose blocks that changed since the last lint, and gives the same findings as
  a fresh lint (property-tested). The CLI, which reads each file once, does not use it.
- **Lazy, cached start-up.** The model loads on first use (a worker pool's main thread never
  holds it); matchers are built on first match;
  lexicon phrases are keyed from a generated cache of their tokens
  (\`lexicon/generated/phrase-units.generated.ts\`, rebuilt and checked by \`pnpm generate\`) instead of
  running the tokenizer over thousands of phrases at start-up.
- **One file to load, compiled once.** \`pnpm build\` (and so \`pnpm install\`) also bundles the CLI
  and its worker with esbuild into one file each (\`packages/cli/dist/jdlint.bundle.cjs\`,
  \`worker.bundle.js\`); \`bin.js\` loads the bundle when it is there, else the \`tsc\` output. A cold
  start then compiles one file instead of resolving a few hundred modules. The bundle is a CommonJS
  script that \`bin.js\` compiles with V8's code cache (\`vm.Script\` with \`cachedData\`, which Node 20
  has; its \`module.enableCompileCache\` comes only with 22.1): \`jdlint.bundle.cjs.cache\` holds the
  bytecode of every function a run compiled, keyed by the bundle's size and time and the Node
  version (V8 refuses one from another V8 or other flags); a run that finds none, or one that does
  not fit, compiles as before and writes a new one as it exits, and the build writes the first. On
  Node 22.1+ \`bin.js\` also turns on Node's compile cache for the modules outside the bundle.
- **Only the modules the run needs.** The YAML reader is loaded only for front matter or a YAML
  config, \`diff\` only for \`--fix-dry-run\`, the glob library only for directories and globs;
  Node's crypto (the cache, baselines, fixes), readline (\`--stdin-jsonl\`), worker threads (the
  pool) and commander's \`child_process\` on first use: a plain lint starts the same built-in
  modules as the floor's CLI, give or take three.
- **Front matter only where it can be.** micromark's front matter construct can start only at the
  first character of a source, but, once added, it is tried at every list item and thematic
  break; a source that does not start with \`-\` is parsed without it (the same tree), which saves
  about a tenth of the parse of a posting made of lists.
- **Workers and streaming.** From 200 files the CLI spreads postings over worker threads (one per
  CPU, each loading the model once, heap capped); stylish and JSON reports are written file by
  file in input order, so memory does not grow with the batch and the output is the same text as
  on one thread. On one thread the next files are read while one is analyzed.

## Instruction counts (issue 16, second pass)

Wall time on a shared machine moves with the other processes; the number of instructions a run
executes does not. Counted with \`valgrind --tool=cachegrind --cache-sim=no\` (every thread of the
process: the main thread, V8's compiler and GC threads), Node 20.20, on the bench's seeded files,
before and after the second pass (2026-12-02, load average 12–18 on 2 CPUs while measured):

| run | floor CLI | jdlint before | × floor | jdlint after | × floor |
| --- | ---: | ---: | ---: | ---: | ---: |
| cold start, one file | 1.90 G | 2.68 G | 1.41× | 2.26 G | 1.19× |
| 100 postings, one process | 7.63 G | 17.34 G | 2.27× | 17.45 G | 2.29× |

## Reproduce

\`\`\`sh
pnpm install && pnpm build
pnpm bench            # the full run, a few minutes on 2 cores; rewrites this page
pnpm bench --quick    # reduced sets (numbers not comparable)
pnpm bench --smoke    # tiny sets, every tool in one process: the test suite's smoke run
pnpm bench:stages     # where one analysis spends its time: each step of analyze(), cold and steady
\`\`\`

The machine matters: other processes on a shared machine add noise to every column, the floor's
included, which is why each row is also given as a ratio to the floor measured in the same run.
`;
