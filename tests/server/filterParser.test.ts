// Unit tests of the $filter parser and path parser (no server).
import { parseFilter } from '../../src/server/query/filterParser';
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
