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
export * from './records.queries';
export * from './award-rules.queries';
export * from './calendar.queries';
export * from './campaigns.queries';
export * from './congresses.queries';
export * from './campaign-covenants.queries';
export * from './campaign-documents.queries';
export * from './awards.queries';
export * from './award-drafts.queries';
export * from './notices.queries';
export * from './councils.queries';
export * from './council-voting.queries';
export * from './council-ballot.queries';
export * from './decisions.queries';
export type {
  ActorType,
  ApiClientStatus,
  CalendarDayKind,
  CalendarDaySource,
  CampaignAddresseeStatus,
  CampaignAddressingRule,
  CampaignKind,
  CampaignPlanAddressingInput,
  CampaignPlanContentInput,
  CampaignPlanReviewStage,
  CampaignRegistrantKind,
  CampaignRegistrationStatus,
  CampaignReviewKind,
  CampaignReviewStatus,
  CampaignPlanStatus,
  CampaignScope,
  BalanceCriterion,
  CongressForm,
  CongressLevel,
  CongressStatus,
  CreateCampaignPlanInput,
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
  IssueCampaignPlanInput,
  ImportRowAction,
  ImportStatus,
  JobStatus,
  LegalBasisInput,
  LegalDocumentKind,
  LegalDocumentStatus,
  MergeUnitsInput,
  MoveUnitInput,
  NewUnitInput,
  PlanBasisVerb,
  PlanContestItem,
  PlanNumbering,
  PlanSchedulePlacement,
  PositionInput,
  RenameUnitInput,
  RestructuringKind,
  RoleAssignmentItemFragment as RoleAssignmentItem,
  RoleGrantInput,
  Sex,
  SigningAuthority,
  SortDirection,
  SplitUnitInput,
  StaffCategory,
  UnitChangeAction,
  UnitStatus,
  UnitSummaryFragment as UnitSummary,
  UnitTree,
  UpdateCampaignPlanInput,
  UpdateUnitKindInput,
  UserSortField,
  UserStatus,
} from './gql/graphql';
