// The Settings tab's committee report defaults (the settings' `pack`): the marking, kind of report,
// who it is of and the contact officer, and the implications paragraphs (added, removed, moved up
// and down, each heading and text edited). Each new committee pack starts from them; a pack saved
// already keeps its own copy. Core checks them (pack/settings.ts); its error for each shows beside it.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { TextInput } from '../../shared/ui/TextInput';
import { moveItem, newImplication, PACK_TEXT_FIELDS, type ImplicationDraft, type PackDraft } from '../settingsDraft';
import { PACK_TEXT, type FieldProps } from './settingsFields';
import { fieldset, SmallButton, useListFocus } from './settingsLists';

const alert: React.CSSProperties = { color: '#a4262c' };

/** A button's name, its visible text first: "Remove implication 3: Policy", "Move up implication 3: Policy". */
const named = (action: string, i: number, imp: ImplicationDraft): string =>
  `${action} implication ${i + 1}${imp.heading ? `: ${imp.heading}` : ''}`;

function Implications(props: FieldProps): React.ReactElement {
  const pack = props.draft.pack;
  const list = pack.implications;
  const focus = useListFocus();
  const [said, setSaid] = React.useState('');
  const set = (implications: ImplicationDraft[]): void => props.onChange({ pack: { ...pack, implications } });
  const edit = (i: number, patch: Partial<ImplicationDraft>): void =>
    set(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const err = (i: number, f: string): string | undefined => props.errors.get(`pack.implications[${i}].${f}`);
  const move = (i: number, by: -1 | 1): void => {
    const to = i + by;
    set(moveItem(list, i, by));
    setSaid(`${list[i].heading || 'Implication'} moved to ${to + 1} of ${list.length}.`);
    // Keep the keyboard on the moved item: the same button, or the other one at either end.
    const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    focus.request(
      [same, other].map((d) => {
        const name = `Move ${d} implication ${to + 1}`;
        return `button[aria-label="${name}"], button[aria-label^="${name}: "]`;
      })
    );
  };
  return (
    <>
      <h4 id="settings-implications" style={{ margin: '8px 0 0' }}>
        Implications
      </h4>
      <p style={{ margin: 0 }}>The paragraphs under each heading, in order, as a new report shows them.</p>
      <p aria-live="polite" data-testid="implications-total">
        {list.length} {list.length === 1 ? 'implication' : 'implications'}.{said ? ` ${said}` : ''}
      </p>
      {props.errors.get('pack.implications') && (
        <p role="alert" style={alert}>
          Implications: {props.errors.get('pack.implications')}
        </p>
      )}
      <div ref={focus.list} role="group" aria-labelledby="settings-implications">
        {list.map((imp, i) => (
          <fieldset key={imp.id} style={fieldset}>
            <legend>Implication {i + 1}</legend>
            <TextInput
              label={`Implication ${i + 1} heading`}
              value={imp.heading}
              errorMessage={err(i, 'heading')}
              onChange={(heading) => edit(i, { heading })}
            />
            <TextInput
              label={`Implication ${i + 1} text`}
              multiline
              rows={2}
              value={imp.text}
              errorMessage={err(i, 'text')}
              onChange={(text) => edit(i, { text })}
            />
            <div style={{ marginTop: 8 }}>
              <Flex horizontal wrap gap={8}>
                {i > 0 && (
                  <SmallButton text="Move up" ariaLabel={named('Move up', i, imp)} onClick={() => move(i, -1)} />
                )}
                {i < list.length - 1 && (
                  <SmallButton text="Move down" ariaLabel={named('Move down', i, imp)} onClick={() => move(i, 1)} />
                )}
                <SmallButton
                  text="Remove"
                  ariaLabel={named('Remove', i, imp)}
                  onClick={() => {
                    set(list.filter((_x, j) => j !== i));
                    setSaid(`${imp.heading || 'Implication'} removed.`);
                    focus.request('add');
                  }}
                />
              </Flex>
            </div>
          </fieldset>
        ))}
      </div>
      <SmallButton
        text="Add an implication"
        buttonRef={focus.add}
        onClick={() => {
          set([...list, newImplication(list)]);
          setSaid('');
          focus.request('last');
        }}
      />
    </>
  );
}

export function PackSettingsEditor(props: FieldProps): React.ReactElement {
  const pack: PackDraft = props.draft.pack;
  return (
    <section aria-labelledby="settings-pack">
      <h3 id="settings-pack">Committee report</h3>
      <p>
        What each new committee pack starts with; an officer can still change them in a pack. Packs already saved keep
        their own wording.
      </p>
      {props.errors.get('pack') && (
        <p role="alert" style={alert}>
          Committee report: {props.errors.get('pack')}
        </p>
      )}
      <Flex gap={8}>
        {PACK_TEXT_FIELDS.map((f) => (
          <TextInput
            key={f}
            label={PACK_TEXT[f].label}
            description={PACK_TEXT[f].note}
            value={pack[f]}
            errorMessage={props.errors.get(`pack.${f}`)}
            onChange={(value) => props.onChange({ pack: { ...pack, [f]: value } })}
          />
        ))}
      </Flex>
      <Implications {...props} />
    </section>
  );
}
