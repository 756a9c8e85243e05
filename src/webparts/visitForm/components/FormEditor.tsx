// One opened findings form: fill, save a draft, send. Validation runs in the page with core's rules
// for instant feedback, and again in the service. Failures keep every answer on the page; a save
// that meets someone else's newer save offers a reload and overwrites nothing.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { FieldMessage } from '../../../core/forms';
import type { FormAnswers } from '../../../core/model';
import { formatLondon } from '../../../core/time/london';
import { ValidationError } from '../../../core/services/errors';
import { actionError } from '../../shared/errorText';
import type { OpenedForm, VisitFormService } from '../visitFormService';
import { FindingsFields } from './FindingsFields';

export interface FormEditorProps {
  service: VisitFormService;
  form: OpenedForm;
  /** The councillor's name when an officer enters the form for them. */
  onBehalfOf?: string;
  onReload(): void;
}

type Notice = { type: MessageBarType; text: string; conflict?: boolean } | undefined;

const when = (iso: string): string => formatLondon(iso, "EEEE d MMMM yyyy 'at' HH:mm");

export function FormEditor(props: FormEditorProps): React.ReactElement {
  const { service, form } = props;
  const [answers, setAnswers] = React.useState<FormAnswers>(form.findings?.answers ?? {});
  const [etag, setEtag] = React.useState<string | undefined>(form.findings?.etag);
  const [sent, setSent] = React.useState(form.findings?.status === 'Submitted' ? form.findings.submittedAt ?? '' : undefined);
  const [errors, setErrors] = React.useState<FieldMessage[]>([]);
  const [warnings, setWarnings] = React.useState<FieldMessage[]>([]);
  const [notice, setNotice] = React.useState<Notice>();
  const [busy, setBusy] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);

  const onChange = (id: string, value: string | number | undefined): void => {
    setAnswers((a) => ({ ...a, [id]: value }));
    setErrors((e) => e.filter((m) => m.questionId !== id));
  };

  /** Core's rules, here; false (with the messages shown) when the answers cannot go yet. */
  const check = (mode: 'draft' | 'submit'): boolean => {
    const result = service.validate(form.template, answers, mode);
    setErrors(result.errors);
    setWarnings(result.warnings);
    if (!result.ok) setNotice({ type: MessageBarType.error, text: `Please correct ${result.errors.length === 1 ? 'the answer' : `${result.errors.length} answers`} marked below. Nothing has been ${mode === 'draft' ? 'saved' : 'sent'} yet.` });
    return result.ok;
  };

  const fail = (e: unknown): void => {
    if (e instanceof ValidationError) {
      setErrors(e.errors);
      setWarnings(e.warnings);
    }
    const { message, conflict } = actionError(e);
    setNotice({ type: conflict ? MessageBarType.warning : MessageBarType.error, text: conflict ? `${message} Your answers are still on this page: copy anything you want to keep before reloading.` : message, conflict });
  };

  const save = async (): Promise<void> => {
    if (!check('draft')) return;
    setBusy(true);
    try {
      const saved = await service.saveDraft(form, answers, etag);
      setEtag(saved.findings.etag);
      setWarnings(saved.warnings);
      setNotice({ type: MessageBarType.success, text: `Draft saved. Only you${props.onBehalfOf ? ', the councillor' : ''} and the officers can see it.` });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const send = async (): Promise<void> => {
    setConfirming(false);
    if (!check('submit')) return;
    setBusy(true);
    try {
      const r = await service.submit(form, answers);
      setSent(r.findings.submittedAt ?? '');
      setAnswers(r.findings.answers);
      setWarnings(r.warnings);
      const parts = [r.outcome === 'already-submitted' ? 'This form had already been sent; nothing was changed.' : 'Thank you: your findings have been sent.'];
      parts.push('The service manager and the head of service can now read them.');
      if (r.request) parts.push('The head of service has been asked to respond to the issues you escalated; the answer will come back to you.');
      parts.push(...r.problems);
      setNotice({ type: MessageBarType.success, text: parts.join(' ') });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack tokens={{ childrenGap: 4 }}>
        <h2 style={{ margin: 0 }}>
          {form.template.title}: {form.teamName}
        </h2>
        <Text>
          {form.visit.visitStart ? `Visit on ${when(form.visit.visitStart)}` : `Visit planned for ${form.visit.visitMonth}`}
          {form.dueDate && !sent ? `. Please send it by ${formatLondon(form.dueDate, 'EEEE d MMMM yyyy')}.` : '.'}
        </Text>
        {props.onBehalfOf && <Text>You are entering this form for {props.onBehalfOf}, for example from a form sent by e-mail.</Text>}
        <Text variant="small">{form.template.description}</Text>
      </Stack>
      {sent !== undefined && (
        <MessageBar messageBarType={MessageBarType.info}>{`Sent${sent ? ` on ${when(sent)}` : ''}. A sent form cannot be changed; ask the officer if something needs correcting.`}</MessageBar>
      )}
      {notice && (
        <div role={notice.type === MessageBarType.error ? 'alert' : 'status'}>
          <MessageBar
            messageBarType={notice.type}
            isMultiline
            actions={notice.conflict ? <MessageBarButton onClick={props.onReload}>Reload the form</MessageBarButton> : undefined}
            onDismiss={() => setNotice(undefined)}
            dismissButtonAriaLabel="Close"
          >
            {notice.text}
          </MessageBar>
        </div>
      )}
      {warnings.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {warnings.map((w) => w.message).join(' ')}
        </MessageBar>
      )}
      <FindingsFields template={form.template} answers={answers} errors={errors} readOnly={sent !== undefined || busy} onChange={onChange} />
      {sent === undefined && !confirming && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text="Send findings" disabled={busy} onClick={() => setConfirming(true)} />
          <DefaultButton text="Save draft" disabled={busy} onClick={() => void save()} />
        </Stack>
      )}
      {confirming && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div>
              <MessageBarButton onClick={() => void send()}>Send now</MessageBarButton>
              <MessageBarButton onClick={() => setConfirming(false)}>Not yet</MessageBarButton>
            </div>
          }
        >
          {`Send your findings to the service manager and the head of service? ${form.template.returnInstruction} After sending, the form cannot be changed.`}
        </MessageBar>
      )}
    </Stack>
  );
}
