// "Plan the year": runs the core planner over the year's rota, shows the draft with every problem
// explained, lets the officer leave visits out, and saves the rest to Visit Rota.
import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  Stack,
  Text
} from '@fluentui/react';
import type { RotaYearData } from '../../../core/ports/rotaReader';
import type { RotaPlan } from '../../../core/planner';
import { formatLondon } from '../../../core/time/london';
import type { RotaScheduling } from '../rotaScheduling';
import { actionError } from '../../shared/errorText';

export interface PlanPanelProps {
  data: RotaYearData;
  yearLabel: string;
  scheduling: RotaScheduling;
  onDismiss: () => void;
  onSaved: () => void;
}

export function PlanPanel(props: PlanPanelProps): React.ReactElement {
  const { data, scheduling } = props;
  const [plan, setPlan] = React.useState<RotaPlan | undefined>(undefined);
  const [excluded, setExcluded] = React.useState<Set<number>>(new Set());
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<string | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const names = new Map(data.councillors.map((c) => [c.email, c.name]));
  React.useEffect(() => {
    let live = true;
    scheduling.plan(data).then(
      (p) => live && setPlan(p),
      (e) => live && setError(actionError(e).message)
    );
    return () => {
      live = false;
    };
  }, [scheduling, data]);

  const save = async (): Promise<void> => {
    if (!plan) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await scheduling.savePlan(plan.visits.filter((_, i) => !excluded.has(i)));
      setResult(
        `Saved: ${saved.filled.length} rota rows filled in, ${saved.created.length} visits added, ${saved.existing.length} already there and left alone.`
      );
      props.onSaved();
    } catch (e) {
      setError(actionError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel
      isOpen
      headerText={`Plan ${props.yearLabel}`}
      type={PanelType.medium}
      onDismiss={props.onDismiss}
      closeButtonAriaLabel="Close the plan"
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {!plan && !error && <Spinner label="Planning the year" />}
        {plan && (
          <>
            <Text>
              {plan.summary.members} members without a visit offer {plan.summary.councillorVisits} councillor-visits for{' '}
              {plan.summary.teamSlots} open team visits; {plan.visits.length} visits are proposed.
            </Text>
            {plan.issues.map((issue, i) => (
              <MessageBar key={`i${i}`} messageBarType={MessageBarType.severeWarning} isMultiline>
                {issue.message}
              </MessageBar>
            ))}
            {plan.warnings.map((w, i) => (
              <MessageBar key={`w${i}`} messageBarType={MessageBarType.warning} isMultiline>
                {w.message}
              </MessageBar>
            ))}
            {plan.visits.length > 0 && (
              <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
                <legend>
                  <Text variant="mediumPlus">Proposed visits (untick to leave one out)</Text>
                </legend>
                <Stack tokens={{ childrenGap: 6 }}>
                  {plan.visits.map((v, i) => (
                    <Checkbox
                      key={i}
                      checked={!excluded.has(i)}
                      onChange={(_, checked) => {
                        const next = new Set(excluded);
                        if (checked) next.delete(i);
                        else next.add(i);
                        setExcluded(next);
                      }}
                      label={`${formatLondon(v.visitStart, 'EEE d MMM yyyy HH:mm')}: ${v.title.split(' - ')[0]}, ${v.councillorEmails.map((e) => names.get(e) ?? e).join(' and ')}`}
                    />
                  ))}
                </Stack>
              </fieldset>
            )}
          </>
        )}
        {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
        {result && <MessageBar messageBarType={MessageBarType.success}>{result}</MessageBar>}
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text="Save the plan"
            onClick={save}
            disabled={busy || !plan || plan.visits.length === excluded.size}
          />
          <DefaultButton text="Close" onClick={props.onDismiss} />
        </Stack>
      </Stack>
    </Panel>
  );
}
