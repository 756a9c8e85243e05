// One opened findings form: fill, save a draft, send. Validation runs in the page with core's rules
// for instant feedback, and again in the service. Failures keep every answer on the page; a save
// that meets someone else's newer save offers a reload and overwrites nothing.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { LightText } from '../../shared/ui/LightText';
import type { FieldMessage } from '../../../core/forms/validation';
import type { FormAnswers } from '../../../core/model';
import { formatLondon } from '../../../core/time/london';
import { ValidationError } from '../../../core/services/errors';
import { actionError } from '../../shared/errorText';
import type { OpenedForm, VisitFormService } from '../visitFormService';
import { FindingsFields } from './FindingsFields';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice, type NoticeKind } from '../../shared/ui/Notice';
import { ActionStatus, type ActionMessage } from '../../shared/ui/ActionStatus';

export interface FormEditorProps {
  service: VisitFormService;
  form: OpenedForm;
  /** The councillor's name when an officer enters the form for them. */
  onBehalfOf?: string;
  onReload(): void;
}

/** `at`: beside which buttons it shows, "Finish sending" at the top or the form's own below it. */
type Message = { kind: NoticeKind; text: string; conflict?: boolean; at: 'finish' | 'form' } | undefined;

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
  const check = async (mode: 'draft' | 'submit', at: 'finish' | 'form'): Promise<boolean> => {
    const result = await service.validate(form.template, answers, mode);
    setErrors(result.errors);
    setWarnings(result.warnings);
    if (!result.ok)
      setNotice({
        kind: 'error',
        text: `Please correct ${result.errors.length === 1 ? 'the answer' : `${result.errors.length} answers`} marked above. Nothing has been ${mode === 'draft' ? 'saved' : 'sent'} yet.`,
        at
      });
    return result.ok;
  };

  const fail = (e: unknown, at: 'finish' | 'form'): void => {
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
      conflict,
      at
    });
  };

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      if (!(await check('draft', 'form'))) return;
      const saved = await service.saveDraft(form, answers, etag);
      setEtag(saved.findings.etag);
      setWarnings(saved.warnings);
      setNotice({
        kind: 'success',
        text: `Draft saved. Only you${props.onBehalfOf ? ', the councillor' : ''} and the officers can see it.`,
        at: 'form'
      });
    } catch (e) {
      fail(e, 'form');
    } finally {
      setBusy(false);
    }
  };

  /** Sends the form ("Send now"), or finishes a received one ("Finish sending", at the top). */
  const send = async (): Promise<void> => {
    const at = sent === undefined ? 'form' : 'finish';
    setConfirming(false);
    setBusy(true);
    try {
      if (sent === undefined && !(await check('submit', at))) return;
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
      setNotice({ kind: finished ? 'success' : 'warning', text: parts.join(' '), at });
    } catch (e) {
      fail(e, at);
    } finally {
      setBusy(false);
    }
  };

  /** The last press's message and core's warnings, beside the buttons `at` names (ActionStatus). */
  const status = (at: 'finish' | 'form'): React.ReactElement => {
    const messages: ActionMessage[] = [];
    const mine = notice?.at === at;
    if (notice && mine)
      messages.push({
        kind: notice.kind,
        text: notice.text,
        actions: notice.conflict ? <LightButton text="Reload the form" onClick={props.onReload} /> : undefined
      });
    // Core's warnings (e.g. a child's details) come with the last press, so they show beside it too.
    if (warnings.length && (mine || (!notice && at === 'form')))
      messages.push({ kind: 'warning', text: warnings.map((w) => w.message).join(' ') });
    return <ActionStatus messages={messages} onDismiss={mine ? () => setNotice(undefined) : undefined} />;
  };

  return (
    <Flex gap={16}>
      <Flex gap={4}>
        <h2 style={{ margin: 0 }}>
          {form.template.title}: {form.teamName}
        </h2>
        <LightText>
          {form.visit.visitStart
            ? `Visit on ${when(form.visit.visitStart)}`
            : `Visit planned for ${form.visit.visitMonth}`}
          {form.dueDate && !sent ? `. Please send it by ${formatLondon(form.dueDate, 'EEEE d MMMM yyyy')}.` : '.'}
        </LightText>
        {props.onBehalfOf && (
          <LightText>
            You are entering this form for {props.onBehalfOf}, for example from a form sent by e-mail.
          </LightText>
        )}
        <LightText variant="small">{form.template.description}</LightText>
      </Flex>
      {sent !== undefined && (
        <div>
          {!sending && (
            <Notice>{`Sent${sent ? ` on ${when(sent)}` : ''}. A sent form cannot be changed; ask the officer if something needs correcting.`}</Notice>
          )}
          {sending && (
            <Notice
              kind="warning"
              actions={<LightButton text="Finish sending" disabled={busy} onClick={() => void send()} />}
            >
              {`Sending: your findings were received${sent ? ` on ${when(sent)}` : ''} and are being passed to the service manager and the head of service. This finishes by itself within the hour; "Finish sending" does it now. Your answers cannot be changed.`}
            </Notice>
          )}
          {status('finish')}
        </div>
      )}
      <FindingsFields
        template={form.template}
        answers={answers}
        errors={errors}
        readOnly={sent !== undefined || busy}
        onChange={onChange}
      />
      <div>
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
        {status('form')}
      </div>
    </Flex>
  );
}
