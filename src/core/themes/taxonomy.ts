// The default theme taxonomy: what keeps coming up in councillor frontline visits across the seed
// papers (2017-18 annual report, 2023-24 themes, July 2025 forms). Its data is defaultTaxonomy.json,
// read through validateTaxonomy exactly as a council's own JSON would be. Rules were written from
// each description in the vocabulary a council officer would use (with explicit variants instead of
// stemming), then checked against hand-labelled statements; phrases that only fit one sentence were
// not added. A council may replace the whole taxonomy with its own JSON: see validateTaxonomy.
//
// Why some rules look as they do (JSON has no comments):
// - office-conditions: bare "accommodation" is office space in the 2017-18 paper but housing for care
//   leavers in 2025, so it is vetoed by care leaver, young people, housing, providers, tenancy...
// - recruitment-retention: "turnover"/"churn" unless it is of managers (management-stability's).
// - it-systems: "IT" is not a phrase: matching is case-insensitive and "it" is everywhere.
// - morale-support: not bare "happy" or "valued": they describe children ("happy, healthy young
//   people") and verbs ("valued the opportunity").
// - career-progression: apprenticeships for care leavers are a service, not a staff route.
// - supervision: not supervised contact or family time.
import { ConfigError } from '../errors';
import defaultTaxonomy from './defaultTaxonomy.json';
import { tokens } from './tagger';
import type { Taxonomy } from './types';

const THEME_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function phraseProblems(list: unknown, where: string, required: boolean): string[] {
  if (list === undefined && !required) return [];
  if (!Array.isArray(list) || (required && list.length === 0)) return [`${where} must be a non-empty list of phrases`];
  // A phrase of only punctuation has no words to match, so it would silently never fire.
  return list.some((p) => !isText(p) || tokens(p).length === 0)
    ? [`${where} has an empty phrase or one with no words`]
    : [];
}

/** Returns the taxonomy if it is sound (e.g. a council's own JSON); otherwise throws ConfigError listing every problem. */
export function validateTaxonomy(input: unknown): Taxonomy {
  if (!isObject(input)) throw new ConfigError('A theme taxonomy must be an object.');
  const problems: string[] = [];
  if (!isText(input.id)) problems.push('id is required text');
  if (!isText(input.version)) problems.push('version is required text');
  const themes = Array.isArray(input.themes) ? input.themes : [];
  if (themes.length === 0) problems.push('at least one theme is needed');
  const ids: string[] = [];
  themes.forEach((theme: unknown, i: number) => {
    if (!isObject(theme)) return problems.push(`theme ${i + 1} must be an object`);
    const name = typeof theme.id === 'string' ? `theme '${theme.id}'` : `theme ${i + 1}`;
    if (typeof theme.id !== 'string' || !THEME_ID.test(theme.id)) {
      problems.push(`${name}: id must be lower-case letters, digits and hyphens (e.g. recruitment-retention)`);
    } else if (ids.indexOf(theme.id) >= 0) problems.push(`${name}: id is used twice`);
    else ids.push(theme.id);
    if (!isText(theme.name)) problems.push(`${name}: name is required text`);
    if (typeof theme.description !== 'string') problems.push(`${name}: description must be text`);
    const rules = Array.isArray(theme.rules) ? theme.rules : [];
    if (rules.length === 0) problems.push(`${name}: at least one rule is needed`);
    rules.forEach((rule: unknown, r: number) => {
      const where = `${name} rule ${r + 1}`;
      if (!isObject(rule)) return problems.push(`${where} must be an object`);
      problems.push(
        ...phraseProblems(rule.phrases, `${where} phrases`, true),
        ...phraseProblems(rule.unless, `${where} unless`, false)
      );
    });
  });
  if (problems.length) throw new ConfigError(`The theme taxonomy is not valid: ${problems.join('; ')}.`);
  return input as unknown as Taxonomy;
}

/** The default taxonomy (defaultTaxonomy.json), validated like any council's own. */
export const DEFAULT_TAXONOMY: Taxonomy = validateTaxonomy(defaultTaxonomy);
