import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  CreateUserInput,
  ResetUserPasswordInput,
  SetUserStatusInput,
  UpdateUserInput,
  UserItemFragment,
  UserSortField,
  UserStatus,
  SortDirection,
} from './gql/graphql';
import { authKeys, userKeys } from './query-keys';

const UsersDocument = graphql(`
  query Users(
    $first: Int!
    $after: String
    $search: String
    $unitId: ID
    $status: UserStatus
    $orderBy: UserOrder
  ) {
    users(
      first: $first
      after: $after
      search: $search
      unitId: $unitId
      status: $status
      orderBy: $orderBy
    ) {
      totalCount
      totalCountCapped
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
`);

const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserItem
    }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserItem
    }
  }
`);

const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserItem
    }
  }
`);

const SetUserStatusDocument = graphql(`
  mutation SetUserStatus($input: SetUserStatusInput!) {
    setUserStatus(input: $input) {
      ...UserItem
    }
  }
`);

const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      ...UserItem
    }
  }
`);

export type UserItem = UserItemFragment;

export interface UserListFilters {
  first: number;
  search?: string;
  unitId?: string;
  status?: UserStatus;
  orderBy?: { field: UserSortField; direction: SortDirection };
}

export function useUsers(filters: UserListFilters) {
  return useConnectionQuery({
    queryKey: userKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        UsersDocument,
        {
          first: filters.first,
          after,
          search: filters.search || null,
          unitId: filters.unitId ?? null,
          status: filters.status ?? null,
          orderBy: filters.orderBy ?? null,
        },
        { signal },
      ),
    pick: (result) => result.users,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      request(UserDocument, { id: id ?? '' }, { signal }).then((r) => r.user),
    enabled: Boolean(id),
  });
}

/** After any change to a user: lists, that user's detail, and `me` (it may be the viewer). */
function useUserChanged() {
  const queryClient = useQueryClient();
  return (user: UserItem) => {
    queryClient.setQueryData(userKeys.detail(user.id), user);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
    ]);
  };
}

export function useCreateUser() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      request(CreateUserDocument, { input }).then((r) => r.createUser),
    onSuccess: changed,
  });
}

export function useUpdateUser() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: (input: UpdateUserInput) =>
      request(UpdateUserDocument, { input }).then((r) => r.updateUser),
    onSuccess: changed,
  });
}

export function useSetUserStatus() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: (input: SetUserStatusInput) =>
      request(SetUserStatusDocument, { input }).then((r) => r.setUserStatus),
    onSuccess: changed,
  });
}

export function useResetUserPassword() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: (input: ResetUserPasswordInput) =>
      request(ResetUserPasswordDocument, { input }).then((r) => r.resetUserPassword),
    onSuccess: changed,
  });
}
