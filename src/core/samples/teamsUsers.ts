// The people of the local Teams setup: Microsoft 365 Agents Playground (.m365agentsplayground.yml at
// the repo root) and the capture Bot Connector used by bot tests. Their Entra object ids are fixed so
// the seed can store them in Councillors.AadObjectId and the bot can match a Teams user to list data.
// Keep this file and the yml in step: tests/bot/captureConnector.test.ts checks they agree.
import { sameEmail } from '../email';

/** Mock tenant of the Playground (any GUID; no real tenant has it). */
export const PLAYGROUND_TENANT_ID = '29fbd55e-5892-4c68-83d6-75b763747d40';

/** The bot as the Playground presents it: `28:` + the (all-zero, local) app id of teams/manifest.json. */
export const PLAYGROUND_BOT = { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' };

export type PlaygroundRole = 'Councillor' | 'Head of service' | 'Service manager' | 'Officer';

export interface PlaygroundUser {
  /** Teams channel account id (`29:` + opaque id in real Teams). */
  id: string;
  name: string;
  /** Lower case, as in the seeded lists. */
  email: string;
  aadObjectId: string;
  role: PlaygroundRole;
  givenName: string;
  surname: string;
}

/**
 * The Playground's current user comes first (Sarah Bennett-Wake, a councillor who visited in July
 * 2025); the Playground takes exactly five more. They are chosen so that every step of the README's
 * walk (a Fostering Team visit) reaches someone the Playground knows: two more councillors, the
 * Fostering Team's head of service (Placements) and service manager, and the rota officer, who is
 * the demo's point of contact.
 */
export const PLAYGROUND_USERS: PlaygroundUser[] = [
  {
    id: '29:local-cllr-bennett-wake',
    name: 'Sarah Bennett-Wake',
    email: 'cllr.bennett.wake@example.gov.uk',
    aadObjectId: 'af448ab5-2d97-40bd-b7df-8f7086e5d119',
    role: 'Councillor',
    givenName: 'Sarah',
    surname: 'Bennett-Wake'
  },
  {
    id: '29:local-cllr-wye',
    name: 'Ben Wye',
    email: 'cllr.wye@example.gov.uk',
    aadObjectId: '869fe9d4-8278-4aaf-8f7f-da0f31bb09b5',
    role: 'Councillor',
    givenName: 'Ben',
    surname: 'Wye'
  },
  {
    id: '29:local-cllr-holland',
    name: 'Sally Ann Holland',
    email: 'cllr.holland@example.gov.uk',
    aadObjectId: '8585240f-f210-4f87-90a1-f001a850228f',
    role: 'Councillor',
    givenName: 'Sally Ann',
    surname: 'Holland'
  },
  {
    id: '29:local-hos-placements',
    name: 'Head of service, Placements',
    email: 'hos.placements@example.gov.uk',
    aadObjectId: '5b1f0c2e-8d47-4a6e-9f3a-2c7e91d4b860',
    role: 'Head of service',
    givenName: 'Head of service',
    surname: 'Placements'
  },
  {
    id: '29:local-sm-fostering',
    name: 'Service manager, Fostering Team',
    email: 'sm.fostering.team@example.gov.uk',
    aadObjectId: 'c3e8a7d1-42b9-4f0e-b6d5-8a19f2e07c34',
    role: 'Service manager',
    givenName: 'Service manager',
    surname: 'Fostering Team'
  },
  {
    id: '29:local-officer',
    name: 'Rota officer',
    email: 'officer@example.gov.uk',
    aadObjectId: 'f75d4ace-9f36-445a-810d-361de421c280',
    role: 'Officer',
    givenName: 'Rota',
    surname: 'Officer'
  }
];

/** The Playground user's aadObjectId for an e-mail address, if it is one of them. */
export function playgroundAadObjectId(email: string): string | undefined {
  return PLAYGROUND_USERS.find((u) => sameEmail(u.email, email))?.aadObjectId;
}
