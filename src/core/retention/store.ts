// The retention sweep's port: what it reads (facts, no form text) and how it deletes (with the ETag
// it judged, so an item changed since is re-read and re-judged, never deleted blind).
import type { RetentionContext, RetentionFact, RetentionList } from './policy';

export interface RetentionSnapshot {
  facts: RetentionFact[];
  context: RetentionContext;
}

/** deleted: gone now; gone: already gone (another run); changed: the ETag no longer matches. */
export type RemoveOutcome = 'deleted' | 'gone' | 'changed';

export interface RetentionStore {
  /** Every item of the retention lists, and what the rule needs to judge them. */
  snapshot(): Promise<RetentionSnapshot>;
  /** One item as it is now (undefined: gone). */
  reread(list: RetentionList, id: number): Promise<RetentionFact | undefined>;
  /** Deletes the item if it still has `etag`. */
  remove(list: RetentionList, id: number, etag: string): Promise<RemoveOutcome>;
}
