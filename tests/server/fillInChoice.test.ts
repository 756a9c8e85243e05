// FillInChoice on Choice and MultiChoice fields, as SharePoint has it: set on create (PnPjs
// addChoice / addMultiChoice, SchemaXml) or by MERGE, and reported in the field's metadata.
import '@pnp/sp/fields';
import { TestServer, spError, startTestServer } from './helpers';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Visit Rota', 'Visits');
});
afterAll(() => t.stop());

const fields = () => t.admin.web.lists.getByTitle('Visit Rota').fields;

describe('FillInChoice', () => {
  it('is false on a choice field created without it, and stored when given', async () => {
    await fields().addChoice('Status', { Choices: ['Planned', 'Booked'] });
    await fields().addChoice('Committee', { Choices: ['A'], FillInChoice: true });
    await fields().addMultiChoice('Committees', { Choices: ['A'], FillInChoice: true });
    const read = (await fields()
      .filter('FieldTypeKind eq 6 or FieldTypeKind eq 15')
      .select('InternalName', 'FillInChoice')()) as { InternalName: string; FillInChoice: boolean }[];
    expect(Object.fromEntries(read.map((f) => [f.InternalName, f.FillInChoice]))).toEqual({
      Status: false,
      Committee: true,
      Committees: true
    });
  });

  it('is turned on (and off) by MERGE, with the choices', async () => {
    await fields()
      .getByInternalNameOrTitle('Status')
      .update({ FillInChoice: true, Choices: ['Planned', 'Booked', 'X'] }, 'SP.FieldChoice');
    expect(await fields().getByInternalNameOrTitle('Status').select('FillInChoice', 'Choices')()).toMatchObject({
      FillInChoice: true,
      Choices: ['Planned', 'Booked', 'X']
    });
    await fields().getByInternalNameOrTitle('Status').update({ FillInChoice: false }, 'SP.FieldChoice');
    expect(((await fields().getByInternalNameOrTitle('Status')()) as { FillInChoice?: boolean }).FillInChoice).toBe(
      false
    );
  });

  it('is read from SchemaXml', async () => {
    await fields().createFieldAsXml(
      '<Field Type="Choice" Name="Kind" DisplayName="Kind" FillInChoice="TRUE"><CHOICES><CHOICE>Ofsted</CHOICE></CHOICES></Field>'
    );
    expect(await fields().getByInternalNameOrTitle('Kind').select('FillInChoice', 'Choices')()).toMatchObject({
      FillInChoice: true,
      Choices: ['Ofsted']
    });
  });

  it('refuses a value that is not a boolean', async () => {
    const err = await spError(fields().getByInternalNameOrTitle('Committee').update({ FillInChoice: 'maybe' }));
    expect(err.status).toBe(400);
  });

  it('does not add FillInChoice to fields of other kinds', async () => {
    await fields().addText('Area');
    const area = (await fields().getByInternalNameOrTitle('Area')()) as Record<string, unknown>;
    expect('FillInChoice' in area).toBe(false);
  });

  it('stores a value outside the choices over REST, as SharePoint does (the forms are what FillInChoice changes)', async () => {
    const items = t.admin.web.lists.getByTitle('Visit Rota').items;
    const added = (await items.add({ Title: 'v', Committee: 'Not a choice', Committees: ['A', 'B'] })) as {
      Id: number;
    };
    expect(await items.getById(added.Id).select('Committee', 'Committees')()).toMatchObject({
      Committee: 'Not a choice',
      Committees: ['A', 'B']
    });
  });
});
