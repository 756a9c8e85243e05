// /_api/contextinfo, /_api/site and /_api/web (and everything hanging off the web).
import { randomBytes } from 'crypto';
import { Ctx, Reply, noContent, replyComplex, replyEntity } from '../http/context';
import { complex, entity } from '../http/format';
import { errors } from '../http/odataErrors';
import { Segment } from '../http/pathParser';
import { selectProps } from '../query/collection';
import { demand } from '../security/permissions';
import { Perm } from '../security/roles';
import { webEntity } from './entities';
import { listsRoute } from './lists';
import { roleDefinitionsRoute, securityRoute, isSecuritySegment } from './security';
import {
  associatedGroupRoute,
  currentUserRoute,
  ensureUserRoute,
  siteGroupsRoute,
  siteUsersRoute,
  userByIdRoute
} from './users';
import { allow, end, isUpdate, str } from './util';

export const DIGEST_TIMEOUT_SECONDS = 1800;

export function contextInfo(ctx: Ctx, tail: Segment[]): Reply {
  end(tail);
  allow(ctx, 'contextinfo', 'POST');
  const digest = `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString()}`;
  const info = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: digest,
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: ctx.site.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.site.webUrl
  };
  if (ctx.format === 'verbose') {
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' },
      body: JSON.stringify({
        d: {
          GetContextWebInformation: {
            __metadata: { type: 'SP.ContextWebInformation' },
            ...info,
            SupportedSchemaVersions: {
              __metadata: { type: 'Collection(Edm.String)' },
              results: info.SupportedSchemaVersions
            }
          }
        }
      })
    };
  }
  return replyComplex(ctx, complex('SP.ContextWebInformation', info));
}

export function siteRoute(ctx: Ctx, tail: Segment[]): Reply {
  if (tail.length > 0 && tail[0].lname === 'rootweb') return webRoute(ctx, tail.slice(1));
  end(tail);
  allow(ctx, 'site', 'GET');
  const w = ctx.store.web();
  const e = entity({
    type: 'SP.Site',
    uri: `${ctx.site.webUrl}/_api/site`,
    editLink: 'site',
    props: { Id: w.siteId, ServerRelativeUrl: ctx.site.sitePath, Url: ctx.site.webUrl, ReadOnly: false }
  });
  return replyEntity(ctx, selectProps(e, ctx.query.get('$select')));
}

export function webRoute(ctx: Ctx, rest: Segment[]): Reply {
  if (rest.length === 0) {
    if (ctx.method === 'GET') return replyEntity(ctx, selectProps(webEntity(ctx), ctx.query.get('$select')));
    if (isUpdate(ctx.method)) {
      demand(ctx, { kind: 'web' }, Perm.ManageWeb);
      for (const k of Object.keys(ctx.body)) {
        if (!['Title', 'Description'].includes(k) && !k.startsWith('odata.')) throw errors.unknownProperty(k, 'SP.Web');
      }
      ctx.store.updateWeb(str(ctx.body.Title), str(ctx.body.Description));
      return noContent();
    }
    throw errors.methodNotAllowed(ctx.method, 'web');
  }
  const [s, ...tail] = rest;
  switch (s.lname) {
    case 'lists':
      return listsRoute(ctx, s, tail);
    case 'currentuser':
      return currentUserRoute(ctx, tail);
    case 'ensureuser':
      return ensureUserRoute(ctx, tail);
    case 'siteusers':
      return siteUsersRoute(ctx, s, tail);
    case 'getuserbyid':
      return userByIdRoute(ctx, s, tail);
    case 'sitegroups':
      return siteGroupsRoute(ctx, s, tail);
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup':
      return associatedGroupRoute(ctx, s, tail);
    case 'roledefinitions':
      return roleDefinitionsRoute(ctx, s, tail);
    default:
      if (isSecuritySegment(s)) return securityRoute(ctx, { kind: 'web' }, s, tail);
      throw errors.resourceNotFound(s.raw);
  }
}
