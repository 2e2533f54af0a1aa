import { useMutation, useQuery } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type { CampaignDocumentBatchQuery } from './gql/graphql';
import { campaignKeys } from './query-keys';

/**
 * PDFs of many plans in one background job (issue 10): the request, then each plan's outcome. The
 * job's progress is `useJob` (imports.queries), as for an import: one poller for every job.
 */
export const CampaignDocumentBatchItemFragmentDoc = graphql(`
  fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {
    planId
    position
    status
    created
    error
    pdfUrl
    plan {
      id
      title
      symbol
      status
    }
  }
`);

const RenderCampaignPlanDocumentsDocument = graphql(`
  mutation RenderCampaignPlanDocuments($input: RenderCampaignPlanDocumentsInput!) {
    renderCampaignPlanDocuments(input: $input) {
      job {
        ...JobItem
      }
      items {
        ...CampaignDocumentBatchItem
      }
    }
  }
`);

const CampaignDocumentBatchDocument = graphql(`
  query CampaignDocumentBatch($jobId: ID!) {
    campaignDocumentBatch(jobId: $jobId) {
      job {
        ...JobItem
      }
      items {
        ...CampaignDocumentBatchItem
      }
    }
  }
`);

export type CampaignDocumentBatch = CampaignDocumentBatchQuery['campaignDocumentBatch'];
export type CampaignDocumentBatchItem = CampaignDocumentBatch['items'][number];

/** The API's cap on one batch (RenderCampaignPlanDocumentsInput.planIds: "tối đa 500"). */
export const MAX_PDF_BATCH = 500;

/** Queues the PDFs of the plans (CAMPAIGN_READ on each); the answer carries the job to follow. */
export function useRenderCampaignPlanDocuments() {
  return useMutation({
    mutationFn: (planIds: string[]) =>
      request(RenderCampaignPlanDocumentsDocument, { input: { planIds } }).then(
        (r) => r.renderCampaignPlanDocuments,
      ),
  });
}

/** A batch and each plan's outcome (only its starter, or a global administrator, reads it). */
export function useCampaignDocumentBatch(jobId: string | undefined) {
  return useQuery({
    queryKey: campaignKeys.documentBatch(jobId ?? ''),
    queryFn: ({ signal }) =>
      request(CampaignDocumentBatchDocument, { jobId: jobId ?? '' }, { signal }).then(
        (r) => r.campaignDocumentBatch,
      ),
    enabled: Boolean(jobId),
  });
}
