// The one in-memory store: every store port of core (repositories, pack drafts and responses,
// sharing, audit log, messaging, history, settings, the rota reader, form reads, the officer
// directory, retention, the integrity check and audit trail) over indexed memory lists (list.ts)
// with the SharePoint adapters' rules, held to the same contract suites
// (tests/adapters/sp/*.contract.ts). Tests and the bench use it; the product never does.
// Repository, sharing and audit calls are logged (`calls`) and can be interfered with (`hooks`).
import type { AuditTrail, Repositories } from '../../../src/core/ports/repositories';
import { mergeGrants, type FindingsSharing, type ShareGrant, type ShareRole } from '../../../src/core/ports/sharing';
import { auditKey, type AuditLog, type AuditRecord } from '../../../src/core/ports/audit';
import type { RotaReader } from '../../../src/core/ports/rotaReader';
import type { FormReads } from '../../../src/core/ports/formReads';
import type { OfficerDirectory } from '../../../src/core/ports/directory';
import { isOfficerAmong, missingGroup, OFFICERS_GROUP } from '../../../src/core/officers';
import { memoryFormReads } from './formReads';
import { memoryAuditTrail, memoryIntegrityCheck } from './integrity';
import type { IntegrityCheck } from '../../../src/core/ports/integrity';
import { clone, MemoryList } from './list';
import { memoryRetentionStore, type AuditItem } from './retention';
import type { RetentionStore } from '../../../src/core/retention/store';
import type { ProcessConfig } from '../../../src/core/config';
import { MemoryHistoryRepository, MemoryThemeCorrectionRepository } from './history';
import { MemoryConversationStore, MemorySendLog } from './messaging';
import { MemoryPackDraftStore, MemoryPackResponseStore, packList } from './pack';
import { memoryRepositories, repositoryLists } from './repositories';
import { memoryRotaReader } from './rota';
import { MemorySettingsStore } from './settings';

export { MemoryList, SERVICE_IDENTITY, clone, etagMatches } from './list';
export { MemoryConversationStore, MemorySendLog } from './messaging';
export { MemoryHistoryRepository, MemoryThemeCorrectionRepository } from './history';
export { MemoryPackDraftStore, MemoryPackResponseStore } from './pack';
export { MemorySettingsStore } from './settings';
export { MemorySweepLeases } from './sweepLease';

export interface Hooks {
  /** Runs before a call, e.g. to make someone else's change; throw to fail it. */
  before?: (op: string) => void | Promise<void>;
  /** Runs after a call has written; throw to simulate a crash after the write. */
  after?: (op: string) => void | Promise<void>;
}

export class MemoryStore {
  public hooks: Hooks = {};
  /** Every repository, sharing and audit call, by name (`visits.update`), in order. */
  public readonly calls: string[] = [];
  /** The repository lists; `touch` on them is someone else's change, bypassing ETags. */
  public readonly tables = repositoryLists();
  /** Committee Pack Responses: the pack drafts and service responses share it, as on the site. */
  public readonly packs = packList();
  public readonly conversations = new MemoryConversationStore();
  public readonly sendLog = new MemorySendLog();
  public readonly history = new MemoryHistoryRepository();
  public readonly corrections = new MemoryThemeCorrectionRepository();
  public readonly settings = new MemorySettingsStore();
  /** `findings:12` / `request:3` -> e-mail -> role. */
  public readonly grants = new Map<string, Map<string, ShareRole>>();
  /** Site groups by name and their members' e-mails, as the site keeps them (officers: OFFICERS_GROUP). */
  public readonly groups = new Map<string, string[]>([[OFFICERS_GROUP, []]]);
  /** Audit entries by key, as the Frontline Audit list keeps them (a repeated key adds nothing). */
  public readonly auditLog = new Map<string, AuditRecord>();
  /** The same entries as Frontline Audit items (id, ETag, `at` as stored), for the retention sweep. */
  public readonly auditItems = new MemoryList<AuditItem>({ noun: 'audit entry', unique: (a) => a.key });

