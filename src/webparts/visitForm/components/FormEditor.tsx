// One opened findings form: fill, save a draft, send. Validation runs in the page with core's rules
// for instant feedback, and again in the service. Failures keep every answer on the page; a save
// that meets someone else's newer save offers a reload and overwrites nothing.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { Text } from '@fluentui/react/lib/Text';
import type { FieldMessage } from '../../../core/forms/validation';
import type { FormAnswers } from '../../../core/model';
import { formatLondon } from '../../../core/time/london';
import { ValidationError } from '../../../core/services/errors';
import { actionError } from '../../shared/errorText';
import type { OpenedForm, VisitFormService } from '../visitFormService';
import { FindingsFields } from './FindingsFields';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice, type NoticeKind } from '../../shared/ui/Notice';

export interface FormEditorProps {
  service: VisitFormService;
  form: OpenedForm;
  /** The councillor's name when an officer enters the form for them. */
  onBehalfOf?: string;
  onReload(): void;
}

type Message = { kind: NoticeKind; text: string; conflict?: boolean } | undefined;

const when = (iso: string): string => formatLondon(iso, "EEEE d MMMM yyyy 'at' HH:mm");

export function FormEditor(props: FormEditorProps): React.ReactElement {
  const { service, form } = props;
  const [answers, setAnswers] = React.useState<FormAnswers>(form.findings?.answers ?? {});
  const [etag, setEtag] = React.useState<string | undefined>(form.findings?.etag);
  const [sent, setSent] = React.useState(
    form.findings?.status === 'Submitted' ? (form.findings.submittedAt ?? '') : undefined
  );
  // Received, but not yet passed on to everyone (the service was interrupted): "Finish sending" completes it.
  const [sending, setSending] = React.useState(
    form.findings?.status === 'Submitted' && form.findings.submission === 'Sending'
  );
  const [errors, setErrors] = React.useState<FieldMessage[]>([]);
  const [warnings, setWarnings] = React.useState<FieldMessage[]>([]);
  const [notice, setNotice] = React.useState<Message>();
  const [busy, setBusy] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);

  const onChange = (id: string, value: string | number | undefined): void => {
    setAnswers((a) => ({ ...a, [id]: value }));
    setErrors((e) => e.filter((m) => m.questionId !== id));
  };

  /** Core's rules, here; false (with the messages shown) when the answers cannot go yet. */
  const check = async (mode: 'draft' | 'submit'): Promise<boolean> => {
    const result = await service.validate(form.template, answers, mode);
    setErrors(result.errors);
    setWarnings(result.warnings);
    if (!result.ok)
      setNotice({
        kind: 'error',
        text: `Please correct ${result.errors.length === 1 ? 'the answer' : `${result.errors.length} answers`} marked below. Nothing has been ${mode === 'draft' ? 'saved' : 'sent'} yet.`
      });
    return result.ok;
  };

  const fail = (e: unknown): void => {
    if (e instanceof ValidationError) {
      setErrors(e.errors);
      setWarnings(e.warnings);
    }
    const { message, conflict } = actionError(e);
    setNotice({
      kind: conflict ? 'warning' : 'error',
      text: conflict
        ? `${message} Your answers are still on this page: copy anything you want to keep before reloading.`
        : message,
      conflict
    });
  };

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      if (!(await check('draft'))) return;
      const saved = await service.saveDraft(form, answers, etag);
      setEtag(saved.findings.etag);
      setWarnings(saved.warnings);
      setNotice({
        kind: 'success',
        text: `Draft saved. Only you${props.onBehalfOf ? ', the councillor' : ''} and the officers can see it.`
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const send = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    try {
      if (sent === undefined && !(await check('submit'))) return;
      const r = await service.submit(form, sent === undefined ? answers : (form.findings?.answers ?? answers));
      setSent(r.findings.submittedAt ?? '');
      setSending(r.findings.submission === 'Sending');
      setAnswers(r.findings.answers);
      setWarnings(r.warnings);
      const finished = r.findings.submission !== 'Sending';
      const parts = [
        r.outcome === 'already-submitted'
          ? `This form had already been ${finished ? 'sent' : 'received'}; its answers were not changed.`
          : finished
            ? 'Thank you: your findings have been sent.'
            : 'Thank you: your findings have been received and are being passed on.'
      ];
      if (finished) parts.push('The service manager and the head of service can now read them.');
      if (finished && r.request)
        parts.push(
          'The head of service has been asked to respond to the issues you escalated; the answer will come back to you.'
        );
      parts.push(...r.problems);
      setNotice({ kind: finished ? 'success' : 'warning', text: parts.join(' ') });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex gap={16}>
      <Flex gap={4}>
        <h2 style={{ margin: 0 }}>
          {form.template.title}: {form.teamName}
        </h2>
        <Text>
          {form.visit.visitStart
            ? `Visit on ${when(form.visit.visitStart)}`
            : `Visit planned for ${form.visit.visitMonth}`}
          {form.dueDate && !sent ? `. Please send it by ${formatLondon(form.dueDate, 'EEEE d MMMM yyyy')}.` : '.'}
        </Text>
        {props.onBehalfOf && (
          <Text>You are entering this form for {props.onBehalfOf}, for example from a form sent by e-mail.</Text>
        )}
        <Text variant="small">{form.template.description}</Text>
      </Flex>
      {sent !== undefined && !sending && (
        <Notice>{`Sent${sent ? ` on ${when(sent)}` : ''}. A sent form cannot be changed; ask the officer if something needs correcting.`}</Notice>
      )}
      {sent !== undefined && sending && (
        <Notice
          kind="warning"
          actions={<LightButton text="Finish sending" disabled={busy} onClick={() => void send()} />}
        >
          {`Sending: your findings were received${sent ? ` on ${when(sent)}` : ''} and are being passed to the service manager and the head of service. This finishes by itself within the hour; "Finish sending" does it now. Your answers cannot be changed.`}
        </Notice>
      )}
      {notice && (
        <Notice
          kind={notice.kind}
          actions={notice.conflict ? <LightButton text="Reload the form" onClick={props.onReload} /> : undefined}
          onDismiss={() => setNotice(undefined)}
          dismissLabel="Close"
        >
          {notice.text}
        </Notice>
      )}
      {warnings.length > 0 && <Notice kind="warning">{warnings.map((w) => w.message).join(' ')}</Notice>}
      <FindingsFields
        template={form.template}
        answers={answers}
        errors={errors}
        readOnly={sent !== undefined || busy}
        onChange={onChange}
      />
      {sent === undefined && !confirming && (
        <Flex horizontal wrap gap={8}>
          <LightButton primary text="Send findings" disabled={busy} onClick={() => setConfirming(true)} />
          <LightButton text="Save draft" disabled={busy} onClick={() => void save()} />
        </Flex>
      )}
      {confirming && (
        <Notice
          kind="warning"
          actions={
            <>
              <LightButton text="Send now" onClick={() => void send()} />
              <LightButton text="Not yet" onClick={() => setConfirming(false)} />
            </>
          }
        >
          {`Send your findings to the service manager and the head of service? ${form.template.returnInstruction} After sending, the form cannot be changed.`}
        </Notice>
      )}
    </Flex>
  );
}
