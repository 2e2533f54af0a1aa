import { ApiError } from '@thidua/web-data-access';
import { describe, expect, it } from 'vitest';

import { conflictMessage } from './versionedForm';

describe('conflictMessage', () => {
  it('is the API’s Vietnamese message of a CONFLICT, and nothing for any other failure', () => {
    const stale =
      'Đơn vị "Sở Nội vụ" vừa được người khác thay đổi. Vui lòng tải lại rồi thực hiện lại thao tác.';
    expect(conflictMessage(new ApiError('CONFLICT', stale))).toBe(stale);
    expect(
      conflictMessage(new ApiError('BAD_USER_INPUT', 'Địa chỉ email không hợp lệ.')),
    ).toBeNull();
    expect(conflictMessage(new Error('CONFLICT'))).toBeNull();
  });
});
