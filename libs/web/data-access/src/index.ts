export * from './client';
export * from './connection';
export * from './query-keys';
export * from './files';
export * from './auth.queries';
export * from './users.queries';
export * from './roles.queries';
export * from './api-clients.queries';
export * from './audit.queries';
export * from './units.queries';
export * from './unit-kinds.queries';
export * from './restructuring.queries';
export * from './clusters.queries';
export * from './people.queries';
export * from './imports.queries';
export * from './legal.queries';
export type {
  ActorType,
  ApiClientStatus,
  ClusterKind,
  CreateApiClientInput,
  CreateClusterInput,
  CreatePersonInput,
  CreateRoleInput,
  CreateUnitInput,
  CreateUnitKindInput,
  CreateUserInput,
  DissolveUnitInput,
  ImportKind,
  ImportRowAction,
  ImportStatus,
  JobStatus,
  LegalBasisInput,
  LegalDocumentKind,
  LegalDocumentStatus,
  MergeUnitsInput,
  MoveUnitInput,
  NewUnitInput,
  PositionInput,
  RenameUnitInput,
  RestructuringKind,
  RoleAssignmentItemFragment as RoleAssignmentItem,
  RoleGrantInput,
  Sex,
  SortDirection,
  SplitUnitInput,
  StaffCategory,
  UnitChangeAction,
  UnitStatus,
  UnitSummaryFragment as UnitSummary,
  UnitTree,
  UpdateUnitKindInput,
  UserSortField,
  UserStatus,
} from './gql/graphql';
