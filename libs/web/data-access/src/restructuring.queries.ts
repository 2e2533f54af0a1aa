import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  DissolveUnitInput,
  MergeUnitsInput,
  MoveUnitInput,
  RenameUnitInput,
  RestructuringItemFragment,
  RestructuringPreviewItemFragment,
  SplitUnitInput,
} from './gql/graphql';
import {
  authKeys,
  clusterKeys,
  personKeys,
  restructuringKeys,
  unitKeys,
  userKeys,
} from './query-keys';

export const RestructuringPreviewItemFragmentDoc = graphql(`
  fragment RestructuringPreviewItem on RestructuringPreview {
    kind
    effectiveDate
    units {
      action
      unitId
      code
      nameBefore
      nameAfter
      parentBefore
      parentAfter
    }
    carried {
      module
      label
      count
    }
    scopesCarried {
      holderName
      roleName
      fromUnit
      toUnit
    }
    openWork {
      module
      label
      count
    }
    warnings
  }
`);

const RestructuringsDocument = graphql(`
  query Restructurings($first: Int!, $after: String, $unitId: ID) {
    restructurings(first: $first, after: $after, unitId: $unitId) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RestructuringItem
        }
      }
    }
  }
`);

const PreviewRenameUnitDocument = graphql(`
  query PreviewRenameUnit($input: RenameUnitInput!) {
    previewRenameUnit(input: $input) {
      ...RestructuringPreviewItem
    }
  }
`);

const PreviewMoveUnitDocument = graphql(`
  query PreviewMoveUnit($input: MoveUnitInput!) {
    previewMoveUnit(input: $input) {
      ...RestructuringPreviewItem
    }
  }
`);

const PreviewMergeUnitsDocument = graphql(`
  query PreviewMergeUnits($input: MergeUnitsInput!) {
    previewMergeUnits(input: $input) {
      ...RestructuringPreviewItem
    }
  }
`);

const PreviewSplitUnitDocument = graphql(`
  query PreviewSplitUnit($input: SplitUnitInput!) {
    previewSplitUnit(input: $input) {
      ...RestructuringPreviewItem
    }
  }
`);

const PreviewDissolveUnitDocument = graphql(`
  query PreviewDissolveUnit($input: DissolveUnitInput!) {
    previewDissolveUnit(input: $input) {
      ...RestructuringPreviewItem
    }
  }
`);

const RenameUnitDocument = graphql(`
  mutation RenameUnit($input: RenameUnitInput!) {
    renameUnit(input: $input) {
      ...RestructuringItem
    }
  }
`);

const MoveUnitDocument = graphql(`
  mutation MoveUnit($input: MoveUnitInput!) {
    moveUnit(input: $input) {
      ...RestructuringItem
    }
  }
`);

const MergeUnitsDocument = graphql(`
  mutation MergeUnits($input: MergeUnitsInput!) {
    mergeUnits(input: $input) {
      ...RestructuringItem
    }
  }
`);

const SplitUnitDocument = graphql(`
  mutation SplitUnit($input: SplitUnitInput!) {
    splitUnit(input: $input) {
      ...RestructuringItem
    }
  }
`);

const DissolveUnitDocument = graphql(`
  mutation DissolveUnit($input: DissolveUnitInput!) {
    dissolveUnit(input: $input) {
      ...RestructuringItem
    }
  }
`);

export type RestructuringItem = RestructuringItemFragment;
export type RestructuringPreview = RestructuringPreviewItemFragment;
export type UnitChange = RestructuringPreview['units'][number];

/** One restructuring operation with its input: what the wizard previews, then commits. */
export type RestructuringOperation =
  | { kind: 'RENAME'; input: RenameUnitInput }
  | { kind: 'MOVE'; input: MoveUnitInput }
  | { kind: 'MERGE'; input: MergeUnitsInput }
  | { kind: 'SPLIT'; input: SplitUnitInput }
  | { kind: 'DISSOLVE'; input: DissolveUnitInput };

export type RestructuringOperationKind = RestructuringOperation['kind'];

function preview(operation: RestructuringOperation): Promise<RestructuringPreview> {
  switch (operation.kind) {
    case 'RENAME':
      return request(PreviewRenameUnitDocument, { input: operation.input }).then(
        (r) => r.previewRenameUnit,
      );
    case 'MOVE':
      return request(PreviewMoveUnitDocument, { input: operation.input }).then(
        (r) => r.previewMoveUnit,
      );
    case 'MERGE':
      return request(PreviewMergeUnitsDocument, { input: operation.input }).then(
        (r) => r.previewMergeUnits,
      );
    case 'SPLIT':
      return request(PreviewSplitUnitDocument, { input: operation.input }).then(
        (r) => r.previewSplitUnit,
      );
    case 'DISSOLVE':
      return request(PreviewDissolveUnitDocument, { input: operation.input }).then(
        (r) => r.previewDissolveUnit,
      );
  }
}

function commit(operation: RestructuringOperation): Promise<RestructuringItem> {
  switch (operation.kind) {
    case 'RENAME':
      return request(RenameUnitDocument, { input: operation.input }).then((r) => r.renameUnit);
    case 'MOVE':
      return request(MoveUnitDocument, { input: operation.input }).then((r) => r.moveUnit);
    case 'MERGE':
      return request(MergeUnitsDocument, { input: operation.input }).then((r) => r.mergeUnits);
    case 'SPLIT':
      return request(SplitUnitDocument, { input: operation.input }).then((r) => r.splitUnit);
    case 'DISSOLVE':
      return request(DissolveUnitDocument, { input: operation.input }).then((r) => r.dissolveUnit);
  }
}

/**
 * What a restructuring would do, computed by the API without changing anything. A read, but run on
 * demand with the wizard's input (and its BAD_USER_INPUT errors land on the wizard's fields), so it is
 * exposed like a mutation.
 */
export function usePreviewRestructuring() {
  return useMutation({ mutationFn: preview });
}

/** Runs the restructuring. Units, people, accounts, scopes and clusters may all have changed. */
export function useCommitRestructuring() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commit,
    onSuccess: () =>
      Promise.all(
        [
          unitKeys.all,
          restructuringKeys.all,
          personKeys.all,
          clusterKeys.all,
          userKeys.all,
          authKeys.me(),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}

export function useRestructurings(filters: { first: number; unitId?: string }) {
  return useConnectionQuery({
    queryKey: restructuringKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        RestructuringsDocument,
        { first: filters.first, after, unitId: filters.unitId ?? null },
        { signal },
      ),
    pick: (result) => result.restructurings,
  });
}
