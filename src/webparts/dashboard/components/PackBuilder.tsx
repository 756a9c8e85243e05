// The committee briefing pack for one meeting: summaries built from the forms, an officer-written
// service response, head-of-service answers and the forms as appendices; downloaded as .docx or CSV.
import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { LocalDate } from '../../../core/model';
import { formatLondon, londonInstant } from '../../../core/time/london';
import type { DashboardData, DashboardService, PackFile } from '../dashboardService';
import type { ThemesData } from '../themesService';

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
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [themes, setThemes] = React.useState<ThemesData>();
  const meeting = meetings.find((m) => `${m.day}|${m.committee}` === choice);
  React.useEffect(() => {
    if (!choice || themes || !props.loadThemes) return;
    // The pack works without themes; a failed read only leaves that section out.
    props.loadThemes().then(setThemes, () => undefined);
  }, [choice]);
  const pack = meeting ? service.pack(data, meeting.committee, meeting.day, serviceResponse, themes && { tagged: themes.tagged, taxonomy: themes.taxonomy }) : undefined;

  const download = async (make: () => Promise<PackFile>): Promise<void> => {
    setError(undefined);
    try {
      props.onDownload(await make());
    } catch (e) {
      setError(`The pack could not be made: ${(e as Error).message}`);
    }
  };

  const statements = pack ? Object.values(pack.summary).reduce((n, list) => n + list.length, 0) : 0;
  return (
    <section aria-labelledby="pack-heading">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="large" as="h3" id="pack-heading">
          Committee pack
        </Text>
        <Dropdown
          label="Meeting"
          placeholder="Choose a committee meeting"
          options={meetings.map((m) => ({ key: `${m.day}|${m.committee}`, text: `${formatLondon(londonInstant(m.day, '12:00'), 'd MMMM yyyy')}: ${m.committee}` }))}
          selectedKey={choice ?? null}
          onChange={(_, o) => setChoice(o ? String(o.key) : undefined)}
        />
        {pack && (
          <>
            <Text>
              {pack.purpose} {pack.appendices.length} forms, {statements} statements, {pack.hosResponses.length} head-of-service requests, {pack.recurringThemes.length} recurring themes.
            </Text>
            <TextField label="Service response to the findings" multiline rows={5} value={serviceResponse} onChange={(_, v) => setServiceResponse(v ?? '')} />
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton text="Download pack (.docx)" onClick={() => download(() => service.docx(pack))} />
              <DefaultButton text="Download pack (CSV)" onClick={() => download(() => service.csv(pack))} />
            </Stack>
          </>
        )}
        {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      </Stack>
    </section>
  );
}
