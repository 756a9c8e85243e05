// People the Teams bot could not reach, with what the officer can do and the messages waiting.
// Loaded after the status table, so a slow read here never holds up the dashboard.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { LightText } from '../../shared/ui/LightText';
import { Notice } from '../../shared/ui/Notice';
import type { DeliveryProblemRow } from '../../../core/dashboard/deliveryProblems';
import { formatLondon } from '../../../core/time/london';

export function DeliveryProblems(props: { load: () => Promise<DeliveryProblemRow[]> }): React.ReactElement | null {
  const [rows, setRows] = React.useState<DeliveryProblemRow[]>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    let live = true;
    props.load().then(
      (r) => live && setRows(r),
      (e: Error) => live && setError(e.message)
    );
    return () => {
      live = false;
    };
  }, [props.load]);

  if (error) return <Notice kind="warning">Teams delivery could not be checked: {error}</Notice>;
  if (!rows?.length) return null;
  return (
    <section aria-labelledby="delivery-problems">
      <Flex gap={8}>
        <h2 id="delivery-problems" style={{ margin: 0, fontSize: 18 }}>
          Teams messages not delivered ({rows.length} {rows.length === 1 ? 'person' : 'people'})
        </h2>
        {rows.map((r) => (
          <Notice key={r.email} kind="warning">
            <LightText block>
              <strong>{r.email}</strong>: {r.advice}
            </LightText>
            {r.messages.length > 0 && (
              <LightText block variant="small">
                Waiting: {r.messages.map((m) => m.label).join(', ')}. Last tried{' '}
                {formatLondon(r.since, 'd MMM yyyy HH:mm')}
                {r.lastError ? ` (${r.lastError})` : ''}.
              </LightText>
            )}
          </Notice>
        ))}
      </Flex>
    </section>
  );
}
