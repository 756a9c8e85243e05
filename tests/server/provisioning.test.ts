// Provisioning through the real PnPjs client: lists.ensure, fields.add*, field and list updates.
import { ADMIN, TestServer, raw, spError, startTestServer } from './helpers';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

describe('lists', () => {
  it('lists.ensure creates a generic list (BaseTemplate 100) and then updates it', async () => {
    const first = await t.admin.web.lists.ensure('Councillors', 'People who visit');
    expect(first.created).toBe(true);
    expect(first.data).toMatchObject({
      Title: 'Councillors',
      BaseTemplate: 100,
      Description: 'People who visit',
      EntityTypeName: 'CouncillorsList'
    });
    const again = await t.admin.web.lists.ensure('Councillors', 'Changed', 100, false, { EnableVersioning: true });
    expect(again.created).toBe(false);
    const info = await t.admin.web.lists.getByTitle('Councillors').select('Title', 'Description', 'EnableVersioning')();
    expect(info).toMatchObject({ Title: 'Councillors', Description: 'Changed', EnableVersioning: true });
  });

  it('getByTitle is case-insensitive and accepts doubled quotes', async () => {
    await t.admin.web.lists.add("Head of Service's Responses");
    const l = await t.admin.web.lists.getByTitle("HEAD OF SERVICE'S RESPONSES")();
    expect(l.Title).toBe("Head of Service's Responses");
    expect(l.ListItemEntityTypeFullName).toBe('SP.Data.Head_x0020_of_x0020_Service_x0027_s_x0020_ResponsesListItem');
    const byId = await t.admin.web.lists.getById(l.Id)();
    expect(byId.Title).toBe(l.Title);
  });

  it('MERGE updates Description, Hidden and EnableVersioning; unknown properties are refused', async () => {
    const list = t.admin.web.lists.getByTitle('Councillors');
    await list.update({ Description: 'd2', Hidden: true, EnableVersioning: false });
    expect(await list.select('Description', 'Hidden', 'EnableVersioning')()).toMatchObject({
      Description: 'd2',
      Hidden: true,
      EnableVersioning: false
    });
    const err = await spError(list.update({ NotAProperty: 1 } as never));
    expect(err).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' });
    await list.update({ Hidden: false });
  });

  it('refuses a second list with the same title', async () => {
    const err = await spError(t.admin.web.lists.add('councillors'));
    expect(err.status).toBe(500);
    expect(err.message).toMatch(/already exists/);
  });

  it('enumerates lists with $filter and $select', async () => {
    const lists = await t.admin.web.lists.filter("Title eq 'Councillors'").select('Title', 'ItemCount')();
    expect(lists).toEqual([expect.objectContaining({ Title: 'Councillors', ItemCount: 0 })]);
  });

  it('deletes a list', async () => {
    await t.admin.web.lists.add('Scratch');
    await t.admin.web.lists.getByTitle('Scratch').delete();
    expect((await spError(t.admin.web.lists.getByTitle('Scratch')())).status).toBe(404);
  });
});

