// POST /_api/$batch: runs each part as its own request (own transaction) with the outer caller.
// Changesets are not transactional, as in SharePoint: a failing part fails only itself.
import { Caller, Reply, SiteConfig, errorReply } from '../http/context';
import { errors } from '../http/odataErrors';
import { execute } from '../http/router';
import { Store } from '../store/store';
import { buildBatchResponse, parseBatch } from './multipart';

/** SharePoint Online accepts up to 100 operations per batch (PnPjs sends at most 20). */
export const MAX_BATCH_PARTS = 100;

export function executeBatch(
  body: string,
  contentType: string | undefined,
  caller: Caller,
  store: Store,
  site: SiteConfig,
  onError?: (e: unknown) => void
): Reply {
  const parts = parseBatch(body, contentType);
  if (parts.length > MAX_BATCH_PARTS) throw errors.badBatch(`more than ${MAX_BATCH_PARTS} operations`);
  const replies = parts.map((p) => {
    let url: URL;
    try {
      url = new URL(p.url, `${site.webUrl}/`);
    } catch {
      return errorReply(errors.badBatch(`bad URL ${p.url}`), 'minimal');
    }
    if (/\/_api\/\$batch$/i.test(url.pathname)) return errorReply(errors.badBatch('nested $batch'), 'minimal');
    return execute(
      { method: p.method, url: `${url.pathname}${url.search}`, headers: p.headers, body: p.body },
      () => caller,
      store,
      site,
      onError
    );
  });
  const built = buildBatchResponse(replies);
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${built.boundary}` }, body: built.body };
}
