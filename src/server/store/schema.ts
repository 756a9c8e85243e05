// Site-wide tables. Items live in one table per list (items_<listId>), created and altered as fields
// are provisioned through REST, so every field is a real, indexable SQLite column.

export const SCHEMA_VERSION = 1;

export const SITE_DDL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- Users and site groups share one id space, as SharePoint principals do.
CREATE TABLE IF NOT EXISTS principals (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('user', 'group')),
  title TEXT NOT NULL,
  login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT COLLATE NOCASE,
  description TEXT,
  owner_id INTEGER,
  is_site_admin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ix_principals_email ON principals (email);
CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_group_members_user ON group_members (user_id);
-- A scope is a securable object with unique role assignments (web, list or item).
CREATE TABLE IF NOT EXISTS scopes (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  list_id INTEGER,
  item_id INTEGER
);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope_id INTEGER NOT NULL,
  principal_id INTEGER NOT NULL,
  role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope_id, principal_id, role_def_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_role_assignments_principal ON role_assignments (principal_id, scope_id);
CREATE TABLE IF NOT EXISTS lists (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  entity_name TEXT NOT NULL,
  url_name TEXT NOT NULL,
  base_template INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  last_item_modified TEXT NOT NULL,
  props TEXT NOT NULL DEFAULT '{}',
  scope_id INTEGER,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS fields (
  list_id INTEGER NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  guid TEXT NOT NULL,
  title TEXT NOT NULL,
  kind INTEGER NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL,
  props TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (list_id, internal_name)
);
CREATE TABLE IF NOT EXISTS item_versions (
  list_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  editor_id INTEGER,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
) WITHOUT ROWID;
`;

/** The web's own scope; it always has unique role assignments. */
export const WEB_SCOPE_ID = 1;
export const OWNERS_GROUP_ID = 3;
export const VISITORS_GROUP_ID = 4;
export const MEMBERS_GROUP_ID = 5;

export function itemsTable(listId: number): string {
  return `"items_${listId}"`;
}

/** System columns every items table has; custom fields add "u_<InternalName>" columns. */
export function itemsTableDdl(listId: number): string {
  return `CREATE TABLE ${itemsTable(listId)} (
    ID INTEGER PRIMARY KEY AUTOINCREMENT,
    GUID TEXT NOT NULL,
    Title TEXT COLLATE NOCASE,
    Created TEXT NOT NULL,
    Modified TEXT NOT NULL,
    AuthorId INTEGER,
    EditorId INTEGER,
    Version INTEGER NOT NULL DEFAULT 1,
    ScopeId INTEGER
  )`;
}
