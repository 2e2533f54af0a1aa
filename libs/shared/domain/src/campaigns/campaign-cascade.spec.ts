import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ADDRESSEE_STATUSES, campaignAddresseeStatus } from './campaign-cascade';

describe('campaignAddresseeStatus', () => {
  const today = '2024-09-10';

  it('answered on or before the deadline (or with none) is on time, after it late', () => {
    expect(
      campaignAddresseeStatus({ answeredOn: '2024-08-30', deadline: '2024-08-30' }, today),
    ).toBe('ANSWERED');
    expect(campaignAddresseeStatus({ answeredOn: '2024-09-01', deadline: null }, today)).toBe(
      'ANSWERED',
    );
    expect(
      campaignAddresseeStatus({ answeredOn: '2024-08-31', deadline: '2024-08-30' }, today),
    ).toBe('ANSWERED_LATE');
  });

  it('not answered: pending through the deadline day, overdue the day after', () => {
    expect(campaignAddresseeStatus({ answeredOn: null, deadline: today }, today)).toBe('PENDING');
    expect(campaignAddresseeStatus({ answeredOn: null, deadline: null }, today)).toBe('PENDING');
    expect(campaignAddresseeStatus({ answeredOn: null, deadline: '2024-09-09' }, today)).toBe(
      'OVERDUE',
    );
  });

  it('labels every status in Vietnamese', () => {
    expect(Object.keys(CAMPAIGN_ADDRESSEE_STATUSES)).toEqual([
      'ANSWERED',
      'ANSWERED_LATE',
      'PENDING',
      'OVERDUE',
    ]);
    expect(CAMPAIGN_ADDRESSEE_STATUSES.OVERDUE).toBe('Quá hạn, chưa ban hành');
  });
});
