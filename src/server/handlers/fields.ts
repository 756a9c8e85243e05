// /lists/…/fields: enumerate, add (PnPjs fields.add*, verbose SP.Field* bodies; AddField and
// createfieldasxml too), getByInternalNameOrTitle / getByTitle / getById, MERGE and DELETE.
import { Ctx, Reply, noContent, replyCollection, replyEntity } from '../http/context';
import { errors } from '../http/odataErrors';
import { Segment, argString } from '../http/pathParser';
import { queryCollection, selectProps } from '../query/collection';
import { demand } from '../security/permissions';
import { Perm } from '../security/roles';
import { FieldDef, KIND_BY_ODATA_TYPE, kindInfo } from '../store/fieldTypes';
import { ListInfo } from '../store/listsRepo';
import { fieldEntity } from './entities';
import { allow, end, isUpdate } from './util';

const XML_TYPES: Record<string, number> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  MultiChoice: 15,
  User: 20,
  Integer: 1
};

/** Minimal reading of <Field …/> SchemaXml: the one way SharePoint lets you pick the internal name. */
function fromSchemaXml(xml: string): { title: string; kind: number; name?: string; props: Record<string, unknown> } {
  const attr = (n: string): string | undefined => new RegExp(`\\b${n}="([^"]*)"`, 'i').exec(xml)?.[1];
  const kind = XML_TYPES[attr('Type') ?? ''];
  const name = attr('Name') ?? attr('StaticName');
  const title = attr('DisplayName') ?? name;
  if (!kind || !title) throw errors.badValue('SchemaXml');
  const props: Record<string, unknown> = {};
  for (const b of ['Required', 'Indexed', 'EnforceUniqueValues', 'Hidden', 'FillInChoice']) {
    const v = attr(b);
    if (v !== undefined) props[b] = v.toUpperCase() === 'TRUE';
  }
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/gi)].map((m) => m[1]);
  if (choices.length) props.Choices = choices;
  const def = /<Default>([^<]*)<\/Default>/i.exec(xml)?.[1];
  if (def !== undefined) props.DefaultValue = def;
  return { title, kind, name, props };
}

function addField(ctx: Ctx, list: ListInfo, fields: FieldDef[], mode: 'rest' | 'addfield' | 'xml'): Reply {
  demand(ctx, { kind: 'list', listId: list.id }, Perm.ManageLists);
  let f: FieldDef;
  if (mode === 'xml') {
    const params = (ctx.body.parameters ?? {}) as Record<string, unknown>;
    const spec = fromSchemaXml(String(params.SchemaXml ?? ''));
    f = ctx.store.fields.add(list, fields, spec.title, spec.kind, spec.props, spec.name);
  } else {
    const body = mode === 'addfield' ? ((ctx.body.parameters ?? {}) as Record<string, unknown>) : ctx.body;
    const kind = Number(body.FieldTypeKind ?? KIND_BY_ODATA_TYPE[ctx.bodyType ?? ''] ?? NaN);
    if (!Number.isInteger(kind)) throw errors.badValue('Edm.Int32 (FieldTypeKind)');
    const { Title, FieldTypeKind, ...rest } = body;
    void FieldTypeKind;
    f = ctx.store.fields.add(list, fields, String(Title ?? ''), kind, rest);
  }
  return replyEntity(ctx, fieldEntity(ctx, list, f), 201);
}

function fieldRoute(ctx: Ctx, list: ListInfo, f: FieldDef | undefined, name: string, tail: Segment[]): Reply {
  if (!f) throw errors.fieldNotFound(name, `${ctx.site.sitePath}/Lists/${list.url_name}`);
  if (tail.length > 0) {
    const [s, ...rest] = tail;
    end(rest);
    if (!/^setshowin(display|edit|new)form$/.test(s.lname)) throw errors.resourceNotFound(s.raw);
    allow(ctx, s.name, 'POST');
    demand(ctx, { kind: 'list', listId: list.id }, Perm.ManageLists);
    return noContent();
  }
  if (ctx.method === 'GET') return replyEntity(ctx, selectProps(fieldEntity(ctx, list, f), ctx.query.get('$select')));
  demand(ctx, { kind: 'list', listId: list.id }, Perm.ManageLists);
  if (ctx.method === 'DELETE') {
    ctx.store.fields.delete(f);
    return noContent();
  }
  if (!isUpdate(ctx.method)) throw errors.methodNotAllowed(ctx.method, kindInfo(f.kind).odataType);
  ctx.store.fields.update(f, ctx.body);
  return noContent();
}

export function fieldsRoute(ctx: Ctx, list: ListInfo, seg: Segment, tail: Segment[]): Reply {
  const fields = ctx.store.lists.fields(list.id);
  const byId = (id: string): FieldDef | undefined =>
    fields.find((f) => f.guid === id.toLowerCase().replace(/[{}]/g, ''));
  if (seg.args && seg.args.length > 0) {
    const id = argString(seg) ?? '';
    return fieldRoute(ctx, list, byId(id), id, tail);
  }
  if (tail.length === 0) {
    if (ctx.method === 'POST') return addField(ctx, list, fields, 'rest');
    allow(ctx, 'fields', 'GET');
    return replyCollection(
      ctx,
      queryCollection(
        fields.map((f) => fieldEntity(ctx, list, f)),
        ctx.query
      ),
      'SP.Field'
    );
  }
  const [s, ...rest] = tail;
  const arg = argString(s) ?? '';
  switch (s.lname) {
    case 'getbyinternalnameortitle':
      return fieldRoute(
        ctx,
        list,
        fields.find((f) => f.internalName === arg) ?? fields.find((f) => f.title === arg),
        arg,
        rest
      );
    case 'getbytitle':
      return fieldRoute(
        ctx,
        list,
        fields.find((f) => f.title === arg),
        arg,
        rest
      );
    case 'getbyid':
      return fieldRoute(ctx, list, byId(arg), arg, rest);
    case 'addfield':
      end(rest);
      allow(ctx, 'AddField', 'POST');
      return addField(ctx, list, fields, 'addfield');
    case 'createfieldasxml':
      end(rest);
      allow(ctx, 'createfieldasxml', 'POST');
      return addField(ctx, list, fields, 'xml');
    default:
      throw errors.resourceNotFound(s.raw);
  }
}
