// Data migrations run once when a site moves past a schema version (see provision.ts).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { LIST } from '../../../lists/schema';
import { groupId, keepReadOnly, readWriteRoles, type PermissionPlan } from './permissions';
import { moveAcknowledgements } from './upgradeAcknowledgements';
import { draftsFromResponses } from './upgradePackDrafts';

/** A data migration that runs once when a site moves past `version`. */
export interface UpgradeStep {
  version: number;
  description: string;
  run(sp: SPFI, plan: PermissionPlan): Promise<void>;
}

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number }[];
}

/**
 * Before version 4 a councillor held Contribute on their draft, a head of service or delegate on
 * their request, and officers Edit on every shared item: each could rewrite any field over REST.
 * Every person and the officers group keep Read and lose the write role; other groups (the site's
 * owners) are left as they are.
 */
async function readOnlyItems(sp: SPFI, plan: PermissionPlan): Promise<void> {
  const roles = await readWriteRoles(sp);
  const groups = new Set(((await sp.web.siteGroups.select('Id')()) as { Id: number }[]).map((g) => g.Id));
  const officers = await groupId(sp, plan.officersGroup);
  for (const title of [LIST.findings, LIST.responses]) {
    const list = sp.web.lists.getByTitle(title);
    for await (const page of list.items.select('Id').top(5000)) {
      for (const { Id } of page as { Id: number }[]) {
        const item = list.items.getById(Id);
        const info = (await item.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
        if (!info.HasUniqueRoleAssignments) continue;
        const assigned = (await item.roleAssignments
          .expand('RoleDefinitionBindings')
          .select('PrincipalId', 'RoleDefinitionBindings/Id')()) as Assignment[];
        for (const a of assigned) {
          if (groups.has(a.PrincipalId) && a.PrincipalId !== officers) continue;
          const held = (a.RoleDefinitionBindings ?? []).map((b) => b.Id);
          if (held.some((id) => roles.write.indexOf(id) >= 0))
            await keepReadOnly(item, a.PrincipalId, held, roles, `principal ${a.PrincipalId}`);
        }
      }
    }
  }
}

/** Forms sent before version 4 have no SubmissionState: mark them Sending, so the next sweep checks every step ran. */
async function markSentForms(sp: SPFI): Promise<void> {
  const items = sp.web.lists.getByTitle(LIST.findings).items;
  for await (const page of items.select('Id', 'SubmissionState').filter("Status eq 'Submitted'").top(5000)) {
    for (const i of page as { Id: number; SubmissionState?: string | null }[]) {
      if (!i.SubmissionState) await items.getById(i.Id).update({ SubmissionState: 'Sending' });
    }
  }
}

export const UPGRADE_STEPS: UpgradeStep[] = [
  {
    version: 4,
    description: 'workflow items read only for the people they are shared with; sent forms checked by the next sweep',
    run: async (sp, plan) => {
      await readOnlyItems(sp, plan);
      await markSentForms(sp);
    }
  },
  {
    version: 7,
    description: 'briefing acknowledgements the bot kept in the Bot Send Log moved onto each visit',
    run: (sp) => moveAcknowledgements(sp)
  },
  {
    version: 9,
    description: "each committee pack service response saved before becomes that meeting's pack draft",
    run: (sp) => draftsFromResponses(sp)
  }
];
