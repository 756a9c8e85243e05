// Public shapes of the capture Bot Connector (captureConnector.ts), apart so that file stays short.

export type CaptureKind = 'send' | 'reply' | 'update' | 'delete';
/** What a fault can hit: the activity writes, `create` (POST /v3/conversations) and `members` GETs. */
export type FaultOp = CaptureKind | 'create' | 'members';

export interface CapturedActivity {
  conversationId: string;
  activityId: string;
  replyToId?: string;
  kind: CaptureKind;
  activity: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the JSON body as sent
  at: number;
}

export interface TeamsMember {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  userPrincipalName: string;
  tenantId?: string;
}

export interface FaultRule {
  /** Undefined or '*' = any conversation (only those rules hit `create`). */
  conversationId?: string;
  status: number;
  /** Requests to fail: default 1 without `share`, unlimited with it. */
  times?: number;
  retryAfterSeconds?: number;
  /** 0..1: fail this random share of matching requests, from a seeded RNG so runs repeat. */
  share?: number;
  seed?: number;
  /** Default: send, reply, update, delete. */
  ops?: FaultOp[];
}

export interface CaptureStats {
  /** Every HTTP request, faulted and unknown ones included. */
  requests: number;
  /** Activity write attempts (send/reply/update/delete), faulted ones included. */
  sends: number;
  faults: Record<number, number>;
  /** Write-attempt times (ms) per conversation, for rate-limit checks (Teams allows 7/s each). */
  perConversationTimes: Map<string, number[]>;
  /** `METHOD /path` of requests no route matched (answered 404). */
  unmatched: string[];
}

export interface CaptureConnector {
  /** serviceUrl for activities; ends with '/'. */
  url: string;
  /** Activities accepted, in order (faulted attempts are only in stats). */
  sent: CapturedActivity[];
  /** What getMember answers, keyed by user id and by aadObjectId. */
  members: Map<string, TeamsMember>;
  addMember(m: TeamsMember): void;
  fail(rule: FaultRule): void;
  clearFaults(): void;
  /** Resolves with the first matching activity, already captured or yet to come. */
  waitFor(predicate: (a: CapturedActivity) => boolean, timeoutMs?: number): Promise<CapturedActivity>;
  stats(): CaptureStats;
  /** Forgets activities, stats, faults and created conversations; keeps members. */
  reset(): void;
  close(): Promise<void>;
}
