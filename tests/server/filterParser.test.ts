// Unit tests of the $filter parser and path parser (no server).
import { FilterNode, parseFilter } from '../../src/server/query/filterParser';
import { parsePath } from '../../src/server/http/pathParser';
import { toUtcIso } from '../../src/server/store/time';

describe('parseFilter', () => {
  it('builds a tree with OData precedence (not > and > or)', () => {
    expect(parseFilter("A eq 1 or B eq 'x' and not C eq null")).toEqual({
      k: 'or',
      l: { k: 'cmp', op: 'eq', l: { k: 'field', path: 'A' }, r: { k: 'lit', t: 'number', v: 1 } },
      r: {
        k: 'and',
        l: { k: 'cmp', op: 'eq', l: { k: 'field', path: 'B' }, r: { k: 'lit', t: 'string', v: 'x' } },
        r: { k: 'not', e: { k: 'cmp', op: 'eq', l: { k: 'field', path: 'C' }, r: { k: 'lit', t: 'null' } } }
      }
    });
  });

  it('reads literals: doubled quotes, datetime, guid, decimals, booleans', () => {
    expect(parseFilter("T eq 'it''s'")).toMatchObject({ r: { t: 'string', v: "it's" } });
    expect(parseFilter("D ge datetime'2025-07-24T00:00:00Z'")).toMatchObject({
      r: { t: 'datetime', v: '2025-07-24T00:00:00Z' }
    });
    expect(parseFilter("G eq guid'AB-1'")).toMatchObject({ r: { t: 'guid' } });
    expect(parseFilter('N lt -1.5')).toMatchObject({ r: { t: 'number', v: -1.5 } });
    expect(parseFilter('B eq true')).toMatchObject({ r: { t: 'bool', v: true } });
    expect(parseFilter("startswith(Title, 'x')")).toEqual({
      k: 'fn',
      name: 'startswith',
      args: [
        { k: 'field', path: 'Title' },
        { k: 'lit', t: 'string', v: 'x' }
      ]
    });
    expect(parseFilter("Author/EMail eq 'a'")).toMatchObject({ l: { k: 'field', path: 'Author/EMail' } });
  });

  it('builds balanced trees for and/or chains, so 500 terms nest 9 deep, not 500', () => {
    const depth = (n: FilterNode): number =>
      n.k === 'and' || n.k === 'or' ? 1 + Math.max(depth(n.l), depth(n.r)) : n.k === 'not' ? 1 + depth(n.e) : 0;
    const chain = Array.from({ length: 500 }, (_, i) => `ID eq ${i}`).join(' or ');
    expect(depth(parseFilter(chain))).toBe(9);
    expect(depth(parseFilter(`not (${chain.replace(/ or /g, ' and ')})`))).toBe(10);
  });

  it('refuses nesting and length past the limits, naming them', () => {
    const limits =
      /at most 100 levels of nesting \(parentheses, not, functions\), 500 comparisons and 65536 characters/;
    expect(() => parseFilter(`${'not '.repeat(101)}A eq 1`)).toThrow(limits);
    expect(() => parseFilter(`${'('.repeat(101)}A eq 1${')'.repeat(101)}`)).toThrow(limits);
    expect(() => parseFilter(Array.from({ length: 501 }, () => 'A eq 1').join(' and '))).toThrow(limits);
    expect(() => parseFilter(`A eq '${'x'.repeat(65536)}'`)).toThrow(limits);
    expect(() => parseFilter(`startswith(A,'${'x'.repeat(1001)}')`)).toThrow(/at most 1000 are allowed/);
  });

  it.each([
    '',
    'eq',
    "A eq 'x",
    'A eq 1 B eq 2',
    'A EQ 1',
    '(A eq 1',
    'A eq 1)',
    'and A eq 1',
    'f(A)',
    'A eq 1 and',
    'A # 1'
  ])('rejects %p', (text) => {
    expect(() => parseFilter(text)).toThrow(/is not valid/);
  });
});

describe('parsePath', () => {
  it('splits segments, reads arguments and resolves @aliases', () => {
    const q = new URLSearchParams("@v='i:0#.f|membership|a@b.c'");
    const segs = parsePath(
      "web/lists/getByTitle('A/B (''x'')')/items(12)/roleassignments/addroleassignment(principalid=5, roledefid=1073741827)/x(@v)",
      q
    );
    expect(segs.map((s) => s.lname)).toEqual([
      'web',
      'lists',
      'getbytitle',
      'items',
      'roleassignments',
      'addroleassignment',
      'x'
    ]);
    expect(segs[2].args).toEqual([{ value: { t: 'string', v: "A/B ('x')" } }]);
    expect(segs[3].args).toEqual([{ value: { t: 'number', v: 12 } }]);
    expect(segs[5].args).toEqual([
      { key: 'principalid', value: { t: 'number', v: 5 } },
      { key: 'roledefid', value: { t: 'number', v: 1073741827 } }
    ]);
    expect(segs[6].args).toEqual([{ value: { t: 'string', v: 'i:0#.f|membership|a@b.c' } }]);
  });
});

describe('toUtcIso', () => {
  it('normalises to second precision UTC and reads zone-less values in the site zone', () => {
    expect(toUtcIso('2025-07-24T09:00:00.123Z', 'Europe/London')).toBe('2025-07-24T09:00:00Z');
    expect(toUtcIso('2025-07-24', 'Europe/London')).toBe('2025-07-23T23:00:00Z');
    expect(toUtcIso('2025-12-24', 'Europe/London')).toBe('2025-12-24T00:00:00Z');
    expect(toUtcIso('2025-06-01T10:00:00', 'Europe/London')).toBe('2025-06-01T09:00:00Z');
    expect(toUtcIso('2025-06-01T10:00:00-05:00', 'Europe/London')).toBe('2025-06-01T15:00:00Z');
    expect(toUtcIso('2025-02-30', 'UTC')).toBeUndefined();
    expect(toUtcIso('tomorrow', 'UTC')).toBeUndefined();
  });
});
