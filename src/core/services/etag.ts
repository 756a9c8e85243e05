// What an ETag sent back by a client may be. The findings API and the bot's cards hand the form's
// ETag to the caller and take it back to send as SharePoint's IF-Match header, so it must be a
// value an HTTP header can carry and one SharePoint or the local list server could have given:
// item ETags are `"3"` (the local server, `odata.etag`) or `"<guid>,3"` (SharePoint Online), and a
// write without one uses `*`. Anything else is refused before a request is made: a control
// character or non-ASCII letter in a header makes the HTTP client throw rather than answer.

/** Longest ETag accepted; SharePoint's longest (`W/"{<guid>},<version>"`) is about 50. */
export const ETAG_MAX_LENGTH = 128;

/** Visible ASCII (0x21 to 0x7E): no spaces, control characters, DEL or non-ASCII characters. */
const ETAG = new RegExp(`^[\\x21-\\x7E]{1,${ETAG_MAX_LENGTH}}$`);

/** The rule in words, for refusals. */
export const ETAG_RULE = `an ETag is 1 to ${ETAG_MAX_LENGTH} visible ASCII characters with no spaces or control characters, such as "3" or "<guid>,3", as the form was loaded with`;

export function isValidEtag(value: unknown): value is string {
  return typeof value === 'string' && ETAG.test(value);
}

/**
 * Why `value` cannot be sent back as an ETag, naming what is allowed; undefined when it can, or
 * when it is absent (undefined or an empty string: no ETag, the form is new).
 */
export function etagProblem(value: unknown, field = 'etag'): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (isValidEtag(value)) return undefined;
  return `"${field}" is not an ETag: ${ETAG_RULE}.`;
}
