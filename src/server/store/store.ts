// The site's storage: repositories over one SQLite file, and the first-start site setup a site
// creator would get (Owners / Members / Visitors groups with Full Control / Contribute / Read).
import { randomUUID } from 'crypto';
import { SqlDb } from './db';
import { FieldsRepo } from './fieldsRepo';
import { CoerceContext } from './fieldTypes';
import { ItemsRepo } from './itemsRepo';
import { ListsRepo } from './listsRepo';
import { PrincipalsRepo } from './principalsRepo';
import { MEMBERS_GROUP_ID, OWNERS_GROUP_ID, VISITORS_GROUP_ID, WEB_SCOPE_ID } from './schema';
import { SecurityRepo } from './securityRepo';
import { nowIso } from './time';
import { ROLE } from '../security/roles';

export interface SiteSetup {
  siteTitle: string;
  siteAdmins: string[];
  groupMembers: { owners: string[]; members: string[]; visitors: string[] };
}

export interface WebInfo {
  siteId: string;
  webId: string;
  title: string;
  description: string;
  created: string;
}

export class Store {
  readonly sql: SqlDb;
  readonly lists: ListsRepo;
  readonly fields: FieldsRepo;
  readonly items: ItemsRepo;
  readonly principals: PrincipalsRepo;
  readonly security: SecurityRepo;

  constructor(dataDir: string) {
    this.sql = new SqlDb(dataDir);
    this.lists = new ListsRepo(this.sql);
    this.fields = new FieldsRepo(this.sql);
    this.items = new ItemsRepo(this.sql);
    this.principals = new PrincipalsRepo(this.sql);
    this.security = new SecurityRepo(this.sql);
  }

  tx<T>(fn: () => T): T {
    return this.sql.tx(fn);
  }

  bootstrap(setup: SiteSetup): void {
    this.tx(() => {
      if (!this.sql.meta('site_id')) {
        this.sql.setMeta('site_id', randomUUID());
        this.sql.setMeta('web_id', randomUUID());
        this.sql.setMeta('web_title', setup.siteTitle);
        this.sql.setMeta('web_description', '');
        this.sql.setMeta('web_created', nowIso());
        this.sql.run("INSERT INTO scopes (id, kind) VALUES (?, 'web')", WEB_SCOPE_ID);
        const t = setup.siteTitle;
        this.principals.createGroup(
          `${t} Owners`,
          `Use this group to grant people full control permissions to the SharePoint site: ${t}`,
          null,
          OWNERS_GROUP_ID
        );
        this.principals.createGroup(
          `${t} Visitors`,
          `Use this group to grant people read permissions to the SharePoint site: ${t}`,
          OWNERS_GROUP_ID,
          VISITORS_GROUP_ID
        );
        this.principals.createGroup(
          `${t} Members`,
          `Use this group to grant people contribute permissions to the SharePoint site: ${t}`,
          OWNERS_GROUP_ID,
          MEMBERS_GROUP_ID
        );
        this.security.add(WEB_SCOPE_ID, OWNERS_GROUP_ID, ROLE.fullControl);
        this.security.add(WEB_SCOPE_ID, MEMBERS_GROUP_ID, ROLE.contribute);
        this.security.add(WEB_SCOPE_ID, VISITORS_GROUP_ID, ROLE.read);
      }
      this.principals.syncSiteAdmins(setup.siteAdmins);
      const add = (groupId: number, emails: string[]): void => {
        if (!this.principals.groupById(groupId)) return;
        for (const e of emails) this.principals.addMember(groupId, this.principals.ensureUser(e).id);
      };
      add(OWNERS_GROUP_ID, [...setup.siteAdmins, ...setup.groupMembers.owners]);
      add(MEMBERS_GROUP_ID, setup.groupMembers.members);
      add(VISITORS_GROUP_ID, setup.groupMembers.visitors);
    });
  }

  web(): WebInfo {
    return {
      siteId: this.sql.meta('site_id') ?? '',
      webId: this.sql.meta('web_id') ?? '',
      title: this.sql.meta('web_title') ?? '',
      description: this.sql.meta('web_description') ?? '',
      created: this.sql.meta('web_created') ?? ''
    };
  }

  updateWeb(title: string | undefined, description: string | undefined): void {
    if (title !== undefined) this.sql.setMeta('web_title', title);
    if (description !== undefined) this.sql.setMeta('web_description', description);
  }

  /** How request values are converted for storage (site time zone, person ids that must exist). */
  coerceContext(timeZone: string): CoerceContext {
    return { timeZone, userExists: (id) => this.principals.byId(id) !== undefined };
  }

  close(): void {
    this.sql.close();
  }
}
