import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor } from './connection';

describe('cursors', () => {
  it('round-trip values', () => {
    const cursor = encodeCursor(['Nguyễn Văn A', 'f0a3']);
    expect(decodeCursor(cursor, 2)).toEqual(['Nguyễn Văn A', 'f0a3']);
  });

  it('reject garbage with a Vietnamese field error', () => {
    for (const bad of ['%%%', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        fail('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('BAD_USER_INPUT');
        expect((e as AppError).fields).toEqual({ after: ['Con trỏ phân trang không hợp lệ.'] });
      }
    }
  });
});
