// The dashboard's Retention tab: what the next retention sweep would delete, per list, with the
// first items and why, and what becomes due next. From the sweep's own rule in dry-run mode, so
// officers see its effect before it happens; nothing here changes anything.
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Notice } from '../../shared/ui/Notice';
import { RETENTION_LISTS, type RetentionDecision, type RetentionList } from '../../../core/retention/policy';
import type { RetentionReport } from '../../../core/retention/sweep';
import { ItemsTable } from './ItemsTable';

export type RetentionLoader = () => Promise<RetentionReport>;

const NAMES: Record<RetentionList, string> = {
  responses: "Head of service's answers",
  findings: 'Findings forms and drafts',
  sendLog: 'Teams message records',
  conversations: 'Teams conversations',
  audit: 'Audit trail'
};

function Items(props: { caption: string; items: RetentionDecision[] }): React.ReactElement | null {
  if (props.items.length === 0) return null;
  return (
    <ItemsTable
      caption={props.caption}
      whyHeader="Why"
      items={props.items.map((d) => ({ list: NAMES[d.list], id: d.id, title: d.title, why: d.reason }))}
    />
  );
}

export function RetentionPreview(props: { load: RetentionLoader; first?: number }): React.ReactElement {
  const [report, setReport] = React.useState<RetentionReport>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    props.load().then(setReport, (e: Error) => setError(e.message));
  }, [props.load]);
  if (error) return <Notice kind="error">The retention preview could not be read: {error}</Notice>;
  if (!report) return <Spinner label="Reading what the next retention sweep would delete..." />;
  const first = props.first ?? 20;
  return (
    <section aria-labelledby="retention-preview">
      <h3 id="retention-preview">Retention: the next sweep</h3>
      {report.purviewLabel ? (
        <Notice kind="info">
          The Purview retention label &apos;{report.purviewLabel}&apos; keeps these lists: the sweep deletes nothing.
        </Notice>
      ) : null}
      <ul>
        {RETENTION_LISTS.map((l) => (
          <li key={l}>
            {NAMES[l]}: {report.counts[l].due} of {report.counts[l].judged} past their period
          </li>
        ))}
      </ul>
      <Items caption={`Would be deleted (first ${first})`} items={report.due.slice(0, first)} />
      <Items caption="Due next" items={report.next} />
    </section>
  );
}
