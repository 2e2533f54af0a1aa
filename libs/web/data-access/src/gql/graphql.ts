/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorType =
  /** Ứng dụng tích hợp */
  | 'API_CLIENT'
  /** Hệ thống */
  | 'SYSTEM'
  /** Người dùng */
  | 'USER';

export type ApiClientStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã thu hồi */
  | 'REVOKED';

export type AuditFilter = {
  actorId?: string | number | null | undefined;
  actorType?: ActorType | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  /** Thao tác, hoặc tiền tố của nó ("user." = mọi thao tác trên người dùng). */
  operation?: string | null | undefined;
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CreateApiClientInput = {
  description?: string | null | undefined;
  name: string;
  roles?: Array<RoleGrantInput>;
  unitId: string | number;
};

export type CreateRoleInput = {
  code: string;
  description?: string | null | undefined;
  name: string;
  permissions: Array<Permission>;
};

export type CreateUserInput = {
  email?: string | null | undefined;
  fullName: string;
  password: string;
  roles?: Array<RoleGrantInput>;
  unitId: string | number;
  username: string;
};

export type DeleteRoleInput = {
  id: string | number;
};

/** Giao vai trò cho đúng một người dùng hoặc một ứng dụng. */
export type GrantRoleInput = {
  apiClientId?: string | number | null | undefined;
  roleId: string | number;
  unitId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

export type LoginInput = {
  password: string;
  username: string;
};

/** Quyền. Vai trò là một tập quyền; quyền áp dụng trên phạm vi đơn vị của phân quyền. */
export type Permission =
  /** Quản lý ứng dụng tích hợp */
  | 'API_CLIENT_MANAGE'
  /** Xem nhật ký hệ thống */
  | 'AUDIT_READ'
  /** Phân vai trò và phạm vi */
  | 'ROLE_ASSIGN'
  /** Định nghĩa vai trò */
  | 'ROLE_MANAGE'
  /** Quản lý đơn vị */
  | 'UNIT_MANAGE'
  /** Xem đơn vị */
  | 'UNIT_READ'
  /** Tạo, sửa, khóa người dùng */
  | 'USER_MANAGE'
  /** Xem người dùng */
  | 'USER_READ';

export type ResetUserPasswordInput = {
  id: string | number;
  newPassword: string;
};

export type RevokeApiClientInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type RevokeRoleInput = {
  assignmentId: string | number;
};

/** Giao một vai trò trên một đơn vị (unitId rỗng = toàn hệ thống). */
export type RoleGrantInput = {
  roleId: string | number;
  unitId?: string | number | null | undefined;
};

export type RotateApiClientSecretInput = {
  id: string | number;
};

export type SetUserStatusInput = {
  id: string | number;
  status: UserStatus;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateMyProfileInput = {
  email?: string | null | undefined;
  fullName: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateRoleInput = {
  description?: string | null | undefined;
  id: string | number;
  name: string;
  permissions: Array<Permission>;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateUserInput = {
  email?: string | null | undefined;
  fullName: string;
  id: string | number;
  unitId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UserOrder = {
  direction?: SortDirection;
  field?: UserSortField;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'FULL_NAME'
  | 'USERNAME';

export type UserStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã khóa */
  | 'DISABLED';

export type ApiClientsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ApiClientsQuery = { apiClients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } }> } };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient: { token: string, client: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } } };

export type RotateApiClientSecretMutationVariables = Exact<{
  input: RotateApiClientSecretInput;
}>;


export type RotateApiClientSecretMutation = { rotateApiClientSecret: { token: string, client: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } } };

export type RevokeApiClientMutationVariables = Exact<{
  input: RevokeApiClientInput;
}>;


export type RevokeApiClientMutation = { revokeApiClient: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type AuditEntryItemFragment = { id: string, occurredAt: string, actorType: ActorType, actorId: string | null, actorName: string, operation: string, entityType: string, entityId: string | null, requestId: string | null, ipAddress: string | null, actingUnit: { id: string, code: string, name: string, shortName: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, actorType: ActorType, actorId: string | null, actorName: string, operation: string, entityType: string, entityId: string | null, requestId: string | null, ipAddress: string | null, actingUnit: { id: string, code: string, name: string, shortName: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { actorType: ActorType, permissions: Array<Permission>, sessionExpiresAt: string | null, user: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type UnitSummaryFragment = { id: string, code: string, name: string, shortName: string | null };

export type RoleAssignmentItemFragment = { id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null };

export type UserItemFragment = { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> };

export type RoleItemFragment = { id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number };

export type ApiClientItemFragment = { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number }> };

export type PermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsQuery = { permissions: Array<{ code: Permission, label: string, group: string }> };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number } };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number } };

export type DeleteRoleMutationVariables = Exact<{
  input: DeleteRoleInput;
}>;


export type DeleteRoleMutation = { deleteRole: string };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null } };

export type RevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type RevokeRoleMutation = { revokeRole: string };

