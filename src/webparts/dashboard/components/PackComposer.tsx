// Writing up one summary heading of the pack: the councillors' statements not yet used, which the
// officer picks (each as a bullet, or several into one bullet in their own words), and the written
// bullets, each editable, removable, mergeable, and showing the statements it came from.
import * as React from 'react';
import {
  mergeBullets,
  pickStatements,
  removeBullet,
  rewriteBullet,
  sourcesOf,
  unusedStatements,
  writeBullet,
  type PackDraft,
  type SummaryPart
} from '../../../core/pack/draft';
import type { CommitteePack } from '../../../core/pack/types';
import { count } from '../../../core/text/plural';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { TextInput } from '../../shared/ui/TextInput';

export interface PackComposerProps {
  part: SummaryPart;
  heading: string;
  pack: CommitteePack;
  draft: PackDraft;
  onChange: (draft: PackDraft) => void;
}

export function PackComposer(props: PackComposerProps): React.ReactElement {
  const { part, pack, draft, onChange } = props;
  const [picked, setPicked] = React.useState<string[]>([]);
  const [chosenBullets, setChosenBullets] = React.useState<number[]>([]);
  const [own, setOwn] = React.useState('');
  const unused = unusedStatements(draft, pack, part);
  const pickedStatements = unused.filter((s) => picked.indexOf(s.id) >= 0);
  const toggle = <T,>(list: T[], value: T): T[] =>
    list.indexOf(value) >= 0 ? list.filter((v) => v !== value) : [...list, value];
  const bullets = draft.summary[part];
  const headingId = `pack-${part}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{props.heading}</h4>
      <Flex gap={4}>
        <span>{count(unused.length, 'statement')} from the forms not yet used:</span>
        {unused.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={picked.indexOf(s.id) >= 0}
              onChange={() => setPicked(toggle(picked, s.id))}
            />{' '}
            {s.text} <em>(Councillor {s.councillorName})</em>
          </label>
        ))}
        <TextInput label={`New bullet for ${props.heading}`} multiline rows={2} value={own} onChange={setOwn} />
        <Flex horizontal gap={8}>
          <LightButton
            text="Add picked statements as bullets"
            disabled={pickedStatements.length === 0}
            onClick={() => {
              onChange(pickStatements(draft, part, pickedStatements));
              setPicked([]);
            }}
          />
          <LightButton
            text="Add new bullet"
            disabled={!own.trim()}
            onClick={() => {
              onChange(writeBullet(draft, part, own.trim(), picked));
              setPicked([]);
              setOwn('');
            }}
          />
        </Flex>
        <span>{count(bullets.length, 'written bullet')}:</span>
        {bullets.map((b, i) => (
          <div key={`${i}-${b.sources.join(',')}`}>
            <label>
              <input
                type="checkbox"
                checked={chosenBullets.indexOf(i) >= 0}
                onChange={() => setChosenBullets(toggle(chosenBullets, i))}
              />{' '}
              Merge
            </label>
            <TextInput
              label={`${props.heading}: bullet ${i + 1}`}
              multiline
              rows={2}
              value={b.text}
              onChange={(t) => onChange(rewriteBullet(draft, part, i, t))}
            />
            <small>
              Written from:{' '}
              {sourcesOf(b, pack)
                .map((s) => `Councillor ${s.councillorName}: "${s.text.slice(0, 80)}"`)
                .join('; ') || 'the officer'}
            </small>
            <LightButton text={`Remove bullet ${i + 1}`} onClick={() => onChange(removeBullet(draft, part, i))} />
          </div>
        ))}
        {bullets.length > 1 && (
          <LightButton
            text="Merge chosen bullets"
            disabled={chosenBullets.length < 2}
            onClick={() => {
              const text = chosenBullets.map((i) => bullets[i]?.text ?? '').join('; ');
              onChange(mergeBullets(draft, part, chosenBullets, text));
              setChosenBullets([]);
            }}
          />
        )}
      </Flex>
    </section>
  );
}
