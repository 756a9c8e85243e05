// The findings-form half of the page: choose the visit (and, for an officer, the councillor), then
// the opened form in the editor. Says so when there is no form to fill in, unless the person came
// to answer escalated issues instead.
import * as React from 'react';
import { Loading } from '../../shared/ui/Loading';
import { Flex } from '../../shared/ui/Flex';
import { Notice } from '../../shared/ui/Notice';
import { Select, type SelectOption } from '../../shared/ui/Select';
import type { OpenedForm, VisitChoice, VisitFormService } from '../visitFormService';

// The editor (fields, validation messages, save and send) comes in a chunk of its own; composeVisitForm
// fetches it as the web part starts, so it is in by the time a form has been read.
export const loadFormEditor = (): Promise<typeof import('./FormEditor')> =>
  import(/* webpackChunkName: 'form-editor' */ './FormEditor');
const FormEditor = React.lazy(() => loadFormEditor().then((m) => ({ default: m.FormEditor })));

export interface FormPickerProps {
  service: VisitFormService;
  choices: VisitChoice[];
  officer?: boolean;
  visitId?: number;
  /** Whose form: the signed-in councillor, or the councillor an officer chose. */
  owner?: string;
  form?: OpenedForm;
  /** Bumped to open the form again (after a conflicting save). */
  loads: number;
  /** Escalated issues are shown above: no "nothing to fill in" notice. */
  escalated: boolean;
  warning?: string;
  onWarningDismiss(): void;
  onVisit(visitId: number): void;
  onCouncillor(email: string): void;
  onReload(): void;
}

export function FormPicker(props: FormPickerProps): React.ReactElement | null {
  const { service, choices, form } = props;
  if (!choices.length) {
    if (props.escalated) return null;
    return (
      <Notice>
        {props.officer
          ? 'No booked visit has a councillor yet.'
          : 'You have no booked visits, so there is no findings form to fill in yet.'}
      </Notice>
    );
  }
  const choice = choices.find((c) => c.id === props.visitId);
  const visitOptions: SelectOption[] = choices.map((c) => ({ key: String(c.id), text: c.label }));
  const councillorOptions: SelectOption[] = (choice?.councillorEmails ?? []).map((e) => ({ key: e, text: e }));
  return (
    <Flex gap={16}>
      {props.warning && (
        <Notice kind="warning" onDismiss={props.onWarningDismiss} dismissLabel="Close">
          {props.warning}
        </Notice>
      )}
      <Flex horizontal wrap gap={16}>
        <Select
          label="Visit"
          options={visitOptions}
          value={props.visitId === undefined ? undefined : String(props.visitId)}
          minWidth={260}
          onChange={(key) => props.onVisit(Number(key))}
        />
        {props.officer && (
          <Select
            label="Councillor"
            options={councillorOptions}
            value={props.owner}
            minWidth={260}
            onChange={props.onCouncillor}
          />
        )}
      </Flex>
      {!form ? (
        <Loading label="Opening the form..." />
      ) : (
        <React.Suspense fallback={<Loading label="Opening the form..." />}>
          <FormEditor
            key={`${form.visit.id}:${form.councillorEmail}:${props.loads}`}
            service={service}
            form={form}
            onBehalfOf={form.councillorEmail !== service.userEmail ? form.councillorName : undefined}
            onReload={props.onReload}
          />
        </React.Suspense>
      )}
    </Flex>
  );
}
