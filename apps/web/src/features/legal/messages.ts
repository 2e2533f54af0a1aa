import {
  LEGAL_DOCUMENT_KINDS,
  LEGAL_DOCUMENT_STATUSES,
  type LegalDocumentKind,
  type LegalDocumentStatus,
} from '@thidua/shared-domain';

/** `t.legal`: the registry of legal and guiding documents (văn bản căn cứ). */
export const legalMessages = {
  legal: {
    pageTitle: 'Văn bản căn cứ',
    subtitle:
      'Luật, nghị định, thông tư, chỉ thị, nghị quyết, kế hoạch, hướng dẫn… mà phong trào thi đua, hồ sơ và quyết định khen thưởng viện dẫn làm căn cứ.',
    /** the kinds' and statuses' labels are the API's own (@thidua/shared-domain) */
    kinds: LEGAL_DOCUMENT_KINDS as Record<LegalDocumentKind, string>,
    statuses: LEGAL_DOCUMENT_STATUSES as Record<LegalDocumentStatus, string>,
    add: 'Thêm văn bản',
    searchLabel: 'Tìm kiếm văn bản căn cứ',
    searchPlaceholder:
      'Tìm theo loại, số ký hiệu, trích yếu, cơ quan ban hành (ví dụ: nghi dinh 152)',
    kindFilter: 'Lọc theo loại văn bản',
    allKinds: 'Mọi loại văn bản',
    effectiveOnFilter: 'Có hiệu lực vào ngày',
    includeReplaced: 'Gồm văn bản đã được thay thế',
    emptyFiltered: 'Không có văn bản phù hợp',
    document: 'Văn bản',
    number: 'Số, ký hiệu',
    numberWhat: 'số, ký hiệu',
    numberHelp: 'Ví dụ: 152/2025/NĐ-CP, 34-CT/TW, 0125/KH-UBND.',
    kind: 'Loại văn bản',
    kindWhat: 'loại văn bản',
    title: 'Trích yếu',
    titleWhat: 'trích yếu',
    noTitle: 'Chưa có trích yếu (cần đối chiếu văn bản gốc)',
    issuingBody: 'Cơ quan ban hành',
    issuingBodyWhat: 'cơ quan ban hành',
    issuingBodyHelp: 'Như ghi trên văn bản, ví dụ "Chính phủ", "Ủy ban nhân dân tỉnh Bắc Kạn".',
    issuerUnit: 'Đơn vị ban hành trong hệ thống',
    issuerUnitHelp:
      'Chọn khi văn bản do một đơn vị trong hệ thống ban hành (kế hoạch, hướng dẫn của tỉnh, xã…). Bỏ trống: văn bản trung ương.',
    national: 'Văn bản trung ương',
    issuedOn: 'Ngày ban hành',
    effectiveFrom: 'Ngày có hiệu lực',
    effectiveTo: 'Ngày hết hiệu lực',
    effectiveToHelp: 'Ngày cuối cùng văn bản còn hiệu lực.',
    validity: 'Hiệu lực',
    unknownDate: 'chưa rõ',
    /** "01/07/2025 – nay", "– 30/06/2025", "chưa rõ" */
    period: (from: string | null, to: string | null) =>
      from || to ? `${from ?? '…'} – ${to ?? 'nay'}` : 'chưa rõ',
    status: 'Trạng thái',
    note: 'Ghi chú',
    replacedBy: 'Được thay thế bởi',
    replaces: 'Thay thế các văn bản',
    replacesNone: 'Không thay thế văn bản nào.',
    details: 'Chi tiết',
    edit: 'Sửa',
    createTitle: 'Thêm văn bản căn cứ',
    create: 'Thêm văn bản',
    created: (name: string) => `Đã thêm ${name}.`,
    editTitle: (name: string) => `Sửa: ${name}`,
    updated: 'Đã cập nhật văn bản.',
    markReplaced: 'Đánh dấu bị thay thế',
    markReplacedTitle: (name: string) => `${name} được thay thế bởi`,
    replacement: 'Văn bản thay thế',
    replacementWhat: 'văn bản thay thế',
    replacementPlaceholder: 'Tìm văn bản thay thế theo số ký hiệu, trích yếu',
    replacementEffectiveTo: 'Ngày cuối cùng còn hiệu lực',
    replacementEffectiveToHelp:
      'Bỏ trống: lấy ngày trước ngày văn bản thay thế có hiệu lực (nếu đã biết).',
    replaceConfirmTitle: (name: string, replacement: string) =>
      `Ghi nhận ${name} đã được thay thế bởi ${replacement}?`,
    replaceConfirmText:
      'Văn bản sẽ không còn hiện trong danh sách văn bản đang có hiệu lực (trừ khi chọn "Gồm văn bản đã được thay thế").',
    replaceOk: 'Ghi nhận thay thế',
    replaced: 'Đã ghi nhận văn bản thay thế.',
    withdrawReplacement: 'Bỏ ghi nhận thay thế',
    withdrawConfirmTitle: (name: string) => `Bỏ ghi nhận thay thế của ${name}?`,
    withdrawConfirmText: 'Ngày hết hiệu lực đã ghi vẫn được giữ; sửa văn bản nếu cần bỏ.',
    withdrawn: 'Đã bỏ ghi nhận thay thế.',
  },
};
