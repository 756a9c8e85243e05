// In-memory ConversationStore and SendLog. They exist only for fast unit tests of the bot's
// handlers; production uses SpConversationStore / SpSendLog (src/adapters/sp/messagingStores.ts).
// Both are held to the same contract suite (tests/adapters/sp/messagingStores.contract.ts), so they
// behave like the lists: e-mails lower case, DateTime kept to whole seconds, a counter ETag that a
// stale write is refused on (ConflictError), unique keys, and the claim lease. Every method yields
// between its read and its write, so concurrent callers interleave as they do against SharePoint.
import { ConflictError, NotFoundError } from '../../core/errors';
import type { IsoDateTime } from '../../core/model';
import { claimRefusal, conversationRecord, newClaim, type ClaimResult, type ConversationRecord, type ConversationStore, type SendEntry, type SendLog, type SendRecord } from '../../core/ports/messaging';
import type { Stored } from '../../core/ports/repositories';

const normalEmail = (email: string): string => email.trim().toLowerCase();
/** SharePoint keeps DateTime to the second. */
const toSecond = (iso: IsoDateTime): IsoDateTime => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();
const optSecond = (iso: IsoDateTime | undefined): IsoDateTime | undefined => (iso ? toSecond(iso) : undefined);
/** A turn for other callers (a microtask, so fake timers in handler tests do not stall it). */
const yieldTurn = (): Promise<void> => Promise.resolve();

/** Items by id with SharePoint-like ETags ("1", "2", …, one counter per store) and one unique key. */
class MemoryList<T extends object> {
  private readonly items = new Map<number, Stored<T>>();
  private nextId = 1;
  private version = 0;
  public constructor(private readonly uniqueKey: (item: T) => string) {}

  public all(): Stored<T>[] {
    return Array.from(this.items.values(), (i) => ({ ...i }));
  }
  public byKey(key: string): Stored<T> | undefined {
    const found = Array.from(this.items.values()).find((i) => this.uniqueKey(i) === key);
    return found && { ...found };
  }
  /** The new item, or undefined when its unique key is taken (SharePoint's duplicate-value refusal). */
  public tryAdd(value: T): Stored<T> | undefined {
    if (this.byKey(this.uniqueKey(value))) return undefined;
    const item = { ...value, id: this.nextId++, etag: this.etag() } as Stored<T>;
    this.items.set(item.id, item);
    return { ...item };
  }
  /** The item with `changes`, if it is still at `current.etag`; else ConflictError and no write. */
  public update(current: Stored<T>, changes: Partial<T>): Stored<T> {
    const stored = this.items.get(current.id);
    if (!stored) throw new NotFoundError(`Item ${current.id} was not found, or you may not see it.`);
    if (stored.etag !== current.etag) throw new ConflictError(`Someone else changed item ${current.id} since it was opened. Reload it to see their change, then try again.`);
    const next = { ...stored, ...changes, id: stored.id, etag: this.etag() } as Stored<T>;
    this.items.set(next.id, next);
    return { ...next };
  }
  private etag(): string {
    return `"${++this.version}"`;
  }
}

/** As the SharePoint stores: reads and writes before giving up when others keep changing the item. */
const ATTEMPTS = 5;

export class MemoryConversationStore implements ConversationStore {
  private readonly list = new MemoryList<ConversationRecord>((c) => c.userEmail);

  public async save(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    const value: ConversationRecord = { ...conversationRecord(record), updatedAt: toSecond(record.updatedAt) };
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const existing = await this.byEmail(value.userEmail);
      await yieldTurn();
      try {
        const saved = existing ? this.list.update(existing, value) : this.list.tryAdd(value);
        if (saved) return saved;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
      // Someone saved this person meanwhile: read again and write over theirs.
    }
    throw new ConflictError(`The Teams conversation of ${value.userEmail} kept changing while it was being saved.`);
  }

  public async byEmail(email: string): Promise<Stored<ConversationRecord> | undefined> {
    return this.list.byKey(normalEmail(email));
  }

  public async byAadObjectId(aadObjectId: string): Promise<Stored<ConversationRecord> | undefined> {
    // SharePoint compares text case-insensitively.
    const wanted = aadObjectId.trim().toLowerCase();
    return this.list.all().find((c) => (c.aadObjectId ?? '').toLowerCase() === wanted);
  }

  public async markUnreachable(email: string, error: string, at: IsoDateTime): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const current = await this.byEmail(email);
      // No record: nothing to mark. Saved after `at`: a reinstall the failure predates.
      if (!current || Date.parse(current.updatedAt) > Date.parse(at)) return;
      await yieldTurn();
      try {
        this.list.update(current, { status: current.status === 'Uninstalled' ? 'Uninstalled' : 'Unreachable', lastError: error, updatedAt: toSecond(at) });
        return;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    throw new ConflictError(`The Teams conversation of ${normalEmail(email)} kept changing while it was being marked.`);
  }

  public async unreachable(): Promise<Stored<ConversationRecord>[]> {
    return this.list
      .all()
      .filter((c) => c.status === 'Unreachable' || c.status === 'Uninstalled')
      .sort((a, b) => a.userEmail.localeCompare(b.userEmail));
  }
}

export class MemorySendLog implements SendLog {
  private readonly list = new MemoryList<SendRecord>((r) => r.key);

  public async claim(entry: SendEntry, by: string, now: IsoDateTime, leaseMillis: number): Promise<ClaimResult> {
    const fresh = newClaim(entry, by, toSecond(now));
    await yieldTurn();
    const added = this.list.tryAdd(fresh);
    if (added) return { claimed: true, record: added };
    // Items are never deleted here, so a refused add means the key is there to read.
    const existing = (await this.get(entry.key)) as Stored<SendRecord>;
    const refusal = claimRefusal(existing, now, leaseMillis);
    if (refusal) return { claimed: false, reason: refusal, record: existing };
    await yieldTurn();
    try {
      return { claimed: true, record: this.list.update(existing, { state: 'Claimed', claimedBy: by, claimedAt: toSecond(now), attempts: existing.attempts + 1 }) };
    } catch (e) {
      // Another claimer re-claimed it first (or it was sent meanwhile).
      if (!(e instanceof ConflictError)) throw e;
      const winner = (await this.get(entry.key)) as Stored<SendRecord>;
      return { claimed: false, reason: winner.state === 'Sent' ? 'sent' : 'in-progress', record: winner };
    }
  }

  public async markSent(record: Stored<SendRecord>, at: IsoDateTime): Promise<Stored<SendRecord>> {
    return this.list.update(record, { state: 'Sent', sentAt: optSecond(at) });
  }

  public async markFailed(record: Stored<SendRecord>, error: string, unreachable: boolean): Promise<Stored<SendRecord>> {
    return this.list.update(record, { state: unreachable ? 'Unreachable' : 'Failed', lastError: error });
  }

  public async get(key: string): Promise<Stored<SendRecord> | undefined> {
    return this.list.byKey(key);
  }

  public async sentAmong(keys: string[]): Promise<Set<string>> {
    const wanted = new Set(keys);
    return new Set(this.list.all().filter((r) => r.state === 'Sent' && wanted.has(r.key)).map((r) => r.key));
  }

  public async undelivered(): Promise<Stored<SendRecord>[]> {
    return this.list.all().filter((r) => r.state === 'Failed' || r.state === 'Unreachable');
  }
}
