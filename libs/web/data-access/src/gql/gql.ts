/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApiClients($first: Int!, $after: String, $search: String) {\n    apiClients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiClientItem\n        }\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": typeof types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      ...ApiClientItem\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    occurredAt\n    actorType\n    actorId\n    actorName\n    actingUnit {\n      ...UnitSummary\n    }\n    operation\n    entityType\n    entityId\n    requestId\n    ipAddress\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEntryItemFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Me {\n    me {\n      actorType\n      permissions\n      sessionExpiresAt\n      user {\n        ...UserItem\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  fragment UnitSummary on Unit {\n    id\n    code\n    name\n    shortName\n  }\n": typeof types.UnitSummaryFragmentDoc,
    "\n  fragment RoleAssignmentItem on RoleAssignment {\n    id\n    createdAt\n    role {\n      id\n      code\n      name\n      isSystem\n    }\n    unit {\n      ...UnitSummary\n    }\n  }\n": typeof types.RoleAssignmentItemFragmentDoc,
    "\n  fragment UserItem on User {\n    id\n    username\n    fullName\n    email\n    status\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": typeof types.UserItemFragmentDoc,
    "\n  fragment RoleItem on Role {\n    id\n    code\n    name\n    description\n    permissions\n    isSystem\n    version\n  }\n": typeof types.RoleItemFragmentDoc,
    "\n  fragment ApiClientItem on ApiClient {\n    id\n    name\n    description\n    status\n    keyPrefix\n    lastUsedAt\n    revokedAt\n    createdAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": typeof types.ApiClientItemFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleItem\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Permissions {\n    permissions {\n      code\n      label\n      group\n    }\n  }\n": typeof types.PermissionsDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...RoleAssignmentItem\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  fragment UnitOption on Unit {\n    id\n    code\n    name\n    shortName\n    depth\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.UnitOptionFragmentDoc,
    "\n  query Units($first: Int!, $search: String, $parentId: ID) {\n    units(first: $first, search: $search, parentId: $parentId) {\n      totalCount\n      edges {\n        node {\n          ...UnitOption\n        }\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitOption\n    }\n  }\n": typeof types.UnitDocument,
    "\n  query Users(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $status: UserStatus\n    $orderBy: UserOrder\n  ) {\n    users(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserItem\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserItem\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.SetUserStatusDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  query ApiClients($first: Int!, $after: String, $search: String) {\n    apiClients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiClientItem\n        }\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      ...ApiClientItem\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    occurredAt\n    actorType\n    actorId\n    actorName\n    actingUnit {\n      ...UnitSummary\n    }\n    operation\n    entityType\n    entityId\n    requestId\n    ipAddress\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEntryItemFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Me {\n    me {\n      actorType\n      permissions\n      sessionExpiresAt\n      user {\n        ...UserItem\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...UserItem\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  fragment UnitSummary on Unit {\n    id\n    code\n    name\n    shortName\n  }\n": types.UnitSummaryFragmentDoc,
    "\n  fragment RoleAssignmentItem on RoleAssignment {\n    id\n    createdAt\n    role {\n      id\n      code\n      name\n      isSystem\n    }\n    unit {\n      ...UnitSummary\n    }\n  }\n": types.RoleAssignmentItemFragmentDoc,
    "\n  fragment UserItem on User {\n    id\n    username\n    fullName\n    email\n    status\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": types.UserItemFragmentDoc,
    "\n  fragment RoleItem on Role {\n    id\n    code\n    name\n    description\n    permissions\n    isSystem\n    version\n  }\n": types.RoleItemFragmentDoc,
    "\n  fragment ApiClientItem on ApiClient {\n    id\n    name\n    description\n    status\n    keyPrefix\n    lastUsedAt\n    revokedAt\n    createdAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": types.ApiClientItemFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleItem\n    }\n  }\n": types.RolesDocument,
    "\n  query Permissions {\n    permissions {\n      code\n      label\n      group\n    }\n  }\n": types.PermissionsDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input)\n  }\n": types.DeleteRoleDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...RoleAssignmentItem\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n": types.RevokeRoleDocument,
    "\n  fragment UnitOption on Unit {\n    id\n    code\n    name\n    shortName\n    depth\n    parent {\n      id\n      name\n    }\n  }\n": types.UnitOptionFragmentDoc,
    "\n  query Units($first: Int!, $search: String, $parentId: ID) {\n    units(first: $first, search: $search, parentId: $parentId) {\n      totalCount\n      edges {\n        node {\n          ...UnitOption\n        }\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitOption\n    }\n  }\n": types.UnitDocument,
    "\n  query Users(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $status: UserStatus\n    $orderBy: UserOrder\n  ) {\n    users(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserItem\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserItem\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserItem\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      ...UserItem\n    }\n  }\n": types.SetUserStatusDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserItem\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients($first: Int!, $after: String, $search: String) {\n    apiClients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiClientItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n"): typeof import('./graphql').RotateApiClientSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      ...ApiClientItem\n    }\n  }\n"): typeof import('./graphql').RevokeApiClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    occurredAt\n    actorType\n    actorId\n    actorName\n    actingUnit {\n      ...UnitSummary\n    }\n    operation\n    entityType\n    entityId\n    requestId\n    ipAddress\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').AuditEntryItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      actorType\n      permissions\n      sessionExpiresAt\n      user {\n        ...UserItem\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitSummary on Unit {\n    id\n    code\n    name\n    shortName\n  }\n"): typeof import('./graphql').UnitSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleAssignmentItem on RoleAssignment {\n    id\n    createdAt\n    role {\n      id\n      code\n      name\n      isSystem\n    }\n    unit {\n      ...UnitSummary\n    }\n  }\n"): typeof import('./graphql').RoleAssignmentItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserItem on User {\n    id\n    username\n    fullName\n    email\n    status\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n"): typeof import('./graphql').UserItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleItem on Role {\n    id\n    code\n    name\n    description\n    permissions\n    isSystem\n    version\n  }\n"): typeof import('./graphql').RoleItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiClientItem on ApiClient {\n    id\n    name\n    description\n    status\n    keyPrefix\n    lastUsedAt\n    revokedAt\n    createdAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n"): typeof import('./graphql').ApiClientItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleItem\n    }\n  }\n"): typeof import('./graphql').RolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Permissions {\n    permissions {\n      code\n      label\n      group\n    }\n  }\n"): typeof import('./graphql').PermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleItem\n    }\n  }\n"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      ...RoleItem\n    }\n  }\n"): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input)\n  }\n"): typeof import('./graphql').DeleteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...RoleAssignmentItem\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitOption on Unit {\n    id\n    code\n    name\n    shortName\n    depth\n    parent {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UnitOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($first: Int!, $search: String, $parentId: ID) {\n    units(first: $first, search: $search, parentId: $parentId) {\n      totalCount\n      edges {\n        node {\n          ...UnitOption\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitOption\n    }\n  }\n"): typeof import('./graphql').UnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $status: UserStatus\n    $orderBy: UserOrder\n  ) {\n    users(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').SetUserStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
