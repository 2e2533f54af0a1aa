import { VN_TIME_ZONE } from '@thidua/shared-domain';
import type { ActorType, AuditLogFilters } from '@thidua/web-data-access';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';

export interface AuditFilterValues {
  entityType?: string;
  entityId?: string;
  /** the record's name, shown in the filter chip instead of its id (not sent to the API) */
  entityLabel?: string;
  operation?: string;
  actorType?: ActorType;
  /** calendar days as picked (local dates), interpreted in Asia/Ho_Chi_Minh */
  range?: [Dayjs, Dayjs] | null;
}

/** A picked calendar day's first and last instant in Vietnam time, as ISO strings for the API. */
export function dayBounds(range: [Dayjs, Dayjs]): { from: string; to: string } {
  const from = dayjs.tz(range[0].format('YYYY-MM-DD'), VN_TIME_ZONE).startOf('day');
  const to = dayjs.tz(range[1].format('YYYY-MM-DD'), VN_TIME_ZONE).endOf('day');
  return { from: from.toISOString(), to: to.toISOString() };
}

export function useAuditFilters() {
  const [values, setValues] = useState<AuditFilterValues>({});
  const [pageSize, setPageSize] = useState(20);

  const filters = useMemo<AuditLogFilters>(
    () => ({
      first: pageSize,
      entityType: values.entityType,
      entityId: values.entityId,
      operation: values.operation,
      actorType: values.actorType,
      ...(values.range ? dayBounds(values.range) : {}),
    }),
    [values, pageSize],
  );

  const update = (patch: Partial<AuditFilterValues>) => setValues((v) => ({ ...v, ...patch }));
  const isFiltered = Object.values(values).some((v) => v !== undefined && v !== null);

  return { values, update, reset: () => setValues({}), filters, isFiltered, pageSize, setPageSize };
}
