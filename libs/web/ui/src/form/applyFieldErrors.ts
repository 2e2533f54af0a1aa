import type { FormInstance } from 'antd';

export type FieldErrorMap = Record<string, readonly string[]>;

/** "input.roles.0.unitId" → ['roles', 0, 'unitId'] */
export function toFieldPath(serverField: string): (string | number)[] {
  return serverField
    .replace(/^input\./, '')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const key = (path: readonly (string | number)[]) => path.join('.');

/**
 * Shows per-field server messages (BAD_USER_INPUT `fields`) under the matching Form.Item.
 * Returns the messages that matched no field on this form, for the caller to show elsewhere.
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'getFieldsError' | 'setFields'>,
  fields: FieldErrorMap,
): string[] {
  const known = new Set(
    form.getFieldsError().map((f) => key(([] as (string | number)[]).concat(f.name))),
  );
  const matched: { name: (string | number)[]; errors: string[] }[] = [];
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(fields)) {
    const path = toFieldPath(field);
    if (known.has(key(path))) matched.push({ name: path, errors: [...messages] });
    else unmatched.push(...messages);
  }
  if (matched.length > 0) form.setFields(matched);
  return unmatched;
}
