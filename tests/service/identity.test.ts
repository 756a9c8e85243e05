/**
 * @jest-environment node
 */
// Who the service believes: Entra ID access tokens are verified (signature, issuer, audience,
// lifetime) with jose; here against a key pair made for the test instead of Entra's published keys.
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { entraIdentity, localIdentity } from '../../src/service/identity';

const TENANT = '11111111-2222-3333-4444-555555555555';
const AUDIENCE = 'api://frontline-visits';
let signing: KeyLike;
let other: KeyLike;
let authenticate: ReturnType<typeof entraIdentity>;

const token = (
  claims: Record<string, unknown>,
  options: { key?: KeyLike; issuer?: string; audience?: string; expires?: string } = {}
): Promise<string> =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test' })
    .setIssuer(options.issuer ?? `https://sts.windows.net/${TENANT}/`)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '1h')
    .sign(options.key ?? signing);

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signing = pair.privateKey;
  other = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test', alg: 'RS256' };
  authenticate = entraIdentity({ tenantId: TENANT, audiences: [AUDIENCE], keys: createLocalJWKSet({ keys: [jwk] }) });
});

describe('Entra ID callers', () => {
  it('accepts a v1 or v2 token for this API and names the person by upn or preferred_username', async () => {
    const v1 = await token({ upn: 'Cllr.Anna@Example.gov.uk', oid: 'oid-1' });
    expect(await authenticate({ authorization: `Bearer ${v1}` })).toEqual({
      email: 'cllr.anna@example.gov.uk',
      aadObjectId: 'oid-1'
    });
    const v2 = await token(
      { preferred_username: 'officer@example.gov.uk' },
      { issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` }
    );
    expect((await authenticate({ authorization: `Bearer ${v2}` }))?.email).toBe('officer@example.gov.uk');
  });

  it('refuses tokens for another API, another tenant, signed by another key, expired, or with no person', async () => {
    const bad = [
      await token({ upn: 'a@example.gov.uk' }, { audience: 'api://someone-else' }),
      await token(
        { upn: 'a@example.gov.uk' },
        { issuer: 'https://sts.windows.net/99999999-2222-3333-4444-555555555555/' }
      ),
      await token({ upn: 'a@example.gov.uk' }, { key: other }),
      await token({ upn: 'a@example.gov.uk' }, { expires: '-10m' }),
      await token({ appid: 'daemon' })
    ];
    for (const t of bad) expect(await authenticate({ authorization: `Bearer ${t}` })).toBeUndefined();
    expect(await authenticate({})).toBeUndefined();
    expect(await authenticate({ 'x-frontline-user': 'cllr.anna@example.gov.uk' })).toBeUndefined();
  });
});

describe('local callers', () => {
  it('trusts the local identity header only, and only a plausible address', async () => {
    const local = localIdentity();
    expect(await local({ 'x-frontline-user': ' Cllr.Anna@example.gov.uk ' })).toEqual({
      email: 'cllr.anna@example.gov.uk'
    });
    expect(await local({ 'x-frontline-user': 'not an address' })).toBeUndefined();
    expect(await local({})).toBeUndefined();
  });
});
