import { findChildIdentifiers, type ChildIdentifierKind } from '../../../src/core/forms/childIdentifiers';
import { SEED_FORMS } from '../../../src/core/samples/forms2025';

describe('findChildIdentifiers: warns on text that may identify a child', () => {
  const cases: [string, string, ChildIdentifierKind][] = [
    ['We heard about Jack, 7, who has settled well.', 'Jack, 7', 'nameAndAge'],
    ['Amy (aged 12) is now in a stable placement.', 'Amy (aged 12)', 'nameAndAge'],
    ['Amy (12) moved school.', 'Amy (12)', 'nameAndAge'],
    ['The worker described Sam who is 14 and his progress.', 'Sam who is 14', 'nameAndAge'],
    ["Support for Sam, who's 14, improved.", "Sam, who's 14", 'nameAndAge'],
    ['They told me about a 14-year-old called Sam.', '14-year-old called Sam', 'nameAndAge'],
    ['15 year old Ellie has started college.', '15 year old Ellie', 'nameAndAge'],
    ['A fourteen-year-old boy named Josh was discussed.', 'fourteen-year-old boy named Josh', 'nameAndAge'],
    ['Ellie, a 15 year old in foster care, spoke to us.', 'Ellie, a 15 year old', 'nameAndAge'],
    ['Mia aged 3 was placed with her aunt.', 'Mia aged 3', 'nameAndAge'],
    ['Jake is 16 years old and lives independently.', 'Jake is 16 years old', 'nameAndAge'],
    ['Ellie-Mae, 9 and her brother were seen.', 'Ellie-Mae, 9', 'nameAndAge'],
    ['Record shows DOB 12/03/2015 for the case.', 'DOB 12/03/2015', 'dateOfBirth'],
    ['d.o.b. 1.3.15 was wrong on the plan.', 'd.o.b. 1.3.15', 'dateOfBirth'],
    ['Date of birth: 3rd May 2014.', 'Date of birth: 3rd May 2014', 'dateOfBirth'],
    ['The child was born on 3 May 2014 in Crewe.', 'born on 3 May 2014', 'dateOfBirth'],
    ['She was born 2014-05-03.', 'born 2014-05-03', 'dateOfBirth'],
    ['He was born in March 2012.', 'born in March 2012', 'dateOfBirth'],
    ['We discussed a child called Mia.', 'child called Mia', 'namedChild'],
    ['A young person named Tom wants a PA.', 'young person named Tom', 'namedChild'],
    ['The mother and her son Leo attend family time.', 'her son Leo', 'namedChild'],
    ['Their youngest daughter, Amy, is at nursery.', 'Their youngest daughter, Amy', 'namedChild'],
    ['Care leaver known as Kai moved to a flat.', 'Care leaver known as Kai', 'namedChild'],
    ['Family time with baby Alfie is supervised.', 'baby Alfie', 'namedChild']
  ];

  it.each(cases)('%s', (text, span, kind) => {
    const found = findChildIdentifiers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, kind });
    expect(text.slice(found[0].start, found[0].end)).toBe(span);
    expect(found[0].reason.length).toBeLessThan(30);
  });

  it('finds every phrase in a longer text, once each', () => {
    const found = findChildIdentifiers('Jack, 7 and Amy, 9, live with a 14-year-old called Sam (DOB 01/02/2011).');
    expect(found.map((f) => f.text)).toEqual(['Jack, 7', 'Amy, 9', '14-year-old called Sam', 'DOB 01/02/2011']);
  });
});

describe('findChildIdentifiers: quiet on ordinary findings text', () => {
  // Excerpts from the real 2025 forms (seed 004) with staff names, numbers, ages and dates.
  const excerpts = [
    'Having Jess back has offered stability and she understands the service, delivery and data.',
    "They felt left on their own to make large decisions, Annemarie's position was not replaced.",
    'A new court team has reduced some of the workload for social workers and caseloads are at a maximum of 21.',
    'Caseloads are 25 but ideally they should be around 20/22.',
    'EET at 64% is a positive direction.',
    'Transition is still not straightforward, transition should be at 17 but this is when a care leaver is allocated.',
    'Pathway plans action on how the young person achieves, review offers until 21 years.',
    '24 th July 2025',
    'Improvements have been made to the number of visits reaching 90% with plan completion at 94%.',
    'More staff, need PAs from age 16 years, ambassadors are more present, forum meetings.',
    'Mileage caps unfair, e.g. 500 miles covered in two days, when the mileage compensated drops when 800 miles has been completed.',
    'Since inception in February 2025 the Court Team has enabled dedicated Social Workers to work with children.',
    'Sometimes a child was not presented to the Court Team for a month into the 26 week window due to lack of records.',
    "There isn't enough room on the 7th floor of Delamare House to accommodate the whole team at the same time.",
    'Convert Mountview in Congleton into a care leavers accommodation hub (care leaver team).',
    'Junction 16 app is great but could be progressed.',
    'Felt that the £11,000 per week fees were not good value for money.',
    'Data and performance care plans are now efficient, strategy visits, 16+ risk assessments and pathway plans.',
    'All four workers in the forum found Al help in report writing reduced workload and improved formats.',
    'some work almost double the 37 hours, often waking at night thinking about a child.'
  ];

  it.each(excerpts)('%s', (text) => {
    expect(findChildIdentifiers(text)).toEqual([]);
  });

  it('other ordinary phrasings: counts, cohorts, anonymised children, staff', () => {
    for (const text of [
      'Children aged 5 to 11 are seen weekly; Care Leavers aged 18 get a PA.',
      '17 year old Care leavers need earlier PAs.',
      'Child A (aged 12) was discussed anonymously.',
      'In Crewe, 25 staff attended; however, 7 were agency.',
      'Overall, 8 out of 10.',
      'A social worker called Jess led the session.',
      'Children born in 2014 are in Year 6.',
      'The DOB field on the form is often blank.',
      'Meeting on 3 May 2014 with the team.',
      'Scaling: 7. Team of 12 (two agency).',
      'Hannah, 34, the team manager, and Sam (41) from fostering joined us.',
      'Visited by Councillor Holland, 17 July; form dated Holland, 17/07/25.'
    ]) {
      expect(findChildIdentifiers(text)).toEqual([]);
    }
    expect(findChildIdentifiers('')).toEqual([]);
  });

  it('the three real 2025 forms raise nothing, in any answer', () => {
    for (const form of SEED_FORMS) {
      for (const [id, value] of Object.entries(form.answers)) {
        expect({ form: form.councillor, id, found: findChildIdentifiers(String(value ?? '')) }).toEqual({
          form: form.councillor,
          id,
          found: []
        });
      }
    }
  });
});
