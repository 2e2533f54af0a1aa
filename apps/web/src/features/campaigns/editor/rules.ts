import type { FormRule } from 'antd';

import { t } from '../../../i18n';

type Path = (string | number)[];

const filled = (value: unknown) =>
  typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined;

/**
 * Required once any of `siblings` is filled: a part the plan may leave out (chế độ báo cáo, người ký)
 * but, once started, needs every field the API requires of it. List the siblings in the Form.Item's
 * `dependencies` too, so the rule runs again when they change.
 */
export const requiredWithAny =
  (siblings: Path[], what: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (filled(value)) return;
      if (siblings.some((path) => filled(getFieldValue(path)))) {
        throw new Error(t.validation.required(what));
      }
    },
  });

/** A day not before the day at `fromPath` (a phase's end, the period's end): the API's own check. */
export const notBefore =
  (fromPath: Path, message: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const from: unknown = getFieldValue(fromPath);
      if (typeof value === 'string' && typeof from === 'string' && value && from && value < from) {
        throw new Error(message);
      }
    },
  });

/**
 * A quota counts collectives and/or individuals, or "either" alone (build-plan.ts `quotaText` refuses
 * anything else when printing): checked on the row's "either" field, which depends on the other two.
 */
export const quotaCounts =
  (row: Path): FormRule =>
  ({ getFieldValue }) => ({
    validator: async () => {
      const either: unknown = getFieldValue([...row, 'either']);
      const collectives: unknown = getFieldValue([...row, 'collectives']);
      const individuals: unknown = getFieldValue([...row, 'individuals']);
      const counts = [either, collectives, individuals].filter((n) => typeof n === 'number');
      if (counts.length === 0 || (typeof either === 'number' && counts.length > 1)) {
        throw new Error(t.campaigns.quotaCountNeeded);
      }
    },
  });
