// The visit form web part's root: pick the visit (a councillor's own; any visit for an officer,
// who also picks the councillor), open its form and hand it to the editor. Opened on one visit
// when the page or the Teams deep link names it. A head of service or delegate with escalated
// issues waiting sees them first, to answer here (the card's link brings them to this page).
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Flex } from '../../shared/ui/Flex';
import { Notice } from '../../shared/ui/Notice';
import { actionError } from '../../shared/errorText';
import type { OpenedForm, VisitChoice, VisitFormService } from '../visitFormService';
import type { EscalationsService } from '../escalationsService';
import type { RequestState } from '../../../adapters/service/contract';
import { FormPicker } from './FormPicker';

const EscalatedIssues = React.lazy(() =>
  import(/* webpackChunkName: 'escalated-issues' */ './EscalatedIssues').then((m) => ({ default: m.EscalatedIssues }))
);

export interface VisitFormViewProps {
  service: VisitFormService;
  /** The requests for a response waiting for the signed-in person; none shown without it. */
  escalations?: EscalationsService;
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
  const [linkNotMine, setLinkNotMine] = React.useState(false);
  const [requests, setRequests] = React.useState<RequestState[]>();

  React.useEffect(() => {
    let live = true;
    // A failed read shows no escalations rather than blocking the form; the person can reload.
    (props.escalations?.open() ?? Promise.resolve([])).then(
      (list) => live && setRequests(list),
      () => live && setRequests([])
    );
    return () => {
      live = false;
    };
  }, [props.escalations]);

  React.useEffect(() => {
    let live = true;
    (async () => {
      const asOfficer = await service.isOfficer();
      const list = await service.visits(asOfficer);
      if (!live) return;
      setOfficer(asOfficer);
      setChoices(list);
      setVisitId((v) => (v !== undefined && list.some((c) => c.id === v) ? v : list[0]?.id));
      if (props.initialVisitId !== undefined && !list.some((c) => c.id === props.initialVisitId)) setLinkNotMine(true);
    })().catch((e) => live && setError(actionError(e).message));
    return () => {
      live = false;
    };
  }, [service]);

  const choice = choices?.find((c) => c.id === visitId);
  const owner = officer
    ? councillor && choice?.councillorEmails.indexOf(councillor) !== -1
      ? councillor
      : choice?.councillorEmails[0]
    : service.userEmail;

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

  // The request's visit first when the link names it (the bot's card links to its visit).
  const waiting = (requests ?? [])
    .slice()
    .sort((a, b) => Number(b.visitId === props.initialVisitId) - Number(a.visitId === props.initialVisitId));
  const escalated =
    props.escalations && waiting.length > 0 ? (
      <React.Suspense fallback={<Spinner label="Loading the issues escalated to you..." />}>
        <EscalatedIssues service={props.escalations} requests={waiting} />
      </React.Suspense>
    ) : undefined;
  const linkWarning = linkNotMine && requests !== undefined && !waiting.some((r) => r.visitId === props.initialVisitId);
  return (
    <Flex gap={24}>
      {escalated}
      {error && !choices ? (
        <Notice kind="error">{error}</Notice>
      ) : !choices || requests === undefined ? (
        <Spinner label="Loading your visits..." />
      ) : (
        <FormPicker
          service={service}
          choices={choices}
          officer={officer}
          visitId={visitId}
          owner={owner}
          form={form}
          loads={loads}
          escalated={!!escalated}
          warning={
            linkWarning
              ? 'The visit in the link is not one you can write a findings form for. Choose one of your visits below.'
              : error
          }
          onWarningDismiss={() => {
            setLinkNotMine(false);
            setError(undefined);
          }}
          onVisit={setVisitId}
          onCouncillor={setCouncillor}
          onReload={() => setLoads((n) => n + 1)}
        />
      )}
    </Flex>
  );
}
