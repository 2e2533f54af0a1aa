import { graphql } from './gql';

/** Shapes shared by several documents. Generated types: `<Name>Fragment` in ./gql/graphql. */
export const UnitSummaryFragmentDoc = graphql(`
  fragment UnitSummary on Unit {
    id
    code
    name
    shortName
  }
`);

export const RoleAssignmentItemFragmentDoc = graphql(`
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
`);

export const UserItemFragmentDoc = graphql(`
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
`);

export const RoleItemFragmentDoc = graphql(`
  fragment RoleItem on Role {
    id
    code
    name
    description
    permissions
    isSystem
    version
  }
`);

export const ApiClientItemFragmentDoc = graphql(`
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
`);
