import { PERSON_CODE, UNIT_CODE } from '@thidua/shared-domain';
import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';

import { codeRule, personDateRule } from './rules';

/** Runs a rule's validator as antd would; resolves to the error message, or null when it passes. */
async function problem(
  rule: ReturnType<typeof codeRule>,
  value: unknown,
  form: Record<string, unknown> = {},
): Promise<string | null> {
  const r =
    typeof rule === 'function'
      ? rule({ getFieldValue: (name: string) => form[name] } as unknown as FormInstance)
      : rule;
  try {
    await r.validator?.({}, value, () => undefined);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('codeRule', () => {
  it("refuses what the API refuses, in the API's words", async () => {
    expect(await problem(codeRule(UNIT_CODE, 'Mã đơn vị'), 'PHONG TCHC')).toBe(
      'Mã đơn vị chỉ gồm chữ, số và các ký tự . _ -.',
    );
    expect(await problem(codeRule(UNIT_CODE, 'Mã đơn vị'), 'A/B')).not.toBeNull();
    expect(await problem(codeRule(UNIT_CODE, 'Mã đơn vị'), 'X'.repeat(51))).toBe(
      'Mã đơn vị không được dài quá 50 ký tự.',
    );
  });

  it('accepts valid codes and leaves blank to the required rule', async () => {
    expect(await problem(codeRule(UNIT_CODE, 'Mã đơn vị'), 'Sở-NV_1.2')).toBeNull();
    expect(await problem(codeRule(PERSON_CODE, 'Mã nhân sự'), 'TCCB/015')).toBeNull();
    expect(await problem(codeRule(PERSON_CODE, 'Mã nhân sự'), ' SNV-0007 ')).toBeNull();
    expect(await problem(codeRule(PERSON_CODE, 'Mã nhân sự'), '')).toBeNull();
    expect(await problem(codeRule(PERSON_CODE, 'Mã nhân sự'), undefined)).toBeNull();
  });
});

describe('personDateRule', () => {
  it("applies the API's date rules to the person form, in its words", async () => {
    const born = { dateOfBirth: '1990-08-15', partyMember: true };
    expect(await problem(personDateRule('dateOfBirth'), null, { dateOfBirth: '2999-01-01' })).toBe(
      'Ngày sinh không được sau ngày hôm nay.',
    );
    expect(
      await problem(personDateRule('partyJoinedOn'), null, {
        ...born,
        partyJoinedOn: '1990-08-15',
      }),
    ).toBe('Ngày vào Đảng phải sau ngày sinh.');
    expect(
      await problem(personDateRule('partyJoinedOn'), null, {
        ...born,
        partyJoinedOn: '2015-02-03',
      }),
    ).toBeNull();
    expect(await problem(personDateRule('dateOfBirth'), null, born)).toBeNull();
  });
});
