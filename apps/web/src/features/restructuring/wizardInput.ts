import { toFieldPath } from '@thidua/web-ui';
import type {
  FieldErrors,
  NewUnitInput,
  RestructuringOperation,
  RestructuringOperationKind,
} from '@thidua/web-data-access';

import { blankToNull } from '../../shared/forms/rules';

/** A unit to create (merge into a new unit, split): the form's shape. */
export interface NewUnitValues {
  code?: string;
  name?: string;
  shortName?: string;
  kindCode?: string;
  legalPerson?: boolean;
}

export type MergeMode = 'existing' | 'new';

/** Step 1: the units and what happens to them. Field names follow the API's input paths. */
export interface OperationValues {
  unitId?: string;
  newName?: string;
  newShortName?: string;
  newCode?: string;
  newParentId?: string;
  sourceUnitIds?: string[];
  mergeMode?: MergeMode;
  targetUnitId?: string;
  newUnit?: NewUnitValues;
  newUnitParentId?: string;
  sourceUnitId?: string;
  newUnits?: NewUnitValues[];
}

/** Step 2: the legal basis and the effective date. */
export interface BasisValues {
  legalBasis?: { number?: string; date?: string | null; title?: string };
  effectiveDate?: string | null;
  note?: string;
}

/** Fields of step 2; every other field of an input belongs to step 1. */
const BASIS_FIELDS = new Set(['legalBasis', 'effectiveDate', 'note']);

export const WIZARD_STEPS = { operation: 0, basis: 1, preview: 2, confirm: 3 } as const;

function toNewUnit(values: NewUnitValues | undefined): NewUnitInput {
  return {
    code: values?.code?.trim() ?? '',
    name: values?.name?.trim() ?? '',
    shortName: blankToNull(values?.shortName),
    kindCode: values?.kindCode ?? '',
    legalPerson: values?.legalPerson ?? null,
  };
}

/** The API input of the operation from the wizard's two forms. */
export function buildOperation(
  kind: RestructuringOperationKind,
  op: OperationValues,
  basis: BasisValues,
): RestructuringOperation {
  const common = {
    effectiveDate: basis.effectiveDate ?? '',
    legalBasis: {
      number: basis.legalBasis?.number?.trim() ?? '',
      date: basis.legalBasis?.date ?? '',
      title: blankToNull(basis.legalBasis?.title),
    },
    note: blankToNull(basis.note),
  };
  switch (kind) {
    case 'RENAME':
      return {
        kind,
        input: {
          ...common,
          unitId: op.unitId ?? '',
          newName: op.newName?.trim() ?? '',
          newShortName: blankToNull(op.newShortName),
          newCode: blankToNull(op.newCode),
        },
      };
    case 'MOVE':
      return {
        kind,
        input: { ...common, unitId: op.unitId ?? '', newParentId: op.newParentId ?? '' },
      };
    case 'MERGE': {
      const intoNew = op.mergeMode === 'new';
      return {
        kind,
        input: {
          ...common,
          sourceUnitIds: op.sourceUnitIds ?? [],
          targetUnitId: intoNew ? null : (op.targetUnitId ?? null),
          newUnit: intoNew ? toNewUnit(op.newUnit) : null,
          newUnitParentId: intoNew ? (op.newUnitParentId ?? null) : null,
        },
      };
    }
    case 'SPLIT':
      return {
        kind,
        input: {
          ...common,
          sourceUnitId: op.sourceUnitId ?? '',
          newUnits: (op.newUnits ?? []).map(toNewUnit),
        },
      };
    case 'DISSOLVE':
      return { kind, input: { ...common, unitId: op.unitId ?? '' } };
  }
}

/**
 * Splits the API's per-field messages between the wizard's steps: legal basis, effective date and note
 * are on step 2, everything else on step 1.
 */
export function splitFieldErrors(fields: FieldErrors): {
  operation: FieldErrors;
  basis: FieldErrors;
} {
  const operation: FieldErrors = {};
  const basis: FieldErrors = {};
  for (const [field, messages] of Object.entries(fields)) {
    const head = toFieldPath(field)[0];
    if (typeof head === 'string' && BASIS_FIELDS.has(head)) basis[field] = messages;
    else operation[field] = messages;
  }
  return { operation, basis };
}
