import { describe, expect, it } from 'vitest';
import {
  isValidCode,
  PERSON_CODE,
  personDateProblems,
  TEXT_LIMITS,
  UNIT_CODE,
} from './field-rules';

describe('code rules', () => {
  it('accept letters of any script with accents, digits and the listed punctuation', () => {
    for (const code of ['SNV', 'PHONG-TCHC', 'ubnd.xa_1', 'Sở-Nội-vụ', 'ĐOÀN_TN']) {
      expect(isValidCode(UNIT_CODE, code)).toBe(true);
      expect(isValidCode(PERSON_CODE, code)).toBe(true);
    }
    expect(isValidCode(PERSON_CODE, 'TCCB/015')).toBe(true);
  });

  it('refuse spaces, other punctuation, empty and too long codes; / only in person codes', () => {
    for (const code of ['', 'A B', 'A,B', "A'B", 'A;B', '<x>', 'x'.repeat(51)]) {
      expect(isValidCode(UNIT_CODE, code)).toBe(false);
      expect(isValidCode(PERSON_CODE, code)).toBe(false);
    }
    expect(isValidCode(UNIT_CODE, 'TCCB/015')).toBe(false);
    expect(isValidCode(UNIT_CODE, 'x'.repeat(50))).toBe(true);
  });

  it('hint at what the pattern allows', () => {
    expect(UNIT_CODE.hint).toContain('. _ -');
    expect(PERSON_CODE.hint).toContain('. _ / -');
  });

  it('limits text as the API inputs do', () => {
    expect(TEXT_LIMITS).toMatchObject({
      unitName: 255,
      personName: 200,
      hometown: 500,
      note: 2000,
    });
  });
});

describe('personDateProblems', () => {
  const today = '2026-12-06';
  const problems = (p: Parameters<typeof personDateProblems>[0]) =>
    personDateProblems(p, today).map((x) => `${x.field}:${x.problem}`);

  it('accepts a past birth and a later joining date of a member, and today itself', () => {
    expect(
      problems({ dateOfBirth: '1990-08-15', partyMember: true, partyJoinedOn: '2015-02-03' }),
    ).toEqual([]);
    expect(problems({ dateOfBirth: today, partyMember: true, partyJoinedOn: null })).toEqual([]);
    expect(problems({ partyMember: false })).toEqual([]);
  });

  it('refuses a future birth, a joining date without membership, in the future or not after the birth', () => {
    expect(problems({ dateOfBirth: '2026-12-07', partyMember: false })).toEqual([
      'dateOfBirth:futureBirth',
    ]);
    expect(problems({ partyMember: false, partyJoinedOn: '2015-02-03' })).toEqual([
      'partyJoinedOn:joinedWithoutMember',
    ]);
    expect(problems({ partyMember: false, partyJoinedOn: 'not a date' })).toEqual([
      'partyJoinedOn:joinedWithoutMember',
    ]);
    expect(problems({ partyMember: true, partyJoinedOn: '2027-01-01' })).toEqual([
      'partyJoinedOn:futureJoined',
    ]);
    expect(
      problems({ dateOfBirth: '1990-08-15', partyMember: true, partyJoinedOn: '1990-08-15' }),
    ).toEqual(['partyJoinedOn:joinedBeforeBirth']);
  });

  it('leaves dates that are not dates to the caller', () => {
    expect(
      problems({ dateOfBirth: '2099-02-30', partyMember: true, partyJoinedOn: '2099-13-01' }),
    ).toEqual([]);
  });
});
