// The seed 000 and 001 parsers against the real seed papers. Counts were made by hand from the
// text copies (data/seeds/), one per bullet, as noted beside each expectation.
import { byKey, count, s000, s001 } from './parsedSeeds';

describe('seed 000, paras 21-43: the 2023-24 themes by team', () => {
  it('finds 32 findings: one per bullet under "Areas of strength" / "Areas for improvement"', () => {
    // ChECS: para 23 has 5 strengths (2, a blank line, 3), para 24 has 5 improvements.
    // CINCP: para 28 has 5 strengths, para 29 has 4 improvements.
    // CWD social work team: para 36 has 2, para 37 has 3. Short Breaks: para 41 has 4, para 42 has 4.
    expect(s000).toHaveLength(32);
    expect(count(s000, (r) => `${r.ref} ${r.kind}`)).toEqual({
      'para 23 strength': 5,
      'para 24 development': 5,
      'para 28 strength': 5,
      'para 29 development': 4,
      'para 36 strength': 2,
      'para 37 development': 3,
      'para 41 strength': 4,
      'para 42 development': 4
    });
    expect(count(s000, (r) => r.teamName ?? '')).toEqual({
      'Cheshire East Consultation Service (ChECS)': 10,
      'Child in Need and Child Protection (CINCP)': 9,
      'Children with Disabilities Social Work Team (CWD)': 5,
      'Children with Disabilities Short Breaks Team': 8
    });
    expect(new Set(s000.map((r) => `${r.period} ${r.paper} ${r.area} ${r.committeeDate}`))).toEqual(
      new Set(['2023-24 seed-000 other 2025-06-08T23:00:00.000Z'])
    );
  });

  it('keeps each finding with its paragraph, team, area now and the current service position', () => {
    expect(byKey('seed-000:para-24:5')).toEqual({
      key: 'seed-000:para-24:5',
      period: '2023-24',
      teamName: 'Cheshire East Consultation Service (ChECS)',
      serviceArea: 'Front Door',
      area: 'other',
      kind: 'development',
      text: 'The police moving out of Delamere House has had an impact on ease of information sharing.',
      paper: 'seed-000',
      ref: 'para 24',
      responseText: expect.stringContaining('Police presence in the office has increased to one day per week.'),
      committeeDate: '2025-06-08T23:00:00.000Z'
    });
    expect(byKey('seed-000:para-23:3').text).toBe('Timely decisions.');
    const cincp = byKey('seed-000:para-29:3');
    expect(cincp).toMatchObject({
      text: 'Sometimes staff have to return home because there is no space to work.',
      serviceArea: 'Children in Need and Child Protection'
    });
    // Paras 30-33: the bullets under "Current service position" and the three paragraphs after them.
    expect(cincp.responseText).toMatch(
      /^The strengths observed have continued\.\n\n.*Office space is more of an issue in Crewe.*car salary sacrifice scheme/s
    );
    const shortBreaks = byKey('seed-000:para-42:1');
    expect(shortBreaks).toMatchObject({ serviceArea: 'Family Help', ref: 'para 42' });
    // Para 43 has no "current service position" heading; the heading after it is not part of it.
    expect(shortBreaks.responseText).toMatch(/^The CWD short breaks team has now been integrated.*now available\.$/);
    expect(byKey('seed-000:para-36:1').text).toBe(
      "There is clear 'assess and release' criteria, so the team knows what it is achieving."
    );
  });

  it('takes nothing from outside paras 21-43 (para 20, the visits paragraphs, the 2025 arrangements)', () => {
    const texts = s000.map((r) => r.text).join('\n');
    expect(texts).not.toMatch(/passionate commitment|One visit to ChECS took place|Court Team|What's your experience/);
  });
});

describe('seed 001, Appendix 2: what staff said in 2017-18, and the head of service response', () => {
  it('finds 46 items: one per bullet (or per table cell) of "What staff said"', () => {
    // ChECS 15: workload 1 (the table cell), referral 7 (cell + 6 bullets), staffing 2, support 3, other 2.
    // Crewe 26: workload 5, referral 10 (5 bullets, the response, 5 more), staffing 4, support 4, other 3.
    // Macclesfield 5: workload 2, referral 1, staffing 1, support 1 (text on the heading line), other 0.
    expect(s001).toHaveLength(46);
    expect(count(s001, (r) => `${r.teamName} ${r.key.split(':')[3]}`)).toEqual({
      'Cheshire East Consultation Service (ChECS) workload': 1,
      'Cheshire East Consultation Service (ChECS) referral': 7,
      'Cheshire East Consultation Service (ChECS) staffing': 2,
      'Cheshire East Consultation Service (ChECS) support': 3,
      'Cheshire East Consultation Service (ChECS) other': 2,
      'Crewe CIN/CP workload': 5,
      'Crewe CIN/CP referral': 10,
      'Crewe CIN/CP staffing': 4,
      'Crewe CIN/CP support': 4,
      'Crewe CIN/CP other': 3,
      'Macclesfield CIN/CP workload': 2,
      'Macclesfield CIN/CP referral': 1,
      'Macclesfield CIN/CP staffing': 1,
      'Macclesfield CIN/CP support': 1
    });
    // Workload and referral systems are practice (26), staffing and support working there (15), other issues neither (5).
    expect(count(s001, (r) => r.area)).toEqual({ quality: 26, experience: 15, other: 5 });
    expect(new Set(s001.map((r) => `${r.period} ${r.kind} ${r.committeeDate}`))).toEqual(
      new Set(['2017-18 other 2018-07-15T23:00:00.000Z'])
    );
  });

  it('joins cells a page break split, and keeps category headings out of the text', () => {
    expect(byKey('seed-001:appendix-2:checs:workload:1').text).toMatch(
      /^The work load is diverse and interesting\..*reported concerns\.$/
    );
    expect(byKey('seed-001:appendix-2:checs:referral:1').text).toMatch(
      /an experienced Grade 10 Social Worker who has management experience\. Grade 9 Social Workers/
    );
    expect(byKey('seed-001:appendix-2:cin-cp-crewe:staffing:3').text).toMatch(
      /reduce the number of teams from 5 to 4 rather than replace this manager\.$/
    );
    expect(byKey('seed-001:appendix-2:cin-cp-crewe:other:1').text).toMatch(
      /A solution maybe to have a communication system which allows staff to work in the office until their case is due to be heard\.$/
    );
    expect(byKey('seed-001:appendix-2:cin-cp-macc:referral:1').text).toMatch(
      /Performance challenge has been done for a while and found to work\. Rewarding/
    );
    expect(byKey('seed-001:appendix-2:cin-cp-macc:support:1').text).toMatch(/^Liquid Logic is great\./);
    expect(byKey('seed-001:appendix-2:cin-cp-crewe:referral:2').text).toBe(
      'Cases that had been to court were taking a long time to be transferred on'
    );
    expect(byKey('seed-001:appendix-2:checs:other:2')).toMatchObject({
      text: 'Access to the front door',
      area: 'other',
      ref: 'Appendix 2 (Summary of issues and Head of Service response), Cheshire East Consultation Service (ChECS): Other Issues'
    });
    expect(byKey('seed-001:appendix-2:cin-cp-crewe:support:3')).toMatchObject({
      text: 'The problem of desk space has been resolved by the removal of some cupboards',
      area: 'experience'
    });
  });

  it("gives each team's items the team's head of service response, joined across page breaks", () => {
    const checs = byKey('seed-001:appendix-2:checs:staffing:2').responseText ?? '';
    expect(checs).toMatch(/^The review of ChECS was completed and implemented in 2017\./);
    expect(checs).toContain(
      'During this period the number of team managers planned to ensure of the efficiency of the service.'
    );
    expect(checs).toMatch(/between the teams that are co-located\.$/);
    const crewe = byKey('seed-001:appendix-2:cin-cp-crewe:workload:1').responseText ?? '';
    expect(crewe).toContain('focus on case closures. Workers received overtime');
    expect(crewe).toContain('when working with Relinquished Babies and children at risk of adoption disruptions.');
    expect(crewe).toContain('understanding the reasons for this. Recent themes');
    expect(crewe).toMatch(/Polish Family Support Worker and this will reduce the monies spent on interpretation\.$/);
    expect(byKey('seed-001:appendix-2:cin-cp-macc:workload:1').responseText).toContain(
      'there is a good level of communication between education'
    );
    // The response is never taken for what staff said.
    expect(s001.map((r) => r.text).join('\n')).not.toMatch(
      /Call monitoring has taken place|The review of ChECS|Relinquished Babies|Macclesfield Cin\/CP has a more/
    );
  });

  it('takes nothing from the 2018 guidance or form that follow the appendix', () => {
    expect(s001.map((r) => r.text).join('\n')).not.toMatch(
      /Signs of Safety model|Are there vacancies|Please scale|quarterly/
    );
  });
});
