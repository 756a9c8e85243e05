// Loads one rota year through the injected reader and shows it as a grid. Services come in
// through props; this component never constructs one.
import * as React from 'react';
import { Loading } from '../../shared/ui/Loading';
import { LightText } from '../../shared/ui/LightText';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import type { RotaReader, RotaYearData } from '../../../core/ports/rotaReader';
import type { LocalDate } from '../../../core/model';
import { buildYearGrid } from '../../../core/rota/yearGrid';
import { defaultRotaYear, rotaYearOf, shiftRotaYear, type RotaYear } from '../../../core/rota/rotaYear';
import { RotaGrid } from './RotaGrid';

// The editing panels (Fluent Panel, Dropdown, the planner) load on first use: the grid comes first,
// drawn with light controls (shared/ui) so the first download holds no Fluent button or menu code.
const PlanPanel = React.lazy(() =>
  import(/* webpackChunkName: 'rota-plan' */ './PlanPanel').then((m) => ({ default: m.PlanPanel }))
);
const VisitPanel = React.lazy(() =>
  import(/* webpackChunkName: 'rota-visit' */ './VisitPanel').then((m) => ({ default: m.VisitPanel }))
);
import type { Invite, RotaScheduling } from '../rotaScheduling';
import { normalizeEmail } from '../../../core/email';

export interface RotaYearViewProps {
  title: string;
  reader: RotaReader;
  /** Today as a London day; injected so tests and the local host control it. */
  today: LocalDate;
  yearStartMonth: number;
  /** Scheduling actions; without them the rota is read-only. */
  scheduling?: RotaScheduling;
  /** Saves a downloaded file (the browser host makes a Blob link). */
  onDownload?: (invite: Invite) => void;
}

interface Loaded {
  year: RotaYear;
  data: RotaYearData;
  /** Set when the current year has nothing planned and an earlier one is shown instead. */
  fellBack: boolean;
}

export function RotaYearView(props: RotaYearViewProps): React.ReactElement {
  const { reader, today, yearStartMonth } = props;
  const [requested, setRequested] = React.useState<RotaYear | undefined>(undefined);
  const [loaded, setLoaded] = React.useState<Loaded | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [version, setVersion] = React.useState(0);
  const [planning, setPlanning] = React.useState(false);
  const [openVisit, setOpenVisit] = React.useState<number | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      const current = rotaYearOf(today, yearStartMonth);
      const year = requested ?? defaultRotaYear(today, await reader.plannedMonths(), yearStartMonth);
      const data = await reader.readYear(year.start, year.end);
      return { year, data, fellBack: !requested && year.start !== current.start };
    };
    setError(undefined);
    load().then(
      (result) => live && setLoaded(result),
      (e: Error) => live && setError(e.message)
    );
    return () => {
      live = false;
    };
  }, [reader, today, yearStartMonth, requested, version]);

  if (error) return <Notice kind="error">The rota could not be loaded: {error}</Notice>;
  if (!loaded) return <Loading label="Loading the rota" />;

  const { year, data, fellBack } = loaded;
  const grid = buildYearGrid(data.teams, data.visits, data.qa, year.start, year.end);
  const names = new Map(data.councillors.map((c) => [normalizeEmail(c.email), c.name]));
  const go = (by: number): void => setRequested(shiftRotaYear(year, by, yearStartMonth));

  return (
    <Flex gap={12}>
      <Flex horizontal wrap center gap={8}>
        <LightText variant="xLarge" as="h2" block>
          {props.title || 'Frontline visits rota'}: {year.label}
        </LightText>
        <LightButton text="Previous year" iconName="ChevronLeft" onClick={() => go(-1)} />
        <LightButton text="Next year" iconName="ChevronRight" onClick={() => go(1)} />
        {props.scheduling && <LightButton text="Plan the year" iconName="Calendar" onClick={() => setPlanning(true)} />}
      </Flex>
      <React.Suspense fallback={<Loading label="Opening" />}>
        {props.scheduling && planning && (
          <PlanPanel
            data={data}
            yearLabel={year.label}
            scheduling={props.scheduling}
            onDismiss={() => setPlanning(false)}
            onSaved={() => setVersion(version + 1)}
          />
        )}
        {props.scheduling && openVisit !== undefined && (
          <VisitPanel
            visitId={openVisit}
            data={data}
            scheduling={props.scheduling}
            onDownload={props.onDownload ?? (() => undefined)}
            onDismiss={() => setOpenVisit(undefined)}
            onChanged={() => setVersion(version + 1)}
          />
        )}
      </React.Suspense>
      {fellBack && (
        <Notice>
          Nothing is planned for {rotaYearOf(today, yearStartMonth).label} yet, so {year.label} is shown.
        </Notice>
      )}
      {grid.areas.length === 0 ? (
        <Notice>No visits are planned for {year.label}.</Notice>
      ) : (
        <RotaGrid
          grid={grid}
          councillorName={(email) => names.get(normalizeEmail(email)) ?? email}
          caption={`Frontline visits ${year.label}`}
          onSelectVisit={props.scheduling ? setOpenVisit : undefined}
        />
      )}
    </Flex>
  );
}
