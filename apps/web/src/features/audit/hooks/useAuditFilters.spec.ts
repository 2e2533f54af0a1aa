import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { formatAuditValue } from '../auditFormat';
import { dayBounds } from './useAuditFilters';

describe('dayBounds', () => {
  it('turns picked calendar days into the whole days in Vietnam time (UTC+7)', () => {
    expect(dayBounds([dayjs('2025-03-05'), dayjs('2025-03-06')])).toEqual({
      from: '2025-03-04T17:00:00.000Z',
      to: '2025-03-06T16:59:59.999Z',
    });
  });
});

describe('formatAuditValue', () => {
  it('shows JSON-encoded values readably', () => {
    expect(formatAuditValue(JSON.stringify('Sở Nội vụ'))).toBe('Sở Nội vụ');
    expect(formatAuditValue(JSON.stringify(true))).toBe('Có');
    expect(formatAuditValue(JSON.stringify(['USER_READ', 'AUDIT_READ']))).toBe(
      'USER_READ, AUDIT_READ',
    );
    expect(formatAuditValue(JSON.stringify('2025-03-05T07:07:00.000Z'))).toBe('05/03/2025 14:07');
    expect(formatAuditValue(null)).toBe('(trống)');
    expect(formatAuditValue('not json')).toBe('not json');
  });
});
