// The settings view's single fields: what each is called, what a change to it affects, and core's
// error for it beside it (TextInput and Select set aria-invalid and aria-describedby).
import * as React from 'react';
import { Select } from '../../shared/ui/Select';
import { TextInput } from '../../shared/ui/TextInput';
import type { NumberField, PackTextField, SettingsDraft } from '../settingsDraft';
import type { TemplateChoice } from '../settingsService';
import { retentionFieldLabel } from './settingsRetention';

type TextField =
  NumberField | 'councilName' | 'councilDomains' | 'pointOfContactEmail' | 'reminderOffsetsDays' | 'defaultStartTime';

interface FieldText {
  label: string;
  /** What a change affects, shown under the field. */
  note: string;
}

export const FIELD_TEXT: Record<TextField | 'formTemplate' | 'agenda' | 'committees', FieldText> = {
  councilName: { label: 'Council name', note: 'Shown on findings forms and Teams cards.' },
  councilDomains: {
    label: 'Council e-mail domains',
    note: 'Separated by commas, e.g. cheshireeast.gov.uk. A head of service may delegate only to people in the lists or in these domains.'
  },
  pointOfContactEmail: {
    label: 'Default point of contact (e-mail)',
    note: "Named on cards and forms when a visit has no point of contact. Empty: the service's default."
  },
  returnPeriodDays: {
    label: 'Return period (days)',
    note: 'Days after the visit by which findings are due. A booked visit never gets an earlier due date: a shorter period applies to new bookings only, a longer one also extends visits already booked, and reminders follow.'
  },
  responsePeriodDays: {
    label: 'Response period (days)',
    note: 'Days the head of service has to answer escalated issues. Requests already sent keep their due dates; new requests use the new period.'
  },
  councillorsPerVisit: {
    label: 'Councillors per visit',
    note: 'New bookings ask for this many councillors; visits already booked keep theirs.'
  },
  extraVisitVolunteers: {
    label: 'Second-visit volunteers',
    note: 'How many councillors make one extra visit a year; used when the next year is planned.'
  },
  maxVisitsPerTeam: {
    label: 'Most visits to one team in a month',
    note: 'Used when visits are planned or moved; planned months are not changed.'
  },
  briefingLeadDays: {
    label: 'Briefing lead time (days)',
    note: 'Days before the visit that the Teams briefing is sent. Briefings already sent are not sent again.'
  },
  reminderOffsetsDays: {
    label: 'Return reminders (days from the due date)',
    note: 'Separated by commas: -2 is two days before the due date, 0 the due day. The next reminders use the new days.'
  },
  formOpensDaysAfter: {
    label: 'Form opens (days after the visit)',
    note: 'The morning this many days after the visit, each councillor gets the findings form in Teams (0: no such message; the reminders still come).'
  },
  overdueEscalationDays: {
    label: 'Overdue escalation (days)',
    note: 'Days after the due date that an overdue findings form is escalated to the officers.'
  },
  sendHour: { label: 'Send hour (0 to 23, London time)', note: 'Scheduled messages are sent from this hour.' },
  reportPeriodMonths: {
    label: 'Report period (months)',
    note: 'Months each period report on the dashboard covers: 12 for a yearly report, 6 for six-monthly (1, 2, 3, 4, 6 or 12).'
  },
  reportYearStartMonth: {
    label: 'Reporting year starts (month, 1 to 12)',
    note: 'The month the first report period of a year starts, e.g. 5 for May as the rota year.'
  },
  defaultStartTime: {
    label: 'Default start time (HH:mm)',
    note: 'London time; the start of a newly planned visit. Booked visits keep their times.'
  },
  formTemplate: {
    label: 'Findings form template',
    note: 'New visits use this form; visits already booked keep the form they were booked with.'
  },
  agenda: { label: 'Agenda', note: 'The parts of a visit, in order, as the Teams briefing shows them.' },
  committees: { label: 'Committees', note: 'The committees that receive the findings.' }
};

export const PACK_TEXT: Record<PackTextField, { label: string; note: string }> = {
  marking: { label: 'Marking', note: 'Printed above the report, e.g. OPEN (or Part 2 - exempt).' },
  reportKind: { label: 'Kind of report', note: 'The report’s heading, e.g. BRIEFING REPORT.' },
  reportOf: { label: 'Report of', note: 'Whose report it is, e.g. the Director of Children’s Social Care.' },
  contactOfficer: { label: 'Contact officer', note: 'Named under the report.' },
  contactEmail: { label: 'Contact officer e-mail', note: 'Printed with the contact officer.' }
};

