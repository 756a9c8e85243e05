// The officers' Settings tab: the council's process settings (the Process Settings list) as a form.
// Core checks the draft as it is typed (each field's error beside it, and a summary); Save is
// refused while anything is wrong, writes at the ETag the settings were read with, and a
// conflict keeps the officer's draft on screen while "Reload" fetches what the other person saved.
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice, type NoticeKind } from '../../shared/ui/Notice';
import { ActionStatus, type ActionMessage } from '../../shared/ui/ActionStatus';
import type { CurrentProcess } from '../../../core/ports/settings';
import { candidateOf, draftOf, errorsByField, NUMBER_FIELDS, type SettingsDraft } from '../settingsDraft';
import type { SettingsService } from '../settingsService';
import { DraftText, ErrorSummary, fieldLabel, TemplateSelect } from './settingsFields';
import { AgendaEditor, CommitteesEditor } from './settingsLists';
import { RetentionFields } from './settingsRetention';
import { PackSettingsEditor } from './settingsPack';

export type SettingsLoader = () => Promise<SettingsService>;

interface Outcome {
  kind: NoticeKind;
  message: string;
  conflict?: boolean;
  /** A preset loaded: said beside the preset buttons, not by Save at the foot of the form. */
  preset?: boolean;
}

/** Top-level fields whose draft differs from `saved` (what the officer would replace on Save). */
function changedFields(draft: SettingsDraft, saved: SettingsDraft): string[] {
  const a = candidateOf(draft);
  const b = candidateOf(saved);
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

function SiteProblems(props: { current: CurrentProcess }): React.ReactElement | null {
  const { problems } = props.current;
  if (problems.length === 0) return null;
  return (
    <Notice kind="severeWarning">
      <strong>The settings stored on the site are not used:</strong>
      <ul>
        {problems.map((p) => (
          <li key={p.field}>
            {fieldLabel(p.field)}: {p.message}
          </li>
        ))}
      </ul>
      The last good settings keep running until good settings are saved here. The form below shows them (the Frontline
      2025 preset when none have been read since this page opened): check every field before saving.
    </Notice>
  );
}

function SettingsForm(props: { service: SettingsService; initial: CurrentProcess }): React.ReactElement {
  const { service } = props;
  const [current, setCurrent] = React.useState(props.initial);
  const [draft, setDraft] = React.useState(() => draftOf(props.initial.settings));
  const [outcome, setOutcome] = React.useState<Outcome>();
  const [busy, setBusy] = React.useState(false);
  const summary = React.useRef<HTMLDivElement>(null);
  const notice = React.useRef<HTMLDivElement>(null);
  const errors = React.useMemo(() => errorsByField(service.validate(draft), draft), [service, draft]);
  const edit = (patch: Partial<SettingsDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const field = { draft, errors, onChange: edit };

  const save = async (): Promise<void> => {
    if (busy) return;
    if (errors.size > 0) {
      setOutcome({ kind: 'error', message: `Not saved: fix the ${errors.size} problem(s) listed first.` });
      summary.current?.focus();
      return;
    }
    setBusy(true);
    const result = await service.save(draft, current.etag).finally(() => setBusy(false));
    if (result.kind === 'saved') {
      setCurrent(result.current);
      setDraft(draftOf(result.current.settings));
      setOutcome({ kind: 'success', message: 'Saved. Changes reach the bot and the service within a minute.' });
    } else setOutcome({ kind: 'error', message: result.message, conflict: result.kind === 'conflict' });
  };

  const reload = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      const latest = await service.load();
      setCurrent(latest);
      const differ = changedFields(draft, draftOf(latest.settings)).map(fieldLabel);
      setOutcome({
        kind: 'info',
        message: differ.length
          ? `Reloaded. Your changes are still on screen; they differ from what is saved now in: ${differ.join(', ')}. Save to replace the saved settings with yours, or discard your changes.`
          : 'Reloaded. What is saved now is the same as what is on screen.'
      });
    } catch (e) {
      setOutcome({
        kind: 'error',
        message: `The settings could not be read: ${e instanceof Error ? e.message : String(e)}`
      });
    }
    setBusy(false);
    // The Reload button goes with the conflict message: keep the keyboard on the message that replaced it.
    notice.current?.focus();
  };

  /** The outcome beside the buttons that gave it (ActionStatus): the presets', or Save's. */
  const said = (preset: boolean): React.ReactElement => {
    const messages: ActionMessage[] =
      outcome && !!outcome.preset === preset
        ? [
            {
              kind: outcome.kind,
              text: outcome.message,
              actions: outcome.conflict ? <LightButton text="Reload" onClick={() => void reload()} /> : undefined
            }
          ]
        : [];
    return <ActionStatus messages={messages} />;
  };

  return (
    <Flex gap={16}>
      <SiteProblems current={current} />
      <p style={{ margin: 0 }}>
        {current.fromSite ? "These are the site's process settings" : 'These are the settings running now'} (based on{' '}
        {service.presets.find((p) => p.id === draft.id)?.name ?? draft.id}). Changes reach the bot and the service
        within a minute of saving.
      </p>
      <section aria-labelledby="settings-presets">
        <h3 id="settings-presets">Start from a preset</h3>
        <p>
          Loads the preset&apos;s process into the form below; the council name, domains and contact are kept. Nothing
          is saved until you save.
        </p>
        <Flex horizontal wrap gap={8}>
          {service.presets.map((p) => (
            <LightButton
              key={p.id}
              text={`Use ${p.name}`}
              onClick={() => {
                setDraft((d) => service.applyPreset(p.id, d));
                setOutcome({ kind: 'info', message: `${p.name} loaded into the form. Save to use it.`, preset: true });
              }}
            />
          ))}
        </Flex>
        {said(true)}
      </section>
      <section aria-labelledby="settings-council">
        <h3 id="settings-council">The council</h3>
        <Flex gap={8}>
          <DraftText {...field} field="councilName" />
          <DraftText {...field} field="councilDomains" />
          <DraftText {...field} field="pointOfContactEmail" />
        </Flex>
      </section>
      <section aria-labelledby="settings-process">
        <h3 id="settings-process">Visits, periods and messages</h3>
        <Flex gap={8}>
          {NUMBER_FIELDS.map((f) => (
            <DraftText key={f} {...field} field={f} />
          ))}
          <DraftText {...field} field="reminderOffsetsDays" />
          <DraftText {...field} field="defaultStartTime" />
          <TemplateSelect {...field} templates={service.templates} />
        </Flex>
      </section>
      <AgendaEditor {...field} />
      <CommitteesEditor {...field} />
      <PackSettingsEditor {...field} />
      <RetentionFields {...field} />
      <ErrorSummary ref={summary} errors={errors} />
      <div ref={notice} tabIndex={-1}>
        {said(false)}
      </div>
      <Flex horizontal wrap gap={8}>
        <LightButton primary text={busy ? 'Saving...' : 'Save settings'} onClick={() => void save()} />
        <LightButton
          text="Discard my changes"
          onClick={() => {
            setDraft(draftOf(current.settings));
            setOutcome(undefined);
          }}
        />
      </Flex>
    </Flex>
  );
}

export function SettingsView(props: { load: SettingsLoader }): React.ReactElement {
  const [state, setState] = React.useState<{ service: SettingsService; current: CurrentProcess }>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    let live = true;
    props
      .load()
      .then(async (service) => ({ service, current: await service.load() }))
      .then(
        (s) => live && setState(s),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e))
      );
    return () => {
      live = false;
    };
  }, [props.load]);
  if (error) return <Notice kind="error">The process settings could not be loaded: {error}</Notice>;
  if (!state) return <Spinner label="Loading the process settings..." />;
  return <SettingsForm service={state.service} initial={state.current} />;
}
