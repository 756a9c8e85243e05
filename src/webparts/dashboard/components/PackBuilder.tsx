// The committee briefing pack for one meeting: summaries built from the forms, an officer-written
// service response, head-of-service answers and the forms as appendices; downloaded as .docx or CSV.
// The pack builder loads when a meeting is chosen; the controls are the light ones of shared/ui.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { Text } from '@fluentui/react/lib/Text';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { LocalDate } from '../../../core/model';
import type { CommitteePack } from '../../../core/pack/types';
import type { PackResponse } from '../../../core/pack/responses';
import type { Stored } from '../../../core/ports/repositories';
import { formatLondon, londonInstant } from '../../../core/time/london';
import type { DashboardData, DashboardService, PackFile } from '../dashboardService';
import type { ThemesData } from '../themesService';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import { Select } from '../../shared/ui/Select';
import { TextInput } from '../../shared/ui/TextInput';

export interface PackBuilderProps {
  service: DashboardService;
  data: DashboardData;
  meetings: { committee: string; day: LocalDate }[];
  onDownload: (file: PackFile) => void;
  /** The tagged statements of every period, for the pack's recurring themes (read once a meeting is chosen). */
  loadThemes?: () => Promise<ThemesData>;
}

export function PackBuilder(props: PackBuilderProps): React.ReactElement {
  const { service, data, meetings } = props;
  const [choice, setChoice] = React.useState<string | undefined>(undefined);
  const [serviceResponse, setServiceResponse] = React.useState('');
  // The chosen meeting's saved response (its ETag guards the next save); `loaded` names that meeting.
  const [saved, setSaved] = React.useState<Stored<PackResponse>>();
  const [loaded, setLoaded] = React.useState<string>();
  const [savedNotice, setSavedNotice] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [themes, setThemes] = React.useState<ThemesData>();
  const [pack, setPack] = React.useState<CommitteePack>();
  const meeting = meetings.find((m) => `${m.day}|${m.committee}` === choice);
  // Each meeting's own response: cleared at once on a change of meeting, then read from the list.
  React.useEffect(() => {
    setServiceResponse('');
    setSaved(undefined);
    setLoaded(undefined);
    setSavedNotice(false);
    setError(undefined);
    if (!meeting) return;
    let live = true;
    service.packResponse(meeting.committee, meeting.day).then(
      (r) => {
        if (!live) return;
        setSaved(r);
        setServiceResponse(r?.text ?? '');
        setLoaded(choice);
      },
      (e: Error) => live && setError(`The saved service response could not be read: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [service, choice]);
  const save = async (m: { committee: string; day: LocalDate }): Promise<void> => {
    setError(undefined);
    setSavedNotice(false);
    try {
      setSaved(await service.savePackResponse(saved, m.committee, m.day, serviceResponse));
      setSavedNotice(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  React.useEffect(() => {
    if (!choice || themes || !props.loadThemes) return;
    // The pack works without themes; a failed read only leaves that section out.
    props.loadThemes().then(setThemes, () => undefined);
  }, [choice]);
  const build = (m: { committee: string; day: LocalDate }): Promise<CommitteePack> =>
    service.pack(
      data,
      m.committee,
      m.day,
      serviceResponse,
      themes && { tagged: themes.tagged, taxonomy: themes.taxonomy }
    );
  // The pack as shown (its counts); each download builds it again with the response as typed.
  React.useEffect(() => {
    if (!meeting) return setPack(undefined);
    let live = true;
    build(meeting).then(
      (p) => live && setPack(p),
      (e: Error) => live && setError(`The pack could not be made: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [service, data, meeting?.day, meeting?.committee, themes]);

  const download = async (make: () => Promise<PackFile>): Promise<void> => {
    setError(undefined);
    try {
      props.onDownload(await make());
    } catch (e) {
      setError(`The pack could not be made: ${(e as Error).message}`);
    }
  };

  // A pack for another meeting than the one chosen is still being rebuilt: not shown.
  const shown = pack && meeting && pack.committeeDay === meeting.day ? pack : undefined;
  const statements = shown ? Object.values(shown.summary).reduce((n, list) => n + list.length, 0) : 0;
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
        {shown && meeting && (
          <>
            <Text>
              {shown.purpose} {shown.appendices.length} forms, {statements} statements, {shown.hosResponses.length}{' '}
              head-of-service requests, {shown.recurringThemes.length} recurring themes.
            </Text>
            <TextInput
              label="Service response to the findings"
              multiline
              rows={5}
              // Read-only until this meeting's saved text is in: nothing typed is then overwritten.
              readOnly={loaded !== choice}
              value={serviceResponse}
              onChange={(text) => {
                setServiceResponse(text);
                setSavedNotice(false);
              }}
            />
            <Flex horizontal gap={8}>
              <LightButton
                text="Save service response"
                disabled={loaded !== choice}
                onClick={() => void save(meeting)}
              />
              <LightButton
                primary
                text="Download pack (.docx)"
                onClick={() => void download(async () => service.docx(await build(meeting)))}
              />
              <LightButton
                text="Download pack (CSV)"
                onClick={() => void download(async () => service.csv(await build(meeting)))}
              />
            </Flex>
          </>
        )}
        {savedNotice && <Notice kind="success">Service response saved.</Notice>}
        {error && <Notice kind="error">{error}</Notice>}
      </Flex>
    </section>
  );
}
