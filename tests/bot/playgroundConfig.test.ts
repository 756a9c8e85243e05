/**
 * @jest-environment node
 */
// The Agents Playground's config (.m365agentsplayground.yml) against the seeded data: the same
// users and ids as PLAYGROUND_USERS, and only addresses the seeded lists know.
import * as fs from 'fs';
import * as path from 'path';
import { PLAYGROUND_TENANT_ID, PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import { BEN_WYE, CFCCL_MEMBERS_2025, TEAMS_2025 } from '../../src/core/samples/rota2025';
import { POINT_OF_CONTACT } from '../../src/core/samples/visits2025';
import { DEFAULT_USER } from '../../src/host/client/personas';

describe('Agents Playground config', () => {
  const yml = fs.readFileSync(path.join(__dirname, '..', '..', '.m365agentsplayground.yml'), 'utf8');

  it('holds every PLAYGROUND_USERS entry with the same ids, so TeamsInfo answers match list data', () => {
    expect(yml).toContain(`tenantId: ${PLAYGROUND_TENANT_ID}`);
    for (const u of PLAYGROUND_USERS) {
      expect(yml).toContain(`id: "${u.id}"\n`);
      expect(yml).toContain(`aadObjectId: ${u.aadObjectId}\n`);
      expect(yml).toContain(`email: ${u.email}\n`);
    }
    expect(yml.match(/^ {2}- id: /gm)).toHaveLength(PLAYGROUND_USERS.length - 1); // the rest are currentUser
  });

  it('uses only addresses the seeded lists know', () => {
    const known = new Set(
      [...CFCCL_MEMBERS_2025, BEN_WYE]
        .map((c) => c.email)
        .concat(
          TEAMS_2025.flatMap((t) => [t.headOfServiceEmail, t.serviceManagerEmail]),
          POINT_OF_CONTACT,
          DEFAULT_USER
        )
    );
    expect(PLAYGROUND_USERS.map((u) => u.email).filter((e) => !known.has(e))).toEqual([]);
  });
});
