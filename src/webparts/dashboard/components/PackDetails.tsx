// The pack's report details: marking, report of, contact officer, the service response, the
// implications paragraphs (defaults from the process settings) and which forms are appended.
import * as React from 'react';
import type { PackDraft } from '../../../core/pack/draft';
import type { CommitteePack } from '../../../core/pack/types';
import { Flex } from '../../shared/ui/Flex';
import { TextInput } from '../../shared/ui/TextInput';

export interface PackDetailsProps {
  pack: CommitteePack;
  draft: PackDraft;
  onChange: (draft: PackDraft) => void;
}

type TextField = 'marking' | 'reportOf' | 'contactOfficer' | 'contactEmail';
const FIELDS: [TextField, string][] = [
  ['marking', 'Marking'],
  ['reportOf', 'Report of'],
  ['contactOfficer', 'Contact officer'],
  ['contactEmail', 'Contact officer e-mail']
];

export function PackDetails({ pack, draft, onChange }: PackDetailsProps): React.ReactElement {
  const appended = new Set(draft.appendixFindingsIds);
  const toggleAppendix = (id: number): void => {
    const ids = pack.appendices.map((a) => a.findingsId).filter((x): x is number => x !== undefined);
    const next = appended.has(id)
      ? ids.filter((x) => x !== id && appended.has(x))
      : ids.filter((x) => x === id || appended.has(x));
    onChange({ ...draft, appendixFindingsIds: next });
  };
  return (
    <Flex gap={8}>
      <Flex horizontal gap={8}>
        {FIELDS.map(([field, label]) => (
          <TextInput
            key={field}
            label={label}
            value={draft[field]}
            onChange={(v) => onChange({ ...draft, [field]: v })}
          />
        ))}
      </Flex>
      <TextInput
        label="Service response to the findings"
        multiline
        rows={5}
        value={draft.serviceResponse}
        onChange={(v) => onChange({ ...draft, serviceResponse: v })}
      />
      <fieldset>
        <legend>Implications</legend>
        {draft.implications.map((imp, i) => (
          <TextInput
            key={imp.heading}
            label={imp.heading}
            multiline
            rows={2}
            value={imp.text}
            onChange={(v) =>
              onChange({ ...draft, implications: draft.implications.map((x, j) => (j === i ? { ...x, text: v } : x)) })
            }
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Forms appended</legend>
        {pack.appendices.map((a) =>
          a.findingsId === undefined ? null : (
            <label key={a.findingsId}>
              <input
                type="checkbox"
                checked={appended.has(a.findingsId)}
                onChange={() => toggleAppendix(a.findingsId as number)}
              />{' '}
              {a.title}
            </label>
          )
        )}
      </fieldset>
    </Flex>
  );
}
