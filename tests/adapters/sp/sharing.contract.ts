// The sharing contract (core/ports/sharing.ts): after a share each named person can read the item
// and people not named are left out; a retry changes nothing. SharePoint's item permissions and
// the in-memory store alike. Stores may be shared between tests, so each test makes its own items.
import type { Repositories } from '../../../src/core/ports/repositories';
import type { FindingsSharing } from '../../../src/core/ports/sharing';

export interface SharingFixture {
  repos: Repositories;
  sharing: FindingsSharing;
  /** Whether `email` may read the item now. */
  canRead(list: 'findings' | 'requests', id: number, email: string): Promise<boolean>;
}

const ANNA = 'cllr.anna@example.gov.uk';
const SM = 'sm.court@example.gov.uk';
const OTHER = 'cllr.other@example.gov.uk';

export function sharingContract(name: string, factory: () => SharingFixture): void {
  describe(`sharing contract: ${name}`, () => {
    it('lets each named person read a findings form, once, whatever the case of their e-mail', async () => {
      const { repos, sharing, canRead } = factory();
      const form = await repos.findings.create({
        visitId: 901,
        councillorEmail: ANNA,
        status: 'Draft',
        channel: 'Teams',
        templateId: 'frontline-2025',
        answers: {}
      });
      const changes = await sharing.shareFindings(form.id, [
        { email: ANNA, role: 'read' },
        { email: 'SM.Court@example.gov.uk', role: 'read' },
        { email: SM, role: 'read' }
      ]);
      expect(changes).toEqual(expect.arrayContaining([`read for ${ANNA}`, `read for ${SM}`]));
      expect(changes.filter((c) => c.startsWith('read for'))).toHaveLength(2);
      expect(await canRead('findings', form.id, ANNA)).toBe(true);
      expect(await canRead('findings', form.id, SM)).toBe(true);
      expect(await canRead('findings', form.id, OTHER)).toBe(false);
      expect(await sharing.shareFindings(form.id, [{ email: ANNA, role: 'read' }])).toEqual([]);
    });

    it('lets each named person read a head-of-service request, and a retry changes nothing', async () => {
      const { repos, sharing, canRead } = factory();
      const request = await repos.requests.create({
        findingsId: 9902,
        visitId: 902,
        responderEmail: SM,
        status: 'Requested',
        request: 'How is travel time paid?',
        requestedAt: '2025-07-30T16:00:00.000Z'
      });
      expect(await sharing.shareRequest(request.id, [{ email: SM, role: 'read' }])).toContain(`read for ${SM}`);
      expect(await canRead('requests', request.id, SM)).toBe(true);
      expect(await canRead('requests', request.id, ANNA)).toBe(false);
      expect(await sharing.shareRequest(request.id, [{ email: SM, role: 'read' }])).toEqual([]);
    });
  });
}
