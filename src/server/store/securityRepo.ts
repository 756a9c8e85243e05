// Role assignments on securable objects. The web always has its own scope; a list or item either
// inherits (scope_id NULL) or, after breakroleinheritance, has its own scope with its own assignments.
import { SqlDb } from './db';
import { WEB_SCOPE_ID, itemsTable } from './schema';

export type Securable =
  { kind: 'web' } | { kind: 'list'; listId: number } | { kind: 'item'; listId: number; itemId: number };

export interface AssignmentRow {
  scope_id: number;
  principal_id: number;
  role_def_id: number;
}

export class SecurityRepo {
  constructor(private readonly sql: SqlDb) {}

  /** The securable's own scope, or undefined when it inherits. */
  ownScope(s: Securable): number | undefined {
    if (s.kind === 'web') return WEB_SCOPE_ID;
    if (s.kind === 'list') {
      return (
        this.sql.get<{ scope_id: number | null }>('SELECT scope_id FROM lists WHERE id = ?', s.listId)?.scope_id ??
        undefined
      );
    }
    const row = this.sql.get<{ ScopeId: number | null }>(
      `SELECT ScopeId FROM ${itemsTable(s.listId)} WHERE ID = ?`,
      s.itemId
    );
    return row?.ScopeId ?? undefined;
  }

  /** The scope whose role assignments apply to the securable. */
  effectiveScope(s: Securable): number {
    const own = this.ownScope(s);
    if (own !== undefined) return own;
    if (s.kind === 'item') return this.effectiveScope({ kind: 'list', listId: s.listId });
    return WEB_SCOPE_ID;
  }

  assignments(scopeId: number): AssignmentRow[] {
    return this.sql.all<AssignmentRow>(
      'SELECT * FROM role_assignments WHERE scope_id = ? ORDER BY principal_id, role_def_id',
      scopeId
    );
  }

  /** Principal ids go in as one JSON parameter, so no caller's group count can reach SQLite's variable limit. */
  roleIdsFor(scopeId: number, principalIds: number[]): number[] {
    if (principalIds.length === 0) return [];
    return this.sql
      .all<{ role_def_id: number }>(
        `SELECT DISTINCT role_def_id FROM role_assignments WHERE scope_id = ? AND principal_id IN (SELECT value FROM json_each(?))`,
        scopeId,
        JSON.stringify(principalIds)
      )
      .map((r) => r.role_def_id);
  }

  /**
   * True when the principals hold a role on something inside the scope: any list or item for the
   * web, any item for a list. SharePoint then gives them Limited Access on the scope.
   */
  holdsInside(scopeId: number, principalIds: number[]): boolean {
    if (principalIds.length === 0) return false;
    const ids = JSON.stringify(principalIds);
    const scope = this.sql.get<{ kind: string; list_id: number | null }>(
      'SELECT kind, list_id FROM scopes WHERE id = ?',
      scopeId
    );
    if (scope?.kind === 'web')
      return !!this.sql.get(
        'SELECT 1 FROM role_assignments WHERE principal_id IN (SELECT value FROM json_each(?)) AND scope_id <> ? LIMIT 1',
        ids,
        scopeId
      );
    if (scope?.kind !== 'list') return false;
    return !!this.sql.get(
      `SELECT 1 FROM role_assignments ra JOIN scopes s ON s.id = ra.scope_id
       WHERE s.kind = 'item' AND s.list_id = ? AND ra.principal_id IN (SELECT value FROM json_each(?)) LIMIT 1`,
      scope.list_id,
      ids
    );
  }

  add(scopeId: number, principalId: number, roleDefId: number): void {
    this.sql.run(
      'INSERT OR IGNORE INTO role_assignments (scope_id, principal_id, role_def_id) VALUES (?, ?, ?)',
      scopeId,
      principalId,
      roleDefId
    );
  }

