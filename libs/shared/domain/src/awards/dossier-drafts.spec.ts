import { describe, expect, it } from 'vitest';
import { achievementReportKind, dossierSendMissing } from './dossier-drafts';

describe('report kinds', () => {
  it('follows the track, then the subject', () => {
    expect(achievementReportKind('PHONG_TRAO', 'INDIVIDUAL')).toBe('CHUYEN_DE');
    expect(achievementReportKind('PHONG_TRAO', 'COLLECTIVE')).toBe('CHUYEN_DE');
    expect(achievementReportKind('DOT_XUAT', 'COLLECTIVE')).toBe('DOT_XUAT');
    expect(achievementReportKind('CONG_HIEN', 'INDIVIDUAL')).toBe('CONG_HIEN');
    expect(achievementReportKind('CONG_TRANG', 'INDIVIDUAL')).toBe('CONG_TRANG_CA_NHAN');
    expect(achievementReportKind('NIEN_HAN', 'COLLECTIVE')).toBe('CONG_TRANG_TAP_THE');
    // no công trạng form names a household: it reports on the chuyên đề form
    expect(achievementReportKind('CONG_TRANG', 'HOUSEHOLD')).toBe('CHUYEN_DE');
  });
});

describe('what keeps a dossier from being sent, once it drafts its documents', () => {
  const hoa = { id: 'n1', name: 'Nguyễn Thị Hoa', awardCode: 'CSTD_CO_SO' };
  const binh = { id: 'n2', name: 'Trần Văn Bình', awardCode: null };

  it('never misses the tờ trình; a report counts when uploaded or signed off', () => {
    expect(
      dossierSendMissing(
        'ANNUAL',
        [hoa, binh],
        [
          { kind: 'BIEN_BAN', nominationId: null },
          { kind: 'BAO_CAO_THANH_TICH', nominationId: 'n2' },
        ],
        new Set(),
      ),
    ).toEqual([
      'Thiếu chứng nhận sáng kiến, đề tài của Nguyễn Thị Hoa.',
      'Báo cáo thành tích của Nguyễn Thị Hoa chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.',
    ]);
    expect(
      dossierSendMissing(
        'ANNUAL',
        [binh],
        [{ kind: 'BIEN_BAN', nominationId: null }],
        new Set(['n2']),
      ),
    ).toEqual([]);
  });

  it('says "báo cáo tóm tắt" where the simplified procedures ask for one, and needs no biên bản', () => {
    expect(dossierSendMissing('AD_HOC', [binh], [], new Set())).toEqual([
      'Báo cáo tóm tắt thành tích của Trần Văn Bình chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.',
    ]);
    expect(dossierSendMissing('DEDICATION', [], [], new Set())).toEqual([
      'Chưa có tập thể, cá nhân nào được đề nghị.',
    ]);
  });
});
