// Creates or upgrades one list's fields from the schema with @pnp/sp's fields.add*. Only differences
// are written, so a second run changes nothing.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { FieldDef, ListDef } from '../../../lists/schema';

interface ExistingField {
  InternalName: string;
  FieldTypeKind: number;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices?: string[] | { results: string[] };
  FillInChoice?: boolean;
}

const KIND_NUMBER: Record<FieldDef['kind'], number> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Boolean: 8,
  Number: 9,
  MultiChoice: 15
};

function choicesOf(f: ExistingField): string[] {
  const c = f.Choices;
  return Array.isArray(c) ? c : (c?.results ?? []);
}

/** The choices, and FillInChoice only where the schema asks for it (SharePoint's default is off). */
function choiceProps(def: FieldDef): { Choices: string[]; FillInChoice?: boolean } {
  return { Choices: [...(def.choices ?? [])], ...(def.fillIn ? { FillInChoice: true } : {}) };
}

async function addField(sp: SPFI, listTitle: string, def: FieldDef): Promise<void> {
  const fields = sp.web.lists.getByTitle(listTitle).fields;
  const base = { Description: def.description ?? '' };
  switch (def.kind) {
    case 'Text':
      await fields.addText(def.name, { ...base, MaxLength: 255 });
      break;
    case 'Note':
      // Plain text: findings must not carry markup into Teams cards or the committee pack.
      await fields.addMultilineText(def.name, { ...base, RichText: false, NumberOfLines: 6 });
      break;
    case 'Number':
      await fields.addNumber(def.name, base);
      break;
    case 'Boolean':
      await fields.addBoolean(def.name, base);
      break;
    case 'DateTime':
      // DisplayFormat 1 = date and time; values are stored in UTC.
      await fields.addDateTime(def.name, { ...base, DisplayFormat: 1 });
      break;
    case 'Choice':
      await fields.addChoice(def.name, { ...base, ...choiceProps(def) });
      break;
    case 'MultiChoice':
      await fields.addMultiChoice(def.name, { ...base, ...choiceProps(def) });
      break;
  }
}

/** Returns a line per change made. */
export async function ensureFields(sp: SPFI, list: ListDef): Promise<string[]> {
  const changes: string[] = [];
  const fields = sp.web.lists.getByTitle(list.title).fields;
  const existing = (await fields.select(
    'InternalName',
    'FieldTypeKind',
    'Indexed',
    'EnforceUniqueValues',
    'Choices',
    'FillInChoice'
  )()) as ExistingField[];
  const byName = new Map(existing.map((f) => [f.InternalName, f]));
  for (const def of list.fields) {
    let current = byName.get(def.name);
    if (!current) {
      await addField(sp, list.title, def);
      changes.push(`${list.title}: added field ${def.name} (${def.kind})`);
      current = {
        InternalName: def.name,
        FieldTypeKind: KIND_NUMBER[def.kind],
        Indexed: false,
        EnforceUniqueValues: false,
        Choices: [...(def.choices ?? [])],
        FillInChoice: !!def.fillIn
      };
    } else if (current.FieldTypeKind !== KIND_NUMBER[def.kind]) {
      // Retyping would lose data; an officer must decide, so stop with a clear message.
      throw new Error(
        `${list.title}.${def.name} exists as field type ${current.FieldTypeKind}, but the schema needs ${def.kind}. Fix it by hand; provisioning never retypes a field.`
      );
    }
    const update: Record<string, unknown> = {};
    if (!!def.indexed !== !!current.Indexed && def.indexed) update.Indexed = true;
    if (def.unique && !current.EnforceUniqueValues) update.EnforceUniqueValues = true;
    if (def.choices) {
      const have = choicesOf(current);
      const missing = def.choices.filter((c) => have.indexOf(c) < 0);
      // Choices are only added: councils may have added their own, and removing one would orphan items.
      if (missing.length) update.Choices = [...have, ...missing];
    }
    // Turned on, never off: a council may allow fill-in values on other choice fields itself.
    if (def.fillIn && !current.FillInChoice) update.FillInChoice = true;
    if (Object.keys(update).length) {
      // SharePoint needs Indexed set before EnforceUniqueValues.
      if (update.Indexed) await fields.getByInternalNameOrTitle(def.name).update({ Indexed: true });
      const rest = { ...update };
      delete rest.Indexed;
      if (Object.keys(rest).length) await fields.getByInternalNameOrTitle(def.name).update(rest, KIND_TYPE[def.kind]);
      changes.push(`${list.title}: updated field ${def.name} (${Object.keys(update).join(', ')})`);
    }
  }
  return changes;
}

const KIND_TYPE: Record<FieldDef['kind'], string> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  Boolean: 'SP.Field',
  Number: 'SP.FieldNumber',
  MultiChoice: 'SP.FieldMultiChoice'
};
