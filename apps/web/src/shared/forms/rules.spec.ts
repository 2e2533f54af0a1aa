import { PERSON_CODE, UNIT_CODE } from '@thidua/shared-domain';
import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';

import { codeRule } from './rules';

/** Runs a rule's validator as antd would; resolves to the error message, or null when it passes. */
async function problem(rule: ReturnType<typeof codeRule>, value: unknown): Promise<string | null> {
  const r = typeof rule === 'function' ? rule({} as FormInstance) : rule;
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
