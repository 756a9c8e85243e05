// Issue 14: the pack's service response is kept per meeting (committee + day), and a save over
// another officer's newer text is refused rather than lost (the stores: tests/adapters/sp/packStores.contract.ts).
import { packResponse, packResponseKey } from '../../../src/core/pack/responses';

const CF = 'Children and Families Committee';

describe('the service response of a committee pack', () => {
  it('is keyed by the meeting: another day or another committee is another key, and a long name still fits', () => {
    expect(packResponseKey(CF, '2025-09-02')).toBe(`2025-09-02|${CF}`);
    expect(packResponseKey(` ${CF} `, '2025-09-02')).toBe(packResponseKey(CF, '2025-09-02'));
    expect(packResponseKey(CF, '2025-11-04')).not.toBe(packResponseKey(CF, '2025-09-02'));
    expect(packResponseKey('Cared For Children and Care Leavers Committee', '2025-09-02')).not.toBe(
      packResponseKey(CF, '2025-09-02')
    );
    const long = 'x'.repeat(250);
    expect(packResponseKey(long, '2025-09-02').length).toBeLessThanOrEqual(255);
    expect(packResponseKey(`${long}a`, '2025-09-02')).not.toBe(packResponseKey(`${long}b`, '2025-09-02'));
  });

  it('checks the meeting and the length', () => {
    expect(() => packResponse('', '2025-09-02', 'x')).toThrow(/choose the meeting/);
    expect(() => packResponse(CF, '2025-09-02', 'x'.repeat(20001))).toThrow(/at most 20000/);
  });
});
