// Every other statement of the three July 2025 forms (seed 004 appendices, as split by
// splitStatements), labelled by hand AFTER the rules were written and WITHOUT running the tagger on
// them. It is the closest thing to held-out text the seeds allow, so the evaluation reports it
// separately. Many are context-dependent fragments ("Is this paid back?") labelled as read alone.
//
// The statements are data, in labelledRest2025.json beside this file: one group per form (by its
// councillor), area and kind, and one [text, expected themes] pair per statement.
import { FINDING_AREAS, FINDING_KINDS } from '../../../src/core/history/model';
import type { Labelled } from './labelled';
import { list, oneOf, readBeside, record, text, texts } from './labelledJson';

function loadRest(file: string): Labelled[] {
  return list(readBeside(file), file).flatMap((g, gi) => {
    const group = record(g, `${file}[${gi}]`);
    const form = text(group.form, `${file}[${gi}] form`);
    const area = oneOf(group.area, FINDING_AREAS, `${file}[${gi}] area`);
    const kind = oneOf(group.kind, FINDING_KINDS, `${file}[${gi}] kind`);
    return list(group.statements, `${file}[${gi}] statements`).map((s, i): Labelled => {
      const [statement, expected, ...extra] = list(s, `${file}[${gi}] statement ${i}`);
      if (extra.length) throw new Error(`${file}[${gi}] statement ${i}: more than [text, expected]`);
      return {
        text: text(statement, `${file}[${gi}] statement ${i} text`),
        expected: texts(expected, `${file}[${gi}] statement ${i} expected`),
        paper: 'seed-004',
        ref: `${form} form, ${area} ${kind}`,
        period: '2025-26',
        area,
        kind
      };
    });
  });
}

export const LABELLED_REST_2025: Labelled[] = loadRest('labelledRest2025.json');
