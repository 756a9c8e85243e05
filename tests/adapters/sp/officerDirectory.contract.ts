// The officer directory contract (core/ports/directory.ts, the rule in core/officers.ts): a member
// of the officers' site group is an officer, matched by e-mail in any case; nobody else is, and a
// blank address never is; a group the site lacks is a failure, never "not an officer".
// SpOfficerDirectory (the site group through @pnp/sp) and the in-memory store's groups alike.
// Excluded: SpOfficerDirectory's brief cache of the members (a SharePoint round-trip saving), so
// each test asks a directory made after the group changed. Stores may be shared: each test adds
// its own people.
import type { OfficerDirectory } from '../../../src/core/ports/directory';
import { SetupError } from '../../../src/core/errors';

export interface OfficerFixture {
  /** A directory over the officers group (or the named group), made now. */
  directory(group?: string): OfficerDirectory;
  /** Puts the person in the officers group, as an owner does on the site. */
  addOfficer(email: string): Promise<void>;
}

let n = 0;

export function officerDirectoryContract(name: string, factory: () => OfficerFixture): void {
  describe(`officer directory contract: ${name}`, () => {
    it('says a group member is an officer, in any case and spacing, and nobody else', async () => {
      const { directory, addOfficer } = factory();
      const officer = `officer.${++n}@example.gov.uk`;
      const other = `someone.${n}@example.gov.uk`;
      expect(await directory().isOfficer(officer)).toBe(false);
      await addOfficer(officer);
      const d = directory();
      expect(await d.isOfficer(officer)).toBe(true);
      expect(await d.isOfficer(` ${officer.toUpperCase()} `)).toBe(true);
      expect(await d.isOfficer(other)).toBe(false);
      expect(await d.isOfficer(`x${officer}`)).toBe(false);
    });

    it('never counts a blank address as an officer', async () => {
      const { directory } = factory();
      expect(await directory().isOfficer('')).toBe(false);
      expect(await directory().isOfficer('   ')).toBe(false);
    });

    it('fails when the group does not exist, rather than saying nobody is an officer', async () => {
      const { directory } = factory();
      const refused = directory('No Such Group').isOfficer('officer@example.gov.uk');
      await expect(refused).rejects.toBeInstanceOf(SetupError);
      await expect(refused).rejects.toThrow(/'No Such Group' is not on the Frontline site.*npm run provision/);
    });
  });
}
