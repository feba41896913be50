/**
 * Renders the JSON Schema of a jdlint config (`packages/cli/schema/jdlintrc.schema.json`) from
 * the rule registry: every rule id, the severities, each rule's options with their types, defaults
 * and docs. Editors use it for completion and checking; `pnpm generate` keeps it current.
 */
import { PRESETS } from '../src/engine/config.js';
import type { Rule } from '../src/rules/rule.js';

export const SCHEMA_PATH = 'packages/cli/schema/jdlintrc.schema.json';
export const SCHEMA_ID = 'https://raw.githubusercontent.com/jdlint/jdlint/main/packages/cli/schema/jdlintrc.schema.json';

type Json = Record<string, unknown>;

function optionSchema(value: unknown, description: string | undefined): Json {
  const schema: Json = Array.isArray(value)
    ? { type: 'array', items: { type: 'string' } }
    : { type: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string' };
  if (description) schema['description'] = description;
  schema['default'] = value;
  return schema;
}

function ruleSchema(rule: Rule): Json {
  const docs = rule.meta.optionDocs ?? {};
  const options: Json = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(rule.meta.defaultOptions).map(([key, value]) => [key, optionSchema(value, docs[key])])),
  };
  const description = `${rule.meta.description} Default: ${rule.meta.defaultSeverity}${rule.meta.fixable ? ', fixable' : ''}. ${rule.url}`;
  return {
    description,
    markdownDescription: `${rule.meta.description}\n\nDefault: \`${rule.meta.defaultSeverity}\`${rule.meta.fixable ? ', fixable' : ''}. [Documentation](${rule.url})`,
    oneOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2, additionalItems: false },
    ],
  };
}

export function renderConfigSchema(rules: readonly Rule[]): string {
  const presets = [...PRESETS, ...PRESETS.map((p) => p.replace(/^jdlint:/, ''))];
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'jdlint configuration',
    description: 'A .jdlintrc.json, .jdlintrc.yaml or the "jdlint" key of package.json. Generated from the rule registry by pnpm generate.',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: { enum: ['off', 'info', 'warning', 'error'], description: 'off turns the rule off; error-level findings make jdlint exit 1.' },
      preset: { enum: presets, description: 'jdlint:recommended is every rule at its default; jdlint:strict raises infos to warnings and tightens some options.' },
    },
    properties: {
      $schema: { type: 'string', description: 'This schema, for editor completion.' },
      extends: {
        description: 'Presets to start from, in order; rules settings override them.',
        oneOf: [{ $ref: '#/definitions/preset' }, { type: 'array', items: { $ref: '#/definitions/preset' } }],
      },
      rules: {
        type: 'object',
        description: 'Rule settings: a severity, or [severity, options].',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule)])),
      },
      allow: {
        type: 'array',
        description: 'Phrases to accept as they are, in words rather than rule ids: a finding whose offending text equals one of them (ignoring case, spacing and hyphens) is dropped.',
        items: { type: 'string', minLength: 1 },
      },
      lexicon: {
        description: "A company's own role terms, added to jdlint's lexicons (see docs/configuration.md).",
      },
      maxFileSize: {
        description:
          'The CLI refuses files larger than this (exit 2, one line; the other files are still linted): bytes, or a number with a unit (512kb, 2mb; 1 KB = 1024 bytes). --max-file-size wins over it. Default 1mb.',
        default: '1mb',
        oneOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', pattern: '^\\d{1,15}(\\.\\d{1,6})? ?([bB]|[kKmMgG]([iI]?[bB])?)?$' },
        ],
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
