import { describe, expect, it } from 'vitest';

import { buildOperation, splitFieldErrors, type BasisValues } from './wizardInput';

const basis: BasisValues = {
  legalBasis: { number: ' 1656/NQ-UBTVQH15 ', date: '2025-06-16', title: '  ' },
  effectiveDate: '2025-07-01',
  note: '',
};

const common = {
  effectiveDate: '2025-07-01',
  legalBasis: { number: '1656/NQ-UBTVQH15', date: '2025-06-16', title: null },
  note: null,
};

describe('buildOperation — the API input of each operation', () => {
  it('renames, leaving out what stays the same', () => {
    expect(
      buildOperation('RENAME', { unitId: 'u-1', newName: ' Sở Nội vụ ', newCode: '' }, basis),
    ).toEqual({
      kind: 'RENAME',
      input: {
        ...common,
        unitId: 'u-1',
        newName: 'Sở Nội vụ',
        newShortName: null,
        newCode: null,
      },
    });
  });

  it('moves under a new parent', () => {
    expect(buildOperation('MOVE', { unitId: 'u-1', newParentId: 'u-2' }, basis)).toEqual({
      kind: 'MOVE',
      input: { ...common, unitId: 'u-1', newParentId: 'u-2' },
    });
  });

  it('merges into a new unit: no target, the new unit and its parent', () => {
    const op = buildOperation(
      'MERGE',
      {
        sourceUnitIds: ['a', 'b'],
        mergeMode: 'new',
        targetUnitId: 'stale-choice',
        newUnit: { code: ' X-1 ', name: ' Xã Phú Tân ', kindCode: 'COMMUNE', legalPerson: true },
        newUnitParentId: 'p',
      },
      basis,
    );
    expect(op).toEqual({
      kind: 'MERGE',
      input: {
        ...common,
        sourceUnitIds: ['a', 'b'],
        targetUnitId: null,
        newUnit: {
          code: 'X-1',
          name: 'Xã Phú Tân',
          shortName: null,
          kindCode: 'COMMUNE',
          legalPerson: true,
        },
        newUnitParentId: 'p',
      },
    });
  });

  it('merges into an existing unit: the target only, whatever the new-unit form still holds', () => {
    const op = buildOperation(
      'MERGE',
      {
        sourceUnitIds: ['a'],
        mergeMode: 'existing',
        targetUnitId: 't',
        newUnit: { code: 'X-1', name: 'left over' },
        newUnitParentId: 'p',
      },
      basis,
    );
    expect(op.input).toMatchObject({
      sourceUnitIds: ['a'],
      targetUnitId: 't',
      newUnit: null,
      newUnitParentId: null,
    });
  });

  it('splits into the listed new units', () => {
    const op = buildOperation(
      'SPLIT',
      {
        sourceUnitId: 's',
        newUnits: [
          { code: 'A', name: 'Phường An Hội', kindCode: 'COMMUNE', shortName: 'UBND' },
          { code: 'B', name: 'Xã Phú Hưng', kindCode: 'COMMUNE', legalPerson: false },
        ],
      },
      basis,
    );
    expect(op).toEqual({
      kind: 'SPLIT',
      input: {
        ...common,
        sourceUnitId: 's',
        newUnits: [
          {
            code: 'A',
            name: 'Phường An Hội',
            shortName: 'UBND',
            kindCode: 'COMMUNE',
            legalPerson: null,
          },
          {
            code: 'B',
            name: 'Xã Phú Hưng',
            shortName: null,
            kindCode: 'COMMUNE',
            legalPerson: false,
          },
        ],
      },
    });
  });

  it('dissolves, with the note when there is one', () => {
    expect(
      buildOperation('DISSOLVE', { unitId: 'u-1' }, { ...basis, note: ' theo đề án ' }),
    ).toEqual({
      kind: 'DISSOLVE',
      input: { ...common, note: 'theo đề án', unitId: 'u-1' },
    });
  });
});

describe('splitFieldErrors — which step a server message belongs to', () => {
  it('sends legal basis, effective date and note to step 2, the rest to step 1', () => {
    expect(
      splitFieldErrors({
        'input.legalBasis.number': ['Thiếu số văn bản.'],
        effectiveDate: ['Ngày có hiệu lực chưa đến.'],
        note: ['Quá dài.'],
        'input.newUnits.1.code': ['Mã đã tồn tại.'],
        sourceUnitIds: ['Chọn ít nhất hai đơn vị.'],
      }),
    ).toEqual({
      basis: {
        'input.legalBasis.number': ['Thiếu số văn bản.'],
        effectiveDate: ['Ngày có hiệu lực chưa đến.'],
        note: ['Quá dài.'],
      },
      operation: {
        'input.newUnits.1.code': ['Mã đã tồn tại.'],
        sourceUnitIds: ['Chọn ít nhất hai đơn vị.'],
      },
    });
  });
});
