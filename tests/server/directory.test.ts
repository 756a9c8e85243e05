// The `directory` option stands in for the tenant's Entra directory: web/ensureuser (and adding
// people to siteusers or a group) only registers identities it knows; others get SharePoint's 404.
import * as fs from 'fs';
import { startListServer } from '../../src/server';
import { ADMIN, TestServer, raw, spError, startTestServer, tempDir } from './helpers';

let t: TestServer;
const OUTSIDER = 'someone@elsewhere.org';
const GUEST = 'guest@partner.org';
const notFound = (logon: string) => ({
  status: 404,
  code: '-2146232832, Microsoft.SharePoint.SPException',
  message: `The specified user ${logon} could not be found. The directory here knows addresses at frontline.test, ${GUEST}.`
});

beforeAll(async () => {
  t = await startTestServer({
    directory: { domains: ['Frontline.Test'], users: [GUEST] },
    siteAdmins: [ADMIN, 'ops@admins.example'],
    groupMembers: { visitors: ['visitor@outside.example'] }
  });
});
afterAll(() => t.stop());

it('registers addresses at the directory’s domains and its listed users', async () => {
  expect(await t.admin.web.ensureUser('New.Officer@frontline.test')).toMatchObject({
    Email: 'new.officer@frontline.test',
    LoginName: 'i:0#.f|membership|new.officer@frontline.test'
  });
  expect((await t.admin.web.ensureUser(`i:0#.f|membership|${GUEST}`)).Email).toBe(GUEST);
});

it('answers 404 for identities outside the directory, however they are added', async () => {
  expect(await spError(t.admin.web.ensureUser(OUTSIDER))).toEqual(notFound(OUTSIDER));
  expect(await spError(t.admin.web.ensureUser('x@frontline.test.evil.org'))).toEqual(
    notFound('x@frontline.test.evil.org')
  );
  const login = `i:0#.f|membership|${OUTSIDER}`;
  expect(await spError(t.admin.web.associatedMemberGroup.users.add(login))).toEqual(notFound(login));
  const res = await raw(t.srv, 'web/siteusers', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ LoginName: login })
  });
  expect(res.status).toBe(404);
  const emails = (await t.admin.web.siteUsers.select('Email')()).map((u) => u.Email);
  expect(emails).not.toContain(OUTSIDER);
});

it('keeps site admins and group members named in options, even outside the directory', async () => {
  expect(await t.as('ops@admins.example').web.currentUser()).toMatchObject({ IsSiteAdmin: true });
  expect((await t.as('visitor@outside.example').web.currentUser()).Email).toBe('visitor@outside.example');
  expect((await t.admin.web.ensureUser('visitor@outside.example')).Email).toBe('visitor@outside.example');
});

it('a caller outside the directory is transient and refused', async () => {
  expect((await raw(t.srv, 'web/currentuser', { user: OUTSIDER })).status).toBe(403);
});

it('refuses to start with people in options who could never sign in', async () => {
  const dataDir = tempDir();
  await expect(startListServer({ port: 0, dataDir, siteAdmins: ['admin@x'] })).rejects.toThrow(
    "List server option siteAdmins: 'admin@x' is not a well-formed e-mail address (name@domain.tld)."
  );
  await expect(startListServer({ port: 0, dataDir, groupMembers: { visitors: ['just a name'] } })).rejects.toThrow(
    /groupMembers.visitors: 'just a name'/
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
});
