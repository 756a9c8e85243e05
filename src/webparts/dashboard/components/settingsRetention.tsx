// The Settings tab's retention periods: how long forms, drafts, the bot's records and the audit are
// kept, and the Purview label that replaces the sweep. Core checks them (retention/settings.ts);
// its error for each shows beside it.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { TextInput } from '../../shared/ui/TextInput';
import { RETENTION_FIELDS, type RetentionDraft } from '../settingsDraft';
import type { FieldProps } from './settingsFields';

type Key = keyof RetentionDraft;

export const RETENTION_TEXT: Record<Key, { label: string; note: string }> = {
  formsYears: {
    label: 'Keep sent forms (years after the committee meeting)',
    note: "Sent findings forms and the head of service's answers are deleted this many years after the meeting they were reported to (6: the council's records schedule, current year + 6)."
  },
  draftDays: {
    label: 'Keep drafts never sent (days after the due date)',
    note: 'A form saved but never sent is deleted this many days after it was due.'
  },
  botDays: {
    label: 'Keep Teams message records (days)',
    note: "The bot's send log and the conversations of people no longer in the lists are deleted after this many days (over 365, so no message is ever sent twice); a councillor marked inactive loses theirs at once."
  },
  auditYears: {
    label: 'Keep the audit trail (years)',
    note: 'Each Frontline Audit entry is deleted this many years after it was written.'
  },
  retentionLabel: {
    label: 'Purview retention label (optional)',
    note: 'When set, the lists are kept by this Microsoft Purview label instead (npm run retention -- --purview prints the commands) and the retention sweep deletes nothing.'
  }
};

export function retentionFieldLabel(field: string): string | undefined {
  const m = /^retention\.(\w+)$/.exec(field);
  return m ? RETENTION_TEXT[m[1] as Key]?.label : field === 'retention' ? 'Retention' : undefined;
}

export function RetentionFields(props: FieldProps): React.ReactElement {
  const set = (key: Key, value: string): void =>
    props.onChange({ retention: { ...props.draft.retention, [key]: value } });
  return (
    <section aria-labelledby="settings-retention">
      <h3 id="settings-retention">Retention</h3>
      <Flex gap={8}>
        {[...RETENTION_FIELDS, 'retentionLabel' as const].map((key) => (
          <TextInput
            key={key}
            label={RETENTION_TEXT[key].label}
            description={RETENTION_TEXT[key].note}
            value={props.draft.retention[key]}
            errorMessage={
              props.errors.get(`retention.${key}`) ?? (key === 'formsYears' ? props.errors.get('retention') : undefined)
            }
            onChange={(value) => set(key, value)}
          />
        ))}
      </Flex>
    </section>
  );
}
