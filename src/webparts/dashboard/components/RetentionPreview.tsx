// The dashboard's Retention tab: what the next retention sweep would delete, per list, with the
// first items and why, and what becomes due next. From the sweep's own rule in dry-run mode, so
// officers see its effect before it happens; nothing here changes anything.
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Notice } from '../../shared/ui/Notice';
import { RETENTION_LISTS, type RetentionDecision, type RetentionList } from '../../../core/retention/policy';
import type { RetentionReport } from '../../../core/retention/sweep';

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
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">List</th>
          <th scope="col">Item</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((d) => (
          <tr key={`${d.list}:${d.id}`}>
            <td>{NAMES[d.list]}</td>
            <td>{d.title || `#${d.id}`}</td>
            <td>{d.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
