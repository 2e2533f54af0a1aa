import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor } from './connection';

describe('cursors', () => {
  it('round-trip values', () => {
    const cursor = encodeCursor(['Nguyễn Văn A', 'f0a3']);
    expect(decodeCursor(cursor, 2)).toEqual(['Nguyễn Văn A', 'f0a3']);
  });

  it('reject garbage with a Vietnamese field error', () => {
    for (const bad of [
      '%%%',
      encodeCursor(['only-one']),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      // Not try { …; fail() }: Jest 30 has no fail(); the ReferenceError landed in the catch as "the error".
      let error: unknown;
      try {
        decodeCursor(bad, 2);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).fields).toEqual({ after: ['Con trỏ phân trang không hợp lệ.'] });
    }
  });
});
