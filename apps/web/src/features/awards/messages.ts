import {
  ACHIEVEMENT_REPORT_KINDS,
  APPRAISAL_VERDICTS,
  AWARD_ROUND_KINDS,
  AWARD_ROUND_STATUSES,
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  DOSSIER_ACTIONS,
  DOSSIER_DOCUMENT_KINDS,
  DOSSIER_STATUSES,
  NOTICE_COMMENT_KINDS,
  NOTICE_OUTCOMES,
  NOTICE_PHASES,
  PUBLIC_NOTICE_LIMITS,
} from '@thidua/shared-domain';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Đợt xét khen thưởng and hồ sơ đề nghị khen thưởng (module awards, ADR 0019): the rounds list, the
 * proposing unit's dossiers, the receiving unit's inbox, the dossier page. Imported by the feature
 * directly (as campaigns' congress and covenants texts are), so the shared catalog stays untouched.
 */
export const awardsMessages = {
  /** the labels are the API's own (@thidua/shared-domain) */
  roundKinds: AWARD_ROUND_KINDS as Record<string, string>,
  roundStatuses: AWARD_ROUND_STATUSES as Record<string, string>,
  tracks: AWARD_TRACKS as Record<string, string>,
  subjects: AWARD_SUBJECTS as Record<string, string>,
  statuses: DOSSIER_STATUSES as Record<string, string>,
  actions: DOSSIER_ACTIONS as Record<string, string>,
  documentKinds: DOSSIER_DOCUMENT_KINDS as Record<string, string>,
  verdicts: APPRAISAL_VERDICTS as Record<string, string>,
  /** the history's entries: every routing action, plus the two that are not moves */
  eventActions: {
    ...(DOSSIER_ACTIONS as Record<string, string>),
    CREATE: 'Lập hồ sơ',
    ESCALATE: 'Đề nghị cấp trên khen thưởng',
    // the council's verdicts recorded at its session's close (module councils, ADR 0023)
    COUNCIL: 'Hội đồng xét',
  } as Record<string, string>,

  // navigation
  nav: {
    rounds: 'Đợt xét khen thưởng',
    dossiers: 'Hồ sơ đề nghị khen thưởng',
    inbox: 'Hồ sơ gửi đến',
  },
  shortcuts: {
    rounds: 'Các đợt xét khen thưởng đang nhận hồ sơ: hình thức, số lượng và hạn nộp.',
    dossiers: 'Lập, bổ sung và gửi hồ sơ đề nghị khen thưởng của đơn vị.',
    inbox: 'Hồ sơ các đơn vị gửi đến: tiếp nhận, trả lại, thẩm định.',
  },

  // rounds list
  roundsTitle: 'Đợt xét khen thưởng',
  roundsSubtitle:
    'Đơn vị tiếp nhận mở đợt xét; các đơn vị gửi hồ sơ đề nghị trong đợt. Đợt theo phong trào lấy hình thức, số lượng và hạn nộp từ kế hoạch thi đua đã ban hành.',
  addRound: 'Mở đợt xét',
  roundSearchLabel: 'Tìm đợt xét khen thưởng',
  roundSearchPlaceholder: 'Tìm theo tên đợt (không cần dấu)',
  kindFilter: 'Lọc theo loại đợt',
  anyKind: 'Mọi loại đợt',
  yearFilter: 'Lọc theo năm',
  anyYear: 'Mọi năm',
  roundStatusFilter: 'Lọc theo trạng thái đợt',
  anyRoundStatus: 'Mọi trạng thái',
  roundsEmpty: 'Chưa có đợt xét khen thưởng nào.',
  roundsEmptyCanCreate: 'Chưa có đợt xét khen thưởng nào. Bắt đầu bằng "Mở đợt xét".',
  roundsEmptyFiltered: 'Không có đợt xét nào phù hợp với điều kiện lọc.',
  round: 'Đợt xét',
  receivingUnit: 'Đơn vị tiếp nhận',
  year: 'Năm',
  deadline: 'Hạn nộp',
  noDeadline: 'Không đặt hạn',
  status: 'Trạng thái',
  actionsColumn: 'Thao tác',
  editRound: (title: string) => `Sửa đợt "${title}"`,
  closeRound: 'Đóng đợt',
  reopenRound: 'Mở lại',
  closeRoundTitle: (title: string) => `Đóng đợt "${title}"?`,
  closeRoundText:
    'Đợt đã đóng không nhận hồ sơ mới và không nhận lần gửi đầu tiên; hồ sơ đã gửi vẫn được xử lý, hồ sơ bị trả lại vẫn được gửi lại.',
  reopenRoundTitle: (title: string) => `Mở lại đợt "${title}"?`,
  reopenRoundText: 'Các đơn vị lại được lập và gửi hồ sơ trong đợt này.',
  roundClosed: 'Đã đóng đợt xét.',
  roundReopened: 'Đã mở lại đợt xét.',
  proposeIn: 'Lập hồ sơ',
  proposeInLabel: (title: string) => `Lập hồ sơ trong đợt "${title}"`,

  // round form
  createRoundTitle: 'Mở đợt xét khen thưởng',
  roundKind: 'Loại đợt',
  roundKindWhat: 'loại đợt',
  roundKindHelp: 'Không đổi được sau khi mở đợt.',
  campaignPlan: 'Kế hoạch thi đua',
  campaignPlanWhat: 'kế hoạch thi đua đã ban hành',
  campaignPlanHelp:
    'Kế hoạch đã ban hành mà đợt xét khen thưởng theo; đợt lấy hình thức, số lượng và hạn nộp của kế hoạch.',
  campaignPlanPlaceholder: 'Tìm kế hoạch đã ban hành theo trích yếu',
  planForms: 'Hình thức khen thưởng của kế hoạch',
  planNoForms: 'Kế hoạch không nêu hình thức khen thưởng: đợt không giới hạn hình thức.',
  planQuotas: 'Số lượng khen thưởng (mỗi đơn vị đề nghị)',
  planNoQuotas: 'Kế hoạch không giới hạn số lượng.',
  planDeadline: (date: string) => `Hạn nộp theo kế hoạch: ${date}`,
  planLoading: 'Đang tải phần khen thưởng của kế hoạch…',
  roundTitle: 'Tên đợt',
  roundTitleWhat: 'tên đợt',
  roundTitlePlaceholder: 'Khen thưởng Đợt thi đua đặc biệt năm 2025',
  receivingUnitWhat: 'đơn vị tiếp nhận',
  receivingUnitHelp:
    'Đơn vị tiếp nhận hồ sơ cho cấp có thẩm quyền (cần quyền mở đợt xét tại đơn vị). Đợt theo phong trào: đơn vị ban hành kế hoạch hoặc đơn vị trực thuộc.',
  track: 'Loại hình khen thưởng',
  trackHelp:
    'Đợt theo phong trào luôn là "Phong trào thi đua, chuyên đề" (NĐ 152/2025 Điều 4 k.3).',
  yearWhat: 'năm xét',
  deadlineHelpCampaign: 'Bỏ trống: theo hạn nộp trong kế hoạch.',
  decidingAuthority: 'Cấp có thẩm quyền quyết định',
  decidingAuthorityWhat: 'cấp có thẩm quyền quyết định',
  decidingAuthorityHelpCampaign: 'Bỏ trống: theo người ký kế hoạch.',
  decidingAuthorityPlaceholder: 'Chủ tịch UBND tỉnh',
  note: 'Ghi chú',
  createRound: 'Mở đợt xét',
  roundCreated: (title: string) => `Đã mở đợt xét "${title}".`,
  roundUpdated: 'Đã lưu thay đổi của đợt xét.',
  quotaLine: (q: {
    form: string;
    collectives?: number | null;
    individuals?: number | null;
    either?: number | null;
    per?: string | null;
  }) => {
    const parts: string[] = [];
    if (q.either != null) parts.push(`không quá ${pad(q.either)} tập thể hoặc cá nhân`);
    if (q.collectives != null) parts.push(`không quá ${pad(q.collectives)} tập thể`);
    if (q.individuals != null) parts.push(`không quá ${pad(q.individuals)} cá nhân`);
    return `${q.form}: ${parts.join(', ') || 'không giới hạn'}${q.per ? ` (${q.per})` : ''}`;
  },

  // dossiers lists
  dossiersTitle: 'Hồ sơ đề nghị khen thưởng',
  dossiersSubtitle:
    'Hồ sơ của các đơn vị trong phạm vi của bạn: lập, bổ sung đề nghị và tài liệu, gửi đơn vị tiếp nhận và theo dõi kết quả.',
  inboxTitle: 'Hồ sơ gửi đến',
  inboxSubtitle:
    'Hồ sơ các đơn vị gửi tới đơn vị tiếp nhận trong phạm vi của bạn: tiếp nhận, trả lại kèm ý kiến, thẩm định, chuyển Hội đồng.',
  addDossier: 'Lập hồ sơ',
  dossierSearchLabel: 'Tìm hồ sơ theo người được đề nghị',
  dossierSearchPlaceholder: 'Tên tập thể, cá nhân được đề nghị (không cần dấu)',
  roundFilter: 'Lọc theo đợt xét',
  anyRound: 'Mọi đợt xét',
  statusFilter: 'Lọc theo trạng thái hồ sơ',
  anyStatus: 'Mọi trạng thái',
  lateFilter: 'Lọc theo hạn nộp',
  anyLate: 'Đúng hạn và sau hạn',
  lateOnly: 'Chỉ hồ sơ gửi sau hạn',
  onTimeOnly: 'Chỉ hồ sơ gửi đúng hạn',
  dossiersEmpty: 'Đơn vị của bạn chưa có hồ sơ đề nghị khen thưởng nào.',
  dossiersEmptyCanCreate:
    'Chưa có hồ sơ đề nghị khen thưởng nào. Chọn một đợt xét đang nhận hồ sơ rồi bấm "Lập hồ sơ".',
  inboxEmpty: 'Chưa có hồ sơ nào được gửi đến các đơn vị tiếp nhận trong phạm vi của bạn.',
  dossiersEmptyFiltered: 'Không có hồ sơ nào phù hợp với điều kiện lọc.',
  proposingUnit: 'Đơn vị đề nghị',
  nomineesCount: 'Số đề nghị',
  submittedAt: 'Gửi lần gần nhất',
  notSubmitted: 'Chưa gửi',
  /** a send after the round's deadline: accepted, flagged for the receiver's judgement */
  late: 'Gửi sau hạn',
  lateHelp: 'Lần gửi gần nhất sau hạn nộp hồ sơ của đợt.',

  // create dossier
  createDossierTitle: 'Lập hồ sơ đề nghị khen thưởng',
  roundWhat: 'đợt xét',
  roundPlaceholder: 'Chọn đợt xét đang nhận hồ sơ',
  roundHelp: 'Mỗi đơn vị lập một hồ sơ trong một đợt xét.',
  unitWhat: 'đơn vị đề nghị',
  unitHelp: 'Đơn vị đề nghị khen thưởng (cần quyền lập hồ sơ tại đơn vị).',
  createDossier: 'Lập hồ sơ',
  dossierCreated: 'Đã lập hồ sơ. Thêm tập thể, cá nhân được đề nghị và tài liệu rồi gửi.',

  // dossier page
  dossierTitle: (unit: string) => `Hồ sơ đề nghị khen thưởng — ${unit}`,
  dossierFallbackTitle: 'Hồ sơ đề nghị khen thưởng',
  roundOf: 'Đợt xét',
  receivedAt: 'Tiếp nhận lúc',
  dossierNote: 'Ghi chú',
  deleteDossier: 'Xóa hồ sơ',
  deleteDossierTitle: 'Xóa hồ sơ chưa gửi?',
  deleteDossierText: 'Hồ sơ, các đề nghị và tài liệu của hồ sơ bị xóa. Không hoàn tác được.',
  dossierDeleted: 'Đã xóa hồ sơ.',
  readOnlyNotice:
    'Hồ sơ đang ở đơn vị tiếp nhận hoặc đã có kết quả: đề nghị và tài liệu không sửa được.',
  returnedNotice: 'Hồ sơ bị trả lại',
  returnedNoticeText: (reason: string) =>
    `${reason} Sửa theo ý kiến bên dưới rồi gửi lại; lần gửi lại ghi những gì đã thay đổi.`,
  quotaTitle: 'Đối chiếu số lượng khen thưởng của kế hoạch',

  // nominees
  nomineesTitle: 'Tập thể, cá nhân được đề nghị',
  nomineesEmpty: 'Chưa có tập thể, cá nhân nào được đề nghị.',
  nomineesEmptyCanEdit: 'Chưa có tập thể, cá nhân nào được đề nghị. Bắt đầu bằng "Thêm đề nghị".',
  addNominee: 'Thêm đề nghị',
  nomineeName: 'Tập thể, cá nhân',
  subject: 'Đối tượng',
  subjectWhat: 'đối tượng',
  award: 'Hình thức đề nghị',
  achievements: 'Tóm tắt thành tích',
  eligibility: 'Kiểm tra điều kiện',
  /** a nominee with no stored verdict (none is invented: ADR 0019 §7) */
  eligibilityNotChecked: 'Chưa kiểm tra',
  eligibilityNotCheckedHelp:
    'Hệ thống chưa kiểm tra điều kiện, tiêu chuẩn của đề nghị này; cán bộ tự đối chiếu theo quy định.',
  /** short tags; the API's ELIGIBILITY_VERDICTS say the same at length */
  eligibilityVerdicts: {
    ELIGIBLE: 'Đủ điều kiện',
    NOT_ELIGIBLE: 'Chưa đủ điều kiện',
    TO_CONFIRM: 'Cần xác nhận',
  } as Record<string, string>,
  eligibilityVerdictHelp: {
    ELIGIBLE: 'Đạt mọi điều kiện, tiêu chuẩn tính được theo quy định áp dụng.',
    NOT_ELIGIBLE: 'Có điều kiện chưa đạt: hồ sơ không gửi được khi còn đề nghị này.',
    TO_CONFIRM:
      'Đạt các điều kiện tính được; cán bộ cần xác nhận các tiêu chuẩn còn lại trước khi gửi.',
  } as Record<string, string>,
  eligibilityDetails: (name: string) => `Điều kiện, tiêu chuẩn của ${name}`,
  eligibilityRule: (basis: string) => `Quy định áp dụng: ${basis}`,
  eligibilityOn: (on: string, stage: string) =>
    `Ngày xét ${on}${
      stage === 'SUBMIT'
        ? ' (kiểm tra khi gửi hồ sơ)'
        : stage === 'CHECK'
          ? ' (kiểm tra lại cả danh sách)'
          : ' (kiểm tra khi thêm, sửa đề nghị)'
    }`,
  eligibilityManual: 'Kiểm tra thủ công',
  conditionMet: 'Đạt',
  conditionNotMet: 'Chưa đạt',
  conditionToConfirm: 'Cần xác nhận',
  conditionBasis: 'Căn cứ',
  uncertain: 'cần đối chiếu văn bản',
  uncertainHelp:
    'Nội dung này được suy luận, chưa đối chiếu với văn bản gốc: cán bộ kiểm tra lại trước khi dùng.',
  // the running clock (DOSSIER_CLOCKS: 05 working days to receive, 20 to appraise)
  dueColumn: 'Hạn xử lý',
  clocks: {
    RECEPTION: 'Tiếp nhận hoặc trả lại (05 ngày làm việc)',
    APPRAISAL: 'Thẩm định (20 ngày làm việc)',
  } as Record<string, string>,
  deadlineStatuses: {
    OVERDUE: 'Quá hạn',
    DUE_SOON: 'Sắp đến hạn',
    ON_TRACK: 'Trong hạn',
  } as Record<string, string>,
  notEligibleNotice: (names: string[]) =>
    `Chưa đủ điều kiện, tiêu chuẩn: ${names.join(', ')}. Hồ sơ sẽ không gửi được nếu khi gửi vẫn chưa đạt; xem chi tiết ở từng đề nghị.`,
  overdueFilter: 'Lọc theo hạn xử lý',
  overdueOnly: 'Quá hạn',
  notOverdue: 'Chưa quá hạn',
  appraisal: 'Kết quả thẩm định',
  notAppraised: 'Chưa thẩm định',
  editNominee: (name: string) => `Sửa đề nghị ${name}`,
  removeNominee: (name: string) => `Bỏ đề nghị ${name}`,
  removeNomineeTitle: (name: string) => `Bỏ ${name} khỏi hồ sơ?`,
  removeNomineeText: 'Báo cáo thành tích và chứng nhận của đề nghị này cũng bị bỏ khỏi hồ sơ.',
  removeNomineeOk: 'Bỏ đề nghị',
  nomineeRemoved: 'Đã bỏ đề nghị khỏi hồ sơ.',
  addNomineeTitle: 'Thêm tập thể, cá nhân được đề nghị',
  person: 'Cá nhân',
  personWhat: 'cá nhân',
  personHelp: 'Cán bộ đang công tác tại đơn vị đề nghị hoặc đơn vị cấp dưới.',
  personPlaceholder: 'Tìm theo họ tên hoặc mã cán bộ',
  collectiveUnit: 'Tập thể',
  collectiveUnitWhat: 'tập thể',
  collectiveUnitHelp: 'Đơn vị đề nghị hoặc một đơn vị cấp dưới.',
  householdName: 'Tên hộ gia đình',
  householdNameWhat: 'tên hộ gia đình',
  householdNamePlaceholder: 'Hộ ông Nguyễn Văn A',
  householdAddress: 'Địa chỉ',
  householdAddressWhat: 'địa chỉ hộ gia đình',
  awardForm: 'Hình thức khen thưởng (theo kế hoạch)',
  awardFormWhat: 'hình thức khen thưởng',
  awardFormHelp: 'Đợt theo kế hoạch chỉ nhận các hình thức kế hoạch nêu.',
  awardCode: 'Danh hiệu, hình thức',
  awardCodeWhat: 'danh hiệu, hình thức',
  awardCodeHelp: (subject: string, track: string) =>
    `Các danh hiệu, hình thức tặng cho ${subject.toLowerCase()} theo loại hình "${track}" của đợt.`,
  achievementsHelp: 'Tóm tắt thành tích nổi bật; báo cáo đầy đủ tải lên ở phần tài liệu.',
  initiatives: 'Sáng kiến, đề tài làm căn cứ',
  initiativesHelp:
    'Sáng kiến, đề tài của cán bộ được tính khi kiểm tra điều kiện, tiêu chuẩn; khi gửi hồ sơ, mỗi sáng kiến bị khóa cho đề nghị này.',
  initiativesPlaceholder: 'Chọn sáng kiến, đề tài của cán bộ',
  initiativesNone: 'Cán bộ chưa có sáng kiến, đề tài nào được ghi nhận.',
  initiativeOption: (title: string, scope: string, recognisedOn: string) =>
    `${title} — phạm vi ${scope}, công nhận ${recognisedOn}`,
  initiativeUsedFor: (awardName: string, year: number, reference: string) =>
    `đã dùng cho ${awardName} năm ${year} (${reference})`,
  initiativeOutOfView: 'Sáng kiến, đề tài ngoài phạm vi xem',
  nomineeAdded: (name: string) => `Đã thêm ${name} vào hồ sơ.`,
  nomineeUpdated: 'Đã lưu đề nghị.',

  // documents
  documentsTitle: 'Thành phần hồ sơ',
  missingTitle: 'Hồ sơ còn thiếu',
  complete: 'Hồ sơ đủ thành phần bắt buộc.',
  slotEmpty: 'Chưa có',
  upload: 'Tải lên',
  replace: 'Thay tệp',
  uploadLabel: (slot: string) => `Tải lên: ${slot}`,
  uploadHelp: 'PDF, Word (.docx), ảnh PNG, JPEG; tối đa 10 MB.',
  uploaded: (name: string) => `Đã tải lên ${name}.`,
  uploadFailed: 'Không tải lên được',
  badType: (name: string) =>
    `Tệp "${name}" không thuộc loại được nhận: chỉ nhận PDF, Word (.docx), ảnh PNG, JPEG.`,
  tooLarge: (name: string) => `Tệp "${name}" quá lớn. Dung lượng tối đa là 10 MB.`,
  download: (name: string) => `Tải ${name}`,
  downloadFailed: 'Không tải được tệp',
  removeDocument: (name: string) => `Bỏ tài liệu ${name}`,
  removeDocumentTitle: (name: string) => `Bỏ "${name}" khỏi hồ sơ?`,
  documentRemoved: 'Đã bỏ tài liệu khỏi hồ sơ.',
  writtenText: 'Nội dung nhập trực tiếp',
  writeText: 'Nhập nội dung',
  writeTextTitle: (slot: string) => `Nhập nội dung: ${slot}`,
  textWhat: 'nội dung',
  textSaved: 'Đã lưu nội dung.',
  reused: 'Dùng lại từ hồ sơ cấp dưới',
  attachments: 'Tài liệu kèm theo',
  noAttachments: 'Không có tài liệu kèm theo.',
  forNominee: (name: string) => `của ${name}`,
  documentLabel: (kind: string, nominee: string | null) =>
    nominee ? `${kind} của ${nominee}` : kind,

  // routing
  confirm: {
    SUBMIT: {
      title: 'Gửi hồ sơ tới đơn vị tiếp nhận?',
      text: 'Sau khi gửi, đề nghị và tài liệu không sửa được; trước khi đơn vị tiếp nhận mở hồ sơ, có thể rút lại để sửa.',
    },
    RECALL: {
      title: 'Rút hồ sơ về để sửa?',
      text: 'Hồ sơ trở về trạng thái đang lập; lần gửi lại ghi những gì đã thay đổi.',
    },
    RECEIVE: {
      title: 'Tiếp nhận hồ sơ?',
      text: 'Hồ sơ chuyển sang thẩm định (thời hạn thẩm định 20 ngày làm việc tính từ khi tiếp nhận).',
    },
    FORWARD_TO_COUNCIL: {
      title: 'Chuyển hồ sơ tới Hội đồng xét?',
      text: 'Các đề nghị đạt thẩm định được đưa vào danh sách chờ Hội đồng thi đua – khen thưởng xét.',
    },
  } as Record<string, { title: string; text: string }>,
  submitLate: (deadline: string) =>
    `Đã quá hạn nộp hồ sơ của đợt (${deadline}): hồ sơ vẫn được nhận nhưng được ghi là gửi sau hạn.`,
  submitBlocked: 'Chưa gửi được: hồ sơ còn thiếu thành phần bắt buộc (xem mục "Hồ sơ còn thiếu").',
  quotaBlocked: 'Chưa gửi được: số đề nghị vượt số lượng kế hoạch cho phép.',
  moved: {
    SUBMIT: 'Đã gửi hồ sơ.',
    RECALL: 'Đã rút hồ sơ về để sửa.',
    WITHDRAW: 'Đã rút hồ sơ.',
    RECEIVE: 'Đã tiếp nhận hồ sơ.',
    RETURN: 'Đã trả lại hồ sơ.',
    APPRAISE: 'Đã ghi kết quả thẩm định.',
    FORWARD_TO_COUNCIL: 'Đã chuyển hồ sơ tới Hội đồng xét.',
  } as Record<string, string>,
  withdrawTitle: 'Rút hồ sơ (không đề nghị nữa)?',
  withdrawText: 'Hồ sơ đã rút không gửi lại được. Nếu chỉ cần sửa, hãy dùng "Rút lại để sửa".',
  withdrawReason: 'Lý do rút hồ sơ',

  // return
  returnTitle: 'Trả lại hồ sơ',
  returnReason: 'Lý do trả lại',
  returnReasonWhat: 'lý do trả lại',
  returnReasonHelp: 'Ý kiến chung gửi đơn vị đề nghị; được lưu trong lịch sử hồ sơ.',
  remarksTitle: 'Ý kiến theo từng mục (không bắt buộc)',
  remarksHelp: 'Ghi ý kiến vào mục cần sửa; mục để trống không có ý kiến.',
  remarkOn: (label: string) => `Ý kiến về ${label}`,
  nomineeGroup: 'Đề nghị',
  documentGroup: 'Tài liệu',
  returnOk: 'Trả lại',

  // appraise
  appraiseTitle: 'Kết quả thẩm định',
  appraiseHelp:
    'Ghi kết quả cho từng đề nghị; đề nghị không đạt phải có lý do. Kết quả được lưu trong lịch sử hồ sơ.',
  verdictOf: (name: string) => `Kết quả thẩm định ${name}`,
  verdictWhat: 'kết quả thẩm định',
  verdictReason: (name: string) => `Lý do không đạt của ${name}`,
  verdictReasonWhat: 'lý do không đạt',
  verdictRemark: (name: string) => `Ghi chú thẩm định ${name}`,
  appraiseOk: 'Hoàn thành thẩm định',
  appraiseNone: 'Hồ sơ không có đề nghị nào để thẩm định.',
  exportNominees: 'Xuất danh sách đề nghị',
  checklistTitle: 'Danh mục thẩm định theo quy tắc đã áp dụng',
  checklistOf: (name: string) => `Danh mục thẩm định ${name}`,
  checklistMet: 'Kiểm tra: đạt',
  checklistUnmet: 'Kiểm tra: chưa đạt',
  checklistToConfirm: 'Cần xác nhận',
  checklistOk: 'Đạt',
  checklistFail: 'Không đạt',
  checklistAnswerOf: (item: string) => `Kết luận mục: ${item}`,
  checklistRemarkOf: (item: string) => `Nhận xét mục: ${item}`,
  checklistRemarkNeeded: 'Hãy ghi nhận xét cho mục này.',
  checklistBlocks: 'Chưa thể kết luận đạt:',
  checklistLine: (item: string, ok: boolean, remark: string | null) =>
    `${item}: ${ok ? 'đạt' : 'không đạt'}${remark ? ` (${remark})` : ''}`,

  // timeline
  historyTitle: 'Lịch sử hồ sơ',
  historyEmpty: 'Chưa có lịch sử.',
  eventBy: (actor: string) => `bởi ${actor}`,
  eventLate: 'Gửi sau hạn',
  eventCouncil: 'Phiên họp và kết quả xét',
  eventReason: 'Lý do',
  eventRemarks: 'Ý kiến theo mục',
  eventAppraisal: 'Kết quả thẩm định',
  eventQuota: 'Đối chiếu số lượng',
  changesTitle: 'Thay đổi so với lần gửi trước',
  noChanges: 'Không có thay đổi so với lần gửi trước.',
  changes: {
    nomineesAdded: 'Thêm đề nghị',
    nomineesRemoved: 'Bỏ đề nghị',
    nomineesEdited: 'Sửa đề nghị',
    documentsAdded: 'Thêm tài liệu',
    documentsRemoved: 'Bỏ tài liệu',
    documentsReplaced: 'Thay tài liệu',
  },
  statusChange: (from: string | null, to: string) => (from ? `${from} → ${to}` : to),

  // home widget
  widgetTitle: 'Hồ sơ chờ tôi xử lý',
  widgetEmpty: 'Không có hồ sơ đề nghị khen thưởng nào chờ bạn xử lý.',
  dutyReceive: (unit: string, round: string) => `Tiếp nhận hồ sơ của ${unit} — ${round}`,
  dutyAppraise: (unit: string, round: string) => `Thẩm định hồ sơ của ${unit} — ${round}`,
  dutyForward: (unit: string, round: string) => `Chuyển Hội đồng hồ sơ của ${unit} — ${round}`,
  dutyFix: (unit: string, round: string) => `Sửa, gửi lại hồ sơ bị trả lại của ${unit} — ${round}`,
  dutySend: (unit: string, round: string) => `Hoàn thiện, gửi hồ sơ của ${unit} — ${round}`,
  dueOn: (date: string) => `hạn ${date}`,
};

/**
 * Công khai danh sách đề nghị khen thưởng (ADR 0021): the dossier page's notice panel and the public
 * page (no sign-in). The labels of kinds, outcomes and phases are the API's (@thidua/shared-domain).
 */
export const noticeMessages = {
  kinds: NOTICE_COMMENT_KINDS as Record<string, string>,
  outcomes: NOTICE_OUTCOMES as Record<string, string>,
  phases: NOTICE_PHASES as Record<string, string>,
  subjects: AWARD_SUBJECTS as Record<string, string>,
  limits: PUBLIC_NOTICE_LIMITS,

  // the dossier page's panel
  panelTitle: 'Công khai danh sách',
  requiredNotice: (days: number, nominees: string[]) =>
    `Quy định yêu cầu công khai danh sách ít nhất ${pad(days)} ngày làm việc trước khi gửi hồ sơ: ${nominees.join('; ')}.`,
  basis: (articles: string[]) => `Căn cứ: ${articles.join('; ')}.`,
  voluntaryNotice:
    'Không đề nghị nào bắt buộc công khai danh sách; đơn vị vẫn có thể công khai để lấy ý kiến.',
  noNominees: 'Thêm đề nghị vào hồ sơ trước khi công khai danh sách.',
  publish: 'Công khai danh sách',
  publishAgain: 'Công khai lại danh sách',
  publishTitle: 'Công khai danh sách đề nghị khen thưởng',
  publishIntro:
    'Danh sách (họ tên, chức vụ, đơn vị, hình thức khen thưởng đề nghị) sẽ hiển thị trên trang công khai, ai cũng xem và gửi ý kiến được, không cần đăng nhập. Danh sách được chốt lúc công khai.',
  startsOn: 'Ngày bắt đầu',
  endsOn: 'Ngày kết thúc nhận ý kiến',
  endsOnHelp: (date: string, days: number) =>
    `Theo quy định: đến hết ngày ${date} (${pad(days)} ngày làm việc, không tính ngày bắt đầu, bỏ ngày nghỉ). Có thể chọn ngày muộn hơn, không sớm hơn.`,
  endsOnComputing: 'Đang tính ngày kết thúc theo lịch ngày làm việc…',
  endsOnMissingYear: (years: string) =>
    `Chưa có lịch ngày làm việc năm ${years}: hãy lập lịch trước khi công khai.`,
  titleLabel: 'Tiêu đề (không bắt buộc)',
  titlePlaceholder: 'Mặc định: Danh sách đề nghị khen thưởng của đơn vị — đợt xét',
  published: 'Đã công khai danh sách.',
  status: 'Trạng thái',
  period: 'Thời gian công khai',
  periodText: (from: string, to: string, days: number) =>
    `${from} – ${to} (${pad(days)} ngày làm việc)`,
  publishedBy: 'Người công khai',
  closedBy: 'Người kết thúc công khai',
  publicLink: 'Trang công khai',
  openPublic: 'Mở trang công khai',
  nomineesPublished: (n: number) => `${pad(n)} tập thể, cá nhân trong danh sách`,
  countsTitle: 'Ý kiến đã nhận',
  unhandled: (n: number) => `${pad(n)} ý kiến chưa xử lý`,
  runningWarning: (date: string) =>
    `Đang công khai đến hết ngày ${date}: chỉ gửi hồ sơ được sau thời hạn này.`,
  unhandledWarning: 'Hãy ghi kết quả xử lý từng ý kiến trước khi gửi hồ sơ.',
  extend: 'Gia hạn',
  extendTitle: 'Gia hạn công khai',
  extendOk: 'Gia hạn',
  extended: 'Đã gia hạn công khai.',
  newEndsOn: 'Ngày kết thúc mới',
  close: 'Kết thúc công khai',
  closeTitle: 'Kết thúc công khai danh sách?',
  closeText:
    'Trang công khai sẽ không còn hiển thị danh sách và không nhận thêm ý kiến. Các ý kiến đã nhận vẫn cần ghi kết quả xử lý.',
  closed: 'Đã kết thúc công khai.',
  commentsTitle: 'Ý kiến về danh sách',
  noComments: 'Chưa có ý kiến nào.',
  receivedAt: 'Nhận lúc',
  kind: 'Loại',
  about: 'Về',
  wholeList: 'Cả danh sách',
  text: 'Nội dung',
  author: 'Người gửi',
  anonymous: 'Không để lại tên',
  handlingColumn: 'Xử lý',
  notHandled: 'Chưa xử lý',
  handle: 'Xử lý',
  handleAgain: 'Sửa kết quả xử lý',
  handleTitle: 'Xử lý ý kiến',
  outcome: 'Kết quả',
  outcomeWhat: 'kết quả xử lý',
  handling: 'Nội dung xử lý, trả lời',
  handlingWhat: 'nội dung xử lý',
  handlingHelp: 'Nội dung này chuyển theo hồ sơ khi gửi (không kèm thông tin người gửi ý kiến).',
  handled: 'Đã ghi kết quả xử lý.',
  // the result carried by a send (history)
  carried: (counts: string) => `Kết quả công khai chuyển theo hồ sơ: ${counts}.`,
  eventTitle: 'Kết quả công khai danh sách',
  eventClosed: (at: string) => `Kết thúc công khai lúc ${at}.`,
  eventHandled: (by: string | null, on: string | null) =>
    [by, on].filter(Boolean).length ? ` (${[by, on].filter(Boolean).join(', ')})` : '',

  // the public page (no sign-in)
  publicTitle: 'Công khai danh sách đề nghị khen thưởng',
  publicIntro:
    'Các danh sách tập thể, cá nhân được đề nghị khen thưởng đang lấy ý kiến. Mọi người có thể góp ý, khiếu nại, tố cáo trong thời hạn công khai, không cần đăng nhập.',
  backToList: 'Tất cả danh sách đang công khai',
  searchLabel: 'Tìm danh sách',
  searchPlaceholder: 'Tìm theo đơn vị, họ tên (không cần dấu)',
  noneOpen: 'Hiện không có danh sách nào đang công khai.',
  unit: 'Đơn vị đề nghị',
  open: 'Xem danh sách và góp ý',
  position: 'STT',
  name: 'Tập thể, cá nhân',
  detail: 'Chức vụ, đơn vị',
  award: 'Hình thức đề nghị',
  commentTitle: 'Gửi ý kiến',
  commentIntro: (date: string) =>
    `Nhận ý kiến đến hết ngày ${date}. Họ tên và thông tin liên hệ không bắt buộc, không được công khai; đơn vị dùng để trả lời khi cần.`,
  notAccepting: 'Danh sách hiện không nhận ý kiến.',
  kindLabel: 'Loại ý kiến',
  nomineeLabel: 'Về tập thể, cá nhân',
  nomineeWhole: 'Cả danh sách',
  textLabel: 'Nội dung',
  textWhat: 'nội dung ý kiến',
  authorLabel: 'Họ tên (không bắt buộc)',
  contactLabel: 'Điện thoại, thư điện tử hoặc địa chỉ (không bắt buộc)',
  send: 'Gửi ý kiến',
  sentTitle: 'Đã nhận ý kiến của bạn',
  sentText: (at: string) =>
    `Ý kiến đã được ghi nhận lúc ${at} và chuyển tới đơn vị đề nghị để xem xét, xử lý.`,
  sendAnother: 'Gửi ý kiến khác',
  sendFailed: 'Chưa gửi được ý kiến',
  notFoundTitle: 'Không tìm thấy danh sách',
  notFoundText: 'Danh sách không tồn tại hoặc đã hết thời hạn công khai.',
};

/**
 * The documents a dossier drafts itself (ADR 0020): the state of the tờ trình and of each nominee's
 * báo cáo thành tích, their editors, and the e-dossier package.
 */
export const draftMessages = {
  reportKinds: ACHIEVEMENT_REPORT_KINDS as Record<string, string>,
  /** DraftState: where a drafted document stands */
  states: {
    NONE: 'Chưa soạn',
    DRAFTED: 'Hệ thống tự soạn',
    EDITED: 'Đã sửa',
    SIGNED_OFF: 'Đã duyệt',
    NUMBERED: 'Đã cấp số',
    UPLOADED: 'Đã tải tệp lên',
  },
  stateHelp: {
    NONE: 'Hệ thống chưa có bản dự thảo cho tài liệu này.',
    DRAFTED:
      'Hệ thống soạn từ dữ liệu, chưa ai sửa: nội dung theo dữ liệu mới nhất cho đến khi được lưu.',
    // a redraft is stored too (award-drafting.service.ts: drafted = no stored row), so this says
    // "saved", not only "edited": from here on the text no longer follows the data
    EDITED:
      'Bản dự thảo đã được lưu (cán bộ sửa hoặc soạn lại từ dữ liệu): nội dung không tự cập nhật theo dữ liệu nữa.',
    SIGNED_OFF: 'Đã duyệt: khi gửi hồ sơ, hệ thống lập tệp .docx từ bản này và lưu cố định.',
    NUMBERED:
      'Tờ trình được cấp số khi gửi hồ sơ lần đầu và lập thành tệp lưu cố định; gửi lại giữ nguyên số.',
    UPLOADED:
      'Hồ sơ có tệp tải lên hoặc nội dung nhập cho tài liệu này: khi gửi dùng tệp đó, không dùng bản dự thảo.',
  },
  signedOffBy: (name: string | null, at: string) =>
    name ? `Duyệt bởi ${name} lúc ${at}` : `Duyệt lúc ${at}`,
  draftedAt: (at: string) => `Soạn từ dữ liệu lúc ${at}`,
  generated: 'Hệ thống lập khi gửi',
  generatedHelp:
    'Tệp hệ thống lập từ bản dự thảo khi gửi hồ sơ và lưu cố định: đơn vị tiếp nhận đọc đúng bản này.',
  loadFailed: 'Không tải được tờ trình, báo cáo thành tích hệ thống soạn.',
  retry: 'Thử lại',
  textHelp: 'Mỗi dòng một đoạn; dòng bắt đầu bằng "- " là một gạch đầu dòng.',
  redraft: 'Soạn lại từ dữ liệu',
  redrafted: 'Đã soạn lại từ dữ liệu hiện có.',
  downloadWord: 'Tải bản Word',
  downloadWordHelp: 'Bản xem trước (.docx) theo nội dung đã lưu.',
  downloadSent: 'Tải bản đã gửi (.docx)',
  downloadFailed: 'Không tải được tệp',
  readOnly: 'Bạn chỉ xem được: hồ sơ không ở đơn vị đề nghị, đã gửi hoặc bạn không có quyền sửa.',
  save: 'Lưu',
  close: 'Đóng',
  addRow: 'Thêm dòng',

  // báo cáo thành tích
  openReport: 'Soạn báo cáo',
  openReportLabel: (name: string) => `Soạn báo cáo thành tích của ${name}`,
  viewReport: 'Xem báo cáo',
  viewReportLabel: (name: string) => `Xem báo cáo thành tích của ${name}`,
  openFromMissing: 'Mở bản dự thảo',
  openFromMissingLabel: (name: string) => `Mở bản dự thảo báo cáo thành tích của ${name}`,
  reportTitle: (name: string) => `Báo cáo thành tích — ${name}`,
  reportKind: 'Mẫu báo cáo',
  reportAward: 'Hình thức đề nghị',
  reportState: 'Trạng thái',
  redraftReportTitle: 'Soạn lại báo cáo từ dữ liệu?',
  redraftReportText:
    'Hệ thống soạn lại báo cáo từ dữ liệu hiện có (lý lịch, đơn vị, đăng ký thi đua, chỉ tiêu, đánh giá, khen thưởng, sáng kiến). Mọi nội dung đã sửa, kể cả phần chưa lưu, bị thay thế.',
  signOff: 'Duyệt báo cáo',
  signOffTitle: (name: string) => `Duyệt báo cáo thành tích của ${name}?`,
  signOffText:
    'Khi gửi hồ sơ, báo cáo đã duyệt được lập thành tệp .docx và lưu cố định. Muốn sửa sau khi duyệt, hãy mở lại.',
  signOffSaveFirst: 'Hãy lưu các thay đổi trước khi duyệt.',
  signedOff: 'Đã duyệt báo cáo thành tích.',
  reopen: 'Mở lại để sửa',
  reopenTitle: 'Mở lại báo cáo để sửa?',
  reopenText: 'Báo cáo phải được duyệt lại trước khi gửi hồ sơ.',
  reopened: 'Đã mở lại báo cáo để sửa.',
  reportSaved: 'Đã lưu báo cáo thành tích.',
  signedOffNotice: 'Báo cáo đã duyệt: muốn sửa hoặc soạn lại, hãy "Mở lại để sửa".',
  reportUploadedNotice:
    'Hồ sơ đã có báo cáo thành tích tải lên của đề nghị này: khi gửi, hệ thống dùng báo cáo tải lên, không dùng bản dự thảo.',
  period: 'Thời gian, đợt lập thành tích',
  periodPlaceholder: 'Đợt thi đua … năm 2025',
  partProfile: 'I. Sơ lược lý lịch, đặc điểm tình hình',
  profileLine: 'Dòng lý lịch',
  profileLabel: 'Nhãn',
  profileValue: 'Nội dung',
  background: 'Chức năng, nhiệm vụ, tổ chức bộ máy, tình hình',
  partAchievements: 'II. Thành tích đạt được',
  commitments: 'Chỉ tiêu, nhiệm vụ được giao, đăng ký thi đua, giao ước',
  targets: 'Kết quả thực hiện các chỉ tiêu',
  target: 'Chỉ tiêu',
  targetName: 'Tên chỉ tiêu',
  targetPlanned: 'Mức kế hoạch giao',
  targetAchieved: 'Kết quả thực hiện',
  measures: 'Biện pháp, giải pháp, cách làm sáng tạo',
  results: 'Kết quả đạt được',
  lessons: 'Bài học kinh nghiệm',
  evaluations: 'Kết quả đánh giá, xếp loại các năm',
  evaluation: 'Năm đánh giá',
  year: 'Năm',
  evaluationResult: 'Kết quả đánh giá, xếp loại',
  initiatives: 'Sáng kiến, đề tài',
  initiative: 'Sáng kiến',
  initiativeTitle: 'Tên sáng kiến, đề tài',
  initiativeLevel: 'Cấp công nhận',
  initiativeRecognition: 'Quyết định, cơ quan công nhận',
  partAwards: 'III. Các hình thức khen thưởng đã được ghi nhận',
  priorAward: 'Khen thưởng',
  priorAwardName: 'Danh hiệu, hình thức khen thưởng',
  priorAwardDecision: 'Số, ngày quyết định, cơ quan ban hành',
  partSignatures: 'Ký tên, xác nhận',
  authorTitle: 'Người báo cáo: chức vụ',
  authorTitleHelp: 'Cá nhân: "Người báo cáo"; tập thể: chức vụ thủ trưởng đơn vị.',
  authorName: 'Người báo cáo: họ tên',
  confirmerTitle: 'Xác nhận của cấp trình khen: chức vụ',
  confirmerTitleHelp: 'Bỏ trống nếu báo cáo không có phần xác nhận.',
  confirmerName: 'Xác nhận của cấp trình khen: họ tên',
  confirmerTitleWhat: 'chức vụ người xác nhận',
  requiredRow: (what: string) => `Hãy nhập ${what}.`,

  // tờ trình
  openToTrinh: 'Soạn tờ trình',
  viewToTrinh: 'Xem tờ trình',
  toTrinhTitle: 'Tờ trình đề nghị khen thưởng',
  toTrinhForm: 'Mẫu',
  toTrinhNumber: 'Số, ký hiệu',
  toTrinhNumberPending: 'Cấp khi gửi hồ sơ lần đầu',
  toTrinhDate: 'Ngày tờ trình',
  toTrinhAwards: 'Hình thức và số lượng đề nghị (theo các đề nghị của hồ sơ)',
  toTrinhAwardLine: (award: string, collectives: number, individuals: number, households: number) =>
    `${award}: ${[
      collectives ? `${pad(collectives)} tập thể` : '',
      individuals ? `${pad(individuals)} cá nhân` : '',
      households ? `${pad(households)} hộ gia đình` : '',
    ]
      .filter(Boolean)
      .join(', ')}`,
  toTrinhUploadedNotice:
    'Hồ sơ đã có tờ trình tải lên: khi gửi, hệ thống dùng tờ trình tải lên, không dùng bản dự thảo.',
  redraftToTrinhTitle: 'Soạn lại tờ trình từ dữ liệu?',
  redraftToTrinhText:
    'Hệ thống soạn lại tờ trình từ dữ liệu hiện có (căn cứ, đề nghị, người ký); số đã cấp được giữ nguyên. Mọi nội dung đã sửa, kể cả phần chưa lưu, bị thay thế.',
  toTrinhSaved: 'Đã lưu tờ trình.',
  place: 'Địa danh',
  subject: 'Trích yếu (sau "Về việc")',
  subjectWhat: 'trích yếu',
  addressees: 'Kính gửi',
  addressee: 'Nơi kính gửi',
  addAddressee: 'Thêm nơi kính gửi',
  bases: 'Căn cứ (mỗi dòng một văn bản, không ghi "Căn cứ")',
  basis: 'Căn cứ',
  addBasis: 'Thêm căn cứ',
  councilBody: 'Biên bản họp Hội đồng Thi đua - Khen thưởng của',
  councilBodyHelp: 'Bỏ trống nếu không dẫn biên bản họp Hội đồng.',
  councilDate: 'Ngày họp Hội đồng',
  summary: 'Tóm tắt thành tích, quá trình xét',
  authority: 'Cấp có thẩm quyền (trong câu đề nghị)',
  authorityPlaceholder: 'Chủ tịch UBND tỉnh',
  partSigner: 'Người ký',
  recipients: 'Nơi nhận (không gồm dòng "Lưu")',
  recipient: 'Nơi nhận',
  addRecipient: 'Thêm nơi nhận',
  archive: 'Lưu',

  // e-dossier package
  package: 'Tải hồ sơ điện tử (.zip)',
  packageHelp:
    'Mọi tài liệu theo thứ tự, tài liệu Word kèm bản PDF, danh mục và mã kiểm tra SHA-256, để nộp lên hệ thống hồ sơ điện tử. Hồ sơ chưa gửi: tờ trình, báo cáo là bản dự thảo.',
  packageFailed: 'Không tải được hồ sơ điện tử',
};
