// EnforceUniqueValues: SharePoint's duplicate refusal, atomic under concurrent claims (the bot
// claims a message key this way before sending).
import { TestServer, spError, startTestServer } from './helpers';

let t: TestServer;
const log = () => t.admin.web.lists.getByTitle('Message Claims');

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Message Claims');
  await log().fields.addText('MessageKey');
  await log().fields.addNumber('Attempt');
});
afterAll(() => t.stop());

describe('EnforceUniqueValues', () => {
  it('needs the field to be indexed first', async () => {
    const err = await spError(
      log().fields.getByInternalNameOrTitle('MessageKey').update({ EnforceUniqueValues: true })
    );
    expect(err.status).toBe(400);
    await log().fields.getByInternalNameOrTitle('MessageKey').update({ Indexed: true, EnforceUniqueValues: true });
  });

  it('refuses a duplicate add with SPDuplicateValuesFoundException, case-insensitively', async () => {
    await log().items.add({ Title: 'first', MessageKey: 'visit-12/briefing' });
    const err = await spError(log().items.add({ Title: 'second', MessageKey: 'VISIT-12/BRIEFING' }));
    expect(err).toEqual({
      status: 500,
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message:
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    });
    expect(await log().items.filter("MessageKey eq 'visit-12/briefing'")()).toHaveLength(1);
  });

  it('refuses an update to a duplicate value and leaves the item unchanged', async () => {
    const other = await log().items.add({ Title: 'other', MessageKey: 'visit-13/briefing' });
    expect(
      (await spError(log().items.getById(other.Id).update({ MessageKey: 'visit-12/briefing', Title: 'changed' })))
        .status
    ).toBe(500);
    expect(await log().items.getById(other.Id)()).toMatchObject({
      Title: 'other',
      MessageKey: 'visit-13/briefing',
      'odata.etag': '"1"'
    });
  });

  it('lets exactly one of many concurrent claims of the same key win', async () => {
    const claims = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        t
          .as('admin@frontline.test')
          .web.lists.getByTitle('Message Claims')
          .items.add({ Title: `claim ${i}`, MessageKey: 'visit-99/reminder', Attempt: i })
      )
    );
    expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
    expect(
      claims.filter((c) => c.status === 'rejected').every((c) => (c as PromiseRejectedResult).reason.status === 500)
    ).toBe(true);
    expect(await log().items.filter("MessageKey eq 'visit-99/reminder'")()).toHaveLength(1);
  });

  it('allows many empty values', async () => {
    await log().items.add({ Title: 'no key 1' });
    await log().items.add({ Title: 'no key 2' });
    expect(await log().items.filter('MessageKey eq null')()).toHaveLength(2);
  });

  it('cannot be switched on while duplicates exist', async () => {
    await log().items.add({ Title: 'dup', Attempt: 1 });
    await log().items.add({ Title: 'dup', Attempt: 1 });
    const err = await spError(
      log().fields.getByInternalNameOrTitle('Attempt').update({ Indexed: true, EnforceUniqueValues: true })
    );
    expect(err.code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(
      await log().fields.getByInternalNameOrTitle('Attempt').select('Indexed', 'EnforceUniqueValues')()
    ).toMatchObject({ Indexed: false, EnforceUniqueValues: false });
  });
});
