// The tagger: assigns themes to finding statements by phrase rules, then applies officers'
// corrections, which always win. Everything is explained (which phrase matched, who corrected it)
// and deterministic: the same statements, taxonomy and corrections give the same result.
import { londonDate } from '../time/london';
import type { Statement, TaggedStatement, Taxonomy, Theme, ThemeCorrection, ThemeMatch, ThemeRule } from './types';

/**
 * Lower-case word tokens. Anything that is not a letter or digit separates words, so "multi-agency",
 * "multi agency" and "Multi-Agency" all read the same, and whole-word matching falls out of comparing
 * token sequences ("pay" never matches "payments").
 */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9\u00df-\u024f]+/) // Latin letters with accents stay in words (es2017 has no \p{L})
    .filter((t) => t.length > 0);
}

function indexOfSequence(haystack: string[], needle: string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function containsPhrase(words: string[], phrase: string): boolean {
  return indexOfSequence(words, tokens(phrase)) >= 0;
}

/** The phrases of one rule found in the words, or [] when none is (or an `unless` phrase vetoes the rule). */
function ruleMatches(rule: ThemeRule, words: string[]): string[] {
  const found = rule.phrases.filter((p) => containsPhrase(words, p));
  if (found.length === 0) return [];
  return (rule.unless ?? []).some((p) => containsPhrase(words, p)) ? [] : found;
}

/** Reasons from the rules alone ("matched "caseloads""), or undefined when the theme does not apply. */
export function matchTheme(theme: Theme, text: string): string[] | undefined {
  const words = tokens(text);
  const phrases: string[] = [];
  for (const rule of theme.rules) {
    for (const p of ruleMatches(rule, words)) if (phrases.indexOf(p) < 0) phrases.push(p);
  }
  return phrases.length ? phrases.map((p) => `matched "${p}"`) : undefined;
}

function describe(c: ThemeCorrection): string {
  const verb = c.action === 'add' ? 'added' : 'removed';
  const when = Number.isNaN(Date.parse(c.at)) ? c.at : londonDate(c.at);
  return `${verb} by officer correction (${c.by}, ${when})${c.note ? `: ${c.note}` : ''}`;
}

/**
 * The correction in force per theme for one statement: the latest by `at`; on equal times the one
 * later in the list (the list is the stored order, so re-running gives the same answer).
 */
export function latestCorrections(statementKey: string, corrections: ThemeCorrection[]): Map<string, ThemeCorrection> {
  const latest = new Map<string, ThemeCorrection>();
  for (const c of corrections) {
    if (c.statementKey !== statementKey) continue;
    const current = latest.get(c.themeId);
    if (!current || Date.parse(c.at) >= Date.parse(current.at)) latest.set(c.themeId, c);
  }
  return latest;
}

/** Themes for one statement: rule matches in taxonomy order, then corrections applied last. */
export function tagStatement(
  statement: Statement,
  taxonomy: Taxonomy,
  corrections: ThemeCorrection[] = []
): TaggedStatement {
  const byRule = new Map<string, string[]>();
  for (const theme of taxonomy.themes) {
    const reasons = matchTheme(theme, statement.text);
    if (reasons) byRule.set(theme.id, reasons);
  }
  const decided = latestCorrections(statement.key, corrections);
  const themes: ThemeMatch[] = [];
  const removed: ThemeMatch[] = [];
  // Taxonomy order first; corrections naming a theme the taxonomy no longer has follow, by id, so an
  // officer's decision is never silently dropped when a council renames a theme.
  const order = taxonomy.themes.map((t) => t.id);
  const extra = Array.from(decided.keys())
    .filter((id) => order.indexOf(id) < 0)
    .sort();
  for (const themeId of order.concat(extra)) {
    const ruleReasons = byRule.get(themeId);
    const correction = decided.get(themeId);
    if (!correction) {
      if (ruleReasons) themes.push({ themeId, reasons: ruleReasons, byCorrection: false });
    } else if (correction.action === 'add') {
      themes.push({ themeId, reasons: [describe(correction), ...(ruleReasons ?? [])], byCorrection: true });
    } else if (ruleReasons) {
      removed.push({ themeId, reasons: [...ruleReasons, describe(correction)], byCorrection: true });
    }
  }
  return { statement, themes, removed };
}

/** Tags every statement (in the given order). */
export function tagAll(
  statements: Statement[],
  taxonomy: Taxonomy,
  corrections: ThemeCorrection[] = []
): TaggedStatement[] {
  // Index corrections once so large packs stay linear in statements + corrections.
  const byKey = new Map<string, ThemeCorrection[]>();
  for (const c of corrections) {
    const list = byKey.get(c.statementKey);
    if (list) list.push(c);
    else byKey.set(c.statementKey, [c]);
  }
  return statements.map((s) => tagStatement(s, taxonomy, byKey.get(s.key) ?? []));
}
