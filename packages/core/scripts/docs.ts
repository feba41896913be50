/** Renders the generated parts of docs/rules/<id>.md: the examples with their expected output. */
import type { Rule } from '../src/rules/rule.js';

export function renderRuleExamples(rule: Rule): string {
  const out: string[] = [];
  for (const example of rule.examples) {
    const ok = example.output.length === 0;
    out.push(`### ${ok ? '✅' : '❌'} ${example.name}`, '');
    if (example.options) out.push(`With options \`${JSON.stringify(example.options)}\`:`, '');
    out.push('```markdown', example.input.replace(/\n$/, ''), '```', '');
    if (ok) out.push('No findings.', '');
    else out.push('```text', ...example.output, '```', '');
  }
  return out.join('\n');
}
