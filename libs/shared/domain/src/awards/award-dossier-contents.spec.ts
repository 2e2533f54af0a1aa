import { describe, expect, it } from 'vitest';
import {
  dossierChanges,
  dossierMissingDocuments,
  isUnchanged,
  sameAwardForm,
  type DossierSnapshot,
} from './award-dossier-contents';

describe('dossier completeness', () => {
  const hoa = { id: 'n1', name: 'Nguyễn Thị Hoa', awardCode: 'CSTD_CO_SO' };
  const binh = { id: 'n2', name: 'Trần Văn Bình', awardCode: 'GIAY_KHEN' };

  it('lists every required document missing, per nominee, with the sáng kiến of a CSTĐ', () => {
    expect(
      dossierMissingDocuments(
        'ANNUAL',
        [hoa, binh],
        [{ kind: 'BAO_CAO_THANH_TICH', nominationId: 'n2' }],
      ),
    ).toEqual([
      'Thiếu tờ trình đề nghị khen thưởng.',
      'Thiếu biên bản họp xét khen thưởng.',
      'Thiếu báo cáo thành tích của Nguyễn Thị Hoa.',
      'Thiếu chứng nhận sáng kiến, đề tài của Nguyễn Thị Hoa.',
    ]);
  });

  it('asks no biên bản under the simplified procedure, and a báo cáo tóm tắt', () => {
    expect(
      dossierMissingDocuments('AD_HOC', [binh], [{ kind: 'TO_TRINH', nominationId: null }]),
    ).toEqual(['Thiếu báo cáo tóm tắt thành tích của Trần Văn Bình.']);
    expect(
      dossierMissingDocuments('AD_HOC', [], [{ kind: 'TO_TRINH', nominationId: null }]),
    ).toEqual(['Chưa có tập thể, cá nhân nào được đề nghị.']);
  });
});

describe('award forms as plans write them', () => {
  it('ignores accents, case and the usual abbreviations', () => {
    expect(
      sameAwardForm(
        'Bằng khen của Chủ tịch UBND tỉnh',
        'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      ),
    ).toBe(true);
    expect(sameAwardForm('giay khen cua chanh van phong', 'Giấy khen của Chánh Văn phòng')).toBe(
      true,
    );
    expect(sameAwardForm('Giấy khen', 'Giấy khen của Chánh Văn phòng')).toBe(false);
  });
});

describe('what changed since the last send', () => {
  const before: DossierSnapshot = {
    nominees: [
      {
        id: 'n1',
        subject: 'INDIVIDUAL',
        name: 'Nguyễn Thị Hoa',
        awardName: 'Giấy khen',
        achievements: 'a',
        who: 'p1',
      },
      {
        id: 'n2',
        subject: 'INDIVIDUAL',
        name: 'Trần Văn Bình',
        awardName: 'Giấy khen',
        achievements: 'b',
        who: 'p2',
      },
    ],
    documents: [
      {
        id: 'd1',
        kind: 'TO_TRINH',
        nominationId: null,
        content: 'x',
        label: 'Tờ trình đề nghị khen thưởng',
      },
      {
        id: 'd2',
        kind: 'BAO_CAO_THANH_TICH',
        nominationId: 'n1',
        content: 'y',
        label: 'Báo cáo thành tích của Nguyễn Thị Hoa',
      },
      {
        id: 'd3',
        kind: 'BAO_CAO_THANH_TICH',
        nominationId: 'n2',
        content: 'z',
        label: 'Báo cáo thành tích của Trần Văn Bình',
      },
      {
        id: 'd4',
        kind: 'OTHER',
        nominationId: null,
        content: 'o',
        label: 'Tài liệu kèm theo: a.pdf',
      },
    ],
  };

  it('names nominees added, removed, edited and documents replaced, added, removed', () => {
    const after: DossierSnapshot = {
      nominees: [
        { ...before.nominees[0]!, achievements: 'a2', awardName: 'Bằng khen' },
        {
          id: 'n3',
          subject: 'COLLECTIVE',
          name: 'Phòng Tổng hợp',
          awardName: 'Giấy khen',
          achievements: '',
          who: 'u1',
        },
      ],
      documents: [
        { ...before.documents[0]! },
        { ...before.documents[1]!, id: 'd5', content: 'y2' },
        {
          id: 'd6',
          kind: 'BAO_CAO_THANH_TICH',
          nominationId: 'n3',
          content: 'q',
          label: 'Báo cáo thành tích của Phòng Tổng hợp',
        },
        {
          id: 'd7',
          kind: 'BIEN_BAN',
          nominationId: null,
          content: 'm',
          label: 'Biên bản họp xét khen thưởng',
        },
      ],
    };
    const changes = dossierChanges(before, after);
    expect(changes).toEqual({
      nomineesAdded: ['Phòng Tổng hợp'],
      nomineesRemoved: ['Trần Văn Bình'],
      nomineesEdited: ['Nguyễn Thị Hoa: hình thức đề nghị, tóm tắt thành tích'],
      // the new nominee's report and the removed one's are said by the nominee lines
      documentsAdded: ['Biên bản họp xét khen thưởng'],
      documentsRemoved: ['Tài liệu kèm theo: a.pdf'],
      documentsReplaced: ['Báo cáo thành tích của Nguyễn Thị Hoa'],
    });
    expect(isUnchanged(changes)).toBe(false);
    expect(isUnchanged(dossierChanges(before, before))).toBe(true);
  });
});
