// The three things a head of service (or their delegate) can do with escalated issues, as on the
// bot's card: respond (after a confirmation, as an answer cannot be changed), delegate, or ask the
// councillor for more. Core decides in the service; its refusals show here, beside the field.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import { ActionStatus } from '../../shared/ui/ActionStatus';
import { Tabs } from '../../shared/ui/Tabs';
import { TextInput } from '../../shared/ui/TextInput';
import { ValidationError } from '../../../core/services/errors';
import { QUESTION_MAX, RESPONSE_MAX } from '../../../core/services/hosRules';
import type { RequestAction, RequestActionResponse } from '../../../adapters/service/contract';
import { actionError } from '../../shared/errorText';
import type { EscalationsService } from '../escalationsService';
import type { Person } from '../councilPeople';

export interface RequestActionsProps {
  service: EscalationsService;
  requestId: number;
  councillorName: string;
  onDone(action: RequestAction, result: RequestActionResponse): void;
}

const count = (text: string, max: number): string =>
  `${text.length.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters.`;

/** One action's form: a field, its button, and the error core gave for it. */
function ActionForm(props: {
  label: string;
  description: string;
  multiline?: boolean;
  button: string;
  value: string;
  error?: string;
  busy: boolean;
  suggestions?: { value: string; label: string }[];
  onChange(value: string): void;
  onSubmit(): void;
}): React.ReactElement {
  return (
    <Flex gap={8}>
      <TextInput
        label={props.label}
        description={props.description}
        multiline={props.multiline}
        rows={props.multiline ? 4 : undefined}
        required
        value={props.value}
        errorMessage={props.error}
        readOnly={props.busy}
        suggestions={props.suggestions}
        autoComplete={props.suggestions ? 'off' : undefined}
        onChange={props.onChange}
      />
      <Flex horizontal>
        <LightButton primary text={props.button} disabled={props.busy} onClick={props.onSubmit} />
      </Flex>
    </Flex>
  );
}

/** The delegate's address, suggesting the council's people (read when the tab first opens). */
function DelegateForm(props: {
  service: EscalationsService;
  value: string;
  error?: string;
  busy: boolean;
  onChange(value: string): void;
  onSubmit(): void;
}): React.ReactElement {
  const [people, setPeople] = React.useState<Person[]>([]);
  React.useEffect(() => {
    let live = true;
    // No suggestions when the read fails: the field still takes an address, and core decides.
    props.service.people().then(
      (list) => live && setPeople(list),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [props.service]);
  return (
    <ActionForm
      label="E-mail address of the person to delegate to"
      description="Someone the council knows: a service manager, head of service, councillor or officer on this site, or a council address. Start typing a name or address to choose from the council's people. They can then answer here or in Teams."
      button="Delegate"
      value={props.value}
      error={props.error}
      busy={props.busy}
      suggestions={people.map((p) => ({ value: p.email, label: p.label }))}
      onChange={props.onChange}
      onSubmit={props.onSubmit}
    />
  );
}

export function RequestActions(props: RequestActionsProps): React.ReactElement {
  const [text, setText] = React.useState<Record<RequestAction, string>>({ respond: '', delegate: '', ask: '' });
  const [fieldErrors, setFieldErrors] = React.useState<Partial<Record<RequestAction, string>>>({});
  const [failure, setFailure] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);

  const edit = (action: RequestAction) => (value: string) => {
    setText((t) => ({ ...t, [action]: value }));
    setFieldErrors((e) => ({ ...e, [action]: undefined }));
  };

  const run = async (action: RequestAction): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    setFailure(undefined);
    try {
      const value = text[action];
      const result = await (action === 'respond'
        ? props.service.respond(props.requestId, value)
        : action === 'delegate'
          ? props.service.delegate(props.requestId, value)
          : props.service.ask(props.requestId, value));
      setText((t) => ({ ...t, [action]: '' }));
      props.onDone(action, result);
    } catch (e) {
      if (e instanceof ValidationError) {
        const message = e.errors.map((m) => m.message).join(' ');
        setFieldErrors((f) => ({ ...f, [action]: message }));
      } else setFailure(actionError(e).message);
    } finally {
      setBusy(false);
    }
  };

  const respond = (): React.ReactNode => (
    <Flex gap={8}>
      <ActionForm
        label="Your response to the escalated issues"
        description={`${count(text.respond, RESPONSE_MAX)} ${props.councillorName} is sent your answer, and it goes into the committee report.`}
        multiline
        button="Send response"
        value={text.respond}
        error={fieldErrors.respond}
        busy={busy || confirming}
        onChange={edit('respond')}
        onSubmit={() => (text.respond.trim() ? setConfirming(true) : void run('respond'))}
      />
      {confirming && (
        <Notice
          kind="warning"
          actions={
            <>
              <LightButton text="Send now" onClick={() => void run('respond')} />
              <LightButton text="Not yet" onClick={() => setConfirming(false)} />
            </>
          }
        >
          {`Send this response to ${props.councillorName}? Once sent it cannot be changed here.`}
        </Notice>
      )}
    </Flex>
  );

  const delegate = (): React.ReactNode => (
    <DelegateForm
      service={props.service}
      value={text.delegate}
      error={fieldErrors.delegate}
      busy={busy}
      onChange={edit('delegate')}
      onSubmit={() => void run('delegate')}
    />
  );

  const ask = (): React.ReactNode => (
    <ActionForm
      label={`Your question to ${props.councillorName}`}
      description={`${count(text.ask, QUESTION_MAX)} Kept with the request and sent to the councillor in Teams; they reply there or on their form page.`}
      multiline
      button="Send question"
      value={text.ask}
      error={fieldErrors.ask}
      busy={busy}
      onChange={edit('ask')}
      onSubmit={() => void run('ask')}
    />
  );

  return (
    <Flex gap={8}>
      <Tabs
        ariaLabel="What to do with these issues"
        tabs={[
          { key: 'respond', title: 'Respond', render: respond },
          { key: 'delegate', title: 'Delegate', render: delegate },
          { key: 'ask', title: 'Ask the councillor', render: ask }
        ]}
      />
      <ActionStatus
        messages={failure ? [{ kind: 'error', text: failure }] : []}
        onDismiss={() => setFailure(undefined)}
      />
    </Flex>
  );
}
