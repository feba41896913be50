/**
 * The messages between the page and its analysis worker. Plain data only (structured clone):
 * core's diagnostics and profile as `analyze` returns them, and the rule list the page needs to
 * build its toggles and quick fixes.
 */
import type { Diagnostic, JdlintConfig, Profile } from '@jdlint/core';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: string;
  /** `expected` entries are drop-in replacements for `actual` (offered as quick fixes). */
  replacements: boolean;
  fixable: boolean;
}

/** The posting score, if this core has one (read through this narrow shape only). */
export interface ScoreView {
  total: number;
  categories: Array<{ id: string; name: string; score: number; deductions: Array<{ ruleId: string; points: number; reason: string }> }>;
}

export type Request =
  | { type: 'analyze'; id: number; text: string; config: JdlintConfig }
  | { type: 'fixed'; id: number; text: string; config: JdlintConfig };

export type Reply =
  | { type: 'ready'; rules: RuleInfo[]; roleNames: Record<string, string> }
  /** The model is loaded: the first analysis does not wait for it. */
  | { type: 'warm'; ms: number }
  | { type: 'analysis'; id: number; diagnostics: Diagnostic[]; profile: Profile; score: ScoreView | null; ms: number }
  | { type: 'fixed'; id: number; output: string; applied: number }
  | { type: 'failed'; id: number; message: string };
