// Counted nouns in the product's English: "1 form", "2 forms", "1 area for development",
// "3 areas for development". One helper, so no view or document writes "1 forms" again.

/** The noun for `n`: `plural(1, 'form')` → `form`; `plural(2, 'area for development', 'areas for development')`. */
export function nounFor(n: number, singular: string, pluralForm?: string): string {
  return n === 1 ? singular : (pluralForm ?? `${singular}s`);
}

/** `n` and its noun: `count(1, 'form')` → `1 form`, `count(0, 'form')` → `0 forms`. */
export function count(n: number, singular: string, pluralForm?: string): string {
  return `${n} ${nounFor(n, singular, pluralForm)}`;
}
