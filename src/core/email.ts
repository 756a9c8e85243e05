// How e-mail addresses are compared, everywhere: trimmed and lower case. The lists store them lower
// case; people, directories and tokens give them otherwise. The one place this rule lives: callers
// never write `.trim().toLowerCase()` on an address themselves (tests/architecture.test.ts checks).

/** The address as it is stored and compared: trimmed, lower case; '' for none. */
export function normalizeEmail(email: string | undefined | null): string {
  return (email ?? '').trim().toLowerCase();
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
  const domain = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(normalizeEmail(email))?.[1];
  if (!domain) return false;
  return domains.map(normalizeDomain).some((d) => !!d && (domain === d || domain.endsWith(`.${d}`)));
}
