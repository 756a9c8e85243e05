// Choose a day and time: clashes and warnings are shown before anything is saved; booking (or
// rearranging to that day) goes through the core booking service.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import type { IsoDateTime, Visit } from '../../../core/model';
import type { Stored } from '../../../core/ports/repositories';
import { isUpcoming } from '../../../core/visitStatus';
import { londonDate, londonInstant, londonTime } from '../../../core/time/london';
import type { RotaScheduling } from '../rotaScheduling';
import { actionError } from '../../shared/errorText';
import { ContactField } from './ContactField';
import type { ActionSlot, RunChange } from './VisitPanel';

export interface BookingFormProps {
  visit: Stored<Visit>;
  scheduling: RotaScheduling;
  /** Runs a change; the panel reloads after it. */
  run: RunChange;
  /** What the last change at a slot said, shown beside its button. */
  status: (at: ActionSlot) => React.ReactNode;
}

interface Preview {
  clashes: string[];
  warnings: string[];
}

function toStart(day: string, time: string): IsoDateTime | undefined {
  try {
    return day && time ? londonInstant(day, time) : undefined;
  } catch {
    return undefined;
  }
}

export function BookingForm(props: BookingFormProps): React.ReactElement {
  const { visit, scheduling } = props;
  const [day, setDay] = React.useState(visit.visitStart ? londonDate(visit.visitStart) : '');
  const [time, setTime] = React.useState(visit.visitStart ? londonTime(visit.visitStart) : '10:00');
  const [reason, setReason] = React.useState('');
  const [preview, setPreview] = React.useState<Preview | undefined>(undefined);
  const [previewError, setPreviewError] = React.useState<string | undefined>(undefined);
  const start = toStart(day, time);

  React.useEffect(() => {
    let live = true;
    setPreview(undefined);
    setPreviewError(undefined);
    if (!start) return undefined;
    scheduling.preview(visit, start).then(
      (p) =>
        live && setPreview({ clashes: p.clashes.map((c) => c.message), warnings: p.warnings.map((w) => w.message) }),
      (e: unknown) => live && setPreviewError(actionError(e).message)
    );
    return () => {
      live = false;
    };
  }, [scheduling, visit, start]);

  const blocked = !start || !!previewError || !!preview?.clashes.length;
  const booked = isUpcoming(visit.status);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ContactField visit={visit} scheduling={scheduling} run={props.run} />
      {props.status('contact')}
      <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
        <TextField label="Date" type="date" value={day} onChange={(_, v) => setDay(v ?? '')} required />
        <TextField
          label="Start time (London)"
          type="time"
          value={time}
          onChange={(_, v) => setTime(v ?? '')}
          required
        />
      </Stack>
      {previewError && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {previewError}
        </MessageBar>
      )}
      {preview?.clashes.map((m, i) => (
        <MessageBar key={`c${i}`} messageBarType={MessageBarType.error} isMultiline>
          {m}
        </MessageBar>
      ))}
      {preview?.warnings.map((m, i) => (
        <MessageBar key={`w${i}`} messageBarType={MessageBarType.warning} isMultiline>
          {m}
        </MessageBar>
      ))}
      {!booked ? (
        <PrimaryButton
          text="Book this date"
          disabled={blocked}
          onClick={() => start && props.run('Booked', () => scheduling.book(visit, start), 'booking')}
        />
      ) : (
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField
            label="Reason for rearranging"
            multiline
            rows={2}
            value={reason}
            onChange={(_, v) => setReason(v ?? '')}
            required
          />
          <DefaultButton
            text="Rearrange to this date"
            disabled={blocked || !reason.trim()}
            onClick={() =>
              start && props.run('Rearranged', () => scheduling.rearrange(visit, reason, start), 'booking')
            }
          />
        </Stack>
      )}
      {props.status('booking')}
    </Stack>
  );
}
