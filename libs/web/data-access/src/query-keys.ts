import type { ApiClientListFilters } from './api-clients.queries';
import type { AuditLogFilters } from './audit.queries';
import type { UnitListFilters } from './units.queries';
import type { UserListFilters } from './users.queries';

/**
 * Query-key factories, one per domain. Every key of a domain starts with its `all` key, so a mutation
 * can invalidate a whole domain (`userKeys.all`), every list (`userKeys.lists()`) or one record.
 */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserListFilters) => [...userKeys.lists(), filters] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};

export const roleKeys = {
  all: ['roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
  permissions: () => [...roleKeys.all, 'permissions'] as const,
};

export const apiClientKeys = {
  all: ['api-clients'] as const,
  lists: () => [...apiClientKeys.all, 'list'] as const,
  list: (filters: ApiClientListFilters) => [...apiClientKeys.lists(), filters] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filters: AuditLogFilters) => [...auditKeys.lists(), filters] as const,
};

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (filters: UnitListFilters) => [...unitKeys.lists(), filters] as const,
  details: () => [...unitKeys.all, 'detail'] as const,
  detail: (id: string) => [...unitKeys.details(), id] as const,
};
