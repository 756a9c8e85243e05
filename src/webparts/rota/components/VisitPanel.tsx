// One visit: who goes, when, rearranging and cancelling with a reason, and the .ics invite. Every
// change is made against the visit as loaded here (its ETag); if someone else saved first, the
// officer is told and offered a reload, and nothing is overwritten.
import * as React from 'react';
import {
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  Spinner,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import { lacksDataProtectionTraining } from '../../../core/councillors';
import type { Visit } from '../../../core/model';
import { allowedTransitions } from '../../../core/visitLifecycle';
import type { Stored } from '../../../core/ports/repositories';
import type { RotaYearData } from '../../../core/ports/rotaReader';
import { formatLondon } from '../../../core/time/london';
import type { Invite, RotaScheduling } from '../rotaScheduling';
import { BookingForm } from './BookingForm';
import { actionError, type ActionError } from '../../shared/errorText';
import { ActionStatus, type ActionMessage } from '../../shared/ui/ActionStatus';

/** Where a change's buttons are, so what it said shows beside them. */
export type ActionSlot = 'councillors' | 'contact' | 'booking' | 'cancel' | 'invite';
/** Runs a change; its confirmation or error shows beside `at`'s buttons, and the visit is read again. */
export type RunChange = (label: string, change: () => Promise<unknown>, at: ActionSlot) => Promise<void>;

export interface VisitPanelProps {
  visitId: number;
  data: RotaYearData;
  scheduling: RotaScheduling;
  onDownload: (invite: Invite) => void;
  onDismiss: () => void;
  onChanged: () => void;
}

export function VisitPanel(props: VisitPanelProps): React.ReactElement {
  const { scheduling, data, visitId } = props;
  const [visit, setVisit] = React.useState<Stored<Visit> | undefined>(undefined);
  const [error, setError] = React.useState<ActionError | undefined>(undefined);
  // What the last change said (its confirmation, core's warnings, or why it failed), and beside what.
  const [said, setSaid] = React.useState<{ at: ActionSlot; messages: ActionMessage[] }>();
  const [selected, setSelected] = React.useState<string[]>([]);
  const [cancelReason, setCancelReason] = React.useState('');
  const [assignCheck, setAssignCheck] = React.useState<{ clashes: string[]; warnings: string[] } | undefined>(
    undefined
  );

  const reload = React.useCallback(async (): Promise<void> => {
    setError(undefined);
    setSaid(undefined);
    try {
      const fresh = await scheduling.load(visitId);
      setVisit(fresh);
      setSelected(fresh.councillorEmails);
    } catch (e) {
      setError(actionError(e));
    }
  }, [scheduling, visitId]);
  React.useEffect(() => void reload(), [reload]);

  // Before saving: core's clashes (a councillor busy that day) and second-visit warnings for the choice.
  // Other warnings and refusals come with the save, as before, so nothing is said twice.
  React.useEffect(() => {
    let live = true;
    setAssignCheck(undefined);
    if (!visit) return undefined;
    scheduling.previewAssign(visit, selected).then(
      (p) =>
        live &&
        setAssignCheck({
          clashes: p.clashes.map((c) => c.message),
          warnings: p.warnings.filter((w) => w.kind === 'second-visit').map((w) => w.message)
        }),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [scheduling, visit, selected]);

  const run: RunChange = async (label, change, at) => {
    setSaid(undefined);
    try {
      const result = (await change()) as { warnings?: { message: string }[] } | undefined;
      props.onChanged();
      // The saved visit is shown before the confirmation, so "saved" never sits beside stale fields.
      await reload();
      const warnings = (result?.warnings ?? []).map((w): ActionMessage => ({ kind: 'warning', text: w.message }));
      setSaid({ at, messages: [{ kind: 'success', text: `${label}.` }, ...warnings] });
    } catch (e) {
      const failed = actionError(e);
      const again = failed.conflict ? <DefaultButton text="Reload" onClick={() => void reload()} /> : undefined;
      setSaid({ at, messages: [{ kind: 'error', text: failed.message, actions: again }] });
    }
  };

  const team = visit ? data.teams.find((t) => t.id === visit.teamId) : undefined;
  const options = data.councillors
    .filter((c) => c.active)
    .map((c) => ({
      key: c.email,
      text: lacksDataProtectionTraining(c) ? `${c.name} (no data-protection training recorded)` : c.name
    }));
  const untrained = selected.filter((e) =>
    lacksDataProtectionTraining(data.councillors.find((c) => c.email === e) ?? {})
  );
  // Nothing more can happen to a final visit (the lifecycle's rule), so its editing controls go.
  const final = visit && allowedTransitions(visit.status).length === 0;
  const invite = !!visit?.visitStart && visit.status !== 'Cancelled';
  // A change that closed its own buttons (cancelling: the visit is final) says so under the status line.
  const shown = (at: ActionSlot): boolean => (at === 'invite' ? invite : !final);
  const status = (at: ActionSlot | 'top'): React.ReactElement => (
    <ActionStatus
      messages={said && (said.at === at || (at === 'top' && !shown(said.at))) ? said.messages : []}
      onDismiss={() => setSaid(undefined)}
    />
  );

  return (
    <Panel
      isOpen
      headerText={visit ? visit.title : 'Visit'}
      type={PanelType.medium}
      onDismiss={props.onDismiss}
      closeButtonAriaLabel="Close the visit"
    >
      {!visit && !error && <Spinner label="Loading the visit" />}
      {error && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={error.conflict ? <DefaultButton text="Reload" onClick={() => void reload()} /> : undefined}
        >
          {error.message}
        </MessageBar>
      )}
      {visit && (
        <Stack tokens={{ childrenGap: 16 }}>
          <div>
            <Text>
              {team?.name ?? ''}, {team?.location ?? ''}. Status: {visit.status}
              {visit.statusReason ? ` (${visit.statusReason})` : ''}.{' '}
              {visit.visitStart
                ? `${visit.status === 'Planned' ? 'Proposed' : 'Booked'} for ${formatLondon(visit.visitStart, 'EEEE d MMMM yyyy, HH:mm')}.`
                : `Planned for ${visit.visitMonth}.`}
            </Text>
            {status('top')}
          </div>
          {!final && (
            <Stack tokens={{ childrenGap: 8 }}>
              <Dropdown
                label="Councillors"
                multiSelect
                options={options}
                selectedKeys={selected}
                onChange={(_, o) =>
                  o && setSelected(o.selected ? [...selected, String(o.key)] : selected.filter((k) => k !== o.key))
                }
              />
              {untrained.length > 0 && (
                <MessageBar messageBarType={MessageBarType.warning}>
                  No data-protection training is recorded for: {untrained.join(', ')}.
                </MessageBar>
              )}
              {assignCheck?.clashes.map((m, i) => (
                <MessageBar key={`c${i}`} messageBarType={MessageBarType.error} isMultiline>
                  {m}
                </MessageBar>
              ))}
              {assignCheck?.warnings.map((m, i) => (
                <MessageBar key={`w${i}`} messageBarType={MessageBarType.warning} isMultiline>
                  {m}
                </MessageBar>
              ))}
              <DefaultButton
                text="Save councillors"
                disabled={!!assignCheck?.clashes.length}
                onClick={() => run('Councillors saved', () => scheduling.assign(visit, selected), 'councillors')}
              />
              {status('councillors')}
            </Stack>
          )}
          {!final && <BookingForm key={visit.etag} visit={visit} scheduling={scheduling} run={run} status={status} />}
          {!final && (
            <Stack tokens={{ childrenGap: 8 }}>
              <TextField
                label="Reason for cancelling"
                multiline
                rows={2}
                value={cancelReason}
                onChange={(_, v) => setCancelReason(v ?? '')}
              />
              <DefaultButton
                text="Cancel this visit"
                disabled={!cancelReason.trim()}
                onClick={() => run('Cancelled', () => scheduling.cancel(visit, cancelReason), 'cancel')}
              />
              {status('cancel')}
            </Stack>
          )}
          {invite && (
            <Stack tokens={{ childrenGap: 8 }}>
              <DefaultButton
                text="Download calendar invite (.ics)"
                iconProps={{ iconName: 'Calendar' }}
                onClick={() =>
                  run('Invite downloaded', async () => props.onDownload(await scheduling.invite(visit, data)), 'invite')
                }
              />
              {status('invite')}
            </Stack>
          )}
        </Stack>
      )}
    </Panel>
  );
}
