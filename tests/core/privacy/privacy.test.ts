// The privacy rules: where a person can be named (from the schema), matching as the lists normalise
// e-mails, whole-word names, third parties redacted, the pseudonym stable.
import { PERSON_FIELD_ROLES, personRef, textFields, emailProblem } from '../../../src/core/privacy/fields';
import { mentions, OTHER_PERSON, redactOthers, replacePerson } from '../../../src/core/privacy/match';
import { pseudonymFor } from '../../../src/core/privacy/pseudonym';
import { LISTS, listDef, LIST } from '../../../src/lists/schema';

const alice = personRef(' Alice.Able@Example.gov.uk ', ['Alice Able']);

describe('core/privacy', () => {
  it('names only lists and fields the schema has, and scans every text field of every list', () => {
    for (const [list, fields] of Object.entries(PERSON_FIELD_ROLES)) {
      const names = textFields(listDef(list));
      for (const field of Object.keys(fields)) expect(names).toContain(field);
    }
    expect(textFields(listDef(LIST.visits))).toEqual(
      expect.arrayContaining(['Title', 'CouncillorEmails', 'PointOfContactEmail', 'BriefingAcknowledgements'])
    );
    expect(textFields(listDef(LIST.findings))).not.toContain('Scaling');
    expect(LISTS.every((l) => textFields(l).includes('Title'))).toBe(true);
  });

  it('matches the e-mail in any case and the name as whole words', () => {
    expect(alice.email).toBe('alice.able@example.gov.uk');
    expect(mentions('cc ALICE.ABLE@example.GOV.UK', alice)).toBe(true);
    expect(mentions('{"alice.able@example.gov.uk":"2025-07-20"}', alice)).toBe(true);
    expect(mentions('12:alice.able@example.gov.uk', alice)).toBe(true);
    expect(mentions('malice.able@example.gov.uk', alice)).toBe(false);
    expect(mentions('alice.able@example.gov.uk.evil.com', alice)).toBe(false);
    expect(mentions('visited with alice  able today', alice)).toBe(true);
    expect(mentions('Alice Abler', alice)).toBe(false);
    expect(mentions(7, alice)).toBe(false);
  });

  it('replaces the person and redacts everyone else', () => {
    const by = { name: 'Former councillor 0A1B2C3D', email: 'former-0a1b2c3d@pseudonym.invalid' };
    expect(replacePerson('Alice Able (Alice.Able@example.gov.uk)', alice, by)).toBe(`${by.name} (${by.email})`);
    expect(
      redactOthers('Alice Able and Bob Baker; bob@x.gov.uk, alice.able@example.gov.uk', alice, [
        'Bob Baker',
        'Alice Able'
      ])
    ).toBe(`Alice Able and ${OTHER_PERSON}; ${OTHER_PERSON}, alice.able@example.gov.uk`);
  });

  it('makes the pseudonym from the digest, and refuses a short one', () => {
    expect(pseudonymFor('0a1b2c3d4e5f', 'councillor')).toEqual({
      name: 'Former councillor 0A1B2C3D',
      email: 'former-0a1b2c3d@pseudonym.invalid'
    });
    expect(pseudonymFor('0a1b2c3d4e5f', 'member of staff').name).toBe('Former member of staff 0A1B2C3D');
    expect(() => pseudonymFor('abc', 'councillor')).toThrow(/8 hex/);
  });

  it('says what an e-mail must look like', () => {
    expect(emailProblem('Alice.Able@example.gov.uk')).toBeUndefined();
    expect(emailProblem('alice')).toBe("must be an e-mail address such as name@council.gov.uk (got 'alice')");
  });
});
