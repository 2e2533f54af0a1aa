import { isIsoDate } from '../org/dates';

/**
 * Field rules written once for every side: the API's input decorators, its services, the Excel import
 * columns and the SPA's forms. Before, the code patterns were written six times and the SPA's limits
 * had drifted from the API's (codes 64 vs 50, unit names 300 vs 255, hometown 300 vs 500): a value the
 * form accepted was refused by the server.
 */

/** A code format: what it accepts, the Vietnamese hint ("Mã … chỉ gồm …"), and its length limit. */
export interface CodeRule {
  readonly pattern: RegExp;
  readonly hint: string;
  readonly maxLength: number;
}

/** Unit and cluster codes: letters (any script, accents included), digits and . _ - */
export const UNIT_CODE: CodeRule = {
  pattern: /^[\p{L}\p{N}._-]+$/u,
  hint: 'chỉ gồm chữ, số và các ký tự . _ -',
  maxLength: 50,
};

/** Person codes ("Mã nhân sự"): as unit codes, plus / (agencies number staff like "TCCB/015"). */
export const PERSON_CODE: CodeRule = {
  pattern: /^[\p{L}\p{N}._/-]+$/u,
  hint: 'chỉ gồm chữ, số và các ký tự . _ / -',
  maxLength: 50,
};

/** Whether `value` (already trimmed) is a valid code under `rule`, length included. */
export function isValidCode(rule: CodeRule, value: string): boolean {
  return value.length <= rule.maxLength && rule.pattern.test(value);
}

/** Maximum lengths of free-text fields (characters), the same in inputs, columns and forms. */
export const TEXT_LIMITS = {
  unitName: 255,
  unitShortName: 50,
  address: 500,
  phone: 50,
  email: 200,
  personName: 200,
  ethnicity: 100,
  religion: 100,
  hometown: 500,
  positionTitle: 200,
  clusterName: 255,
  note: 2000,
  search: 200,
  /** số/ký hiệu: "152/2025/NĐ-CP", "0125/KH-UBND" */
  legalNumber: 100,
  /** cơ quan ban hành: "Ban Chấp hành Trung ương Đảng khóa XIII" */
  issuingBody: 255,
  /** trích yếu: the longest the national documents ship (06/QĐ-TTg) is 161 characters */
  legalTitle: 1000,
} as const;

/** The date rules of a person's own data, one name each (the import words them with its column names). */
export type PersonDateProblem =
  'futureBirth' | 'joinedWithoutMember' | 'futureJoined' | 'joinedBeforeBirth';

/** What the API and the SPA say for each (the Excel import has its own wording, per column). */
export const PERSON_DATE_MESSAGES: Record<PersonDateProblem, string> = {
  futureBirth: 'Ngày sinh không được sau ngày hôm nay.',
  joinedWithoutMember: 'Chỉ nhập ngày vào Đảng khi là đảng viên.',
  futureJoined: 'Ngày vào Đảng không được sau ngày hôm nay.',
  joinedBeforeBirth: 'Ngày vào Đảng phải sau ngày sinh.',
};

/**
 * A person's date rules: born no later than today; a party joining date only for a member, no later
 * than today and after the birth. Dates are "YYYY-MM-DD" (compared as strings); one that is not a
 * valid date is the caller's own message and is skipped here, except that a member-less joining date
 * is refused whatever it holds. At most one problem per field.
 */
export function personDateProblems(
  p: { dateOfBirth?: string | null; partyMember: boolean; partyJoinedOn?: string | null },
  today: string,
): { field: 'dateOfBirth' | 'partyJoinedOn'; problem: PersonDateProblem }[] {
  const out: { field: 'dateOfBirth' | 'partyJoinedOn'; problem: PersonDateProblem }[] = [];
  const born = isDate(p.dateOfBirth) ? p.dateOfBirth : null;
  if (born && born > today) out.push({ field: 'dateOfBirth', problem: 'futureBirth' });
  const joined = p.partyJoinedOn ?? null;
  if (joined !== null && !p.partyMember)
    out.push({ field: 'partyJoinedOn', problem: 'joinedWithoutMember' });
  else if (joined !== null && isDate(joined)) {
    if (joined > today) out.push({ field: 'partyJoinedOn', problem: 'futureJoined' });
    else if (born && joined <= born)
      out.push({ field: 'partyJoinedOn', problem: 'joinedBeforeBirth' });
  }
  return out;
}

function isDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && isIsoDate(value);
}
