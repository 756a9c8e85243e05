// One request for a response: the visit and team, the councillor, the issues they escalated, the
// question asked of the councillor and their reply (as stored), where the request stands, what can
// be done with it, and the whole findings form, read only. After an action the request is read
// again from the lists, so the page shows what is stored, not a guess.
import * as React from 'react';
import { Loading } from '../../shared/ui/Loading';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Flex } from '../../shared/ui/Flex';
import { Notice } from '../../shared/ui/Notice';
import { ActionStatus } from '../../shared/ui/ActionStatus';
import { actionError } from '../../shared/errorText';
import { formatLondon } from '../../../core/time/london';
import { mayAnswerRequest } from '../../../core/services/hosRules';
import type { RequestAction, RequestActionResponse } from '../../../adapters/service/contract';
import type { Escalation, EscalationsService } from '../escalationsService';
import { FindingsFields } from './FindingsFields';
import { MoreInfoExchange } from './MoreInfoExchange';
import { RequestActions } from './RequestActions';

export interface EscalationItemProps {
  service: EscalationsService;
  requestId: number;
  /** After an action, once the request is read again: e.g. a list showing it refreshes. */
  onChanged?: () => void;
}

const day = (iso: string): string => formatLondon(iso, 'EEEE d MMMM yyyy');
const when = (iso: string): string => formatLondon(iso, "EEEE d MMMM yyyy 'at' HH:mm");
const PRE: React.CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };

/** Where the request stands, in a sentence. */
function standing(e: Escalation, me: string): string {
  const r = e.request;
  if (r.status === 'Responded')
    return `Responded${r.respondedAt ? ` on ${when(r.respondedAt)}` : ''} by ${r.responderEmail === me ? 'you' : r.responderEmail}.`;
  const due = ` A response is due by ${day(e.responseDue)}.`;
  if (r.status === 'Delegated') return `Delegated to ${r.responderEmail === me ? 'you' : r.responderEmail}.${due}`;
  if (r.status === 'MoreInfoRequested') return `The councillor has been asked for more.${due}`;
  return `Waiting for a response.${due}`;
}

/** What happened, and whether the Teams message that follows went. */
function doneText(action: RequestAction, r: RequestActionResponse, e: Escalation, me: string): string {
  const who = `${e.councillorName} (${e.councillorEmail})`;
  const teams = r.teamsMessage;
  if (action === 'respond') {
    const first =
      r.outcome === 'already'
        ? 'This answer had already been sent; nothing was changed.'
        : 'Your response has been recorded.';
    const sent =
      teams === 'sent'
        ? `${who} has been sent it in Teams.`
        : teams === 'queued'
          ? `It will be sent to ${who} in Teams shortly.`
          : `${who} does not have the Frontline Visits app, so was not told in Teams: let them know the answer is on their form page.`;
    return `${first} ${sent}${r.visitStatus === 'Responded' ? ' Every escalated issue from this visit now has a response.' : ''}`;
  }
  const to = r.request.responderEmail;
  if (action === 'delegate') {
    const sent =
      teams === 'sent'
        ? 'They have been sent it in Teams.'
        : teams === 'queued'
          ? 'It will be sent to them in Teams shortly.'
          : 'They do not have the Frontline Visits app, so send them a link to this page.';
    const still = mayAnswerRequest(r.request, { headOfServiceEmail: e.headOfServiceEmail ?? '' }, me)
      ? ' As head of service you still can too.'
      : '';
    return `${r.outcome === 'already' ? 'Already delegated to' : 'Delegated to'} ${to}. ${sent} They can answer here.${still}`;
  }
  return teams === 'sent'
    ? `Your question has been sent to ${who} in Teams.`
    : `Your question could not be sent in Teams (${e.councillorName} does not have the Frontline Visits app): please e-mail them at ${e.councillorEmail}.`;
}

export function EscalationItem(props: EscalationItemProps): React.ReactElement {
  const { service, requestId } = props;
  const [item, setItem] = React.useState<Escalation>();
  const [error, setError] = React.useState<string>();
  const [done, setDone] = React.useState<string>();
  const [loads, setLoads] = React.useState(0);
  const divider = useTheme().semanticColors.bodyDivider;

  React.useEffect(() => {
    let live = true;
    service
      .read(requestId)
      .then((e) => {
        if (!live) return;
        setItem(e);
        setError(undefined);
      })
      .catch((e) => live && setError(actionError(e).message));
    return () => {
      live = false;
    };
  }, [requestId, loads]);

  const onDone = (action: RequestAction, result: RequestActionResponse): void => {
    if (item) setDone(doneText(action, result, item, service.userEmail));
    setLoads((n) => n + 1);
    props.onChanged?.();
  };

  if (!item) return error ? <Notice kind="error">{error}</Notice> : <Loading label="Opening the escalated issues..." />;
  const open = item.request.status !== 'Responded';
  const hos = { headOfServiceEmail: item.headOfServiceEmail ?? '' };
  const mayAct = open && mayAnswerRequest(item.request, hos, service.userEmail);
  return (
    <article aria-labelledby={`escalation-${requestId}`} style={{ borderTop: `1px solid ${divider}`, paddingTop: 12 }}>
      <Flex gap={12}>
        <Flex gap={4}>
          <h3 id={`escalation-${requestId}`} style={{ margin: 0 }}>
            {item.heading}
          </h3>
          <Text>{`Escalated by ${item.councillorName} (${item.councillorEmail}) on ${day(item.request.requestedAt)}.`}</Text>
          {!item.visitReadable && (
            <Text>
              {
                "The rota is not shared with you, so the visit's details are not shown; the issues and the form are below."
              }
            </Text>
          )}
          <Text>
            <strong>Status: </strong>
            {standing(item, service.userEmail)}
          </Text>
        </Flex>
        {error && <Notice kind="warning">{error}</Notice>}
        <Flex gap={4}>
          <h4 style={{ margin: 0 }}>Issues escalated to the head of service</h4>
          <p style={PRE}>{item.request.request}</p>
        </Flex>
        <MoreInfoExchange
          request={item.request}
          questionHeading={`The question to ${item.councillorName}`}
          replyHeading={`${item.councillorName}'s reply`}
        />
        {item.request.response && (
          <Flex gap={4}>
            <h4 style={{ margin: 0 }}>The response</h4>
            <p style={PRE}>{item.request.response}</p>
          </Flex>
        )}
        {mayAct && (
          <RequestActions
            service={service}
            requestId={requestId}
            councillorName={item.councillorName}
            onDone={onDone}
          />
        )}
        {/* What the last action did, beside its buttons (or where they were, once answered). */}
        <ActionStatus messages={done ? [{ kind: 'success', text: done }] : []} onDismiss={() => setDone(undefined)} />
        <details open>
          <summary>{`The whole findings form from ${item.councillorName} (read only)`}</summary>
          <div style={{ paddingTop: 8 }}>
            <FindingsFields
              template={item.template}
              answers={item.answers}
              errors={[]}
              readOnly
              onChange={() => undefined}
            />
          </div>
        </details>
      </Flex>
    </article>
  );
}
