import type { IsoDate } from '../org/dates';
import type { LegalDocumentKind } from './legal-documents';

/** A national document shipped with the system (no issuer unit: it belongs to no unit of a tree). */
export interface NationalLegalDocument {
  number: string;
  kind: LegalDocumentKind;
  issuingBody: string;
  /** null where the sources below do not give it */
  issuedOn: IsoDate | null;
  /** the trích yếu as the sources write it; null where they give none verbatim */
  title: string | null;
  effectiveFrom: IsoDate | null;
  /** last day in force (inclusive) */
  effectiveTo: IsoDate | null;
  /** the number of the national document that replaced it */
  replacedBy: string | null;
  note: string | null;
}

const UNVERIFIED = 'Chưa đối chiếu văn bản gốc: trích yếu và ngày còn thiếu cần bổ sung.';

/**
 * The national documents the domain reference (../shared/docs/domain.md §0, §6) and the four real
 * campaign plans (../shared/seeds) cite as căn cứ. Numbers, dates and titles are copied from them and
 * nothing else: where they give no date or no verbatim trích yếu the field is null (and the note says
 * so), for an officer to complete from the official text. Kept in step at every boot by
 * LegalService.syncNationalDocuments, which inserts the missing ones and fills only blank fields, so
 * an officer's corrections survive.
 */
