// Site users and site groups (SharePoint principals) and group membership.
import { SqlDb } from './db';

export interface PrincipalRow {
  id: number;
  kind: 'user' | 'group';
  title: string;
  login_name: string;
  email: string | null;
  description: string | null;
  owner_id: number | null;
  is_site_admin: number;
}

const CLAIMS_PREFIX = 'i:0#.f|membership|';

export const loginFor = (email: string): string => `${CLAIMS_PREFIX}${email}`;

/** A well-formed address: a plain local part and a dotted domain of letters, digits and hyphens. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{}~-]+)*@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;

/** The e-mail in a logon name (a claims login, "membership|x" or a bare address), lower-cased and trimmed. */
export function emailFromLogon(logon: string): string | undefined {
  const s = logon.trim();
  const tail = (s.includes('|') ? s.slice(s.lastIndexOf('|') + 1) : s).trim();
  return tail.length <= 254 && EMAIL.test(tail) ? tail.toLowerCase() : undefined;
}

/** A readable display name for a user known only by e-mail ("sarah.bennett-wake@x" → "Sarah Bennett-Wake"). */
export function titleFromEmail(email: string): string {
  const local = email.split('@')[0];
  return local
    .split(/[._]+/)
    .filter(Boolean)
    .map((w) => w.replace(/(^|-)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()))
    .join(' ');
}

export class PrincipalsRepo {
  constructor(private readonly sql: SqlDb) {}

  byId(id: number): PrincipalRow | undefined {
    return this.sql.get<PrincipalRow>('SELECT * FROM principals WHERE id = ?', id);
  }

  userById(id: number): PrincipalRow | undefined {
    return this.sql.get<PrincipalRow>("SELECT * FROM principals WHERE id = ? AND kind = 'user'", id);
  }

  userByEmail(email: string): PrincipalRow | undefined {
    return this.sql.get<PrincipalRow>(
      "SELECT * FROM principals WHERE kind = 'user' AND email = ?",
      email.trim().toLowerCase()
    );
  }

  userByLogon(logon: string): PrincipalRow | undefined {
    const exact = this.sql.get<PrincipalRow>(
      "SELECT * FROM principals WHERE kind = 'user' AND login_name = ?",
      logon.trim()
    );
    if (exact) return exact;
    const email = emailFromLogon(logon);
    return email ? this.userByEmail(email) : undefined;
  }

  groupById(id: number): PrincipalRow | undefined {
    return this.sql.get<PrincipalRow>("SELECT * FROM principals WHERE id = ? AND kind = 'group'", id);
  }

  groupByName(name: string): PrincipalRow | undefined {
    return this.sql.get<PrincipalRow>("SELECT * FROM principals WHERE kind = 'group' AND login_name = ?", name);
  }

  users(): PrincipalRow[] {
    return this.sql.all<PrincipalRow>("SELECT * FROM principals WHERE kind = 'user' ORDER BY id");
  }

  groups(): PrincipalRow[] {
    return this.sql.all<PrincipalRow>("SELECT * FROM principals WHERE kind = 'group' ORDER BY id");
  }

  /** Adds the user to the site's user list (ensureuser, group membership, start-up); the caller checks the directory. */
  ensureUser(email: string, title?: string): PrincipalRow {
    const e = email.trim().toLowerCase();
    const existing = this.userByEmail(e);
    if (existing) return existing;
    const info = this.sql.run(
      "INSERT INTO principals (kind, title, login_name, email) VALUES ('user', ?, ?, ?)",
      title ?? titleFromEmail(e),
      loginFor(e),
      e
    );
    return this.byId(Number(info.lastInsertRowid)) as PrincipalRow;
  }

  createGroup(title: string, description: string | null, ownerId: number | null, id?: number): PrincipalRow {
    const info = this.sql.run(
      "INSERT INTO principals (id, kind, title, login_name, description, owner_id) VALUES (?, 'group', ?, ?, ?, ?)",
      id ?? null,
      title,
      title,
      description,
      ownerId
    );
    const row = this.byId(Number(info.lastInsertRowid)) as PrincipalRow;
    if (ownerId === null) this.sql.run('UPDATE principals SET owner_id = id WHERE id = ?', row.id);
    return this.byId(row.id) as PrincipalRow;
  }

  updateGroup(id: number, title: string, description: string | null): void {
    this.sql.run(
      'UPDATE principals SET title = ?, login_name = ?, description = ? WHERE id = ?',
      title,
      title,
      description,
      id
    );
  }

  deletePrincipal(id: number): void {
    this.sql.run('DELETE FROM group_members WHERE group_id = ? OR user_id = ?', id, id);
    this.sql.run('DELETE FROM role_assignments WHERE principal_id = ?', id);
    this.sql.run('DELETE FROM principals WHERE id = ?', id);
  }

  addMember(groupId: number, userId: number): void {
    this.sql.run('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)', groupId, userId);
  }

  removeMember(groupId: number, userId: number): void {
    this.sql.run('DELETE FROM group_members WHERE group_id = ? AND user_id = ?', groupId, userId);
  }

  members(groupId: number): PrincipalRow[] {
    return this.sql.all<PrincipalRow>(
      'SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id',
      groupId
    );
  }

  groupIdsOf(userId: number): number[] {
    return this.sql
      .all<{ group_id: number }>('SELECT group_id FROM group_members WHERE user_id = ?', userId)
      .map((r) => r.group_id);
  }

  groupsOf(userId: number): PrincipalRow[] {
    return this.sql.all<PrincipalRow>(
      'SELECT p.* FROM principals p JOIN group_members m ON m.group_id = p.id WHERE m.user_id = ? ORDER BY p.id',
      userId
    );
  }

  /** Site collection admins follow the server options on every start. */
  syncSiteAdmins(emails: string[]): void {
    this.sql.run("UPDATE principals SET is_site_admin = 0 WHERE kind = 'user'");
    for (const e of emails) {
      const u = this.ensureUser(e);
      this.sql.run('UPDATE principals SET is_site_admin = 1 WHERE id = ?', u.id);
    }
  }
}
