/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and other CI dashboards read: one run,
 * `tool.driver` jdlint with every rule (id, description, help URI, default level), one result per
 * finding located by artifact URI and region. Columns count UTF-16 code units, like JavaScript
 * strings; end columns are exclusive, as SARIF and unist both define them.
 */
import { LineIndex, rules, type Diagnostic, type Severity } from '@jdlint/core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { FINGERPRINT_KEY, fingerprintPath, fingerprints } from './fingerprint.js';
import type { FileResult } from './format.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/jdlint/jdlint';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path becomes a relative URI against %SRCROOT% (the working directory); anything else a file URI. */
function artifactLocation(filePath: string): Sarif.ArtifactLocation {
  if (path.isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  const posix = filePath.split(path.sep).join('/');
  return { uri: posix.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(d: Pick<Diagnostic, 'place'>): Sarif.Region {
  const { start, end } = d.place;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function fixOf(d: Diagnostic, location: Sarif.ArtifactLocation, lines: LineIndex | null): Sarif.Fix | undefined {
  if (!d.fix || !lines) return undefined;
  const [from, to] = d.fix.range;
  return {
    description: { text: `Replace with \`${d.fix.text}\`` },
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region({ place: lines.position(from, to) }), insertedContent: { text: d.fix.text } }] }],
  };
}

export function sarif(results: FileResult[], options: { cwd: string; version: string }): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const driver: Sarif.ToolComponent = {
    name: 'jdlint',
    informationUri: INFORMATION_URI,
    version: options.version,
    semanticVersion: options.version,
    rules: rules.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.meta.description },
      helpUri: rule.url,
      help: { text: `${rule.meta.description} See ${rule.url}`, markdown: `${rule.meta.description} [Documentation](${rule.url})` },
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
      properties: { fixable: rule.meta.fixable === true },
    })),
  };
  const out: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const r of results) {
    const location = artifactLocation(r.filePath);
    if (r.error) {
      notifications.push({ level: 'error', message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation: location } }] });
      continue;
    }
    const lines = r.source === undefined ? null : new LineIndex(r.source);
    // The baseline's fingerprints (relative to %SRCROOT%), so code scanning matches a finding across commits when lines move.
    const prints = fingerprints(fingerprintPath(r.filePath, options.cwd), r.diagnostics, r.source);
    r.diagnostics.forEach((d, i) => {
      const result: Sarif.Result = {
        ruleId: d.ruleId,
        level: LEVEL[d.severity],
        message: { text: d.reason },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] as string },
      };
      const ruleIndex = index.get(d.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      const fix = fixOf(d, location, lines);
      if (fix) result.fixes = [fix];
      const properties: Sarif.PropertyBag = {};
      if (d.expected?.length) properties['suggestions'] = d.expected;
      if (d.note) properties['note'] = d.note;
      if (Object.keys(properties).length > 0) result.properties = properties;
      out.push(result);
    });
  }
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : options.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: out,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