export type UnitOptionFragment = { id: string, code: string, name: string, shortName: string | null, depth: number, parent: { id: string, name: string } | null };

export type UnitsQueryVariables = Exact<{
  first: number;
  search?: string | null | undefined;
  parentId?: string | number | null | undefined;
}>;


export type UnitsQuery = { units: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, shortName: string | null, depth: number, parent: { id: string, name: string } | null } }> } };

export type UnitQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitQuery = { unit: { id: string, code: string, name: string, shortName: string | null, depth: number, parent: { id: string, name: string } | null } };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
  status?: UserStatus | null | undefined;
  orderBy?: UserOrder | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } }> } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type SetUserStatusMutationVariables = Exact<{
  input: SetUserStatusInput;
}>;


export type SetUserStatusMutation = { setUserStatus: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UnitSummaryFragmentDoc = new TypedDocumentString(`
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
    `, {"fragmentName":"UnitSummary"}) as unknown as TypedDocumentString<UnitSummaryFragment, unknown>;
export const AuditEntryItemFragmentDoc = new TypedDocumentString(`
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
  entityType
  entityId
  requestId
  ipAddress
  changes {
    field
    before
    after
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}`, {"fragmentName":"AuditEntryItem"}) as unknown as TypedDocumentString<AuditEntryItemFragment, unknown>;
export const RoleAssignmentItemFragmentDoc = new TypedDocumentString(`
    fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}`, {"fragmentName":"RoleAssignmentItem"}) as unknown as TypedDocumentString<RoleAssignmentItemFragment, unknown>;
export const UserItemFragmentDoc = new TypedDocumentString(`
    fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}`, {"fragmentName":"UserItem"}) as unknown as TypedDocumentString<UserItemFragment, unknown>;
export const RoleItemFragmentDoc = new TypedDocumentString(`
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}
    `, {"fragmentName":"RoleItem"}) as unknown as TypedDocumentString<RoleItemFragment, unknown>;
export const ApiClientItemFragmentDoc = new TypedDocumentString(`
    fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}`, {"fragmentName":"ApiClientItem"}) as unknown as TypedDocumentString<ApiClientItemFragment, unknown>;
export const UnitOptionFragmentDoc = new TypedDocumentString(`
    fragment UnitOption on Unit {
  id
  code
  name
  shortName
  depth
  parent {
    id
    name
  }
}
    `, {"fragmentName":"UnitOption"}) as unknown as TypedDocumentString<UnitOptionFragment, unknown>;
export const ApiClientsDocument = new TypedDocumentString(`
    query ApiClients($first: Int!, $after: String, $search: String) {
  apiClients(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ApiClientItem
      }
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = new TypedDocumentString(`
    mutation CreateApiClient($input: CreateApiClientInput!) {
  createApiClient(input: $input) {
    token
    client {
      ...ApiClientItem
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RotateApiClientSecretDocument = new TypedDocumentString(`
    mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {
  rotateApiClientSecret(input: $input) {
    token
    client {
      ...ApiClientItem
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const RevokeApiClientDocument = new TypedDocumentString(`
    mutation RevokeApiClient($input: RevokeApiClientInput!) {
  revokeApiClient(input: $input) {
    ...ApiClientItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
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
  entityType
  entityId
  requestId
  ipAddress
  changes {
    field
    before
    after
  }
}
fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    actorType
    permissions
    sessionExpiresAt
    user {
      ...UserItem
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    expiresAt
    user {
      id
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles {
  roles {
    ...RoleItem
  }
}
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}`) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const PermissionsDocument = new TypedDocumentString(`
    query Permissions {
  permissions {
    code
    label
    group
  }
}
    `) as unknown as TypedDocumentString<PermissionsQuery, PermissionsQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    ...RoleItem
  }
}
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}`) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($input: UpdateRoleInput!) {
  updateRole(input: $input) {
    ...RoleItem
  }
}
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}`) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($input: DeleteRoleInput!) {
  deleteRole(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    ...RoleAssignmentItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($input: RevokeRoleInput!) {
  revokeRole(input: $input)
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($first: Int!, $search: String, $parentId: ID) {
  units(first: $first, search: $search, parentId: $parentId) {
    totalCount
    edges {
      node {
        ...UnitOption
      }
    }
  }
}
    fragment UnitOption on Unit {
  id
  code
  name
  shortName
  depth
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UnitDocument = new TypedDocumentString(`
    query Unit($id: ID!) {
  unit(id: $id) {
    ...UnitOption
  }
}
    fragment UnitOption on Unit {
  id
  code
  name
  shortName
  depth
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<UnitQuery, UnitQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $search: String, $unitId: ID, $status: UserStatus, $orderBy: UserOrder) {
  users(
    first: $first
    after: $after
    search: $search
    unitId: $unitId
    status: $status
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...UserItem
      }
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserStatusDocument = new TypedDocumentString(`
    mutation SetUserStatus($input: SetUserStatusInput!) {
  setUserStatus(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($input: ResetUserPasswordInput!) {
  resetUserPassword(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;