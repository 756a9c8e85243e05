// OData v3 JSON serialisation in the three flavours SharePoint speaks: minimal metadata (the default,
// what PnPjs asks for), verbose ({"d": ...}, which PnPjs uses for fields.add) and no metadata.

export type Format = 'minimal' | 'verbose' | 'nometadata';

/** A resource as the handlers describe it, before the metadata flavour is chosen. */
export interface Entity {
  kind: 'entity';
  type: string;
  /** Absolute URI (verbose __metadata.uri). */
  uri: string;
  /** Relative edit link as SharePoint writes it, e.g. Web/Lists(guid'…')/Items(1). */
  editLink: string;
  /** odata.id; SharePoint uses a GUID for items and the absolute URI for most other things. */
  id?: string;
  etag?: string;
  props: Record<string, unknown>;
}

/** A complex (non-entity) value such as SP.BasePermissions. */
export interface Complex {
  kind: 'complex';
  type: string;
  props: Record<string, unknown>;
}

export const entity = (e: Omit<Entity, 'kind'>): Entity => ({ kind: 'entity', ...e });
export const complex = (type: string, props: Record<string, unknown>): Complex => ({ kind: 'complex', type, props });

const isEntity = (v: unknown): v is Entity => typeof v === 'object' && v !== null && (v as Entity).kind === 'entity';
const isComplex = (v: unknown): v is Complex =>
  typeof v === 'object' && v !== null && (v as Complex).kind === 'complex';

export function detectFormat(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentType(format: Format): string {
  const flavour = format === 'verbose' ? 'verbose' : format === 'nometadata' ? 'nometadata' : 'minimalmetadata';
  return `application/json;odata=${flavour};streaming=true;charset=utf-8`;
}

function primitiveCollectionType(values: unknown[]): string {
  const first = values.find((v) => v !== null && v !== undefined);
  if (typeof first === 'number') return Number.isInteger(first) ? 'Collection(Edm.Int32)' : 'Collection(Edm.Double)';
  return 'Collection(Edm.String)';
}

function value(v: unknown, format: Format): unknown {
  if (isEntity(v)) return serializeEntity(v, format);
  if (isComplex(v)) {
    const props = serializeProps(v.props, format);
    return format === 'verbose' ? { __metadata: { type: v.type }, ...props } : props;
  }
  if (Array.isArray(v)) {
    const items = v.map((x) => value(x, format));
    if (format !== 'verbose') return items;
    if (v.length > 0 && (isEntity(v[0]) || isComplex(v[0]))) return { results: items };
    return { __metadata: { type: primitiveCollectionType(v) }, results: items };
  }
  return v === undefined ? null : v;
}

function serializeProps(props: Record<string, unknown>, format: Format): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = value(v, format);
  return out;
}

export function serializeEntity(e: Entity, format: Format): Record<string, unknown> {
  const props = serializeProps(e.props, format);
  if (format === 'nometadata') return props;
  if (format === 'verbose') {
    const meta: Record<string, unknown> = { id: e.id ?? e.uri, uri: e.uri };
    if (e.etag !== undefined) meta.etag = e.etag;
    meta.type = e.type;
    return { __metadata: meta, ...props };
  }
  const head: Record<string, unknown> = { 'odata.type': e.type, 'odata.id': e.id ?? e.uri };
  if (e.etag !== undefined) head['odata.etag'] = e.etag;
  head['odata.editLink'] = e.editLink;
  return { ...head, ...props };
}

/** Body of a single-resource response. */
export function singleBody(e: Entity | Complex, format: Format, metadataUrl: string): string {
  if (isComplex(e)) {
    const props = serializeProps(e.props, format);
    if (format === 'verbose') return JSON.stringify({ d: { __metadata: { type: e.type }, ...props } });
    if (format === 'nometadata') return JSON.stringify(props);
    return JSON.stringify({ 'odata.metadata': metadataUrl, ...props });
  }
  const body = serializeEntity(e, format);
  if (format === 'verbose') return JSON.stringify({ d: body });
  if (format === 'nometadata') return JSON.stringify(body);
  return JSON.stringify({ 'odata.metadata': metadataUrl, ...body });
}

/** Body of a collection response, with the next-page link when there is one. */
export function collectionBody(items: Entity[], format: Format, metadataUrl: string, nextLink?: string): string {
  const values = items.map((e) => serializeEntity(e, format));
  if (format === 'verbose')
    return JSON.stringify({ d: nextLink ? { results: values, __next: nextLink } : { results: values } });
  const out: Record<string, unknown> = format === 'minimal' ? { 'odata.metadata': metadataUrl } : {};
  out.value = values;
  if (nextLink) out['odata.nextLink'] = nextLink;
  return JSON.stringify(out);
}

/** Body of a primitive-valued response such as GET …/HasUniqueRoleAssignments. */
export function primitiveBody(name: string, v: unknown, format: Format, metadataUrl: string): string {
  if (format === 'verbose') return JSON.stringify({ d: { [name]: v } });
  if (format === 'nometadata') return JSON.stringify({ value: v });
  return JSON.stringify({ 'odata.metadata': metadataUrl, value: v });
}
