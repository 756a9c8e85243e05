// "Issues escalated to you": the requests for a response waiting for the signed-in head of service
// or delegate, each answered here as on the bot's card. Loaded with the page only when there are
// some (its own chunk), so a councillor's form page carries none of it.
import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { Flex } from '../../shared/ui/Flex';
import type { RequestState } from '../../../adapters/service/contract';
import type { EscalationsService } from '../escalationsService';
import { EscalationItem } from './EscalationItem';

export interface EscalatedIssuesProps {
  service: EscalationsService;
  /** The open requests found when the page opened; each is read again as it is shown and acted on. */
  requests: RequestState[];
}

export function EscalatedIssues(props: EscalatedIssuesProps): React.ReactElement {
  const n = props.requests.length;
  return (
    <section aria-labelledby="escalated-issues-heading">
      <Flex gap={16}>
        <Flex gap={4}>
          <h2 id="escalated-issues-heading" style={{ margin: 0 }}>
            Issues escalated to you
          </h2>
          <Text>
            {`${n === 1 ? 'One set of issues a councillor escalated is' : `${n} sets of issues councillors escalated are`} waiting for your response. Respond, delegate to someone the council knows, or ask the councillor for more.`}
          </Text>
        </Flex>
        {props.requests.map((r) => (
          <EscalationItem key={r.id} service={props.service} requestId={r.id} />
        ))}
      </Flex>
    </section>
  );
}
