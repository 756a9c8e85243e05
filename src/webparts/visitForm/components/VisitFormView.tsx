// The visit form web part's root: pick the visit (a councillor's own; any visit for an officer,
// who also picks the councillor), open its form and hand it to the editor. Opened on one visit
// when the page or the Teams deep link names it. A service manager, head of service or delegate
// sees the findings shared with them first, opened on the link's visit (the bot's cards link here),
// to read and, where core allows, answer; someone with nothing shared is told so.
import * as React from 'react';
import { Loading } from '../../shared/ui/Loading';
import { Flex } from '../../shared/ui/Flex';
import { Notice } from '../../shared/ui/Notice';
import { actionError } from '../../shared/errorText';
import type { OpenedForm, VisitChoice, VisitFormService } from '../visitFormService';
import type { EscalationsService } from '../escalationsService';
import type { SharedFindings as Found, SharedFindingsService } from '../sharedFindings';
import type { CouncillorRepliesService } from '../councillorReplies';
import { FormPicker } from './FormPicker';

// A councillor's replies to heads of service are read after the visits, so their box loads then.
const CouncillorReplyBox = React.lazy(() =>
  import(/* webpackChunkName: 'councillor-replies' */ './CouncillorReplyBox').then((m) => ({
    default: m.CouncillorReplyBox
  }))
);
const SharedFindings = React.lazy(() =>
  import(/* webpackChunkName: 'shared-findings' */ './SharedFindings').then((m) => ({ default: m.SharedFindings }))
);

export interface VisitFormViewProps {
  service: VisitFormService;
  /** Answers to escalated issues, through the requests API; with `shared`, or nothing shared is shown. */
  escalations?: EscalationsService;
  /** The findings shared with the signed-in person (service manager, head of service, delegate). */
  shared?: SharedFindingsService;
  /** A councillor's replies to heads of service who asked for more, through the requests API. */
  replies?: CouncillorRepliesService;
  /** From `?visit=` or the Teams deep link. */
  initialVisitId?: number;
}

const NOTHING: Found = { visits: [], contactFor: [] };

/** Said to someone with nothing shared who might expect something (a team's contact, or a link). */
function nothingSharedText(found: Found, linkVisit: number | undefined): string {
  const first =
    linkVisit !== undefined
      ? `The findings from visit ${linkVisit} are not shared with you.`
      : 'No findings are shared with you yet.';
  const teams = found.contactFor.length
    ? ` You are the service manager or head of service of ${found.contactFor.join(', ')}: each visit's findings appear here once a councillor sends their form.`
    : '';
  return `${first}${teams} Findings are shared, to read, with the visited team's service manager and head of service, and escalated issues with anyone they are delegated to.`;
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
  const [found, setFound] = React.useState<Found>();
  const [sharedLoads, setSharedLoads] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    // A failed read shows nothing shared rather than blocking the form; the person can reload.
    (props.escalations && props.shared ? props.shared.list() : Promise.resolve(NOTHING)).then(
      (list) => live && setFound(list),
      () => live && setFound(NOTHING)
    );
    return () => {
      live = false;
    };
  }, [props.shared, sharedLoads]);

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

  const sharedVisits = found?.visits ?? [];
  const link = props.initialVisitId;
  const linkShared = link !== undefined && sharedVisits.some((v) => v.visitId === link);
  const linkMine = link !== undefined && !!choices?.some((c) => c.id === link);
  const sharedPart =
    props.escalations && sharedVisits.length > 0 ? (
      <React.Suspense fallback={<Loading label="Loading the findings shared with you..." />}>
        <SharedFindings
          escalations={props.escalations}
          found={found ?? NOTHING}
          initialVisitId={props.initialVisitId}
          onChanged={() => setSharedLoads((n) => n + 1)}
        />
      </React.Suspense>
    ) : undefined;
  // Nothing (or not the link's visit) shared, said to whoever might expect it: not a councillor's own visit.
  const expectsShared = (link !== undefined && !linkMine && !linkShared) || (!sharedPart && !!found?.contactFor.length);
  const nothingShared =
    found && choices && expectsShared && (!choices.length || sharedVisits.length > 0 || !!found.contactFor.length) ? (
      <Notice kind={sharedVisits.length ? 'warning' : 'info'}>
        {sharedVisits.length
          ? `The findings from visit ${link ?? ''} are not shared with you. Those that are shared with you are listed below.`
          : nothingSharedText(found, link)}
      </Notice>
    ) : undefined;
  const linkWarning = linkNotMine && found !== undefined && !linkShared && !nothingShared;
  return (
    <Flex gap={24}>
      {nothingShared}
      {sharedPart}
      {props.replies && choices && officer === false && (
        <React.Suspense fallback={null}>
          <CouncillorReplyBox service={props.replies} visitIds={choices.map((c) => c.id)} />
        </React.Suspense>
      )}
      {error && !choices ? (
        <Notice kind="error">{error}</Notice>
      ) : !choices || found === undefined ? (
        <Loading label="Loading your visits..." />
      ) : (
        <FormPicker
          service={service}
          choices={choices}
          officer={officer}
          visitId={visitId}
          owner={owner}
          form={form}
          loads={loads}
          escalated={!!sharedPart || !!nothingShared}
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
