// The people the local workbench can act as, taken from the seeded 2025/26 sample data so every
// address exists in the local site. Locally identity is just a name sent in X-Frontline-User.
import { BEN_WYE, CFCCL_MEMBERS_2025, TEAMS_2025 } from '../../core/samples/rota2025';
import { normalizeEmail, sameEmail } from '../../core/email';

export interface Persona {
  email: string;
  name: string;
  role: 'Officer' | 'Councillor' | 'Head of service' | 'Other';
}

/** Mirrors LOCAL_OFFICER in src/node/local.ts (Node-only, so not importable into the bundle). */
export const DEFAULT_USER = 'officer@example.gov.uk';

const headsOfService: Persona[] = [...new Map(TEAMS_2025.map((t) => [t.headOfServiceEmail, t.area])).entries()].map(
  ([email, area]) => ({
    email,
    name: `Head of service, ${area}`,
    role: 'Head of service'
  })
);

export const PERSONAS: Persona[] = [
  { email: DEFAULT_USER, name: 'Rota officer', role: 'Officer' },
  ...[...CFCCL_MEMBERS_2025, BEN_WYE].map((c): Persona => ({ email: c.email, name: c.name, role: 'Councillor' })),
  ...headsOfService
];

export function personaOf(email: string): Persona {
  const address = normalizeEmail(email);
  // Unknown addresses are shown by address; the list server treats anyone who is not a site user as having no access (403).
  return PERSONAS.find((p) => sameEmail(p.email, address)) ?? { email: address, name: address, role: 'Other' };
}
