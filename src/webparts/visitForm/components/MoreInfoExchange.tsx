// The head of service's "ask for more" question and the councillor's reply, as stored on the request
// (MoreInfoQuestion, MoreInfoAskedAt, CouncillorReply, CouncillorRepliedAt), each with its date. The
// head of service's page and the councillor's reply box both show it; nothing here writes.
import * as React from 'react';
import { LightText } from '../../shared/ui/LightText';
import { Flex } from '../../shared/ui/Flex';
import { formatLondon } from '../../../core/time/london';
import type { RequestState } from '../../../adapters/service/contract';

export interface MoreInfoExchangeProps {
  request: Pick<
    RequestState,
    'id' | 'moreInfoQuestion' | 'moreInfoAskedAt' | 'councillorReply' | 'councillorRepliedAt'
  >;
  /** The question's heading, e.g. "The question to Sarah Bennett-Wake" or "The head of service asks". */
  questionHeading: string;
  /** The reply's heading, e.g. "Sarah Bennett-Wake's reply" or "Your reply". */
  replyHeading: string;
  /** False to leave the reply out (the reply box shows its own). */
  showReply?: boolean;
}

const when = (iso: string): string => formatLondon(iso, "EEEE d MMMM yyyy 'at' HH:mm");
const PRE: React.CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };
const COLUMN: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4 };

/** Whether the stored reply answers an earlier question than the one stored now. */
export function replyIsEarlier(r: MoreInfoExchangeProps['request']): boolean {
  return !!r.councillorRepliedAt && !!r.moreInfoAskedAt && r.councillorRepliedAt < r.moreInfoAskedAt;
}

export function MoreInfoExchange(props: MoreInfoExchangeProps): React.ReactElement | null {
  const r = props.request;
  const reply = props.showReply !== false && r.councillorReply;
  if (!r.moreInfoQuestion && !reply) return null;
  const id = `more-info-${r.id}`;
  return (
    <Flex gap={8}>
      {r.moreInfoQuestion && (
        <section style={COLUMN} aria-labelledby={`${id}-question`}>
          <h4 id={`${id}-question`} style={{ margin: 0 }}>
            {props.questionHeading}
          </h4>
          {r.moreInfoAskedAt && <LightText variant="small">{`Asked on ${when(r.moreInfoAskedAt)}.`}</LightText>}
          <p style={PRE}>{r.moreInfoQuestion}</p>
        </section>
      )}
      {reply && (
        <section style={COLUMN} aria-labelledby={`${id}-reply`}>
          <h4 id={`${id}-reply`} style={{ margin: 0 }}>
            {replyIsEarlier(r) ? `${props.replyHeading}, to an earlier question` : props.replyHeading}
          </h4>
          {r.councillorRepliedAt && (
            <LightText variant="small">{`Replied on ${when(r.councillorRepliedAt)}.`}</LightText>
          )}
          <p style={PRE}>{r.councillorReply}</p>
        </section>
      )}
    </Flex>
  );
}
