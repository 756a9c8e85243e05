// How e-mail addresses are compared, everywhere: trimmed and lower case. The lists store them lower
// case; people, directories and tokens give them otherwise. The one place this rule lives: callers
// never write `.trim().toLowerCase()` on an address themselves (tests/architecture.test.ts checks).

/** The address as it is stored and compared: trimmed, lower case; '' for none. */
export function normalizeEmail(email: string | undefined | null): string {
  return (email ?? '').trim().toLowerCase();
}

const ADDRESS = /^[^\s@"<>,;()]{1,64}@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Whether the text is one plain e-mail address (after normalising): a local part without spaces,
 * double quotes, brackets or separators (an apostrophe, as in o'brien@, is allowed), and a domain of DNS labels. Every address a setting, a form or a
 * card gives is checked with this one rule.
 */
export function isEmailAddress(email: string | undefined | null): boolean {
  const address = normalizeEmail(email);
  return address.length <= 254 && ADDRESS.test(address);
}

/** Whether two addresses are the same person's (both non-empty once normalised). */
export function sameEmail(a: string | undefined | null, b: string | undefined | null): boolean {
  const x = normalizeEmail(a);
  return x !== '' && x === normalizeEmail(b);
}

/** A council e-mail domain as settings and environment give it, as compared: trimmed, lower case, no leading @. */
export function normalizeDomain(domain: string | undefined | null): string {
  return (domain ?? '').trim().toLowerCase().replace(/^@/, '');
}

/** Whether the address is in one of the domains: the domain itself or a subdomain of it. */
export function inDomains(email: string, domains: readonly string[]): boolean {
  if (!isEmailAddress(email)) return false;
  const domain = normalizeEmail(email).split('@')[1];
  return domains.map(normalizeDomain).some((d) => !!d && (domain === d || domain.endsWith(`.${d}`)));
}
