import type { FieldErrors } from '../errors/app-error';

export const INVALID_TEXT_MESSAGE = 'Không được chứa ký tự điều khiển hoặc ký tự không hợp lệ.';

/**
 * C0 control characters except TAB, LF and CR (free text keeps its line breaks). PostgreSQL refuses
 * U+0000 in `text` and `jsonb` ("invalid byte sequence"/"unsupported Unicode escape"), which reached
 * clients as INTERNAL_SERVER_ERROR; the others are refused because no form can type them and they
 * corrupt exports (an .xlsx with U+0001 does not open in Excel).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/**
 * A UTF-16 surrogate without its pair (JSON allows "\uD800"): it has no UTF-8 encoding, so the
 * database driver either fails or silently stores U+FFFD, a different value from the one sent.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Stops a hostile body (a 10k-element array of NULs) from producing a 10k-entry error. */
const MAX_REPORTED_FIELDS = 20;

export function isSafeText(value: string): boolean {
  return !CONTROL.test(value) && !LONE_SURROGATE.test(value);
}

/** The same text with each unsafe character shown as U+FFFD, for text that must be kept and shown (an import preview). */
export function replaceUnsafeText(value: string): string {
  return isSafeText(value)
    ? value
    : value.replace(new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g'), '\uFFFD');
}

function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  // graphql-js builds input objects with a null prototype, JSON.parse with Object.prototype; anything
  // else (a Buffer, an uploaded file, a Date) is not client text.
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Walks every string of an argument (nested input objects, arrays, object keys) and returns the paths
 * ("roles.0.note", or `root` for the value itself) whose text is unsafe, or null when all is clean.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findInvalidText(value: unknown, root: string): FieldErrors | null {
  const errors: FieldErrors = {};
  let count = 0;
  const report = (path: string) => {
    if (!(path in errors) && count < MAX_REPORTED_FIELDS) {
      errors[path] = [INVALID_TEXT_MESSAGE];
      count += 1;
    }
  };
  const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);
  const stack: [unknown, string][] = [[value, root]];
  for (let item = stack.pop(); item && count < MAX_REPORTED_FIELDS; item = stack.pop()) {
    const [current, path] = item;
    if (typeof current === 'string') {
      if (!isSafeText(current)) report(path || 'value');
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1)
        stack.push([current[i], join(path, String(i))]);
    } else if (isWalkable(current)) {
      const record = current as Record<string, unknown>;
      const keys = Object.keys(record);
      for (const key of keys.reverse()) {
        if (!isSafeText(key)) report(path || 'value');
        else stack.push([record[key], join(path, key)]);
      }
    }
  }
  return count > 0 ? errors : null;
}
