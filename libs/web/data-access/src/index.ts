export * from './client';
export * from './connection';
export * from './query-keys';
export * from './auth.queries';
export * from './users.queries';
export * from './roles.queries';
export * from './api-clients.queries';
export * from './audit.queries';
export * from './units.queries';
export type {
  ActorType,
  ApiClientStatus,
  CreateApiClientInput,
  CreateRoleInput,
  CreateUserInput,
  RoleAssignmentItemFragment as RoleAssignmentItem,
  RoleGrantInput,
  SortDirection,
  UnitSummaryFragment as UnitSummary,
  UserSortField,
  UserStatus,
} from './gql/graphql';
