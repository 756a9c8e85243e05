// SharePoint-shaped errors. Codes and messages are the ones SharePoint Online returns where known
// (see src/server/README.md for the ones that are approximations).

export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const ARG = '-1, System.ArgumentException';
const QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SPEX = '-2146232832, Microsoft.SharePoint.SPException';
const UNAUTH = '-2147024891, System.UnauthorizedAccessException';

export const errors = {
  listNotFound: (title: string, webUrl: string) =>
    new SpError(404, ARG, `List '${title}' does not exist at site with URL '${webUrl}'.`),
  listIdNotFound: () =>
    new SpError(
      404,
      '-2130575322, Microsoft.SharePoint.SPException',
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
    ),
  itemNotFound: () =>
    new SpError(
      404,
      '-2147024809, System.ArgumentException',
      'Item does not exist. It may have been deleted by another user.'
    ),
  itemNotFoundOnWrite: () =>
    new SpError(
      404,
      '-2130575338, Microsoft.SharePoint.SPException',
      'Item does not exist. It may have been deleted by another user.'
    ),
  fieldNotFound: (name: string, listUrl: string) =>
    new SpError(
      404,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.  ${listUrl}`
    ),
  unknownQueryField: (name: string) =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  fieldNotQueryable: (name: string, type: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The field '${name}' of type '${type}' cannot be used in the query filter expression.`
    ),
  expandRequired: (path: string, field: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`
    ),
  badExpression: (expr: string) => new SpError(400, QUERY, `The expression "${expr}" is not valid.`),
  filterTooComplex: (max: { depth: number; terms: number; length: number }) =>
    new SpError(
      400,
      QUERY,
      `The $filter expression is too complex: at most ${max.depth} levels of nesting (parentheses, not, functions), ` +
        `${max.terms} comparisons and ${max.length} characters are allowed.`
    ),
  valueTooLong: (fn: string, length: number, max: number) =>
    new SpError(400, QUERY, `A ${fn} value is ${length} characters long; at most ${max} are allowed.`),
  tooManyOrderKeys: (n: number, max: number) =>
    new SpError(400, QUERY, `The $orderby option has ${n} keys; at most ${max} are allowed.`),
  badHost: () =>
    new SpError(
      400,
      QUERY,
      'Bad Request - Invalid Hostname. The Host header must be a host[:port] such as 127.0.0.1:4323, and the ' +
        'request target a path such as /sites/frontline/_api/web.'
    ),
  tooManyFields: (max: number) =>
    new SpError(400, SPEX, `The list already has ${max} fields (built-in ones included); at most ${max} are allowed.`),
  jsonTooDeep: (depth: number, max: number) =>
    new SpError(
      400,
      QUERY,
      `Invalid JSON. The body nests arrays and objects ${depth} levels deep; at most ${max} are allowed.`
    ),
  badQueryOption: (name: string, value: string) =>
    new SpError(400, QUERY, `Invalid value '${value}' for query option '${name}'.`),
  invalidJson: () => new SpError(400, QUERY, 'Invalid JSON. A token was not recognized in the JSON content.'),
  unknownProperty: (prop: string, type: string) =>
    new SpError(
      400,
      QUERY,
      `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`
    ),
  badValue: (edmType: string) =>
    new SpError(
      400,
      QUERY,
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`
    ),
  textTooLong: (field: string) =>
    new SpError(
      400,
      '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
      `The value of the field '${field}' is too long.`
    ),
  etagMismatch: (requested: string, current: string) =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${requested}' does not match the object's ETag value '${current}'.`
    ),
  throttled: () =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  duplicateValues: () =>
    new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  duplicatesPreventUnique: (field: string) =>
    new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `Unique values cannot be enforced on '${field}' because the list already contains duplicate values in it.`
    ),
  uniqueNeedsIndex: (field: string) =>
    new SpError(400, SPEX, `The field '${field}' must be indexed before unique values can be enforced on it.`),
  cannotIndex: (field: string, type: string) =>
    new SpError(400, SPEX, `The field '${field}' of type '${type}' cannot be indexed.`),
  accessDenied: () => new SpError(403, UNAUTH, 'Access denied.'),
  unauthenticated: () =>
    new SpError(
      401,
      UNAUTH,
      'Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.'
    ),
  digestInvalid: () =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  resourceNotFound: (segment: string) =>
    new SpError(
      404,
      '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      `Cannot find resource for the request ${segment}.`
    ),
  methodNotAllowed: (method: string, resource: string) =>
    new SpError(
      405,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The HTTP method '${method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`
    ),
  listExists: () =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    ),
  fieldExists: (name: string) =>
    new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),
  groupNotFound: () => new SpError(404, SPEX, 'Group cannot be found.'),
  groupExists: (name: string) =>
    new SpError(
      500,
      '-2130575293, Microsoft.SharePoint.SPException',
      `The specified name is already in use.\n\nThe name "${name}" is already in use.`
    ),
  userNotFound: () => new SpError(404, SPEX, 'User cannot be found.'),
  principalNotFound: (id: number) => new SpError(404, SPEX, `Cannot find principal with id: ${id}.`),
  roleNotFound: () => new SpError(404, SPEX, 'Permission level cannot be found.'),
  inheritsPermissions: () =>
    new SpError(400, SPEX, 'This operation is not allowed on an object that inherits permissions.'),
  readOnlyField: (name: string) =>
    new SpError(400, SPEX, `The field '${name}' is read-only and cannot be changed or deleted.`),
  badBatch: (why: string) => new SpError(400, QUERY, `The batch request is not valid: ${why}`),
  notSupported: (what: string) => new SpError(400, QUERY, `${what} is not supported by the local list server.`),
  tooLarge: () =>
    new SpError(
      413,
      SPEX,
      'The request message is too big. The server does not allow messages larger than 52428800 bytes.'
    ),
  internal: (message: string) => new SpError(500, SPEX, message)
};

/** The JSON body SharePoint sends for an error, in the metadata style the caller asked for. */
export function errorBody(err: SpError, verbose: boolean): string {
  const payload = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return JSON.stringify(verbose ? { error: payload } : { 'odata.error': payload });
}
