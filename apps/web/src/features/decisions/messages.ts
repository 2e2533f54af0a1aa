const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Khen thưởng đã có quyết định, in public (ADR 0022 §10): the page a certificate's QR code opens and
 * the lookup by name. Both are read by people without an account, so every sentence says what to do.
 */
export const publicAwardMessages = {
  // the verification page
  verifyTitle: 'Xác minh bằng khen, giấy khen',
  verifyIntro:
    'Thông tin dưới đây lấy từ quyết định khen thưởng đã ban hành, theo mã in dưới mã QR trên bằng, giấy khen.',
  verifiedTitle: 'Bằng, giấy khen có trong quyết định khen thưởng đã ban hành',
  verifiedCode: (code: string) => `Mã xác minh: ${code}`,
  notFoundTitle: 'Không tìm thấy bằng, giấy khen',
  notFoundText: (code: string) =>
    `Không tìm thấy bằng, giấy khen có mã ${code}. Hãy kiểm tra lại mã in dưới mã QR.`,
  codeFormTitle: 'Xác minh mã khác',
  codeLabel: 'Mã in dưới mã QR',
  codeWhat: 'mã in dưới mã QR',
  codePlaceholder: 'Ví dụ: 7K3M9QX2TD',
  verify: 'Xác minh',
  recipient: 'Tập thể, cá nhân được khen thưởng',
  unit: 'Đơn vị',
  award: 'Hình thức khen thưởng',
  decisionNumber: 'Số quyết định',
  decidedOn: 'Ngày quyết định',
  issuer: 'Cơ quan ban hành',
  goldBook: 'Số sổ vàng',
  year: 'Năm',
  none: 'Không có',
  decisionLine: (number: string, date: string) => `Quyết định số ${number} ngày ${date}`,

  // the lookup page
  lookupTitle: 'Tra cứu khen thưởng',
  lookupIntro:
    'Tra cứu các khen thưởng đã có quyết định theo họ tên người hoặc tên tập thể (không cần dấu), đơn vị và năm.',
  nameLabel: 'Họ tên hoặc tên tập thể',
  nameWhat: 'họ tên hoặc tên tập thể',
  namePlaceholder: 'Ví dụ: Nguyễn Thị Hoa hoặc nguyen thi hoa',
  unitLabel: 'Đơn vị (không bắt buộc)',
  yearLabel: 'Năm (không bắt buộc)',
  // the API's bounds (award-decision.inputs.ts Year), in its words
  yearRange: 'Năm phải từ 2000 đến 2100.',
  search: 'Tra cứu',
  found: (n: number, capped: boolean) =>
    capped ? `Tìm thấy hơn ${n} khen thưởng` : `Tìm thấy ${pad(n)} khen thưởng`,
  empty:
    'Không tìm thấy khen thưởng nào khớp với thông tin đã nhập. Hãy thử bỏ bớt đơn vị, năm hoặc chỉ nhập tên.',
  more: 'Xem thêm',
  toLookup: 'Tra cứu khen thưởng theo họ tên',
};
