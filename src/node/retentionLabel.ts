// The Purview alternative to the retention sweep: a retention label applied to each list that holds
// what the sweep would delete, through the CLI for Microsoft 365 (`spo list retentionlabel ensure`,
// which calls SharePoint's SP.CompliancePolicy.SPPolicyStoreProxy.SetListComplianceTag; @pnp/sp 4
// has no call for it). Data only: `npm run retention -- --purview` prints the commands, the
// administrator runs them signed in as a compliance administrator. The local list server has no
// Purview, so this is tested as the commands built.
import { m365, type Command } from './setup/steps';
import { LIST } from '../lists/schema';

/** The lists the sweep would otherwise keep short, in its order. */
export const LABELLED_LISTS = [LIST.responses, LIST.findings, LIST.sendLog, LIST.conversations, LIST.audit];

export function retentionLabelCommands(siteUrl: string, label: string): Command[] {
  return LABELLED_LISTS.map((list) =>
    m365(
      'spo',
      'list',
      'retentionlabel',
      'ensure',
      '--webUrl',
      siteUrl,
      '--listTitle',
      list,
      '--name',
      label,
      '--syncToItems'
    )
  );
}
