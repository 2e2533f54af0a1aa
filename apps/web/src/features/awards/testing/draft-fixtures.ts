import type {
  AchievementReportItem,
  AwardDossierDetail,
  AwardDossierDrafts,
  ToTrinhDraftItem,
} from '@thidua/web-data-access';

import { dossier } from './fixtures';

/**
 * Nguyễn Thị Hoa's báo cáo thành tích as the API composes it for the office's round (ADR 0020): never
 * saved (version 0), her profile from the people module, the plan's targets against the unit's tổng
 * kết, her evaluations and awards from the records.
 */
export function achievementReport(
  overrides: Partial<AchievementReportItem> = {},
): AchievementReportItem {
  return {
    nominationId: 'n-hoa',
    dossierId: 'dossier-1',
    kind: 'CHUYEN_DE',
    form: 'Mẫu số 03',
    name: 'Nguyễn Thị Hoa',
    award: 'Giấy khen của Chánh Văn phòng',
    drafted: true,
    draftedAt: '2025-07-02T02:00:00.000Z',
    version: 0,
    signedOffAt: null,
    signedOffByName: null,
    uploaded: false,
    documentId: null,
    downloadPath: '/api/award-dossiers/dossier-1/nominees/n-hoa/report.docx',
    content: {
      period: 'Đợt thi đua đặc biệt năm 2025',
      profile: [
        { label: 'Họ và tên', value: 'Nguyễn Thị Hoa' },
        { label: 'Chức vụ, đơn vị công tác', value: 'Chuyên viên, Phòng Tổng hợp' },
      ],
      background: 'Phòng Tổng hợp có 10 cán bộ.',
      commitments: '- Đăng ký danh hiệu Lao động tiên tiến.',
      targets: [{ name: 'Tỷ lệ hồ sơ đúng hạn', planned: '≥ 95 %', achieved: '98 %' }],
      measures: '',
      results: 'Hoàn thành xuất sắc nhiệm vụ tổ chức Đại hội.',
      lessons: '',
      evaluations: [{ year: 2024, result: 'Hoàn thành xuất sắc nhiệm vụ' }],
      priorAwards: [{ year: 2023, award: 'Lao động tiên tiến', decision: null }],
      initiatives: [],
      author: { title: 'Người báo cáo', name: 'Nguyễn Thị Hoa' },
      confirmer: { title: 'Chánh Văn phòng', name: 'Trần Văn Nam' },
    },
    ...overrides,
  };
}

/** The office's tờ trình as composed (Mẫu số 01), not numbered before the first send. */
export function toTrinhDraft(overrides: Partial<ToTrinhDraftItem> = {}): ToTrinhDraftItem {
  return {
    dossierId: 'dossier-1',
    form: 'Mẫu số 01',
    number: null,
    symbol: null,
    numberedOn: null,
    drafted: true,
    draftedAt: '2025-07-02T02:00:00.000Z',
    version: 0,
    uploaded: false,
    documentId: null,
    downloadPath: '/api/award-dossiers/dossier-1/to-trinh.docx',
    awards: [
      { award: 'Giấy khen của Chánh Văn phòng', collectives: 1, individuals: 1, households: 0 },
    ],
    content: {
      place: 'Bắc Kạn',
      subject: 'đề nghị tặng Giấy khen của Chánh Văn phòng',
      addressees: ['Chánh Văn phòng'],
      bases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
      councilMinutes: null,
      summary: 'Văn phòng đề nghị khen thưởng 02 trường hợp.',
      authority: 'Chánh Văn phòng',
      recipients: ['Như trên'],
      archive: 'VT',
      signer: {
        on: [{ authority: 'KT', of: 'Chánh Văn phòng' }],
        title: 'Phó Chánh Văn phòng',
        name: 'Lê Văn Bình',
      },
    },
    ...overrides,
  };
}

/** The drafts of `d` (the fixtures' dossier): the tờ trình and a composed report per nominee. */
export function dossierDrafts(
  d: AwardDossierDetail = dossier(),
  reports: Record<string, AchievementReportItem | null> = {},
): NonNullable<AwardDossierDrafts> {
  return {
    id: d.id,
    toTrinh: toTrinhDraft({ dossierId: d.id }),
    nominees: d.nominees.map((n) => ({
      id: n.id,
      report:
        n.id in reports
          ? (reports[n.id] ?? null)
          : achievementReport({
              nominationId: n.id,
              dossierId: d.id,
              name: n.name,
              award: n.awardName,
              downloadPath: `/api/award-dossiers/${d.id}/nominees/${n.id}/report.docx`,
            }),
    })),
  };
}
