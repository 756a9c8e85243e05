// The web part's client for the Frontline service's requests API: a head of service (or their
// delegate) responds, delegates or asks the councillor for more from the form page, and the
// councillor replies to the question (/reply). Same fetch and
// the same error mapping as the findings client, so core's refusals reach the page as core's errors.
import { postToService, type ApiFetch } from './findingsApi';
import {
  requestActionPath,
  requestReplyPath,
  type RequestAction,
  type RequestActionResponse,
  type RequestBodies
} from './contract';

export interface RequestsApi {
  respond(requestId: number, response: string): Promise<RequestActionResponse>;
  delegate(requestId: number, delegateEmail: string): Promise<RequestActionResponse>;
  ask(requestId: number, question: string): Promise<RequestActionResponse>;
  /** The councillor's reply to the head of service's question (POST /api/requests/<id>/reply). */
  reply(requestId: number, reply: string): Promise<RequestActionResponse>;
}

const OFFLINE =
  'The Frontline service could not be reached. What you typed is still on this page: try again in a moment.';

export class HttpRequestsApi implements RequestsApi {
  /** `baseUrl`: the service's origin ('' = same origin). */
  public constructor(
    private readonly fetch: ApiFetch,
    private readonly baseUrl: string
  ) {}

  public respond(requestId: number, response: string): Promise<RequestActionResponse> {
    return this.post(requestId, 'respond', { response });
  }

  public delegate(requestId: number, delegateEmail: string): Promise<RequestActionResponse> {
    return this.post(requestId, 'delegate', { delegateEmail });
  }

  public ask(requestId: number, question: string): Promise<RequestActionResponse> {
    return this.post(requestId, 'ask', { question });
  }

  public reply(requestId: number, reply: string): Promise<RequestActionResponse> {
    return postToService<RequestActionResponse>(
      this.fetch,
      this.baseUrl,
      requestReplyPath(requestId),
      { reply },
      'submit',
      OFFLINE
    );
  }

  private post<A extends RequestAction>(
    requestId: number,
    action: A,
    body: RequestBodies[A]
  ): Promise<RequestActionResponse> {
    return postToService<RequestActionResponse>(
      this.fetch,
      this.baseUrl,
      requestActionPath(requestId, action),
      body,
      'submit',
      OFFLINE
    );
  }
}
