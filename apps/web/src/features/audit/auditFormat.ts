import {
  AUDIT_FIELD_LABELS,
  auditEntityTypeLabel,
  auditOperationLabel,
  formatDateTime,
} from '@thidua/shared-domain';

import { t } from '../../i18n';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Audit values arrive JSON-encoded (JSON.stringify), null when absent. */
export function formatAuditValue(encoded: string | null | undefined): string {
  if (encoded === null || encoded === undefined) return t.audit.emptyValue;
  let value: unknown;
  try {
    value = JSON.parse(encoded);
  } catch {
    return encoded;
  }
  return formatPlain(value);
}

function formatPlain(value: unknown): string {
  if (value === null || value === undefined || value === '') return t.audit.emptyValue;
  if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? t.audit.emptyValue : value.map(formatPlain).join(', ');
  return JSON.stringify(value);
}

/** Labels live with the codes in shared-domain (AUDIT_OPERATIONS), the same ones the API returns. */
export function operationLabel(operation: string): string {
  return auditOperationLabel(operation);
}

export function entityTypeLabel(entityType: string): string {
  return auditEntityTypeLabel(entityType);
}

export function fieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? t.audit.fields[field] ?? field;
}
