// FRONTLINE_HEAP_GROWING_PERCENT (src/node/heapSettings.ts): its default, the values refused, what
// is handed to V8, and that the service entry applies it before loading anything else.
import * as fs from 'fs';
import * as path from 'path';
import { applyHeapSettings, heapGrowingPercent } from '../../src/node/heapSettings';

describe('FRONTLINE_HEAP_GROWING_PERCENT', () => {
  it("is 100 unless set, 0 for V8's own rule, and takes whole percents from 10 to 400", () => {
    expect(heapGrowingPercent(undefined)).toEqual({ percent: 100 });
    expect(heapGrowingPercent('  ')).toEqual({ percent: 100 });
    expect(heapGrowingPercent('0')).toEqual({});
    expect(heapGrowingPercent('10')).toEqual({ percent: 10 });
    expect(heapGrowingPercent('50')).toEqual({ percent: 50 });
    expect(heapGrowingPercent(' 400 ')).toEqual({ percent: 400 });
  });

  it.each(['9', '401', '50%', '1.5', '-50', '0x32', 'off'])('refuses %j, saying what is allowed', (raw) => {
    const r = heapGrowingPercent(raw);
    expect('problem' in r && r.problem).toContain('whole number of percent from 10 to 400, or 0');
  });

  it('hands V8 the percent (the default when unset), and nothing when 0 or refused', () => {
    const set = jest.fn<void, [string]>();
    expect(applyHeapSettings({ FRONTLINE_HEAP_GROWING_PERCENT: '50' }, set)).toBe(50);
    expect(applyHeapSettings({ FRONTLINE_HEAP_GROWING_PERCENT: '120' }, set)).toBe(120);
    expect(set.mock.calls).toEqual([['--heap-growing-percent=50'], ['--heap-growing-percent=120']]);
    set.mockClear();
    expect(applyHeapSettings({}, set)).toBe(100);
    expect(set.mock.calls).toEqual([['--heap-growing-percent=100']]);
    set.mockClear();
    expect(applyHeapSettings({ FRONTLINE_HEAP_GROWING_PERCENT: '0' }, set)).toBeUndefined();
    expect(applyHeapSettings({ FRONTLINE_HEAP_GROWING_PERCENT: 'lots' }, set)).toBeUndefined();
    expect(set).not.toHaveBeenCalled();
  });

  it("is the service entry's first import, so V8 has it before the rest of the service loads", () => {
    const source = fs.readFileSync(path.join(__dirname, '../../src/node/serviceCli.ts'), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports[0]).toBe("import { heapGrowingPercentSet } from './serviceHeap';");
    const entry = fs.readFileSync(path.join(__dirname, '../../src/node/serviceHeap.ts'), 'utf8');
    expect(entry).toMatch(/^export const heapGrowingPercentSet: number \| undefined = applyHeapSettings\(\);$/m);
  });
});
