import type { AuditChange } from './audit-log.entity';

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(normalise);
  return value ?? null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/**
 * The fields that differ between two snapshots, restricted to `fields` (so secrets such as password
 * hashes can never reach the audit log by accident). A missing `before` means creation, a missing
 * `after` deletion.
 */
export function diffFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T> | null,
  fields: readonly (keyof T & string)[],
): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const b = before ? normalise(before[field]) : undefined;
    const a = after ? normalise(after[field]) : undefined;
    if (before && after && same(b, a)) continue;
    if (!before && (a === null || a === undefined)) continue;
    if (!after && (b === null || b === undefined)) continue;
    const change: AuditChange = { field };
    if (before) change.before = b;
    if (after) change.after = a;
    changes.push(change);
  }
  return changes;
}