  remove(scopeId: number, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined)
      this.sql.run('DELETE FROM role_assignments WHERE scope_id = ? AND principal_id = ?', scopeId, principalId);
    else
      this.sql.run(
        'DELETE FROM role_assignments WHERE scope_id = ? AND principal_id = ? AND role_def_id = ?',
        scopeId,
        principalId,
        roleDefId
      );
  }

  private dropScope(scopeId: number): void {
    if (scopeId === WEB_SCOPE_ID) return;
    this.sql.run('DELETE FROM role_assignments WHERE scope_id = ?', scopeId);
    this.sql.run('DELETE FROM scopes WHERE id = ?', scopeId);
  }

  private setOwnScope(s: Securable, scopeId: number | null): void {
    if (s.kind === 'list') this.sql.run('UPDATE lists SET scope_id = ? WHERE id = ?', scopeId, s.listId);
    else if (s.kind === 'item')
      this.sql.run(`UPDATE ${itemsTable(s.listId)} SET ScopeId = ? WHERE ID = ?`, scopeId, s.itemId);
  }

  /** Child objects lose their unique permissions (clearSubscopes=true). */
  private clearChildren(s: Securable): void {
    const lists =
      s.kind === 'web'
        ? this.sql.all<{ id: number }>('SELECT id FROM lists')
        : s.kind === 'list'
          ? [{ id: s.listId }]
          : [];
    for (const l of lists) {
      if (s.kind === 'web') {
        const own = this.ownScope({ kind: 'list', listId: l.id });
        if (own !== undefined) this.dropScope(own);
        this.setOwnScope({ kind: 'list', listId: l.id }, null);
      }
      const scoped = this.sql.all<{ ScopeId: number }>(
        `SELECT DISTINCT ScopeId FROM ${itemsTable(l.id)} WHERE ScopeId IS NOT NULL`
      );
      for (const r of scoped) this.dropScope(r.ScopeId);
      this.sql.run(`UPDATE ${itemsTable(l.id)} SET ScopeId = NULL WHERE ScopeId IS NOT NULL`);
    }
  }

  /**
   * Gives the securable its own scope. With copy, the inherited assignments are copied; without,
   * the scope starts empty apart from `grantee` (SharePoint keeps the caller in with Full Control).
   */
  breakInheritance(
    s: Securable,
    copy: boolean,
    clearSubscopes: boolean,
    grantee?: { principalId: number; roleDefId: number }
  ): void {
    const own = this.ownScope(s);
    if (own === undefined || s.kind === 'web') {
      const inherited = this.effectiveScope(s);
      let scopeId = own;
      if (scopeId === undefined) {
        const listId = s.kind === 'web' ? null : s.listId;
        const itemId = s.kind === 'item' ? s.itemId : null;
        scopeId = Number(
          this.sql.run('INSERT INTO scopes (kind, list_id, item_id) VALUES (?, ?, ?)', s.kind, listId, itemId)
            .lastInsertRowid
        );
        if (copy) {
          for (const a of this.assignments(inherited)) this.add(scopeId, a.principal_id, a.role_def_id);
        }
        if (!copy && grantee) this.add(scopeId, grantee.principalId, grantee.roleDefId);
        this.setOwnScope(s, scopeId);
      }
    }
    if (clearSubscopes) this.clearChildren(s);
  }

  resetInheritance(s: Securable): void {
    if (s.kind === 'web') return;
    const own = this.ownScope(s);
    if (own === undefined) return;
    this.dropScope(own);
    this.setOwnScope(s, null);
  }

  /** Removes the scopes of a list's items and the list itself (list deletion). */
  dropListScopes(listId: number): void {
    const rows = this.sql.all<{ id: number }>('SELECT id FROM scopes WHERE list_id = ?', listId);
    for (const r of rows) this.dropScope(r.id);
  }

  dropItemScope(listId: number, itemId: number): void {
    const own = this.ownScope({ kind: 'item', listId, itemId });
    if (own !== undefined) this.dropScope(own);
  }
}
