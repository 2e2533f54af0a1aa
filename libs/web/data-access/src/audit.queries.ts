import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type { ActorType, AuditEntryItemFragment } from './gql/graphql';
import { auditKeys } from './query-keys';

export const AuditEntryItemFragmentDoc = graphql(`
  fragment AuditEntryItem on AuditEntry {
    id
    occurredAt
    actorType
    actorId
    actorName
    actingUnit {
      ...UnitSummary
    }
    operation
    operationLabel
    entityType
    entityTypeLabel
    entityId
    entityLabel
    masked
    requestId
    ipAddress
    changes {
      field
      before
      after
      masked
    }
  }
`);

const AuditLogDocument = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEntryItem
        }
      }
    }
  }
`);

export type AuditEntryItem = AuditEntryItemFragment;

export interface AuditLogFilters {
  first: number;
  actorId?: string;
  actorType?: ActorType;
  entityType?: string;
  entityId?: string;
  operation?: string;
  /** ISO-8601 instants, inclusive */
  from?: string;
  to?: string;
}

export function useAuditLog({ first, ...filter }: AuditLogFilters) {
  return useConnectionQuery({
    queryKey: auditKeys.list({ first, ...filter }),
    fetchPage: (after, signal) =>
      request(
        AuditLogDocument,
        {
          first,
          after,
          filter: {
            actorId: filter.actorId ?? null,
            actorType: filter.actorType ?? null,
            entityType: filter.entityType || null,
            entityId: filter.entityId || null,
            operation: filter.operation || null,
            from: filter.from ?? null,
            to: filter.to ?? null,
          },
        },
        { signal },
      ),
    pick: (result) => result.auditLog,
  });
}
