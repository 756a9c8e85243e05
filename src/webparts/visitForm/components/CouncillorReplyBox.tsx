// For a councillor on the form page: each of their sent forms whose head of service has asked for
// more (MoreInfoRequested), with the question as stored and a reply box that sends the reply through
// the Frontline service (POST /api/requests/<id>/reply). After sending, the request is read again
// and the reply shown as stored, with its date. Core's refusals show beside the box or the button.
import * as React from 'react';
import { LightText } from '../../shared/ui/LightText';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import { TextInput } from '../../shared/ui/TextInput';
import { actionError } from '../../shared/errorText';
import { ValidationError } from '../../../core/services/errors';
import { REPLY_MAX } from '../../../core/services/hosRules';
import type { RequestActionResponse, RequestState } from '../../../adapters/service/contract';
import type { AskedOfMe, CouncillorRepliesService } from '../councillorReplies';
import { MoreInfoExchange } from './MoreInfoExchange';

export interface CouncillorReplyBoxProps {
  service: CouncillorRepliesService;
  /** The councillor's own visits on the page (the form picker's): where to look for questions. */
  visitIds: readonly number[];
}

/** What happened, and whether the head of service was told in Teams. */
function sentText(r: RequestActionResponse): string {
  const first =
    r.outcome === 'already'
      ? 'You had already sent this reply; nothing was changed.'
      : 'Your reply has been sent and is kept with the request.';
  const teams =
    r.teamsMessage === 'sent'
      ? `${r.request.responderEmail} has been sent it in Teams.`
      : `${r.request.responderEmail} does not have the Frontline Visits app, so was not told in Teams; they will see it on their form page.`;
  return `${first} ${teams}`;
}

function AskedItem(props: { service: CouncillorRepliesService; asked: AskedOfMe }): React.ReactElement {
  const [request, setRequest] = React.useState<RequestState>(props.asked.request);
  const [text, setText] = React.useState('');
  const [fieldError, setFieldError] = React.useState<string>();
  const [failure, setFailure] = React.useState<string>();
  const [sent, setSent] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const divider = useTheme().semanticColors.bodyDivider;
  const id = `asked-${request.id}`;

  const send = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const r = await props.service.reply(request.id, text);
      // Shown as the lists keep it; the service's answer if the read fails.
      setRequest(await props.service.read(request.id).catch(() => r.request));
      setSent(sentText(r));
      setText('');
    } catch (e) {
      if (e instanceof ValidationError) setFieldError(e.errors.map((m) => m.message).join(' '));
      else setFailure(actionError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article aria-labelledby={id} style={{ borderTop: `1px solid ${divider}`, paddingTop: 12 }}>
      <Flex gap={12}>
        <Flex gap={4}>
          <h3 id={id} style={{ margin: 0 }}>
            {props.asked.heading}
          </h3>
          <LightText>{`${request.responderEmail} has asked you for more about the issues you escalated.`}</LightText>
        </Flex>
        <MoreInfoExchange
          request={request}
          questionHeading="The head of service's question"
          replyHeading="Your reply"
          showReply={sent !== undefined || !!request.councillorReply}
        />
        {sent === undefined ? (
          <Flex gap={8}>
            <TextInput
              label="Your reply to the head of service"
              description={`${text.length.toLocaleString('en-GB')} of ${REPLY_MAX.toLocaleString('en-GB')} characters. Kept with the request, and sent to them in Teams.`}
              multiline
              rows={4}
              required
              value={text}
              errorMessage={fieldError}
              readOnly={busy}
              onChange={(v) => {
                setText(v);
                setFieldError(undefined);
              }}
            />
            <Flex horizontal wrap gap={8} center>
              <LightButton primary text="Send reply" disabled={busy} onClick={() => void send()} />
              {failure && (
                <Notice kind="error" onDismiss={() => setFailure(undefined)} dismissLabel="Close">
                  {failure}
                </Notice>
              )}
            </Flex>
          </Flex>
        ) : (
          <Notice kind="success">{sent}</Notice>
        )}
      </Flex>
    </article>
  );
}

export function CouncillorReplyBox(props: CouncillorReplyBoxProps): React.ReactElement | null {
  const [asked, setAsked] = React.useState<AskedOfMe[]>([]);
  const [error, setError] = React.useState<string>();
  const key = props.visitIds.join(',');

  React.useEffect(() => {
    let live = true;
    props.service.asked(props.visitIds).then(
      (list) => live && setAsked(list),
      (e) => live && setError(actionError(e).message)
    );
    return () => {
      live = false;
    };
  }, [props.service, key]);

  if (error) return <Notice kind="warning">{`Questions from the head of service could not be read: ${error}`}</Notice>;
  if (!asked.length) return null;
  return (
    <section aria-labelledby="asked-of-you">
      <Flex gap={12}>
        <h2 id="asked-of-you" style={{ margin: 0 }}>
          The head of service asks you for more
        </h2>
        {asked.map((a) => (
          <AskedItem key={a.request.id} service={props.service} asked={a} />
        ))}
      </Flex>
    </section>
  );
}
