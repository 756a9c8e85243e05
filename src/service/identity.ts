// Who is calling the Frontline service. On a tenant the web part calls with an Entra ID access
// token (SPFx AadHttpClient) which is verified here; locally the workbench names the user in the
// same X-Frontline-User header the local list server trusts. Never from the request body.
import type { IncomingHttpHeaders } from 'http';
import type { JWTVerifyGetKey } from 'jose';
import { normalizeEmail } from '../core/email';

export interface Identity {
  email: string;
  aadObjectId?: string;
}

/** Undefined when the request carries no acceptable identity (the caller answers 401). */
export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Identity | undefined>;

export const LOCAL_USER_HEADER = 'x-frontline-user';

/** Local runs only: trusts the header, exactly as the local list server does. */
export function localIdentity(): Authenticate {
  return async (headers) => {
    const raw = headers[LOCAL_USER_HEADER];
    const email = normalizeEmail(Array.isArray(raw) ? raw[0] : raw);
    return email && /^[^\s@]+@[^\s@]+$/.test(email) ? { email } : undefined;
  };
}

export interface EntraOptions {
  tenantId: string;
  /** The API's application ID URI and/or client id: the token's `aud` must be one of them. */
  audiences: string[];
  /** Signing keys; default Entra ID's published keys for the tenant. */
  keys?: JWTVerifyGetKey;
}

/**
 * Bearer tokens from Entra ID for this API: signature, issuer (v1 or v2 endpoint of the tenant),
 * audience and lifetime are checked by jose; the person is the token's upn / preferred_username.
 */
export function entraIdentity(options: EntraOptions): Authenticate {
  // jose (83 modules) is loaded with the first token, not at start: local runs never need it.
  let verifier: Promise<{ jwtVerify: typeof import('jose').jwtVerify; keys: JWTVerifyGetKey }> | undefined;
  const loadVerifier = () =>
    (verifier ??= import('jose').then((jose) => ({
      jwtVerify: jose.jwtVerify,
      keys:
        options.keys ??
        jose.createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${options.tenantId}/discovery/v2.0/keys`))
    })));
  const issuers = [
    `https://login.microsoftonline.com/${options.tenantId}/v2.0`,
    `https://sts.windows.net/${options.tenantId}/`
  ];
  return async (headers) => {
    const auth = headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!match) return undefined;
    try {
      const { jwtVerify, keys } = await loadVerifier();
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: issuers,
        audience: options.audiences,
        clockTolerance: 120
      });
      const email = [payload.upn, payload.preferred_username, payload.email].find(
        (v): v is string => typeof v === 'string' && v.includes('@')
      );
      if (!email) return undefined;
      return { email: normalizeEmail(email), aadObjectId: typeof payload.oid === 'string' ? payload.oid : undefined };
    } catch {
      return undefined;
    }
  };
}
