import { formatNumber } from '@thidua/shared-domain';

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

/** "1.234.000 đ": an amount in đồng as the danh sách prints it. */
export const formatDong = (amount: number) => `${formatNumber(amount)} đ`;

/**
 * Quyết định khen thưởng in the signed-in app (ADR 0022): the list, drafting from a round's nominees
 * appraised "đạt", the draft's editable parts, the issue, the downloads and the certificates.
 */
export const decisionsMessages = {
  nav: 'Quyết định khen thưởng',
  shortcut: 'Soạn, ký ban hành quyết định khen thưởng, in giấy chứng nhận',
  title: 'Quyết định khen thưởng',
  subtitle:
    'Quyết định của các đơn vị ban hành bạn được xem: dự thảo từ các đề nghị đạt thẩm định, ký ban hành, in giấy chứng nhận.',

  // list
  searchLabel: 'Tìm quyết định',
  searchPlaceholder: 'Tìm theo hình thức khen thưởng, trích yếu hoặc số, ký hiệu',
  statusFilter: 'Lọc theo trạng thái',
  anyStatus: 'Mọi trạng thái',
  issuerFilter: 'Lọc theo đơn vị ban hành',
  anyIssuer: 'Mọi đơn vị ban hành',
  roundFilter: 'Lọc theo đợt xét khen thưởng',
  anyRound: 'Mọi đợt xét khen thưởng',
  yearFilter: 'Lọc theo năm xét khen thưởng',
  yearPlaceholder: 'Năm',
  sortLabel: 'Sắp xếp danh sách quyết định',
  // the API's AwardDecisionSort, in the officer's words
  sorts: {
    NEWEST: 'Mới soạn trước',
    ISSUED_DESC: 'Số, ngày ban hành: mới nhất trước',
    ISSUED_ASC: 'Số, ngày ban hành: cũ nhất trước',
    AWARD_NAME: 'Tên hình thức khen thưởng (A → Z)',
  } as Record<string, string>,
  empty: 'Chưa có quyết định khen thưởng nào.',
  emptyCanDraft:
    'Chưa có quyết định khen thưởng nào. Bắt đầu bằng "Soạn dự thảo quyết định" từ một đợt xét khen thưởng đã thẩm định.',
  emptyFiltered: 'Không có quyết định nào phù hợp với điều kiện lọc.',
  numberColumn: 'Số, ký hiệu',
  subjectColumn: 'Trích yếu',
  issuerColumn: 'Đơn vị ban hành',
  roundColumn: 'Đợt xét khen thưởng',
  statusColumn: 'Trạng thái',
  notNumbered: 'Chưa cấp số',
  numberLine: (symbol: string, date: string | null) => (date ? `${symbol} ngày ${date}` : symbol),
  statuses: { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành', REVOKED: 'Đã thu hồi' } as Record<
    string,
    string
  >,
  kinds: { FORM: 'Hình thức khen thưởng', TITLE: 'Danh hiệu thi đua' } as Record<string, string>,

  // drafting
  draft: 'Soạn dự thảo quyết định',
  draftTitle: 'Soạn dự thảo quyết định khen thưởng',
  draftIntro:
    'Chọn đợt xét khen thưởng và đơn vị ban hành: danh sách dưới đây là các đề nghị đạt thẩm định trong hồ sơ do đơn vị đó (hoặc đơn vị cấp dưới) tiếp nhận. Mỗi quyết định tặng một danh hiệu hoặc một hình thức khen thưởng.',
  round: 'Đợt xét khen thưởng',
  roundWhat: 'đợt xét khen thưởng',
  roundPlaceholder: 'Tìm đợt theo tên',
  issuer: 'Đơn vị ban hành',
  issuerWhat: 'đơn vị ban hành',
  issuerHelp:
    'Đơn vị của người có thẩm quyền quyết định (UBND tỉnh, Sở, UBND xã…); mặc định là đơn vị tiếp nhận hồ sơ của đợt.',
  candidatesLoading: 'Đang tải các đề nghị đạt thẩm định…',
  noCandidates:
    'Đợt này chưa có đề nghị nào đạt thẩm định trong hồ sơ do đơn vị ban hành (hoặc đơn vị cấp dưới) tiếp nhận.',
  allTaken: 'Mọi đề nghị đạt thẩm định của đợt đã có trong quyết định khen thưởng.',
  award: 'Danh hiệu, hình thức khen thưởng',
  awardWhat: 'danh hiệu, hình thức khen thưởng',
  awardOption: (name: string, free: number, total: number) =>
    free === total
      ? `${name} (${pad(free)} đề nghị)`
      : `${name} (${pad(free)}/${pad(total)} đề nghị chưa có quyết định)`,
  nominees: 'Tập thể, cá nhân đưa vào quyết định',
  nomineesWhat: 'ít nhất một tập thể, cá nhân',
  selectAll: 'Chọn tất cả',
  selectedCount: (n: number, total: number) => `Đã chọn ${pad(n)}/${pad(total)}`,
  nomineeLine: (name: string, unit: string) => `${name} — ${unit}`,
  takenBy: 'Đã có trong quyết định khác',
  openTaken: 'Xem quyết định',
  createDraft: 'Tạo dự thảo',
  drafted: 'Đã tạo dự thảo quyết định khen thưởng.',

  // the decision's page
  fallbackTitle: 'Quyết định khen thưởng',
  draftHeading: (award: string) => `Dự thảo quyết định tặng ${award}`,
  issuedHeading: (symbol: string) => `Quyết định số ${symbol}`,
  draftNotice:
    'Đây là dự thảo: số, ký hiệu và ngày để trống, được cấp từ sổ đăng ký văn bản khi ký ban hành. Bản .docx tải về là bản xem trước.',
  issuedNotice: (by: string | null, at: string) =>
    by
      ? `Đã ký ban hành lúc ${at} (${by}). Quyết định đã ban hành không sửa được.`
      : `Đã ký ban hành lúc ${at}. Quyết định đã ban hành không sửa được.`,
  readOnlyDraft:
    'Bạn được xem dự thảo này nhưng không có quyền sửa (cần quyền soạn quyết định tại đơn vị ban hành).',
  facts: 'Thông tin chung',
  contentTitle: 'Nội dung quyết định',
  recipientsTitle: 'Danh sách kèm theo',
  kind: 'Loại',
  track: 'Loại hình khen thưởng',
  year: 'Năm',
  decidedOn: 'Ngày quyết định',
  number: 'Số, ký hiệu',
  none: 'Không có',

  // downloads
  downloadDocx: 'Tải .docx',
  downloadPdf: 'Tải PDF',
  downloadFailed: 'Không tải được tệp',
  docxName: 'quyet-dinh-khen-thuong.docx',
  pdfName: 'quyet-dinh-khen-thuong.pdf',
  rewardsExport: 'Xuất tiền thưởng (Excel)',
  rewardsExportHelp:
    'Bảng tiền thưởng theo thứ tự danh sách, kèm tổng cộng, để chuyển bộ phận tài chính, kế toán chi trả.',
  rewardsName: 'tien-thuong-quyet-dinh.xlsx',

  // the editable parts
  subject: 'Trích yếu (sau "Về việc")',
  subjectWhat: 'trích yếu',
  authority: 'Người có thẩm quyền quyết định',
  authorityWhat: 'người có thẩm quyền quyết định',
  authorityHelp: 'Dòng in trên phần căn cứ, ví dụ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH".',
  achievement: 'Thành tích (Điều 1)',
  achievementWhat: 'thành tích',
  bases: 'Căn cứ',
  basesHelp: 'Mỗi dòng một căn cứ, không cần chữ "Căn cứ" ở đầu.',
  councilBody: 'Biên bản họp Hội đồng',
  councilBodyHelp: 'Ví dụ "Hội đồng Thi đua - Khen thưởng tỉnh"; bỏ trống nếu không dẫn biên bản.',
  councilDate: 'Ngày họp Hội đồng',
  proposalBy: 'Đơn vị, người đề nghị',
  proposalByHelp: 'Dòng "Xét đề nghị của …", ví dụ "Giám đốc Sở Nội vụ".',
  proposalReference: 'Tờ trình đề nghị',
  proposalReferenceHelp:
    'Ví dụ "Tờ trình số 12/TTr-SNV ngày 02/10/2025"; bỏ trống cả hai dòng nếu không dẫn.',
  rewardFunding: 'Nguồn kinh phí tiền thưởng (Điều 2)',
  rewardFundingHelp:
    'Bỏ trống: quyết định không kèm tiền thưởng (không có Điều 2, không ghi số tiền).',
  rewardBasis: 'Căn cứ mức tiền thưởng',
  executors: 'Cơ quan, đơn vị thi hành (Điều 3)',
  receivers: 'Nơi nhận',
  linesHelp: 'Mỗi dòng một mục.',
  archive: 'Lưu',
  archiveWhat: 'nơi lưu',
  place: 'Địa danh',
  placeWhat: 'địa danh',
  signerTitle: 'Người ký',
  signingLines: 'Quyền hạn ký',
  signingLinesHelp:
    'Ví dụ "TM. Ủy ban nhân dân" rồi "KT. Chủ tịch" (NĐ 30/2020 Điều 13); tối đa 3 dòng.',
  signingAuthority: 'Quyền hạn',
  signingOf: 'Thay mặt, ký thay cho',
  addSigningLine: 'Thêm dòng quyền hạn ký',
  removeSigningLine: (n: number) => `Bỏ dòng quyền hạn ký ${n}`,
  signerPosition: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  signerHelp: 'Cần chức vụ và họ tên người ký trước khi ký ban hành.',
  saved: 'Đã lưu dự thảo quyết định.',
  linesTooMany: (label: string, max: number) => `${label} tối đa ${max} dòng.`,
  lineTooLong: (label: string, max: number) =>
    `Mỗi dòng ${label.toLowerCase()} tối đa ${max} ký tự.`,

  // recipients
  position: 'STT',
  recipient: 'Tập thể, cá nhân',
  recipientAward: 'Hình thức',
  multiplier: 'Hệ số',
  amount: 'Tiền thưởng',
  goldBook: 'Số sổ vàng',
  certificateCode: 'Mã xác minh',
  noMultiplier: 'Cần nhập',
  noAmount: '—',
  total: 'Tổng cộng',
  totalLine: (n: number, amount: string) =>
    `${pad(n)} tập thể, cá nhân · tổng tiền thưởng ${amount}`,
  countLine: (n: number) => `${pad(n)} tập thể, cá nhân`,
  noMoney: 'Quyết định không kèm tiền thưởng (chưa ghi nguồn kinh phí).',
  baseSalaryNote: (salary: string) =>
    `Tiền thưởng = hệ số × lương cơ sở ${salary}, làm tròn lên hàng chục nghìn đồng; tính lại theo lương cơ sở ngày ký ban hành.`,
  editMultiplier: (name: string) => `Sửa hệ số tiền thưởng của ${name}`,
  multiplierTitle: (name: string) => `Hệ số tiền thưởng — ${name}`,
  multiplierLabel: 'Hệ số (× lương cơ sở)',
  multiplierHelp: 'Ví dụ 0,3; 1,0; 1,5. Bỏ trống: không có tiền thưởng cho người này.',
  multiplierSaved: 'Đã lưu hệ số tiền thưởng.',
  removeRecipient: (name: string) => `Bỏ ${name} khỏi danh sách`,
  removeRecipientTitle: (name: string) => `Bỏ "${name}" khỏi dự thảo?`,
  removeRecipientText:
    'Người này ra khỏi danh sách kèm theo; đề nghị của họ có thể được đưa vào một quyết định khác.',
  removeRecipientOk: 'Bỏ khỏi danh sách',
  recipientRemoved: 'Đã bỏ khỏi danh sách.',
  noRecipients: 'Danh sách kèm theo chưa có ai.',

  // delete, issue
  deleteDraft: 'Xóa dự thảo',
  deleteTitle: 'Xóa dự thảo quyết định này?',
  deleteText:
    'Dự thảo và danh sách kèm theo bị xóa; các đề nghị trong danh sách có thể được đưa vào quyết định khác.',
  deleted: 'Đã xóa dự thảo quyết định.',
  issue: 'Ký ban hành',
  issueTitle: 'Ký ban hành quyết định khen thưởng?',
  issueText: (issuer: string, n: number) =>
    `Quyết định được cấp số, ký hiệu tiếp theo trong sổ đăng ký văn bản của ${issuer}, mang ngày hôm nay; tiền thưởng tính lại theo lương cơ sở ngày ban hành; ${pad(n)} tập thể, cá nhân được ghi khen thưởng vào hồ sơ thành tích và được cấp số sổ vàng, mã xác minh. Sau khi ban hành, quyết định không sửa, không xóa được.`,
  issueNeedsSigner:
    'Chưa có chức vụ, họ tên người ký: hãy ghi ở phần "Người ký" rồi lưu trước khi ký ban hành.',
  issued: (symbol: string) => `Đã ban hành Quyết định số ${symbol}.`,
  issueFailed: 'Chưa ký ban hành được',
  actionFailed: 'Không thực hiện được',

  // certificates
  certificatesTitle: 'Giấy chứng nhận (bằng khen, giấy khen)',
  certificatesIntro:
    'In toàn bộ bằng khen, giấy khen của quyết định thành một tệp (mỗi giấy một trang A4 ngang). Mỗi giấy in mã QR kèm mã xác minh: quét mã QR sẽ mở trang xác minh công khai /xac-minh/<mã>, nơi bất kỳ ai cũng kiểm tra được người được khen, hình thức, số quyết định và số sổ vàng.',
  certificatesDraft: 'Giấy chứng nhận in được sau khi quyết định được ký ban hành.',
  print: 'In giấy chứng nhận',
  printAgain: 'In lại giấy chứng nhận',
  printStarted: 'Đã bắt đầu in giấy chứng nhận.',
  printFailed: 'Không in được giấy chứng nhận',
  progressTitle: 'Đang in giấy chứng nhận',
  progressLabel: 'Tiến độ in giấy chứng nhận',
  queued: 'Đang chờ máy chủ bắt đầu in…',
  progressText: (done: string, total: string) => `Đã in ${done} / ${total} giấy`,
  printDone: 'Đã in xong giấy chứng nhận.',
  printJobFailed: 'In giấy chứng nhận không thành công',
  lastPrinted: 'Bản in gần nhất:',
  certificatesPdf: 'Tải giấy chứng nhận (PDF)',
  certificatesDocx: 'Tải giấy chứng nhận (.docx)',
  certificatesPdfName: 'giay-chung-nhan.pdf',
  certificatesDocxName: 'giay-chung-nhan.docx',
  noPdf: 'Máy chủ chưa chuyển được sang PDF (chưa cài LibreOffice): hãy tải bản .docx.',
  verifyLink: (code: string) => `Mở trang xác minh mã ${code}`,
};
