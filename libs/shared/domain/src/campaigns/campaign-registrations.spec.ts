import { describe, expect, it } from 'vitest';
import { campaignReviewDeadline, isRegistrationEditable } from './campaign-registrations';

describe('registrations and reviews', () => {
  it('a registration is editable until sent, and again once returned', () => {
    expect(isRegistrationEditable('DRAFT')).toBe(true);
    expect(isRegistrationEditable('RETURNED')).toBe(true);
    expect(isRegistrationEditable('SUBMITTED')).toBe(false);
    expect(isRegistrationEditable('APPROVED')).toBe(false);
  });

  it('takes a review’s deadline from the first milestone that names the round', () => {
    const plan = {
      periodTo: '2025-12-31',
      milestones: [
        { date: '2025-10-15', label: 'Hội nghị TỔNG KẾT đợt thi đua' },
        { date: '2025-07-10', label: 'Sơ kết 6 tháng' },
        { date: '2025-06-30', label: 'Sơ kết quý II' },
        { date: '2025-03-01', label: 'Hội nghị phát động' },
      ],
    };
    expect(campaignReviewDeadline('MIDTERM', plan)).toBe('2025-06-30');
    expect(campaignReviewDeadline('FINAL', plan)).toBe('2025-10-15');
  });

  it('without such a milestone: tổng kết by the period’s end, sơ kết never late', () => {
    const plan = {
      periodTo: '2025-12-31',
      milestones: [{ date: '2025-03-01', label: 'Phát động' }],
    };
    expect(campaignReviewDeadline('FINAL', plan)).toBe('2025-12-31');
    expect(campaignReviewDeadline('MIDTERM', plan)).toBeNull();
    expect(
      campaignReviewDeadline('MIDTERM', { periodTo: '2025-12-31', milestones: null }),
    ).toBeNull();
  });
});
