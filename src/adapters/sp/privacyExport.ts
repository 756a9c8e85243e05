// Subject access on the site: everything the lists hold about one person (privacyScan.ts), through
// core/privacy/subjectAccess.ts, as JSON and as a Word document.
import type { SPFI } from '@pnp/sp';
import { subjectAccess, type SubjectAccessExport } from '../../core/privacy/subjectAccess';
import { subjectAccessDocx } from '../export/privacyDocx';
import { otherNames, personOnSite, PRIVACY_LISTS, readHoldings } from './privacyScan';

export async function subjectAccessOnSite(sp: SPFI, email: string, now: string): Promise<SubjectAccessExport> {
  const holdings = await readHoldings(sp);
  const { person } = await personOnSite(sp, email, holdings);
  return subjectAccess(PRIVACY_LISTS, holdings, person, await otherNames(sp, holdings, person), now);
}

/** The export's two files: `<stem>.json` (every record) and `<stem>.docx` (to read). */
export async function subjectAccessFiles(exp: SubjectAccessExport): Promise<{ json: string; docx: Uint8Array }> {
  return { json: JSON.stringify(exp, null, 2), docx: await subjectAccessDocx(exp) };
}
