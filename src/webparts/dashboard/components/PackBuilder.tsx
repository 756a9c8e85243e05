// The committee pack for one meeting, as a saved draft officers write up over several days: the
// summaries composed from the forms' statements, the report details, the service response, the
// implications and the appended forms; saved with its ETag (another officer's newer save is never
// overwritten: their version is loaded and these edits kept), downloaded as .docx or CSV.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { Text } from '@fluentui/react/lib/Text';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { LocalDate } from '../../../core/model';
import type { CommitteePack } from '../../../core/pack/types';
import type { PackDraft, SummaryPart } from '../../../core/pack/draft';
import { draftToEdit, type SavedPack } from '../../../core/pack/drafts';
import { packSettingsOf } from '../../../core/pack/settings';
import { summaryHeadings } from '../../../core/pack/report';
import type { Stored } from '../../../core/ports/repositories';
import { count } from '../../../core/text/plural';
import { formatLondon, londonInstant } from '../../../core/time/london';
import type { DashboardData, DashboardService, PackFile } from '../dashboardService';
import type { ThemesData } from '../themesService';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import { Select } from '../../shared/ui/Select';
import { PackComposer } from './PackComposer';
import { PackDetails } from './PackDetails';
import { PackThemes } from './PackThemes';

export interface PackBuilderProps {
  service: DashboardService;
  data: DashboardData;
  meetings: { committee: string; day: LocalDate }[];
  onDownload: (file: PackFile) => void;
  /** The tagged statements of every period, for the pack's themes (read once a meeting is chosen). */
  loadThemes?: () => Promise<ThemesData>;
}

const PARTS: SummaryPart[] = ['qualityStrengths', 'qualityDevelopment', 'experienceStrengths', 'experienceDevelopment'];

export function PackBuilder(props: PackBuilderProps): React.ReactElement {
  const { service, data, meetings } = props;
  const [choice, setChoice] = React.useState<string | undefined>(undefined);
  const [saved, setSaved] = React.useState<Stored<SavedPack>>();
  const [draft, setDraft] = React.useState<PackDraft>();
  const [theirs, setTheirs] = React.useState<PackDraft>();
  const [notice, setNotice] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  // undefined: not read yet; null: unavailable (the pack is made without them).
  const [themes, setThemes] = React.useState<ThemesData | null>();
  const [pack, setPack] = React.useState<CommitteePack>();
  const meeting = meetings.find((m) => `${m.day}|${m.committee}` === choice);
  React.useEffect(() => {
    if (!choice || themes !== undefined) return;
    if (!props.loadThemes) return setThemes(null);
    // The pack works without themes; a failed read only leaves that section out.
    props.loadThemes().then(setThemes, () => setThemes(null));
  }, [choice]);
  // The meeting's saved draft: cleared at once on a change of meeting, then read from the list.
  const [loaded, setLoaded] = React.useState<string>();
  React.useEffect(() => {
    setDraft(undefined);
    setSaved(undefined);
    setLoaded(undefined);
    setTheirs(undefined);
    setNotice(undefined);
    setError(undefined);
    if (!meeting) return;
    let live = true;
    service.packDraft(meeting.committee, meeting.day).then(
      (stored) => {
        if (!live) return;
        setSaved(stored);
        setLoaded(choice);
      },
      (e: Error) => live && setError(`The saved pack could not be read: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [service, choice]);
  // The pack built from the lists, once per meeting: after the themes are read (or found unavailable),
  // so no rebuild can land while the officer edits the draft.
  React.useEffect(() => {
    setPack(undefined);
    if (!meeting || themes === undefined) return;
    let live = true;
    const themesArg = themes ? { tagged: themes.tagged, taxonomy: themes.taxonomy } : undefined;
    service.pack(data, meeting.committee, meeting.day, '', themesArg).then(
      (built) => live && setPack(built),
      (e: Error) => live && setError(`The pack could not be made: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [service, data, choice, themes]);
  // The draft to edit, once both are in: the saved one, else a new one from the settings.
  React.useEffect(() => {
    if (!draft && pack && loaded === choice && pack.committeeDay === meeting?.day)
      setDraft(draftToEdit(saved, pack, packSettingsOf(data.process)));
  }, [pack, loaded]);

  const save = async (): Promise<void> => {
    if (!draft || !meeting) return;
    setError(undefined);
    setNotice(undefined);
    try {
      setSaved(await service.savePackDraft(saved, draft));
      setTheirs(undefined);
      setNotice('Pack saved.');
    } catch (e) {
      setError((e as Error).message);
      // Their newer version (and its ETag) is loaded; the edits on this page stay as typed.
      const latest = await service.packDraft(meeting.committee, meeting.day).catch(() => undefined);
      if (latest) {
        setSaved(latest);
        setTheirs(latest.draft);
      }
    }
  };
  const download = async (make: () => Promise<PackFile>): Promise<void> => {
    setError(undefined);
    try {
      props.onDownload(await make());
    } catch (e) {
      setError(`The pack could not be made: ${(e as Error).message}`);
    }
  };

  const shown = pack && draft && meeting && pack.committeeDay === meeting.day ? { pack, draft } : undefined;
  const statements = shown ? PARTS.reduce((n, p) => n + shown.pack.summary[p].length, 0) : 0;
  const headings = summaryHeadings(data.process.councilName?.trim() || 'the council');
  return (
    <section aria-labelledby="pack-heading">
      <Flex gap={8}>
        <Text variant="large" as="h3" id="pack-heading">
          Committee pack
        </Text>
        <Select
          label="Meeting"
          placeholder="Choose a committee meeting"
          options={meetings.map((m) => ({
            key: `${m.day}|${m.committee}`,
            text: `${formatLondon(londonInstant(m.day, '12:00'), 'd MMMM yyyy')}: ${m.committee}`
          }))}
          value={choice}
          onChange={(key) => setChoice(key || undefined)}
        />
        {meeting && !shown && !error && <Spinner label="Building the pack..." />}
        {shown && (
          <>
            <Text>
              {shown.pack.purpose} {count(shown.pack.appendices.length, 'form')}, {count(statements, 'statement')},{' '}
              {count(shown.pack.hosResponses.length, 'head-of-service request')},{' '}
              {count(shown.pack.themes?.themes.length ?? 0, 'theme')} raised at this meeting,{' '}
              {count(shown.pack.outstanding.length, 'form')} outstanding or late.
              {saved ? ' A saved draft is open.' : ' Not saved yet.'}
            </Text>
            <PackDetails pack={shown.pack} draft={shown.draft} onChange={setDraft} />
            {!!shown.pack.themes?.themes.length && <PackThemes themes={shown.pack.themes} />}
            {PARTS.map((part) => (
              <PackComposer
                key={part}
                part={part}
                heading={headings[part]}
                pack={shown.pack}
                draft={shown.draft}
                onChange={setDraft}
              />
            ))}
            <Flex horizontal gap={8}>
              <LightButton text="Save pack" onClick={() => void save()} />
              {theirs && (
                <LightButton
                  text="Use their version"
                  onClick={() => (setDraft(theirs), setTheirs(undefined), setError(undefined))}
                />
              )}
              <LightButton
                primary
                text="Download pack (.docx)"
                onClick={() => void download(() => service.docx(shown.pack, shown.draft, data.process.councilName))}
              />
              <LightButton
                text="Download pack (CSV)"
                onClick={() => void download(() => service.csv(shown.pack, shown.draft))}
              />
            </Flex>
          </>
        )}
        {notice && <Notice kind="success">{notice}</Notice>}
        {error && <Notice kind="error">{error}</Notice>}
      </Flex>
    </section>
  );
}