export const NATIONAL_LEGAL_DOCUMENTS: readonly NationalLegalDocument[] = [
  {
    // domain.md §0: "(15/6/2022) In force from 01/01/2024; 8 chapters, 96 articles"
    number: '06/2022/QH15',
    kind: 'LUAT',
    issuingBody: 'Quốc hội',
    issuedOn: '2022-06-15',
    title: 'Luật Thi đua, khen thưởng',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    replacedBy: null,
    note: 'Gồm 8 chương, 96 điều.',
  },
  {
    // domain.md §0: "(31/12/2023) Repealed from 01/07/2025 (Điều 59 NĐ 152/2025)"; no trích yếu, no
    // effective date given
    number: '98/2023/NĐ-CP',
    kind: 'NGHI_DINH',
    issuingBody: 'Chính phủ',
    issuedOn: '2023-12-31',
    title: null,
    effectiveFrom: null,
    effectiveTo: '2025-06-30',
    replacedBy: '152/2025/NĐ-CP',
    note: `Hết hiệu lực từ ngày 01/07/2025 (Điều 59 Nghị định 152/2025/NĐ-CP). ${UNVERIFIED}`,
  },
  {
    // domain.md §0: "(14/6/2025) … Current decree, in force 01/07/2025; also repealed NĐ 28/2024/NĐ-CP"
    number: '152/2025/NĐ-CP',
    kind: 'NGHI_DINH',
    issuingBody: 'Chính phủ',
    issuedOn: '2025-06-14',
    title:
      'Quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    replacedBy: null,
    note: 'Thay thế Nghị định 98/2023/NĐ-CP và Nghị định 28/2024/NĐ-CP.',
  },
  {
    // domain.md §0: repealed by NĐ 152/2025, nothing else known
    number: '28/2024/NĐ-CP',
    kind: 'NGHI_DINH',
    issuingBody: 'Chính phủ',
    issuedOn: null,
    title: null,
    effectiveFrom: null,
    effectiveTo: '2025-06-30',
    replacedBy: '152/2025/NĐ-CP',
    note: `Bị bãi bỏ bởi Nghị định 152/2025/NĐ-CP (có hiệu lực từ 01/07/2025). ${UNVERIFIED}`,
  },
  {
    // domain.md §0: "Thông tư 01/2024/TT-BNV (guidance to NĐ 98) Replaced by Thông tư 15/2025/TT-BNV"
    number: '01/2024/TT-BNV',
    kind: 'THONG_TU',
    issuingBody: 'Bộ Nội vụ',
    issuedOn: null,
    title: null,
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: '15/2025/TT-BNV',
    note: `Hướng dẫn Nghị định 98/2023/NĐ-CP; được thay thế bởi Thông tư 15/2025/TT-BNV. ${UNVERIFIED}`,
  },
  {
    // domain.md §0: "signed 04/08/2025 by Bộ trưởng Phạm Thị Thanh Trà; guides Luật + NĐ 152. One note
    // says replacement effective 05/08/2025" ([M] for the date)
    number: '15/2025/TT-BNV',
    kind: 'THONG_TU',
    issuingBody: 'Bộ Nội vụ',
    issuedOn: '2025-08-04',
    title: null,
    effectiveFrom: '2025-08-05',
    effectiveTo: null,
    replacedBy: null,
    note:
      'Hướng dẫn Luật Thi đua, khen thưởng và Nghị định 152/2025/NĐ-CP; thay thế Thông tư 01/2024/TT-BNV. ' +
      'Bộ trưởng Phạm Thị Thanh Trà ký. Ngày hiệu lực 05/08/2025 theo một nguồn chưa đối chiếu. ' +
      UNVERIFIED,
  },
  {
    // domain.md §0 and §2.6: NĐ 129/2025 Điều 59 moves the district chairman's awards to the commune
    number: '129/2025/NĐ-CP',
    kind: 'NGHI_DINH',
    issuingBody: 'Chính phủ',
    issuedOn: null,
    title: null,
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note:
      'Phân định thẩm quyền của chính quyền địa phương 02 cấp (lĩnh vực Bộ Nội vụ); Điều 59 chuyển thẩm quyền ' +
      'khen thưởng của Chủ tịch UBND cấp huyện cho Chủ tịch UBND cấp xã. ' +
      UNVERIFIED,
  },
  {
    // domain.md §2.11: "Lương cơ sở: 2,340,000 VND/month from 01/07/2024 (NĐ 73/2024/NĐ-CP Điều 3)";
    // the rule parameter LUONG_CO_SO cites it
    number: '73/2024/NĐ-CP',
    kind: 'NGHI_DINH',
    issuingBody: 'Chính phủ',
    issuedOn: null,
    title: null,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    replacedBy: null,
    note: `Mức lương cơ sở 2.340.000 đồng/tháng từ ngày 01/07/2024 (Điều 3). ${UNVERIFIED}`,
  },
  {
    // domain.md §0, §5: "Nghị định 30/2020/NĐ-CP về công tác văn thư"
    number: '30/2020/NĐ-CP',
    kind: 'NGHI_DINH',
    issuingBody: 'Chính phủ',
    issuedOn: null,
    title: 'Về công tác văn thư',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: `Thể thức, kỹ thuật trình bày văn bản hành chính; số, ký hiệu văn bản. ${UNVERIFIED}`,
  },
  {
    // domain.md §6: "NQ 202/2025/QH15 (12/6/2025, effective same day) → 34 provincial units"
    number: '202/2025/QH15',
    kind: 'NGHI_QUYET',
    issuingBody: 'Quốc hội',
    issuedOn: '2025-06-12',
    title: null,
    effectiveFrom: '2025-06-12',
    effectiveTo: null,
    replacedBy: null,
    note: `Sắp xếp đơn vị hành chính cấp tỉnh: 34 tỉnh, thành phố (28 tỉnh, 6 thành phố trực thuộc trung ương). ${UNVERIFIED}`,
  },
  {
    // domain.md §6: "Luật Tổ chức chính quyền địa phương 72/2025/QH15": two-tier local government
    number: '72/2025/QH15',
    kind: 'LUAT',
    issuingBody: 'Quốc hội',
    issuedOn: null,
    title: 'Luật Tổ chức chính quyền địa phương',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: `Chính quyền địa phương 02 cấp (tỉnh; xã, phường, đặc khu) từ ngày 01/07/2025. ${UNVERIFIED}`,
  },
  {
    // seeds 001 and 003
    number: '34-CT/TW',
    kind: 'CHI_THI',
    issuingBody: 'Bộ Chính trị',
    issuedOn: '2014-04-07',
    title: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 001
    number: '05-CT/TW',
    kind: 'CHI_THI',
    issuingBody: 'Bộ Chính trị',
    issuedOn: '2016-05-15',
    title: 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seeds 001 and 002
    number: '01-KL/TW',
    kind: 'KET_LUAN',
    issuingBody: 'Bộ Chính trị',
    issuedOn: '2021-05-18',
    title:
      'Về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 001
    number: '35-CT/TW',
    kind: 'CHI_THI',
    issuingBody: 'Bộ Chính trị',
    issuedOn: '2024-06-14',
    title: 'Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 002: "theo Chỉ thị số 39/CT-TTg, ngày 15/10/2024 do Thủ tướng Chính phủ phát động: …"
    number: '39/CT-TTg',
    kind: 'CHI_THI',
    issuingBody: 'Thủ tướng Chính phủ',
    issuedOn: '2024-10-15',
    title: null,
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note:
      'Các phong trào thi đua do Thủ tướng Chính phủ phát động, trong đó có “Cả nước chung sức xây dựng nông thôn mới”, ' +
      '“Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”, “Cả nước chung tay xóa nhà tạm, nhà dột nát ' +
      'trong năm 2025”, “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”. ' +
      UNVERIFIED,
  },
  {
    // seed 002
    number: '21-KL/TW',
    kind: 'KET_LUAN',
    issuingBody: 'Ban Chấp hành Trung ương Đảng khóa XIII',
    issuedOn: '2021-10-25',
    title: 'Về xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 002
    number: '144-QĐ/TW',
    kind: 'QUY_DINH',
    issuingBody: 'Bộ Chính trị',
    issuedOn: '2024-05-09',
    title: 'Về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seeds 000 and 002
    number: '21-NQ/TW',
    kind: 'NGHI_QUYET',
    issuingBody: 'Ban Chấp hành Trung ương Đảng khóa XIII',
    issuedOn: '2022-06-16',
    title:
      'Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 002
    number: '25-NQ/TW',
    kind: 'NGHI_QUYET',
    issuingBody: 'Ban Chấp hành Trung ương Đảng khóa XI',
    issuedOn: '2013-06-03',
    title:
      'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 000
    number: '06/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuingBody: 'Thủ tướng Chính phủ',
    issuedOn: '2022-01-06',
    title:
      'Về phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
  {
    // seed 003
    number: '01/KH-HĐTĐKT',
    kind: 'KE_HOACH',
    issuingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
    issuedOn: '2024-05-20',
    title:
      'Về tổ chức Đại hội Thi đua yêu nước các cấp, các ngành tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI năm 2025',
    effectiveFrom: null,
    effectiveTo: null,
    replacedBy: null,
    note: null,
  },
];
