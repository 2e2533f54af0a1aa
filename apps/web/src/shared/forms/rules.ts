import {
  checkPassword,
  PERSON_DATE_MESSAGES,
  personDateProblems,
  todayInVietnam,
  type CodeRule,
} from '@thidua/shared-domain';
import type { FormRule } from 'antd';

import { t } from '../../i18n/entry';

export const required = (what: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t.validation.required(what),
});

export const requiredChoice = (what: string): FormRule => ({
  required: true,
  message: t.validation.requiredChoice(what),
});

export const emailRule: FormRule = { type: 'email', message: t.validation.email };

/** The shared password policy (@thidua/shared-domain), the same check the API runs. */
export const passwordPolicyRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.length === 0) return;
    const problem = checkPassword(value);
    if (problem) throw new Error(problem);
  },
};

/**
 * A code field (unit, cluster, person), with the API's own rule from @thidua/shared-domain: the form
 * refuses what the server would, in the same words ("Mã đơn vị chỉ gồm chữ, số và các ký tự . _ -.").
 */
export const codeRule = (rule: CodeRule, label: string): FormRule => ({
  validator: async (_rule, value: unknown) => {
    // surrounding spaces are trimmed before sending, as the forms do with every text
    const code = typeof value === 'string' ? value.trim() : '';
    if (code === '') return;
    if (code.length > rule.maxLength)
      throw new Error(`${label} không được dài quá ${rule.maxLength} ký tự.`);
    if (!rule.pattern.test(code)) throw new Error(`${label} ${rule.hint}.`);
  },
});

/**
 * A person's date (`dateOfBirth` or `partyJoinedOn`, read with `partyMember` from the same form) under
 * the API's date rules and words (@thidua/shared-domain): not after today, joined after the birth.
 */
export const personDateRule =
  (field: 'dateOfBirth' | 'partyJoinedOn'): FormRule =>
  ({ getFieldValue }) => ({
    validator: async () => {
      const found = personDateProblems(
        {
          dateOfBirth: getFieldValue('dateOfBirth') ?? null,
          partyMember: Boolean(getFieldValue('partyMember')),
          partyJoinedOn: getFieldValue('partyJoinedOn') ?? null,
        },
        todayInVietnam(),
      ).find((p) => p.field === field);
      if (found) throw new Error(PERSON_DATE_MESSAGES[found.problem]);
    },
  });

/** "Nhập lại mật khẩu" must equal the field `otherField`. */
export const sameAs =
  (otherField: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== getFieldValue(otherField))
        throw new Error(t.validation.passwordsDiffer);
    },
  });

/** Empty optional inputs are sent as null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
