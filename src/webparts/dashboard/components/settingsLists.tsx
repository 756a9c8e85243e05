// The settings view's lists: the agenda parts (title, minutes, description; added and removed) with
// the visit's total length, and the committees. After adding, focus goes to the new item; after
// removing, to the list's Add button, so the keyboard never loses its place.
import * as React from 'react';
import { TextInput } from '../../shared/ui/TextInput';
import { useLightClassNames } from '../../shared/ui/styles';
import { agendaMinutes, newAgendaPart, type AgendaPartDraft } from '../settingsDraft';
import { FIELD_TEXT, type FieldProps } from './settingsFields';

export function SmallButton(props: {
  text: string;
  ariaLabel?: string;
  onClick: () => void;
  buttonRef?: React.Ref<HTMLButtonElement>;
}): React.ReactElement {
  const c = useLightClassNames();
  return (
    <button
      ref={props.buttonRef}
      type="button"
      className={c.button}
      aria-label={props.ariaLabel}
      onClick={props.onClick}
    >
      {props.text}
    </button>
  );
}

/** Where focus goes next: the last item's first field, the Add button, or the first of some selectors in the list. */
export type FocusTarget = 'last' | 'add' | string[];

/** Focus the last item's first field after an add, the Add button after a removal, or a moved item's button. */
export function useListFocus(): {
  list: React.RefObject<HTMLDivElement>;
  add: React.RefObject<HTMLButtonElement>;
  request: (to: FocusTarget) => void;
} {
  const list = React.useRef<HTMLDivElement>(null);
  const add = React.useRef<HTMLButtonElement>(null);
  const [pending, setPending] = React.useState<{ to: FocusTarget }>();
  React.useEffect(() => {
    if (!pending) return;
    if (pending.to === 'add') add.current?.focus();
    else if (Array.isArray(pending.to)) {
      const el = pending.to.map((sel) => list.current?.querySelector<HTMLElement>(sel)).find((x) => x);
      el?.focus();
    } else {
      const fields = list.current?.querySelectorAll<HTMLElement>('fieldset:last-of-type input');
      fields?.[0]?.focus();
    }
  }, [pending]);
  return { list, add, request: (to) => setPending({ to }) };
}

export const fieldset: React.CSSProperties = {
  border: '1px solid #c8c6c4',
  padding: '4px 12px 12px',
  margin: '0 0 8px'
};

function minutesText(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? ` (${h} h${m ? ` ${m} min` : ''})` : '';
}

export function AgendaEditor(props: FieldProps): React.ReactElement {
  const { agenda } = props.draft;
  const focus = useListFocus();
  const set = (next: AgendaPartDraft[]): void => props.onChange({ agenda: next });
  const edit = (i: number, patch: Partial<AgendaPartDraft>): void =>
    set(agenda.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const total = agendaMinutes(agenda);
  const err = (i: number, f: string): string | undefined => props.errors.get(`agenda[${i}].${f}`);
  return (
    <section aria-labelledby="settings-agenda">
      <h3 id="settings-agenda">{FIELD_TEXT.agenda.label}</h3>
      <p>{FIELD_TEXT.agenda.note} Visits already booked keep their times; new briefings show the new agenda.</p>
      <p aria-live="polite" data-testid="agenda-total">
        {agenda.length} {agenda.length === 1 ? 'part' : 'parts'}, {total} minutes in all{minutesText(total)}.
      </p>
      {props.errors.get('agenda') && (
        <p role="alert" style={{ color: '#a4262c' }}>
          Agenda: {props.errors.get('agenda')}
        </p>
      )}
      <div ref={focus.list}>
        {agenda.map((part, i) => (
          <fieldset key={part.id} style={fieldset}>
            <legend>Part {i + 1}</legend>
            <TextInput
              label={`Part ${i + 1} title`}
              value={part.title}
              errorMessage={err(i, 'title') ?? err(i, 'id')}
              onChange={(title) => edit(i, { title })}
            />
            <TextInput
              label={`Part ${i + 1} minutes`}
              value={part.minutes}
              errorMessage={err(i, 'minutes')}
              onChange={(minutes) => edit(i, { minutes })}
            />
            <TextInput
              label={`Part ${i + 1} description`}
              multiline
              rows={2}
              value={part.description}
              errorMessage={err(i, 'description')}
              onChange={(description) => edit(i, { description })}
            />
            <div style={{ marginTop: 8 }}>
              <SmallButton
                text="Remove"
                ariaLabel={`Remove part ${i + 1}${part.title ? `: ${part.title}` : ''}`}
                onClick={() => {
                  set(agenda.filter((_p, j) => j !== i));
                  focus.request('add');
                }}
              />
            </div>
          </fieldset>
        ))}
      </div>
      <SmallButton
        text="Add an agenda part"
        buttonRef={focus.add}
        onClick={() => {
          set([...agenda, newAgendaPart(agenda)]);
          focus.request('last');
        }}
      />
    </section>
  );
}

export function CommitteesEditor(props: FieldProps): React.ReactElement {
  const { committees } = props.draft;
  const focus = useListFocus();
  const set = (next: string[]): void => props.onChange({ committees: next });
  return (
    <section aria-labelledby="settings-committees">
      <h3 id="settings-committees">{FIELD_TEXT.committees.label}</h3>
      <p>{FIELD_TEXT.committees.note}</p>
      {props.errors.get('committees') && (
        <p role="alert" style={{ color: '#a4262c' }}>
          Committees: {props.errors.get('committees')}
        </p>
      )}
      <div ref={focus.list}>
        {committees.map((name, i) => (
          <fieldset key={i} style={fieldset}>
            <legend>Committee {i + 1}</legend>
            <TextInput
              label={`Committee ${i + 1} name`}
              value={name}
              errorMessage={props.errors.get(`committees[${i}]`)}
              onChange={(value) => set(committees.map((c, j) => (j === i ? value : c)))}
            />
            <div style={{ marginTop: 8 }}>
              <SmallButton
                text="Remove"
                ariaLabel={`Remove committee ${i + 1}${name ? `: ${name}` : ''}`}
                onClick={() => {
                  set(committees.filter((_c, j) => j !== i));
                  focus.request('add');
                }}
              />
            </div>
          </fieldset>
        ))}
      </div>
      <SmallButton
        text="Add a committee"
        buttonRef={focus.add}
        onClick={() => {
          set([...committees, '']);
          focus.request('last');
        }}
      />
    </section>
  );
}
