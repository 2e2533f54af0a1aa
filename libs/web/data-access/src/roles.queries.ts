import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type {
  CreateRoleInput,
  GrantRoleInput,
  PermissionsQuery,
  RevokeRoleInput,
  RoleItemFragment,
  UpdateRoleInput,
} from './gql/graphql';
import { apiClientKeys, authKeys, roleKeys, userKeys } from './query-keys';

const RolesDocument = graphql(`
  query Roles {
    roles {
      ...RoleItem
    }
  }
`);

const PermissionsDocument = graphql(`
  query Permissions {
    permissions {
      code
      label
      group
    }
  }
`);

const CreateRoleDocument = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...RoleItem
    }
  }
`);

const UpdateRoleDocument = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      ...RoleItem
    }
  }
`);

const DeleteRoleDocument = graphql(`
  mutation DeleteRole($input: DeleteRoleInput!) {
    deleteRole(input: $input)
  }
`);

const GrantRoleDocument = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...RoleAssignmentItem
    }
  }
`);

const RevokeRoleDocument = graphql(`
  mutation RevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input)
  }
`);

export type RoleItem = RoleItemFragment;
export type PermissionInfo = PermissionsQuery['permissions'][number];

export function useRoles() {
  return useQuery({
    queryKey: roleKeys.list(),
    queryFn: ({ signal }) => request(RolesDocument, {}, { signal }).then((r) => r.roles),
  });
}

/** The permission catalog with Vietnamese labels and groups, as the API describes it. */
export function usePermissions() {
  return useQuery({
    queryKey: roleKeys.permissions(),
    queryFn: ({ signal }) =>
      request(PermissionsDocument, {}, { signal }).then((r) => r.permissions),
    staleTime: Infinity,
  });
}

function useInvalidateRoles() {
  const queryClient = useQueryClient();
  // role names and permissions show up on users, API clients and the viewer
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: roleKeys.all }),
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
    ]);
}

export function useCreateRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({
    mutationFn: (input: CreateRoleInput) =>
      request(CreateRoleDocument, { input }).then((r) => r.createRole),
    onSuccess: invalidate,
  });
}

export function useUpdateRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({
    mutationFn: (input: UpdateRoleInput) =>
      request(UpdateRoleDocument, { input }).then((r) => r.updateRole),
    onSuccess: invalidate,
  });
}

export function useDeleteRole() {
  const invalidate = useInvalidateRoles();
  return useMutation({
    mutationFn: (id: string) =>
      request(DeleteRoleDocument, { input: { id } }).then((r) => r.deleteRole),
    onSuccess: invalidate,
  });
}

function useInvalidateAssignments() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
    ]);
}

/** Grants a role to a user or an API client, on a unit (and below) or system-wide (`unitId` null). */
export function useGrantRole() {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: (input: GrantRoleInput) =>
      request(GrantRoleDocument, { input }).then((r) => r.grantRole),
    onSuccess: invalidate,
  });
}

export function useRevokeRole() {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: (input: RevokeRoleInput) =>
      request(RevokeRoleDocument, { input }).then((r) => r.revokeRole),
    onSuccess: invalidate,
  });
}