describe('fields', () => {
  const fields = () => t.admin.web.lists.getByTitle('Councillors').fields;

  it('adds every field type the product uses, with PnPjs verbose bodies', async () => {
    await fields().addText('Email', { MaxLength: 255 });
    await fields().addMultilineText('Notes');
    await fields().addDateTime('DbsCheckDate');
    await fields().addNumber('Scaling', { MinimumValue: 0, MaximumValue: 10 });
    await fields().addBoolean('Active');
    await fields().addChoice('Status', { Choices: ['Draft', 'Submitted'] });
    await fields().addMultiChoice('Committees', {
      Choices: ['Children and Families Committee', 'Cared For Children and Care Leavers Committee']
    });
    await fields().addUser('Officer');
    const all = await fields()
      .filter('Hidden eq false and ReadOnlyField eq false')
      .select('InternalName', 'TypeAsString', 'FieldTypeKind')();
    const kinds = Object.fromEntries(all.map((f) => [f.InternalName, [f.TypeAsString, f.FieldTypeKind]]));
    expect(kinds).toMatchObject({
      Title: ['Text', 2],
      Email: ['Text', 2],
      Notes: ['Note', 3],
      DbsCheckDate: ['DateTime', 4],
      Scaling: ['Number', 9],
      Active: ['Boolean', 8],
      Status: ['Choice', 6],
      Committees: ['MultiChoice', 15],
      Officer: ['User', 20]
    });
  });

  it('returns the field in verbose format to fields.add (it asks for odata=verbose)', async () => {
    const res = await raw(t.srv, "web/lists/getByTitle('Councillors')/fields", {
      method: 'POST',
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({
        __metadata: { type: 'SP.FieldChoice' },
        Title: 'Kind',
        FieldTypeKind: 6,
        Choices: { results: ['A', 'B'] }
      })
    });
    expect(res.status).toBe(201);
    const d = (res.json() as { d: Record<string, unknown> }).d;
    expect(d.__metadata).toMatchObject({ type: 'SP.FieldChoice' });
    expect(d.Choices).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['A', 'B'] });
  });

  it('finds fields by internal name or title, and 404s unknown ones', async () => {
    const f = await fields().getByInternalNameOrTitle('Committees')();
    expect(f).toMatchObject({
      InternalName: 'Committees',
      Choices: ['Children and Families Committee', 'Cared For Children and Care Leavers Committee']
    });
    const byTitle = await fields().getByTitle('Created By')();
    expect(byTitle.InternalName).toBe('Author');
    const err = await spError(fields().getByInternalNameOrTitle('Nope')());
    expect(err.status).toBe(404);
    expect(err.message).toMatch(/Column 'Nope' does not exist/);
  });

  it('field.update sets Indexed, EnforceUniqueValues, Required and Choices', async () => {
    await fields()
      .getByInternalNameOrTitle('Email')
      .update({ Indexed: true, EnforceUniqueValues: true, Required: true });
    await fields()
      .getByInternalNameOrTitle('Status')
      .update({ Choices: ['Draft', 'Submitted', 'Withdrawn'] });
    const email = await fields()
      .getByInternalNameOrTitle('Email')
      .select('Indexed', 'EnforceUniqueValues', 'Required')();
    expect(email).toMatchObject({ Indexed: true, EnforceUniqueValues: true, Required: true });
    expect((await fields().getByInternalNameOrTitle('Status')()).Choices).toEqual(['Draft', 'Submitted', 'Withdrawn']);
  });

  it('refuses to index a Note field and a duplicate field name', async () => {
    expect((await spError(fields().getByInternalNameOrTitle('Notes').update({ Indexed: true }))).status).toBe(400);
    expect((await spError(fields().addText('Email'))).status).toBe(500);
  });

  it('derives internal names from titles like SharePoint, and honours SchemaXml names', async () => {
    const added = await fields().addText('Point of Contact');
    expect(added).toMatchObject({ InternalName: 'Point_x0020_of_x0020_Contact' });
    await fields().createFieldAsXml(
      '<Field Type="Text" Name="AadObjectId" DisplayName="Entra object id" Indexed="TRUE" />'
    );
    expect(await fields().getByInternalNameOrTitle('AadObjectId').select('Title', 'Indexed')()).toMatchObject({
      Title: 'Entra object id',
      Indexed: true
    });
  });

  it('deletes a custom field but not a built-in one', async () => {
    await fields().addText('Temp');
    await fields().getByInternalNameOrTitle('Temp').delete();
    expect((await spError(fields().getByInternalNameOrTitle('Temp')())).status).toBe(404);
    expect((await spError(fields().getByInternalNameOrTitle('Created').delete())).status).toBe(400);
  });

  it('only the site admin (or Full Control / Edit) may provision', async () => {
    const member = t.as('member@frontline.test');
    await t.admin.web.siteGroups
      .getByName('Frontline Visits Members')
      .users.add('i:0#.f|membership|member@frontline.test');
    expect((await spError(member.web.lists.add('Mine'))).status).toBe(403);
    expect((await spError(member.web.lists.getByTitle('Councillors').fields.addText('X'))).status).toBe(403);
    expect(ADMIN).toBe('admin@frontline.test');
  });
});
