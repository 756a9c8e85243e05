/**
 * @jest-environment node
 */
// The requests API refuses, over HTTP against the local list server: anyone but the head of service
// and their delegate (403, or 401 with no identity), with a message and nothing changed; bad input
// with a 400 that says what is allowed, never a 5xx; other origins than SharePoint's.
import { preflight as corsPreflight } from './preflight';
import { AccessDeniedError } from '../../src/core/errors';
import { ANNA, DEPUTY, HOS, OFFICER, OTHER_HOS, SM, STRANGER, useRequestsWorld } from './requestsWorld';

const { w, as, raw, requests } = useRequestsWorld();

describe('the requests API refuses', () => {
  it('everyone but the head of service and their delegate, with a message, and changes nothing', async () => {
    const id = w().annaRequest.id;
    for (const who of [OTHER_HOS, ANNA, SM, STRANGER, OFFICER]) {
      for (const attempt of [
        () => as(who).respond(id, 'Yes.'),
        () => as(who).delegate(id, DEPUTY),
        () => as(who).ask(id, 'Which placements?')
      ]) {
        const e = await attempt().catch((err: unknown) => err);
        expect([who, e]).toEqual([who, expect.any(AccessDeniedError)]);
        expect((e as Error).message).toMatch(/Only the head of service for Court Team or the person they delegated to/);
      }
    }
    const anonymous = await raw(`/api/requests/${id}/respond`, JSON.stringify({ response: 'Yes.' }), null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { message: string } }).error.message).toMatch(/Sign in/);
    await expect(as(undefined).respond(id, 'Yes.')).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await requests().get(id)).toEqual(w().annaRequest);
    expect(w().notices).toEqual([]);
  });

  it('bad input with a 400 that says what is allowed, never a 5xx', async () => {
    const id = w().annaRequest.id;
    const json = JSON.stringify;
    const cases: [string, string, number, string][] = [
      ['/api/requests/abc/respond', json({ response: 'Yes.' }), 400, 'not a request id'],
      ['/api/requests/0/respond', json({ response: 'Yes.' }), 400, 'not a request id'],
      ['/api/requests/1e3/respond', json({ response: 'Yes.' }), 400, 'not a request id'],
      [`/api/requests/${id}/respond`, '{not json', 400, 'not valid JSON'],
      [`/api/requests/${id}/respond`, '[]', 400, '"response" as text'],
      [`/api/requests/${id}/respond`, json({}), 400, '"response" is required, as text'],
      [`/api/requests/${id}/respond`, json({ response: 42 }), 400, '"response" is required, as text'],
      [`/api/requests/${id}/respond`, json({ response: '   ' }), 400, 'Please write a response'],
      [`/api/requests/${id}/respond`, json({ response: 'x'.repeat(4001) }), 400, 'the most is 4000'],
      [`/api/requests/${id}/delegate`, json({ delegateEmail: null }), 400, '"delegateEmail" is required, as text'],
      [
        `/api/requests/${id}/delegate`,
        json({ delegateEmail: 'not an address' }),
        400,
        'e-mail address of the person to delegate to'
      ],
      [`/api/requests/${id}/ask`, json({ question: ['a'] }), 400, '"question" is required, as text'],
      [`/api/requests/${id}/ask`, json({ question: 'x'.repeat(1001) }), 400, 'the most is 1000'],
      [`/api/requests/${id}/ask`, json({ question: 'x'.repeat(70 * 1024) }), 413, 'too large'],
      ['/api/requests/999999/respond', json({ response: 'Yes.' }), 404, 'not found'],
      [`/api/requests/${id}/approve`, json({ response: 'Yes.' }), 404, 'No such requests API call'],
      ['/api/requests', '{}', 404, 'No such requests API call']
    ];
    for (const [path, body, status, text] of cases) {
      const reply = await raw(path, body);
      expect([path, body.slice(0, 40), reply.status]).toEqual([path, body.slice(0, 40), status]);
      expect(reply.headers.get('content-type')).toMatch(/json/);
      expect(((await reply.json()) as { error: { message: string } }).error.message).toContain(text);
    }
    const get = await fetch(`${w().service.url}/api/requests/${id}/respond`, { headers: { 'X-Frontline-User': HOS } });
    expect(get.status).toBe(404);
    expect(await requests().get(id)).toEqual(w().annaRequest);
  });

  it('calls from other origins than the SharePoint tenant', async () => {
    const preflight = (origin: string): Promise<Response> =>
      corsPreflight(`${w().service.url}/api/requests/${w().annaRequest.id}/respond`, origin);
    const ok = await preflight('https://contoso.sharepoint.com');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://contoso.sharepoint.com');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
