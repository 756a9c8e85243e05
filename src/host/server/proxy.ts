// Forwards the site's REST calls to the local list server, so the page and the API share one
// origin as on SharePoint: no CORS preflights (the X-Frontline-User header would otherwise make
// every call two), so the requests the page makes are the requests production makes.
import * as http from 'http';

export interface ProxyTarget {
  /** For error messages, e.g. "local list server". */
  name: string;
  hostname: string;
  port: number;
  /** The host's own agent, destroyed on close so no kept-alive socket holds the list server open. */
  agent: http.Agent;
}

export function proxyRequest(target: ProxyTarget, req: http.IncomingMessage, res: http.ServerResponse): void {
  // The Host header is kept: the list server builds odata.nextLink, odata.id and $batch URLs from
  // it, so paging links point back through this proxy rather than around it.
  const upstream = http.request(
    {
      hostname: target.hostname,
      port: target.port,
      agent: target.agent,
      method: req.method,
      path: req.url,
      headers: req.headers
    },
    (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    }
  );
  upstream.on('error', (e: NodeJS.ErrnoException) => {
    if (res.headersSent) {
      res.destroy(e);
      return;
    }
    // SharePoint-shaped, so PnPjs reports it like any other failed call.
    const message = `The ${target.name} at ${target.hostname}:${target.port} did not answer (${e.code ?? e.message}). Is it running?`;
    res.writeHead(502, { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' });
    res.end(
      JSON.stringify({
        'odata.error': { code: '-1, Frontline.LocalHostProxy', message: { lang: 'en-US', value: message } }
      })
    );
  });
  req.pipe(upstream);
}
