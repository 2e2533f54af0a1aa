import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type {
  AwardKindsWithRulesQuery,
  CreateAwardRuleVersionInput,
  CreateRuleParameterInput,
  RuleParametersQuery,
  UpdateAwardRuleVersionInput,
  UpdateRuleParameterInput,
} from './gql/graphql';
import { awardRuleKeys } from './query-keys';

/** A condition with its nested ones (two levels are all the shipped rules use; the API allows three). */
export const AwardConditionItemFragmentDoc = graphql(`
  fragment AwardConditionItem on AwardCondition {
    type
    sentence
    confidence
    uncertain
    article
    subjects
    floor
    years
    award
    count
    scope
    min
    minParameter
    text
  }
`);

export const AwardRuleVersionItemFragmentDoc = graphql(`
  fragment AwardRuleVersionItem on AwardRuleVersion {
    id
    awardCode
    track
    effectiveFrom
    effectiveTo
    national
    shipped
    edited
    uncertain
    canManage
    version
    note
    legalDocument {
      id
      name
      number
    }
    provinceUnit {
      id
      name
    }
    decidedBy {
      text
      level
      article
      confidence
      uncertain
    }
    vote {
      required
      thresholdOfMembership
      article
      confidence
      uncertain
    }
    publicNotice {
      required
      workingDays
      article
      confidence
      uncertain
    }
    dossier {
      document
      form
      confidence
      uncertain
    }
    rewards {
      subject
      multiplier
      article
      confidence
      uncertain
    }
    conditions {
      ...AwardConditionItem
      conditions {
        ...AwardConditionItem
        conditions {
          ...AwardConditionItem
        }
      }
    }
  }
`);

const AwardKindsWithRulesDocument = graphql(`
  query AwardKindsWithRules($provinceUnitId: ID) {
    awardKinds(provinceUnitId: $provinceUnitId) {
      id
      code
      name
      category
      subjects
      level
      tracks
      national
      canManage
      provinceUnit {
        id
        name
      }
      ruleVersions {
        ...AwardRuleVersionItem
      }
    }
  }
`);

const RuleParametersDocument = graphql(`
  query RuleParameters($provinceUnitId: ID) {
    ruleParameters(provinceUnitId: $provinceUnitId) {
      id
      key
      label
      unit
      value
      effectiveFrom
      effectiveTo
      article
      confidence
      uncertain
      note
      national
      shipped
      edited
      canManage
      version
      legalDocument {
        id
        name
      }
      provinceUnit {
        id
        name
      }
    }
  }
`);

const CreateAwardRuleVersionDocument = graphql(`
  mutation CreateAwardRuleVersion($input: CreateAwardRuleVersionInput!) {
    createAwardRuleVersion(input: $input) {
      ...AwardRuleVersionItem
    }
  }
`);

const UpdateAwardRuleVersionDocument = graphql(`
  mutation UpdateAwardRuleVersion($input: UpdateAwardRuleVersionInput!) {
    updateAwardRuleVersion(input: $input) {
      ...AwardRuleVersionItem
    }
  }
`);

const CreateRuleParameterDocument = graphql(`
  mutation CreateRuleParameter($input: CreateRuleParameterInput!) {
    createRuleParameter(input: $input) {
      id
    }
  }
`);

const UpdateRuleParameterDocument = graphql(`
  mutation UpdateRuleParameter($input: UpdateRuleParameterInput!) {
    updateRuleParameter(input: $input) {
      id
    }
  }
`);

export type AwardKindWithRules = AwardKindsWithRulesQuery['awardKinds'][number];
export type AwardRuleVersionItem = AwardKindWithRules['ruleVersions'][number];
export type RuleParameterItem = RuleParametersQuery['ruleParameters'][number];

/** The catalog with every rule version (national, and the province's when one is chosen). */
export function useAwardKindsWithRules(provinceUnitId: string | null) {
  return useQuery({
    queryKey: awardRuleKeys.kinds(provinceUnitId),
    queryFn: ({ signal }) =>
      request(AwardKindsWithRulesDocument, { provinceUnitId }, { signal }).then(
        (r) => r.awardKinds,
      ),
  });
}

export function useRuleParameters(provinceUnitId: string | null) {
  return useQuery({
    queryKey: awardRuleKeys.parameters(provinceUnitId),
    queryFn: ({ signal }) =>
      request(RuleParametersDocument, { provinceUnitId }, { signal }).then((r) => r.ruleParameters),
  });
}

function useInvalidateRules() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: awardRuleKeys.all });
}

export function useCreateAwardRuleVersion() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (input: CreateAwardRuleVersionInput) =>
      request(CreateAwardRuleVersionDocument, { input }).then((r) => r.createAwardRuleVersion),
    onSuccess: invalidate,
  });
}

export function useUpdateAwardRuleVersion() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (input: UpdateAwardRuleVersionInput) =>
      request(UpdateAwardRuleVersionDocument, { input }).then((r) => r.updateAwardRuleVersion),
    onSuccess: invalidate,
  });
}

export function useCreateRuleParameter() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (input: CreateRuleParameterInput) =>
      request(CreateRuleParameterDocument, { input }).then((r) => r.createRuleParameter),
    onSuccess: invalidate,
  });
}

export function useUpdateRuleParameter() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (input: UpdateRuleParameterInput) =>
      request(UpdateRuleParameterDocument, { input }).then((r) => r.updateRuleParameter),
    onSuccess: invalidate,
  });
}

export type {
  AwardConditionInput,
  RuleConfidence,
  RuleParameterKey,
  RuleParameterUnit,
} from './gql/graphql';
