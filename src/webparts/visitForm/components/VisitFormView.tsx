// The visit form web part's root: pick the visit (a councillor's own; any visit for an officer,
// who also picks the councillor), open its form and hand it to the editor. Opened on one visit
// when the page or the Teams deep link names it.
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Flex } from '../../shared/ui/Flex';
import { Notice } from '../../shared/ui/Notice';
import { Select, type SelectOption } from '../../shared/ui/Select';
import { actionError } from '../../shared/errorText';
import type { OpenedForm, VisitChoice, VisitFormService } from '../visitFormService';
import { FormEditor } from './FormEditor';

export interface VisitFormViewProps {
  service: VisitFormService;
  /** From `?visit=` or the Teams deep link. */
  initialVisitId?: number;
}

export function VisitFormView(props: VisitFormViewProps): React.ReactElement {
  const { service } = props;
  const [officer, setOfficer] = React.useState<boolean>();
  const [choices, setChoices] = React.useState<VisitChoice[]>();
  const [visitId, setVisitId] = React.useState<number | undefined>(props.initialVisitId);
  const [councillor, setCouncillor] = React.useState<string>();
  const [form, setForm] = React.useState<OpenedForm>();
  const [loads, setLoads] = React.useState(0);
  const [error, setError] = React.useState<string>();

  React.useEffect(() => {
    let live = true;
    (async () => {
      const asOfficer = await service.isOfficer();
      const list = await service.visits(asOfficer);
      if (!live) return;
      setOfficer(asOfficer);
      setChoices(list);
      setVisitId((v) => (v !== undefined && list.some((c) => c.id === v) ? v : list[0]?.id));
      if (props.initialVisitId !== undefined && !list.some((c) => c.id === props.initialVisitId)) {
        setError('The visit in the link is not one you can write a findings form for. Choose one of your visits below.');
      }
    })().catch((e) => live && setError(actionError(e).message));
    return () => {
      live = false;
    };
  }, [service]);

  const choice = choices?.find((c) => c.id === visitId);
  const owner = officer ? (councillor && choice?.councillorEmails.indexOf(councillor) !== -1 ? councillor : choice?.councillorEmails[0]) : service.userEmail;

  React.useEffect(() => {
    if (!choice || !owner) return;
    let live = true;
    setForm(undefined);
    service
      .open(choice.id, owner)
      .then((f) => live && setForm(f))
      .catch((e) => live && setError(actionError(e).message));
    return () => {
      live = false;
    };
  }, [choice?.id, owner, loads]);

  if (error && !choices) return <Notice kind="error">{error}</Notice>;
  if (!choices) return <Spinner label="Loading your visits..." />;
  if (!choices.length) {
    return (
      <Notice>{officer ? 'No booked visit has a councillor yet.' : 'You have no booked visits, so there is no findings form to fill in yet.'}</Notice>
    );
  }
  const visitOptions: SelectOption[] = choices.map((c) => ({ key: String(c.id), text: c.label }));
  const councillorOptions: SelectOption[] = (choice?.councillorEmails ?? []).map((e) => ({ key: e, text: e }));
  return (
    <Flex gap={16}>
      {error && (
        <Notice kind="warning" onDismiss={() => setError(undefined)} dismissLabel="Close">
          {error}
        </Notice>
      )}
      <Flex horizontal wrap gap={16}>
        <Select label="Visit" options={visitOptions} value={visitId === undefined ? undefined : String(visitId)} minWidth={260} onChange={(key) => setVisitId(Number(key))} />
        {officer && <Select label="Councillor" options={councillorOptions} value={owner} minWidth={260} onChange={setCouncillor} />}
      </Flex>
      {!form ? (
        <Spinner label="Opening the form..." />
      ) : (
        <FormEditor
          key={`${form.visit.id}:${form.councillorEmail}:${loads}`}
          service={service}
          form={form}
          onBehalfOf={form.councillorEmail !== service.userEmail ? form.councillorName : undefined}
          onReload={() => setLoads((n) => n + 1)}
        />
      )}
    </Flex>
  );
}
