// jsonCopy (src/core/jsonCopy.ts) must give what the JSON round trip gave turnReads' callers
// before it: the same values for any JSON-like input and for the odd ones JSON rewrites.
import fc from 'fast-check';
import { jsonCopy } from '../../src/core/jsonCopy';

const viaJson = (v: unknown): unknown => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

class Point {
  public constructor(
    public x: number,
    public y: number
  ) {}
  public get sum(): number {
    return this.x + this.y;
  }
}

describe('jsonCopy', () => {
  it('equals the JSON round trip for any JSON-like value, including undefined, NaN and -0 inside', () => {
    const value = fc.anything({
      withNullPrototype: true,
      withObjectString: false,
      withSparseArray: true,
      withDate: true,
      maxDepth: 4
    });
    fc.assert(
      fc.property(value, (v) => {
        expect(jsonCopy(v)).toEqual(viaJson(v));
        expect(JSON.stringify(jsonCopy(v))).toBe(JSON.stringify(viaJson(v)));
      }),
      { numRuns: 500 }
    );
  });

  it('rewrites what JSON rewrites: NaN, infinities and -0, dates, toJSON, class instances, holes, functions', () => {
    const odd = {
      nan: NaN,
      inf: -Infinity,
      negZero: -0,
      when: new Date('2026-12-03T10:00:00.000Z'),
      custom: { toJSON: () => 'custom' },
      point: new Point(1, 2),
      holes: [1, , 3], // eslint-disable-line no-sparse-arrays
      fn: () => 1,
      sym: Symbol('s'),
      gone: undefined,
      inArray: [undefined, () => 1, Symbol('t')],
      nested: Object.assign(Object.create(null) as object, { a: [{ b: -0 }] })
    };
    const copied = jsonCopy(odd);
    expect(copied).toEqual(viaJson(odd));
    expect(Object.is((copied as unknown as { negZero: number }).negZero, 0)).toBe(true);
    expect(Object.keys(copied)).toEqual(Object.keys(viaJson(odd) as object));
  });

  it('gives a copy no edit of which reaches the original', () => {
    const original = { id: 1, councillors: ['a@x.gov.uk'], form: { answers: { q1: 'yes' } } };
    const copied = jsonCopy(original);
    copied.councillors.push('b@x.gov.uk');
    copied.form.answers.q1 = 'no';
    expect(original).toEqual({ id: 1, councillors: ['a@x.gov.uk'], form: { answers: { q1: 'yes' } } });
  });

  it('throws where JSON throws, and keeps undefined', () => {
    expect(jsonCopy(undefined)).toBeUndefined();
    expect(() => jsonCopy({ n: BigInt(1) })).toThrow(TypeError);
    expect(() => jsonCopy(() => 1)).toThrow(SyntaxError);
  });
});
