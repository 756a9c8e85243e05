// core/email.ts: the one rule for what an e-mail address is and how addresses and domains compare,
// and the report settings' contact e-mail, which is checked with it.
import { inDomains, isEmailAddress, normalizeEmail, sameEmail } from '../../src/core/email';
import { DEFAULT_PACK_SETTINGS, packSettingsErrors } from '../../src/core/pack/settings';

describe('isEmailAddress', () => {
  it.each([
    'visits@council.gov.uk',
    ' Visits@Council.GOV.uk ',
    'a.b-c+d@sub.cheshireeast.gov.uk',
    "sean.o'brien@council.gov.uk"
  ])('accepts %s', (a) => expect(isEmailAddress(a)).toBe(true));

  it.each([
    '',
    'visits',
    'visits@',
    '@council.gov.uk',
    'visits@council',
    'two words@council.gov.uk',
    'a@b@council.gov.uk',
    '"quoted"@council.gov.uk',
    'Anna <anna@council.gov.uk>',
    'anna@council.gov.uk; bob@council.gov.uk',
    'anna@-council.gov.uk',
    `${'a'.repeat(65)}@council.gov.uk`,
    `a@${'abcdefghij.'.repeat(24)}gov.uk`
  ])('refuses %j', (a) => expect(isEmailAddress(a)).toBe(false));

  it('takes no address from nothing', () => {
    expect(isEmailAddress(undefined)).toBe(false);
    expect(isEmailAddress(null)).toBe(false);
    expect(normalizeEmail(undefined)).toBe('');
    expect(sameEmail('', '')).toBe(false);
  });
});

describe('inDomains', () => {
  it('accepts the domain and its subdomains, not look-alikes or non-addresses', () => {
    const domains = ['cheshireeast.gov.uk', '@Council.GOV.uk '];
    expect(inDomains('anna@cheshireeast.gov.uk', domains)).toBe(true);
    expect(inDomains('Anna@Schools.CheshireEast.gov.uk', domains)).toBe(true);
    expect(inDomains('bob@council.gov.uk', domains)).toBe(true);
    expect(inDomains('eve@evilcheshireeast.gov.uk', domains)).toBe(false);
    expect(inDomains('eve@cheshireeast.gov.uk.example.com', domains)).toBe(false);
    expect(inDomains('not an address cheshireeast.gov.uk', domains)).toBe(false);
  });
});

describe("the committee report's contact e-mail", () => {
  const withContact = (contactEmail: unknown) => ({ ...DEFAULT_PACK_SETTINGS, contactEmail });

  it('may be empty or one address', () => {
    expect(packSettingsErrors(withContact(''))).toEqual([]);
    expect(packSettingsErrors(withContact('visits@council.gov.uk'))).toEqual([]);
  });

  it.each(['Jo Bloggs', 'jo@council', 'jo@council.gov.uk, al@council.gov.uk', 42, undefined])(
    'refuses %j, saying what is allowed',
    (value) =>
      expect(packSettingsErrors(withContact(value))).toEqual([
        { field: 'pack.contactEmail', message: 'must be empty or one e-mail address such as visits@council.gov.uk' }
      ])
  );
});
