/**
 * @jest-environment node
 */
// Subject access through @pnp/sp against the local list server: the export holds every item the lists
// hold about the person (checked against an independent scan of every list's raw items and versions),
// and nothing of the other councillor's, the service manager's or the head of service's.
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { subjectAccessFiles, subjectAccessOnSite } from '../../../src/adapters/sp/privacyExport';
import type { SubjectAccessExport } from '../../../src/core/privacy/subjectAccess';
import { LIST } from '../../../src/lists/schema';
import { openDocx } from '../export/docxXml';
import { siteForFile } from './harness';
import { itemsHolding } from './privacy/rawScan';
import { ALICE, BOB, HOS, seedTwoCouncillors, SM, type Seeded } from './privacy/seed';

jest.setTimeout(120000);
const site = siteForFile();
let seeded: Seeded;
let exp: SubjectAccessExport;

beforeAll(async () => {
  seeded = await seedTwoCouncillors(site());
  // Asked in another case: the e-mail is matched as the lists normalise it.
  exp = await subjectAccessOnSite(site().sp(), ' Alice.Able@EXAMPLE.gov.uk ', '2025-09-01T09:00:00.000Z');
});

const keys = (e: SubjectAccessExport): string[] => e.records.map((r) => `${r.list}#${r.itemId}`).sort();

describe('subject access', () => {
  it('holds every item that names the person, now or in an earlier version, and nothing else', async () => {
    const independent = await itemsHolding(site(), [ALICE.email, ALICE.name]);
    // The request about her findings holds her reply without naming her: found by its link to them.
    expect(keys(exp)).toEqual([...Array.from(independent), `${LIST.responses}#${seeded.request}`].sort());
    expect(keys(exp)).toEqual(
      expect.arrayContaining([
        `${LIST.councillors}#${seeded.aliceCouncillor}`,
        `${LIST.visits}#${seeded.visitMade}`,
        `${LIST.visits}#${seeded.visitToCome}`,
        `${LIST.findings}#${seeded.aliceFindings}`,
        `${LIST.findings}#${seeded.bobFindings}`,
        `${LIST.responses}#${seeded.request}`
      ])
    );
    expect(exp.records.filter((r) => r.list === LIST.conversations)).toHaveLength(1);
    expect(exp.records.filter((r) => r.list === LIST.sendLog)).toHaveLength(2);
    expect(exp.records.filter((r) => r.list === LIST.audit)).toHaveLength(1);
    expect(exp.unreadable).toEqual([]);
  });

  it('says why each item is there, with its fields and its version history', () => {
    const findings = exp.records.find((r) => r.list === LIST.findings && r.itemId === seeded.aliceFindings);
    expect(findings?.roles).toContain('wrote the findings');
    expect(findings?.fields.CouncillorEmail).toBe(ALICE.email);
    expect(findings?.versions.map((v) => v.version)).toEqual(['1.0', '2.0']);
    expect(findings?.versions[0].fields.Status).toBe('Draft');
    const visit = exp.records.find((r) => r.list === LIST.visits && r.itemId === seeded.visitMade);
    expect(visit?.roles).toEqual(expect.arrayContaining(['a councillor on the visit', 'acknowledged the briefing']));
    const bobs = exp.records.find((r) => r.list === LIST.findings && r.itemId === seeded.bobFindings);
    expect(bobs?.roles).toContain('named in QualityStrengths');
    const request = exp.records.find((r) => r.list === LIST.responses);
    expect(request?.roles).toEqual(['the request about their findings (the question to them, their reply)']);
    expect(request?.fields.CouncillorReply).toBe('All of them, as [another person] saw too.');
  });

  it("redacts other people: the other councillor's name and e-mail, and the staff's e-mails, never appear", async () => {
    const files = await subjectAccessFiles(exp);
    const docx = openDocx(Buffer.from(files.docx))
      .paragraphs.map((p) => p.text)
      .join('\n');
    for (const text of [files.json, docx]) {
      for (const other of [BOB.email, BOB.name, SM, HOS, 'officer@example.gov.uk'])
        expect(text.toLowerCase()).not.toContain(other.toLowerCase());
      expect(text).toContain(ALICE.email);
      expect(text).toContain('[another person]');
    }
    const visit = exp.records.find((r) => r.list === LIST.visits && r.itemId === seeded.visitMade);
    expect(visit?.fields.CouncillorEmails).toBe(`${ALICE.email}\n[another person]`);
    expect(docx).toContain('Subject access: alice.able@example.gov.uk');
    expect(docx).toContain('Visit Findings: 2 items');
  });

  it('finds a member of staff by e-mail alone, and says so when nothing is held', async () => {
    const hos = await subjectAccessOnSite(site().sp(), HOS, '2025-09-01T09:00:00.000Z');
    expect(keys(hos)).toEqual(Array.from(await itemsHolding(site(), [HOS])).sort());
    expect(hos.records.find((r) => r.list === LIST.teams)?.roles).toEqual(['head of service of the team']);
    const none = await subjectAccessOnSite(site().sp(), 'nobody@example.gov.uk', '2025-09-01T09:00:00.000Z');
    expect(none.records).toEqual([]);
  });
});
