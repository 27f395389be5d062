/**
 * The one way untrusted JSON is checked (backups, the app's data files, the manifest, IPC
 * arguments): `isJsonObject` narrows without casts, and each reader checks one field, records a
 * problem with its path (`first.items[3].target.source: missing`) and returns undefined, so
 * that one pass reports every problem in a file instead of the first. It imports nothing, so
 * the main process (electron/, compiled on its own) can use it too. A schema library (valibot)
 * was measured against it: see README, "Validating untrusted JSON".
 */

/** One problem in an input file: where (a JSON path) and what. */
export interface ValidationIssue {
  readonly path: string;
  readonly problem: string;
}

/** A parsed JSON object, its values still unchecked. */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path of a key under `path`. */
export function fieldPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

// Past this many problems the file is clearly not what it claims to be; more lines help no one.
const MAX_ISSUES = 50;

/** Collects problems; the readers below report into it. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];
  /** How many problems were found beyond the ones kept. */
  overflow = 0;

  /** Records that the value at `path` has `problem`. */
  add(path: string, problem: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, problem });
    else this.overflow++;
  }

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }
}

/** A required string field (empty allowed when `allowEmpty`). */
export function readString(
  object: JsonObject,
  key: string,
  path: string,
  issues: IssueList,
  options: { readonly allowEmpty?: boolean; readonly optional?: boolean } = {},
): string | undefined {
  const value = object[key];
  const where = fieldPath(path, key);
  if (value === undefined) {
    if (options.optional !== true) issues.add(where, 'missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.add(where, `must be a string, not ${describe(value)}`);
    return undefined;
  }
  if (value === '' && options.allowEmpty !== true) {
    issues.add(where, 'must not be empty');
    return undefined;
  }
  return value;
}

/** A required non-negative integer field. */
export function readCount(object: JsonObject, key: string, path: string, issues: IssueList): number | undefined {
  const value = object[key];
  const where = fieldPath(path, key);
  if (value === undefined) {
    issues.add(where, 'missing');
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    issues.add(where, `must be a whole number ≥ 0, not ${describe(value)}`);
    return undefined;
  }
  return value;
}

/** A value that the model allows as one item or an array of them, as an array. */
export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** True when a JSON-LD `type` (a string or an array of strings) includes `expected`. */
export function hasType(value: unknown, expected: string): boolean {
  return asList(value).some((item) => item === expected);
}

// RFC 3339 date-time, as xsd:dateTime in the W3C model (§3.3.5): a time zone is required so
// that two machines compare the same instants.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/u;

/** A date-time field, normalised to `toISOString()` form; `optional` fields may be absent or null. */
export function readDateTime(
  object: JsonObject,
  key: string,
  path: string,
  issues: IssueList,
  options: { readonly optional?: boolean } = {},
): string | undefined {
  const value = object[key];
  const where = fieldPath(path, key);
  if (value === undefined || value === null) {
    if (options.optional !== true) issues.add(where, 'missing');
    return undefined;
  }
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    issues.add(where, `must be a date-time with a time zone such as 2017-05-15T09:30:00Z, not ${describe(value)}`);
    return undefined;
  }
  return new Date(value).toISOString();
}

/** A short description of a JSON value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
