import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  ImportBatchSummaryFragment,
  ImportRowItemFragment,
  JobItemFragment,
  JobStatus,
  MyJobsQuery,
} from './gql/graphql';
import { campaignKeys, clusterKeys, importKeys, jobKeys, personKeys, unitKeys } from './query-keys';

export const JobItemFragmentDoc = graphql(`
  fragment JobItem on Job {
    id
    kind
    status
    progress
    total
    message
    error
    startedAt
    finishedAt
  }
`);

export const ImportBatchSummaryFragmentDoc = graphql(`
  fragment ImportBatchSummary on ImportBatch {
    id
    kind
    fileName
    status
    columns
    rowCount
    errorCount
    createCount
    updateCount
    unchangedCount
    createdAt
    job {
      ...JobItem
    }
  }
`);

export const ImportRowItemFragmentDoc = graphql(`
  fragment ImportRowItem on ImportRow {
    rowNumber
    action
    values
    problems
  }
`);

const ImportBatchDocument = graphql(`
  query ImportBatch($id: ID!) {
    importBatch(id: $id) {
      ...ImportBatchSummary
    }
  }
`);

const ImportBatchRowsDocument = graphql(`
  query ImportBatchRows($id: ID!, $first: Int!, $after: String, $onlyProblems: Boolean) {
    importBatch(id: $id) {
      id
      rows(first: $first, after: $after, onlyProblems: $onlyProblems) {
        totalCount
        totalCountCapped
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ImportRowItem
          }
        }
      }
    }
  }
`);

const JobDocument = graphql(`
  query Job($id: ID!) {
    job(id: $id) {
      ...JobItem
    }
  }
`);

const MyJobsDocument = graphql(`
  query MyJobs($first: Int) {
    myJobs(first: $first) {
      ...JobItem
      createdAt
    }
  }
`);

const CommitImportDocument = graphql(`
  mutation CommitImport($batchId: ID!) {
    commitImport(batchId: $batchId) {
      ...ImportBatchSummary
    }
  }
`);

const DiscardImportDocument = graphql(`
  mutation DiscardImport($batchId: ID!) {
    discardImport(batchId: $batchId)
  }
`);

export type ImportBatchSummary = ImportBatchSummaryFragment;
export type ImportRowItem = ImportRowItemFragment;
export type JobItem = JobItemFragment;

const FINISHED: ReadonlySet<JobStatus> = new Set<JobStatus>(['SUCCEEDED', 'FAILED']);

export function isJobFinished(job: Pick<JobItem, 'status'> | null | undefined): boolean {
  return Boolean(job && FINISHED.has(job.status));
}

/** How often a running job is asked for its progress. */
export const JOB_POLL_INTERVAL_MS = 1000;

export function useImportBatch(id: string | undefined) {
  return useQuery({
    queryKey: importKeys.batch(id ?? ''),
    queryFn: ({ signal }) =>
      request(ImportBatchDocument, { id: id ?? '' }, { signal }).then((r) => r.importBatch),
    enabled: Boolean(id),
  });
}

export interface ImportRowFilters {
  batchId: string;
  first: number;
  onlyProblems: boolean;
}

export function useImportBatchRows(filters: ImportRowFilters) {
  return useConnectionQuery({
    queryKey: importKeys.rows(filters),
    fetchPage: (after, signal) =>
      request(
        ImportBatchRowsDocument,
        {
          id: filters.batchId,
          first: filters.first,
          after,
          onlyProblems: filters.onlyProblems,
        },
        { signal },
      ),
    pick: (result) => result.importBatch.rows,
  });
}

export type MyJobItem = MyJobsQuery['myJobs'][number];

/** The viewer's own latest background jobs (imports…), newest first. */
export function useMyJobs(first = 5) {
  return useQuery({
    queryKey: jobKeys.mine(first),
    queryFn: ({ signal }) => request(MyJobsDocument, { first }, { signal }).then((r) => r.myJobs),
    staleTime: 30_000,
  });
}

/** A background job, asked again every second until it has SUCCEEDED or FAILED. */
export function useJob(id: string | undefined) {
  return useQuery({
    queryKey: jobKeys.detail(id ?? ''),
    queryFn: ({ signal }) => request(JobDocument, { id: id ?? '' }, { signal }).then((r) => r.job),
    enabled: Boolean(id),
    refetchInterval: (query) => (isJobFinished(query.state.data) ? false : JOB_POLL_INTERVAL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

/** Starts the all-or-nothing import as a job; the batch comes back with that job. */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) =>
      request(CommitImportDocument, { batchId }).then((r) => r.commitImport),
    onSuccess: (batch) => queryClient.setQueryData(importKeys.batch(batch.id), batch),
  });
}

export function useDiscardImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) =>
      request(DiscardImportDocument, { batchId }).then((r) => r.discardImport),
    onSuccess: (_id, batchId) => queryClient.removeQueries({ queryKey: importKeys.batch(batchId) }),
  });
}

/** After an import has been committed: everything it may have created or changed. */
export function useImportApplied() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        // campaignKeys: a registrations import changes a plan's registrations and their counts
        [importKeys.all, unitKeys.all, personKeys.all, clusterKeys.all, campaignKeys.all].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [queryClient],
  );
}
