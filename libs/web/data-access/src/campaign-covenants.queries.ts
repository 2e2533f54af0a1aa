import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  CampaignCovenantItemFragment,
  CreateCampaignCovenantInput,
  DeleteCampaignCovenantInput,
} from './gql/graphql';
import { campaignKeys } from './query-keys';

/** Giao ước thi đua of a cụm, khối under an issued plan, signed at the launch conference. */
export const CampaignCovenantItemFragmentDoc = graphql(`
  fragment CampaignCovenantItem on CampaignCovenant {
    id
    planId
    clusterId
    signedOn
    place
    content
    version
    cluster {
      id
      name
    }
    members {
      id
      name
    }
  }
`);

const CampaignCovenantsDocument = graphql(`
  query CampaignCovenants($planId: ID!, $first: Int!, $after: String) {
    campaignCovenants(planId: $planId, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignCovenantItem
        }
      }
    }
  }
`);

const CreateCampaignCovenantDocument = graphql(`
  mutation CreateCampaignCovenant($input: CreateCampaignCovenantInput!) {
    createCampaignCovenant(input: $input) {
      ...CampaignCovenantItem
    }
  }
`);

const DeleteCampaignCovenantDocument = graphql(`
  mutation DeleteCampaignCovenant($input: DeleteCampaignCovenantInput!) {
    deleteCampaignCovenant(input: $input)
  }
`);

export type CampaignCovenantItem = CampaignCovenantItemFragment;

const covenantsKey = (planId: string) => [...campaignKeys.followUp(planId), 'covenants'] as const;

export function useCampaignCovenants(planId: string, first = 20) {
  return useConnectionQuery({
    queryKey: [...covenantsKey(planId), first] as const,
    fetchPage: (after, signal) =>
      request(CampaignCovenantsDocument, { planId, first, after }, { signal }),
    pick: (result) => result.campaignCovenants,
  });
}

/** Record or delete a giao ước; the plan's list refetches. */
export function useCampaignCovenantActions(planId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: covenantsKey(planId) });
  return {
    create: useMutation({
      mutationFn: (input: CreateCampaignCovenantInput) =>
        request(CreateCampaignCovenantDocument, { input }).then((r) => r.createCampaignCovenant),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (input: DeleteCampaignCovenantInput) =>
        request(DeleteCampaignCovenantDocument, { input }).then((r) => r.deleteCampaignCovenant),
      onSuccess,
    }),
  };
}
