import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { hasErrorCode, request } from './client';
import { graphql } from './gql';
import type { ChangePasswordInput, LoginInput, MeQuery, UpdateMyProfileInput } from './gql/graphql';
import { authKeys, userKeys } from './query-keys';

const MeDocument = graphql(`
  query Me {
    me {
      actorType
      permissions
      sessionExpiresAt
      previousLoginAt
      user {
        ...UserItem
      }
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
        mustChangePassword
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...UserItem
    }
  }
`);

export type Viewer = MeQuery['me'];
export type ViewerUser = NonNullable<Viewer['user']>;

/**
 * Who is signed in, with the permissions they hold on at least one scope.
 * `fresh: true` asks the API again on mount instead of trusting the cache (the login page does).
 */
export function useMe({ fresh = false }: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => request(MeDocument, {}, { signal }).then((r) => r.me),
    staleTime: 5 * 60_000,
    refetchOnMount: fresh ? 'always' : true,
    retry: (failureCount, error) => !hasErrorCode(error, 'UNAUTHENTICATED') && failureCount < 1,
  });
}

/** Signs in. The API sets the httpOnly session cookie; everything cached for a previous user is dropped. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => request(LoginDocument, { input }).then((r) => r.login),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({
        queryKey: authKeys.me(),
        queryFn: () => request(MeDocument, {}).then((r) => r.me),
      });
    },
  });
}

/**
 * Signs out (the API ends the session and clears the cookie). The caller then drops everything
 * cached for the previous user, once no signed-in screen is mounted (see the web app's useSignOut).
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => request(LogoutDocument, {}).then((r) => r.logout),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      request(ChangePasswordDocument, { input }).then((r) => r.changePassword),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me() }),
  });
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMyProfileInput) =>
      request(UpdateMyProfileDocument, { input }).then((r) => r.updateMyProfile),
    onSuccess: (user) => {
      queryClient.setQueryData<Viewer>(authKeys.me(), (viewer) =>
        viewer ? { ...viewer, user } : viewer,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: authKeys.me() }),
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
      ]);
    },
  });
}
