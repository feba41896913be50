import { defineRule } from './rule.js';

export default defineRule({
  id: 'valid-front-matter',
  meta: {
    description: 'Front matter is valid YAML and a mapping of fields.',
    defaultSeverity: 'error',
    messages: {
      yaml: 'Unexpected front matter that is not valid YAML ({detail}), expected `key: value` fields',
      notMapping: 'Unexpected front matter that is {detail}, expected a mapping of `key: value` fields',
    },
    defaultOptions: {},
  },
  examples: [
    {
      name: 'fields as key: value lines',
      input: '---\ntitle: AI Engineer\nlocation: "Berlin, Germany"\nsalary: €80,000–€95,000\n---\n\n# AI Engineer\n',
      output: [],
    },
    {
      name: 'an unclosed bracket',
      input: '---\ntitle: AI Engineer\nskills: [Python, RAG\n---\n\n# AI Engineer\n',
      output: [
        '3:1-3:21: Unexpected front matter that is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]), expected `key: value` fields',
      ],
    },
    {
      name: 'a key given twice',
      input: '---\ntitle: AI Engineer\ntitle: ML Engineer\n---\n\n# AI Engineer\n',
      output: ['3:1-3:19: Unexpected front matter that is not valid YAML (Map keys must be unique), expected `key: value` fields'],
    },
    {
      name: 'a list instead of fields',
      input: '---\n- AI Engineer\n- Remote\n---\n\n# AI Engineer\n',
      output: ['1:1-4:4: Unexpected front matter that is a list, expected a mapping of `key: value` fields'],
    },
  ],
  check(context, report) {
    const problem = context.posting.frontMatter?.problem;
    if (!problem) return;
    const { start, end } = problem.span;
    report({
      messageId: problem.kind === 'yaml' ? 'yaml' : 'notMapping',
      data: { detail: problem.detail },
      start,
      end,
      expected:
        problem.kind === 'yaml'
          ? ['`key: value` lines, one per field', 'values that contain `: `, ` #`, `[` or `{` in quotes, e.g. `title: "AI Engineer: Search"`']
          : ['`key: value` lines, e.g. `title: AI Engineer` and `location: Remote`'],
      note:
        'jdlint reads the title, location, pay and dates of a posting from its front matter. Front matter it cannot read ' +
        'is ignored whole, so every field in it is lost and the posting is judged on its Markdown alone: a pay range or ' +
        'a posting date given only there no longer counts. Static-site generators reject the file or drop the fields the same way. ' +
        '(source: YAML 1.2.2 specification, https://yaml.org/spec/1.2.2/; Jekyll documentation, "Front Matter", https://jekyllrb.com/docs/front-matter/)',
    });
  },
});
