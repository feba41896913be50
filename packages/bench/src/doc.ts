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
- **Warm re-lint**: one posting linted again and again in one process, as a language server does
  on each keystroke (median and 95th percentile).
- **Cold start**: a new \`node\` process linting one file: jdlint's CLI (\`--no-config\`) against
  the floor's CLI (\`packages/bench/src/floor-cli.mjs\`, node + remark-parse + model + one file).
- **Batches through the CLI**: wall time of the whole command including start-up, the default stylish report,
  on one thread (\`--workers 1\`) and with the default worker pool (one worker per CPU, used for
  200 files or more); peak RSS from \`/usr/bin/time\` (the whole process, workers included).
`;

export const DOC_TAIL = `## Reproduce

\`\`\`sh
pnpm install && pnpm build
pnpm bench            # the full run, a few minutes on 2 cores; rewrites this page
pnpm bench --quick    # reduced sets, for a smoke test (numbers not comparable)
\`\`\`

The machine matters: other processes on a shared machine add noise to every column, the floor's
included, which is why each row is also given as a ratio to the floor measured in the same run.
`;
