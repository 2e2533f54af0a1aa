import { VN_TIME_ZONE } from '@thidua/shared-domain';
import type { ActorType, AuditLogFilters } from '@thidua/web-data-access';
import { useListPage } from '@thidua/web-ui';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';

export type AuditFilterValues = {
  entityType?: string;
  entityId?: string;
  /** the record's name, shown in the filter chip instead of its id (not sent to the API) */
  entityLabel?: string;
  operation?: string;
  actorType?: ActorType;
  /** calendar days as picked (local dates), interpreted in Asia/Ho_Chi_Minh */
  range?: [Dayjs, Dayjs] | null;
};

/** A picked calendar day's first and last instant in Vietnam time, as ISO strings for the API. */
export function dayBounds(range: [Dayjs, Dayjs]): { from: string; to: string } {
  const from = dayjs.tz(range[0].format('YYYY-MM-DD'), VN_TIME_ZONE).startOf('day');
  const to = dayjs.tz(range[1].format('YYYY-MM-DD'), VN_TIME_ZONE).endOf('day');
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The audit log's filters (useListPage, no search box), turned into the query's variables. */
export function useAuditFilters() {
  const list = useListPage<AuditFilterValues>();
  const { first, entityType, entityId, operation, actorType, range } = list.variables;
  const variables = useMemo<AuditLogFilters>(
    () => ({
      first,
      entityType,
      entityId,
      operation,
      actorType,
      ...(range ? dayBounds(range) : {}),
    }),
    [first, entityType, entityId, operation, actorType, range],
  );
  return { ...list, variables };
}
