// Item CRUD with PnPjs: shapes and types on the wire, ETags and 412, $select/$expand, deletes.
import { TestServer, raw, spError, startTestServer } from './helpers';

let t: TestServer;
const rota = () => t.admin.web.lists.getByTitle('Visit Rota');

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Visit Rota');
  const f = rota().fields;
  await f.addNumber('TeamId');
  await f.addText('VisitMonth');
  await f.addDateTime('VisitStart');
  // DefaultValue is a real SP.Field property that PnPjs's typings leave out.
  await f.addNumber('DurationMinutes', { DefaultValue: '150' } as never);
  await f.addMultilineText('CouncillorEmails');
  await f.addChoice('Status', { Choices: ['Planned', 'Booked'] });
  await f.addMultiChoice('Committees', { Choices: ['A', 'B', 'C'] });
  await f.addBoolean('Active');
});
afterAll(() => t.stop());

describe('items', () => {
  it('adds an item: 201 with the item, SharePoint system properties and typed values', async () => {
    const added = await rota().items.add({
      Title: 'Court Team - July 2025',
      TeamId: 7,
      VisitMonth: '2025-07',
      VisitStart: '2025-07-24T09:00:00.000Z',
      CouncillorEmails: 'a@x.test\nb@x.test',
      Status: 'Planned',
      Committees: ['A', 'C'],
      Active: true
    });
    expect(added).toMatchObject({
      'odata.type': 'SP.Data.Visit_x0020_RotaListItem',
      'odata.etag': '"1"',
      FileSystemObjectType: 0,
      Id: 1,
      ID: 1,
      Title: 'Court Team - July 2025',
      TeamId: 7,
      VisitStart: '2025-07-24T09:00:00Z',
      DurationMinutes: 150,
      CouncillorEmails: 'a@x.test\nb@x.test',
      Committees: ['A', 'C'],
      Active: true,
      AuthorId: expect.any(Number),
      EditorId: expect.any(Number),
      GUID: expect.stringMatching(/^[0-9a-f-]{36}$/)
    });
    expect(added.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('stores DateTime as UTC: offsets are applied, zone-less values are site (London) time', async () => {
    const a = await rota().items.add({ Title: 'tz', VisitStart: '2025-07-24T10:00:00+01:00' });
    expect(a.VisitStart).toBe('2025-07-24T09:00:00Z');
    const b = await rota().items.add({ Title: 'tz2', VisitStart: '2025-07-24T10:00:00' });
    expect(b.VisitStart).toBe('2025-07-24T09:00:00Z');
    const c = await rota().items.add({ Title: 'tz3', VisitStart: '2025-01-24T10:00:00' });
    expect(c.VisitStart).toBe('2025-01-24T10:00:00Z');
    await rota().items.getById(a.Id).delete();
    await rota().items.getById(b.Id).delete();
    await rota().items.getById(c.Id).delete();
  });

  it('empty values come back as null, and null clears a value', async () => {
    const a = await rota().items.add({ Title: 'empty', VisitMonth: '' });
    expect(a).toMatchObject({ VisitMonth: null, VisitStart: null, Committees: null, Active: null, TeamId: null });
    await rota().items.getById(a.Id).update({ Title: null });
    expect((await rota().items.getById(a.Id)()).Title).toBeNull();
    await rota().items.getById(a.Id).delete();
  });

  it('accepts the verbose MultiChoice shape {results: [...]}', async () => {
    const a = await rota().items.add({
      Title: 'mc',
      Committees: { __metadata: { type: 'Collection(Edm.String)' }, results: ['B'] }
    });
    expect(a.Committees).toEqual(['B']);
    await rota().items.getById(a.Id).delete();
  });

  it('updates with MERGE + IF-Match: 204, new ETag; a stale ETag gets 412', async () => {
    const item = await rota().items.getById(1)();
    const r = await rota().items.getById(1).update({ Status: 'Booked' }, item['odata.etag']);
    expect(r.etag).toBe('"2"');
    const stale = await spError(rota().items.getById(1).update({ Status: 'Planned' }, item['odata.etag']));
    expect(stale).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"2"'.`
    });
    await rota().items.getById(1).update({ Status: 'Planned' }); // IF-Match: * (PnPjs default)
    expect((await rota().items.getById(1)())['odata.etag']).toBe('"3"');
  });

  it('GET items(id) returns the ETag header; unknown ids are 404', async () => {
    const res = await raw(t.srv, "web/lists/getByTitle('Visit Rota')/items(1)");
    expect(res.headers.get('etag')).toBe('"3"');
    const err = await spError(rota().items.getById(999)());
    expect(err).toMatchObject({
      status: 404,
      message: 'Item does not exist. It may have been deleted by another user.'
    });
  });

  it('$select narrows the item; person fields expand', async () => {
    const [one] = await rota()
      .items.select('Title', 'Author/Title', 'Author/EMail', 'Committees')
      .expand('Author')
      .filter('ID eq 1')();
    expect(one).toEqual({
      'odata.type': 'SP.Data.Visit_x0020_RotaListItem',
      'odata.id': expect.any(String),
      'odata.etag': '"3"',
      'odata.editLink': expect.stringMatching(/Items\(1\)$/),
      Title: 'Court Team - July 2025',
      Committees: ['A', 'C'],
      Author: expect.objectContaining({ Title: 'Admin', EMail: 'admin@frontline.test' })
    });
    expect((await spError(rota().items.select('Author/Title')())).status).toBe(400);
  });

  it('refuses unknown properties and badly typed values with SharePoint errors', async () => {
    const unknown = await spError(rota().items.add({ Title: 'x', Nope: 1 }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toBe(
      "The property 'Nope' does not exist on type 'SP.Data.Visit_x0020_RotaListItem'. Make sure to only use property names that are defined by the type."
    );
    expect((await spError(rota().items.add({ VisitStart: 'next tuesday' }))).message).toMatch(/Edm.DateTime/);
    expect((await spError(rota().items.add({ TeamId: 'seven' }))).status).toBe(400);
    expect((await spError(rota().items.add({ Active: 'yes' }))).status).toBe(400);
    expect((await spError(rota().items.add({ Title: 'x'.repeat(256) }))).status).toBe(400);
  });

  it('deletes with DELETE (X-HTTP-Method) and honours IF-Match', async () => {
    const a = await rota().items.add({ Title: 'to delete' });
    await rota().items.getById(a.Id).update({ Title: 'changed' });
    expect((await spError(rota().items.getById(a.Id).delete('"1"'))).status).toBe(412);
    await rota().items.getById(a.Id).delete('"2"');
    expect((await spError(rota().items.getById(a.Id)())).status).toBe(404);
    const b = await rota().items.add({ Title: 'real DELETE' });
    const res = await raw(t.srv, `web/lists/getByTitle('Visit Rota')/items(${b.Id})`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    const again = await rota().items.add({ Title: 'ids are never reused' });
    expect(again.Id).toBeGreaterThan(b.Id);
  });

  it('answers verbose and nometadata requests too', async () => {
    const v = await raw(t.srv, "web/lists/getByTitle('Visit Rota')/items?$select=Title,Committees&$filter=ID eq 1", {
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const d = v.json() as { d: { results: Array<Record<string, unknown>> } };
    expect(d.d.results[0].__metadata).toMatchObject({ etag: '"3"', type: 'SP.Data.Visit_x0020_RotaListItem' });
    expect(d.d.results[0].Committees).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['A', 'C'] });
    const n = await raw(t.srv, "web/lists/getByTitle('Visit Rota')/items(1)?$select=Title", {
      headers: { Accept: 'application/json;odata=nometadata' }
    });
    expect(n.json()).toEqual({ Title: 'Court Team - July 2025' });
  });
});