/** How a `pack` field in core's error reads: `pack.implications[1].heading` is "Implication 2: heading". */
export function packFieldLabel(field: string): string | undefined {
  if (field === 'pack') return 'Committee report';
  if (field === 'pack.implications') return 'Implications';
  const item = /^pack\.implications\[(\d+)\]\.?(\w*)$/.exec(field);
  if (item) return `Implication ${Number(item[1]) + 1}${item[2] ? `: ${item[2]}` : ''}`;
  const text = /^pack\.(\w+)$/.exec(field);
  return text ? `Committee report: ${PACK_TEXT[text[1] as PackTextField]?.label ?? text[1]}` : undefined;
}

/** How a field in core's error reads to an officer: `agenda[1].minutes` is "Agenda part 2: minutes". */
export function fieldLabel(field: string): string {
  const part = /^agenda\[(\d+)\]\.?(\w*)$/.exec(field);
  if (part) return `Agenda part ${Number(part[1]) + 1}${part[2] ? `: ${part[2]}` : ''}`;
  const committee = /^committees\[(\d+)\]$/.exec(field);
  if (committee) return `Committee ${Number(committee[1]) + 1}`;
  const item = /^(councilDomains|reminderOffsetsDays)\[(\d+)\]$/.exec(field);
  if (item) return `${FIELD_TEXT[item[1] as 'councilDomains'].label}, item ${Number(item[2]) + 1}`;
  if (field === 'Settings' || field === '(settings)') return 'The settings';
  const pack = packFieldLabel(field);
  if (pack) return pack;
  const retention = retentionFieldLabel(field);
  if (retention) return retention;
  return (FIELD_TEXT as Record<string, FieldText | undefined>)[field]?.label ?? field;
}

export interface FieldProps {
  draft: SettingsDraft;
  errors: Map<string, string>;
  onChange: (patch: Partial<SettingsDraft>) => void;
}

export function DraftText(props: FieldProps & { field: TextField }): React.ReactElement {
  const { field } = props;
  return (
    <TextInput
      label={FIELD_TEXT[field].label}
      description={FIELD_TEXT[field].note}
      value={props.draft[field]}
      errorMessage={props.errors.get(field)}
      onChange={(value) => props.onChange({ [field]: value })}
    />
  );
}

export function TemplateSelect(props: FieldProps & { templates: TemplateChoice[] }): React.ReactElement {
  const known = props.templates.some((t) => t.id === props.draft.formTemplate);
  const options = props.templates.map((t) => ({ key: t.id, text: t.name }));
  // A stored id the registry does not know stays visible (and core names it as the error).
  if (!known) options.push({ key: props.draft.formTemplate, text: `${props.draft.formTemplate} (unknown)` });
  return (
    <div>
      <Select
        label={FIELD_TEXT.formTemplate.label}
        options={options}
        value={props.draft.formTemplate}
        errorMessage={props.errors.get('formTemplate')}
        onChange={(formTemplate) => props.onChange({ formTemplate })}
      />
      <p style={{ margin: '4px 0 0', fontSize: 12 }}>{FIELD_TEXT.formTemplate.note}</p>
    </div>
  );
}

/** Every problem core found, by field: shown while the draft is invalid; Save is refused until then. */
export const ErrorSummary = React.forwardRef<HTMLDivElement, { errors: Map<string, string> }>(
  function ErrorSummary(props, ref) {
    if (props.errors.size === 0) return null;
    const n = props.errors.size;
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="region"
        aria-labelledby="settings-error-summary"
        style={{ border: '1px solid #a4262c', padding: '8px 12px' }}
      >
        <h3 id="settings-error-summary" style={{ margin: 0, fontSize: 14 }}>
          {n} {n === 1 ? 'problem' : 'problems'} to fix before the settings can be saved
        </h3>
        <ul style={{ margin: '4px 0 0' }}>
          {Array.from(props.errors.entries()).map(([field, message]) => (
            <li key={field}>
              {fieldLabel(field)}: {message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
);
