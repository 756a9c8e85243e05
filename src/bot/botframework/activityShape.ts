// The shape of an incoming activity, checked before botbuilder reads it. botbuilder 4.23 trusts
// the wire: a serviceUrl that is not a string throws in the connector factory (`toLowerCase is not
// a function`, answered 500 with that message), a `from` that is not an object throws in the turn,
// a member that is not an object throws in TeamsActivityHandler (`'givenName' in 1`). Teams always
// sends these fields with these types, so anything else is refused with 400 naming what is
// allowed. Fields the handlers read defensively themselves (`text`, `value`) may be anything.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Generous bounds: Teams ids and names are well under 1,000 characters, service URLs under 200. */
const MAX_ID = 1024;
const MAX_NAME = 256;
const MAX_URL = 2048;

class Refused extends Error {}

/** A text field: required ones non-empty, optional ones (when present) any text up to `max`. */
/** Channel ids (Teams': `29:…`, `a:…`, `19:…@thread.v2`) are printable ASCII; a reply sends them back in HTTP headers, which take nothing else. */
const NOT_ID = /[^\x20-\x7e]/;

function text(
  o: Json,
  field: string,
  where: string,
  options: { required?: boolean; max?: number; id?: boolean } = {}
): void {
  const v = o[field];
  const max = options.max ?? MAX_ID;
  if (v === undefined && !options.required) return;
  if (typeof v !== 'string' || (options.required && v === '') || v.length > max) {
    throw new Refused(
      options.required
        ? `"${where}${field}" must be text of 1 to ${max} characters.`
        : `"${where}${field}" must be text of at most ${max} characters when present.`
    );
  }
  if (options.id && NOT_ID.test(v))
    throw new Refused(
      `"${where}${field}" must be an id of printable ASCII characters (it is sent back in HTTP headers).`
    );
}

function account(o: Json, field: string, required: boolean): void {
  const v = o[field];
  if (v === undefined && !required) return;
  if (!isObject(v))
    throw new Refused(
      `"${field}" must be an object with an "id" (a channel account)${required ? '' : ' when present'}.`
    );
  text(v, 'id', `${field}.`, { required: true, id: true });
  text(v, 'name', `${field}.`);
  for (const f of ['aadObjectId', 'role']) text(v, f, `${field}.`, { max: MAX_NAME });
}

function objects(o: Json, field: string, describe: string): unknown[] | undefined {
  const v = o[field];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every(isObject))
    throw new Refused(`"${field}" must be a list of ${describe} when present.`);
  return v;
}

function serviceUrl(o: Json): void {
  const v = o.serviceUrl;
  const problem =
    '"serviceUrl" must be the http(s) address of the channel that sent the activity (text, up to 2048 characters).';
  if (typeof v !== 'string' || v.length > MAX_URL) throw new Refused(problem);
  try {
    const url = new URL(v);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Refused(problem);
  } catch {
    throw new Refused(problem);
  }
}

function check(body: unknown): void {
  if (!isObject(body)) throw new Refused('Send one Bot Framework activity as a JSON object.');
  text(body, 'type', '', { required: true, max: 64 });
  serviceUrl(body);
  account(body, 'from', true);
  account(body, 'recipient', false);
  const conversation = body.conversation;
  if (!isObject(conversation)) throw new Refused('"conversation" must be an object with an "id".');
  text(conversation, 'id', 'conversation.', { required: true, id: true });
  text(conversation, 'name', 'conversation.');
  for (const f of ['conversationType', 'tenantId']) text(conversation, f, 'conversation.', { max: MAX_NAME });
  if (conversation.isGroup !== undefined && typeof conversation.isGroup !== 'boolean')
    throw new Refused('"conversation.isGroup" must be true or false when present.');
  for (const f of ['id', 'replyToId']) text(body, f, '');
  for (const f of [
    'channelId',
    'name',
    'action',
    'locale',
    'textFormat',
    'inputHint',
    'deliveryMode',
    'timestamp',
    'localTimestamp',
    'expiration'
  ])
    text(body, f, '', { max: MAX_NAME });
  if (body.channelData !== undefined && !isObject(body.channelData))
    throw new Refused('"channelData" must be an object when present.');
  for (const f of ['membersAdded', 'membersRemoved']) {
    for (const m of objects(body, f, 'channel accounts (objects with an "id")') ?? [])
      text(m as Json, 'id', `${f}[].`, { required: true });
  }
  for (const f of ['reactionsAdded', 'reactionsRemoved']) objects(body, f, 'reactions (objects)');
  objects(body, 'attachments', 'attachments (objects)');
  for (const e of objects(body, 'entities', 'entities (objects with a "type")') ?? [])
    text(e as Json, 'type', 'entities[].', { required: true, max: MAX_NAME });
}

/** Why `body` is not an activity the bot can take, naming what is allowed; undefined when it is. */
export function activityProblem(body: unknown): string | undefined {
  try {
    check(body);
    return undefined;
  } catch (e) {
    if (e instanceof Refused) return e.message;
    throw e;
  }
}
