/**
 * @jest-environment node
 */
// /healthz, /readyz, correlation ids and graceful shutdown of the service's HTTP server, in process.
import express from 'express';
import type { AddressInfo } from 'net';
import { startService, type ServiceHandle } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { mountOperations } from '../../src/service/operations';
import { configureLogging, correlationIdFrom, type LogEntry } from '../../src/service/logger';
import type { ServiceOptions } from '../../src/service/app';

const entries: LogEntry[] = [];
beforeAll(() => configureLogging({ sink: (_line, entry) => entries.push(entry) }));

/** A service with no lists behind it: only the operations routes and one slow route are called. */
function service(extra: Partial<ServiceOptions>, release: Promise<void>): Promise<ServiceHandle> {
  const none = {} as never;
  return startService({
    repos: none,
    sharing: none,
    formReads: none,
    officers: none,
    audit: none,
    process: none,
    authenticate: localIdentity(),
    now: () => '2025-07-28T10:00:00.000Z',
    port: 0,
    extend: (app) =>
      app.get('/slow', (_req, res) => {
        release.then(() => res.json({ done: true }));
      }),
    ...extra
  });
}

describe('health and readiness', () => {
  it('answers /healthz and /api/health, and /readyz with what is wrong', async () => {
    let problems = ['lists: missing Visit Rota (run npm run provision)'];
    const s = await service({ ready: [async () => problems, async () => []] }, Promise.resolve());
    try {
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${s.url}/api/health`)).json()).toEqual({ ok: true });
      const notReady = await fetch(`${s.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'not ready', problems });
      problems = [];
      expect(await (await fetch(`${s.url}/readyz`)).json()).toEqual({ status: 'ready', problems: [] });
    } finally {
      await s.close();
    }
  });

  it('names a readiness check that failed outright', async () => {
    const s = await service({ ready: [() => Promise.reject(new Error('lists: unreachable'))] }, Promise.resolve());
    try {
      const r = await fetch(`${s.url}/readyz`);
      expect(r.status).toBe(503);
      expect((await r.json()).problems).toEqual(['lists: unreachable']);
    } finally {
      await s.close();
    }
  });

  it('answers 503 on /healthz, /api/health and /readyz once shutdown has begun', async () => {
    const app = express();
    const ops = mountOperations(app, []);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      ops.beginShutdown();
      for (const path of ['/healthz', '/api/health', '/readyz']) expect((await fetch(url + path)).status).toBe(503);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('correlation ids', () => {
  it('takes x-correlation-id or a traceparent, else makes a UUID, and answers with it', async () => {
    expect(correlationIdFrom({ 'x-correlation-id': 'abc-123' })).toBe('abc-123');
    expect(correlationIdFrom({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' })).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736'
    );
    expect(correlationIdFrom({ 'x-correlation-id': 'has spaces\nand lines' })).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationIdFrom({ traceparent: 'nonsense' })).toMatch(/^[0-9a-f-]{36}$/);
    const s = await service({}, Promise.resolve());
    try {
      const r = await fetch(`${s.url}/healthz`, { headers: { 'x-correlation-id': 'op-42' } });
      expect(r.headers.get('x-correlation-id')).toBe('op-42');
      expect(entries).toContainEqual(
        expect.objectContaining({ msg: 'request', correlationId: 'op-42', route: '/healthz', status: 200 })
      );
    } finally {
      await s.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('refuses new connections, lets the request in flight finish, then closes', async () => {
    let finish = (): void => undefined;
    const s = await service({}, new Promise<void>((r) => (finish = r)));
    const slow = fetch(`${s.url}/slow`);
    await new Promise((r) => setTimeout(r, 200));
    const stopped = s.shutdown(30000);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    finish();
    const r = await slow;
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ done: true });
    await expect(stopped).resolves.toBe(true);
  });

  it('gives up on a request still running after the timeout, and says so', async () => {
    const s = await service({}, new Promise<void>(() => undefined));
    const slow = fetch(`${s.url}/slow`).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 200));
    await expect(s.shutdown(300)).resolves.toBe(false);
    expect(String(await slow)).toContain('fetch failed');
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'shutdown timed out with requests in flight' }));
  });
});