  private async call<R>(op: string, body: () => R): Promise<R> {
    this.calls.push(op);
    await this.hooks.before?.(op);
    const result = body();
    await this.hooks.after?.(op);
    return result;
  }

  public repos(): Repositories {
    return {
      ...memoryRepositories(this.tables, (op, body) => this.call(op, body)),
      packDrafts: new MemoryPackDraftStore(this.packs),
      packResponses: new MemoryPackResponseStore(this.packs)
    };
  }

  /** The save's two reads and `together`, over the same repositories (and so the same call log). */
  public formReads(): FormReads {
    return memoryFormReads(() => this.repos());
  }

  /** Core's officer rule over the group's members; a group the site lacks fails, as SharePoint's 404. */
  public officerDirectory(group: string = OFFICERS_GROUP): OfficerDirectory {
    return {
      isOfficer: async (email) => {
        const members = this.groups.get(group);
        if (!members) throw missingGroup(group);
        return isOfficerAmong(members, email);
      }
    };
  }

  /** The retention sweep's reads and deletes over these lists (`alwaysCurrent`: the point of contact, …). */
  public retentionStore(alwaysCurrent: string[], process: Pick<ProcessConfig, 'returnPeriodDays'>): RetentionStore {
    const source = {
      tables: this.tables,
      sendLog: this.sendLog.list,
      conversations: this.conversations.list,
      audit: this.auditItems,
      groups: this.groups,
      forgetAudit: (key: string) => void this.auditLog.delete(key)
    };
    return memoryRetentionStore(source, alwaysCurrent, process);
  }

  /** Who changed a workflow item outside the service: items whose last version is not the service's. */
  /** Every version of a visit, form or request, with who made it: the lists' version history. */
  public auditTrail(): AuditTrail {
    return memoryAuditTrail(this.tables);
  }

  public integrity(): IntegrityCheck {
    return memoryIntegrityCheck(this.tables);
  }

  public rotaReader(): RotaReader {
    return memoryRotaReader(this.tables);
  }

  /** Exactly the roles asked for; a line per change, nothing when a retry changes nothing. */
  public sharing(): FindingsSharing {
    const share = (key: string, grants: ShareGrant[]): string[] => {
      const held = this.grants.get(key) ?? new Map<string, ShareRole>();
      this.grants.set(key, held);
      const changes: string[] = [];
      // One grant per person, lower case, as SpFindingsSharing merges them.
      for (const g of mergeGrants(grants)) {
        if (held.get(g.email) === g.role) continue;
        held.set(g.email, g.role);
        changes.push(`${g.role} for ${g.email}`);
      }
      return changes;
    };
    return {
      shareFindings: (id, grants) => this.call('sharing.shareFindings', () => share(`findings:${id}`, grants)),
      shareRequest: (id, grants) => this.call('sharing.shareRequest', () => share(`request:${id}`, grants))
    };
  }

  public audit(): AuditLog {
    return {
      record: (e) =>
        this.call('audit.record', () => {
          const key = auditKey(e).slice(0, 255);
          if (this.auditLog.has(key)) return;
          this.auditLog.set(key, e);
          this.auditItems.add({ ...e, key, at: e.at ?? new Date().toISOString() });
        })
    };
  }

  /** Everything the workflow stores, for "nothing changed" and "converged" comparisons. */
  public snapshot(options: { etags?: boolean } = {}): unknown {
    const t = this.tables;
    const grants = [...this.grants.entries()].map(([k, m]) => [k, [...m.entries()].sort()]).sort();
    const rows = <T extends { etag: string }>(list: T[]): unknown[] =>
      options.etags === false ? list.map(({ etag: _e, ...rest }) => rest) : list;
    return clone({
      visits: rows(t.visits.all()),
      findings: rows(t.findings.all()),
      requests: rows(t.requests.all()),
      grants
    });
  }
}
