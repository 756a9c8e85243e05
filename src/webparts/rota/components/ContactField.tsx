// The visit's point of contact, on the booking form: the person councillors' questions from the
// briefing and overdue notices go to in Teams. Shows the visit's own contact, else the settings'
// default; saving checks the address with core's rule (core/contacts.ts) and shows its refusal.
import * as React from 'react';
import { DefaultButton, Stack, TextField } from '@fluentui/react';
import type { Visit } from '../../../core/model';
import type { Stored } from '../../../core/ports/repositories';
import type { RotaScheduling } from '../rotaScheduling';
import type { RunChange } from './VisitPanel';
import { normalizeEmail } from '../../../core/email';

export interface ContactFieldProps {
  visit: Stored<Visit>;
  scheduling: Pick<RotaScheduling, 'defaultContact' | 'setContact'>;
  /** Runs a change; the panel shows what it said beside this field's button, and reloads after it. */
  run: RunChange;
}

export function ContactField(props: ContactFieldProps): React.ReactElement {
  const { visit, scheduling } = props;
  const own = visit.pointOfContactEmail ?? '';
  const [email, setEmail] = React.useState(own);
  const [fallback, setFallback] = React.useState('');
  const [edited, setEdited] = React.useState(false);

  // After a save (or someone else's change) the field shows the stored, normalised address.
  React.useEffect(() => {
    if (!own) return;
    setEmail(own);
    setEdited(false);
  }, [own]);

  React.useEffect(() => {
    let live = true;
    scheduling.defaultContact().then(
      (d) => {
        if (!live) return;
        setFallback(d);
        // A visit with no contact of its own starts from the default, for the officer to keep or change.
        if (!own) setEmail((now) => now || d);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [scheduling, own]);

  const description = fallback
    ? `Questions from the briefing and overdue notices go to this person in Teams. Default: ${fallback}.`
    : 'Questions from the briefing and overdue notices go to this person in Teams.';
  return (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="end" wrap>
      <TextField
        label="Point of contact (e-mail)"
        type="email"
        value={email}
        description={description}
        onChange={(_, v) => {
          setEmail(v ?? '');
          setEdited(true);
        }}
      />
      <DefaultButton
        text="Save point of contact"
        disabled={!edited && normalizeEmail(email) === normalizeEmail(own)}
        onClick={() => props.run('Point of contact saved', () => scheduling.setContact(visit, email), 'contact')}
      />
    </Stack>
  );
}
