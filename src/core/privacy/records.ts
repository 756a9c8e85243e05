// What the privacy scan reads from the lists, list by list: raw items and their versions, by field name.

export interface RawItem {
  list: string;
  id: number;
  etag: string;
  fields: Record<string, unknown>;
}

export interface RawVersion {
  list: string;
  id: number;
  /** SharePoint's VersionId (512 per major version). */
  versionId: number;
  label: string;
  current: boolean;
  at: string;
  by: string;
  fields: Record<string, unknown>;
}

/** Everything read: each list's items, and the versions of items in lists with version history. */
export interface Holdings {
  items: RawItem[];
  versions: RawVersion[];
  /** Lists that could not be read by the caller (never silently missing from an export). */
  unreadable: string[];
}
