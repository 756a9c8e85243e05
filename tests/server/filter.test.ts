// $filter and $orderby through PnPjs: every operator, literal kind and the SPOData builder.
import { TestServer, spError, startTestServer } from './helpers';

let t: TestServer;
const list = () => t.admin.web.lists.getByTitle('Findings');

const ROWS = [
  {
    Title: "O'Brien visit",
    Email: 'a@x.test',
    Score: 3,
    Submitted: '2025-07-01T09:00:00Z',
    Done: true,
    Status: 'Draft',
    Areas: ['North'],
    Answers: 'long text'
  },
  {
    Title: 'Court Team',
    Email: 'b@x.test',
    Score: 7,
    Submitted: '2025-07-24T09:00:00Z',
    Done: false,
    Status: 'Submitted',
    Areas: ['North', 'South']
  },
  {
    Title: 'court team 2',
    Email: 'c@x.test',
    Score: 10,
    Submitted: '2025-08-02T12:30:00Z',
    Done: true,
    Status: 'Submitted',
    Areas: ['East']
  },
  { Title: 'Intake', Email: 'd@x.test', Score: null, Submitted: null, Done: null, Status: null, Areas: null }
];

const titles = async (filter: string): Promise<string[]> =>
  (await list().items.filter(filter).select('Title').orderBy('ID')()).map((i) => i.Title);

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Findings');
  const f = list().fields;
  await f.addText('Email');
  await f.addNumber('Score');
  await f.addDateTime('Submitted');
  await f.addBoolean('Done');
  await f.addChoice('Status', { Choices: ['Draft', 'Submitted'] });
  await f.addMultiChoice('Areas', { Choices: ['North', 'South', 'East'] });
  await f.addMultilineText('Answers');
  for (const r of ROWS) await list().items.add(r);
});
afterAll(() => t.stop());

describe('$filter', () => {
  it('compares text case-insensitively (eq, ne) and escapes quotes by doubling', async () => {
    expect(await titles("Title eq 'court team'")).toEqual(['Court Team']);
    expect(await titles("Title eq 'O''Brien visit'")).toEqual(["O'Brien visit"]);
    expect(await titles("Status ne 'Submitted'")).toEqual(["O'Brien visit", 'Intake']);
  });

  it('compares numbers (gt, ge, lt, le)', async () => {
    expect(await titles('Score gt 3')).toEqual(['Court Team', 'court team 2']);
    expect(await titles('Score ge 3 and Score le 7')).toEqual(["O'Brien visit", 'Court Team']);
    expect(await titles('Score lt 7')).toEqual(["O'Brien visit"]);
    expect(await titles('3 lt Score')).toEqual(['Court Team', 'court team 2']);
  });

  it('compares dates given as datetime literals or plain ISO strings', async () => {
    expect(await titles("Submitted ge datetime'2025-07-24T00:00:00Z'")).toEqual(['Court Team', 'court team 2']);
    expect(await titles("Submitted lt '2025-07-24T09:00:00Z'")).toEqual(["O'Brien visit"]);
    expect(await titles("Submitted eq '2025-07-24T09:00:00.000Z'")).toEqual(['Court Team']);
  });

  it('compares booleans as true/false and 1/0', async () => {
    expect(await titles('Done eq true')).toEqual(["O'Brien visit", 'court team 2']);
    expect(await titles('Done eq 0')).toEqual(['Court Team']);
  });

  it('supports null comparisons', async () => {
    expect(await titles('Score eq null')).toEqual(['Intake']);
    expect(await titles('Submitted ne null and Done ne null')).toHaveLength(3);
  });

  it('supports and, or, not and parentheses', async () => {
    expect(await titles("(Status eq 'Draft' or Score eq 10) and Done eq 1")).toEqual(["O'Brien visit", 'court team 2']);
    expect(await titles("not (Status eq 'Submitted')")).toEqual(["O'Brien visit"]);
    expect(await titles("Status eq 'Draft' or Status eq 'Submitted' and Score gt 8")).toEqual([
      "O'Brien visit",
      'court team 2'
    ]);
  });

  it('supports startswith and substringof (case-insensitive)', async () => {
    expect(await titles("startswith(Title,'court')")).toEqual(['Court Team', 'court team 2']);
    expect(await titles("substringof('TEAM', Title)")).toEqual(['Court Team', 'court team 2']);
    expect(await titles("substringof('%', Title)")).toEqual([]);
    expect(await titles("startswith(Email,'a') eq false")).toEqual(['Court Team', 'court team 2', 'Intake']);
  });

  it('matches MultiChoice values with eq / ne', async () => {
    expect(await titles("Areas eq 'North'")).toEqual(["O'Brien visit", 'Court Team']);
    expect(await titles("Areas ne 'North'")).toEqual(['court team 2', 'Intake']);
  });

  it('filters by ID, Id and person fields', async () => {
    expect(await titles('ID le 2')).toEqual(["O'Brien visit", 'Court Team']);
    expect(await titles('Id eq 4')).toEqual(['Intake']);
    const me = await t.admin.web.currentUser();
    expect(await titles(`AuthorId eq ${me.Id}`)).toHaveLength(4);
    expect(await titles("Author/EMail eq 'ADMIN@frontline.test'")).toHaveLength(4);
  });

  it('works with the SPOData builder PnPjs offers (filter(f => …))', async () => {
    type Row = { Title: string; Score: number; Submitted: Date; Done: boolean };
    const items = await list()
      .items.filter<Row>((f) =>
        f
          .number('Score')
          .greaterThan(2)
          .and()
          .date('Submitted')
          .lessThan(new Date('2025-08-01T00:00:00Z'))
          .and()
          .boolean('Done')
          .isTrue()
      )
      .select('Title')();
    expect(items.map((i) => i.Title)).toEqual(["O'Brien visit"]);
    const startsWith = await list()
      .items.filter<Row>((f) => f.text('Title').startsWith('Court'))
      .select('Title')();
    expect(startsWith).toHaveLength(2);
  });

  it('refuses Note fields in filters, like SharePoint', async () => {
    const err = await spError(list().items.filter("Answers eq 'long text'")());
    expect(err).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "The field 'Answers' of type 'Note' cannot be used in the query filter expression."
    });
  });

  it('reports unknown fields and malformed expressions as SharePoint does', async () => {
    expect(await spError(list().items.filter("Nope eq 'x'")())).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "The field or property 'Nope' does not exist."
    });
    for (const bad of [
      "Title eq 'unterminated",
      'Title eq',
      'Title eq 1 and',
      "Title eqq 'x'",
      '(Title eq 1',
      "Score gt 'many'",
      'Title',
      'Title eq Title'
    ]) {
      const err = await spError(list().items.filter(bad)());
      expect(err.status).toBe(400);
      expect(err.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    }
  });
});

describe('$orderby', () => {
  it('orders by one or more fields, asc and desc, nulls first ascending', async () => {
    const byScore = await list().items.select('Title').orderBy('Score', false)();
    expect(byScore.map((i) => i.Title)).toEqual(['court team 2', 'Court Team', "O'Brien visit", 'Intake']);
    const byStatus = await list().items.select('Title').orderBy('Status').orderBy('Title', false)();
    expect(byStatus.map((i) => i.Title)).toEqual(['Intake', "O'Brien visit", 'court team 2', 'Court Team']);
  });

  it('refuses unknown and Note fields', async () => {
    expect((await spError(list().items.orderBy('Nope')())).status).toBe(400);
    expect((await spError(list().items.orderBy('Answers')())).status).toBe(400);
  });
});
