import {
  ATTENDANCE,
  AWARD_SUBJECTS,
  BALLOT_CHOICES,
  COUNCIL_ROLES,
  VOTING_MODES,
} from '@thidua/shared-domain';

/** "66,67%": a share of the total membership as the minutes print it (comma decimals). */
export function formatShare(share: number): string {
  const percent = Math.round(share * 10000) / 100;
  return `${String(percent).replace('.', ',')}%`;
}

/**
 * Hội đồng Thi đua - Khen thưởng (module councils, issue 12): the councils list, a council's page
 * (composition on a day, its sessions) and the secretary's session page. Imported by the feature
 * directly, as the awards texts are, so the shared catalog stays untouched.
 */
export const councilsMessages = {
  /** the labels are the voting rules' own (@thidua/shared-domain councils/voting.ts) */
  roles: COUNCIL_ROLES as Record<string, string>,
  attendance: ATTENDANCE as Record<string, string>,
  subjects: AWARD_SUBJECTS as Record<string, string>,
  /** the API's council-vocabulary.ts (COUNCIL_SESSION_KINDS, COUNCIL_SESSION_STATUSES) */
  sessionKinds: {
    AWARD: 'Phiên họp xét khen thưởng',
    OTHER: 'Phiên họp khác',
  } as Record<string, string>,
  sessionStatuses: {
    PLANNED: 'Đã lên lịch',
    IN_PROGRESS: 'Đang họp',
    CLOSED: 'Đã kết thúc',
    SIGNED: 'Đã ký biên bản',
  } as Record<string, string>,

  /** the home page's card for a council member (its own sessions, needs no COUNCIL_READ) */
  mine: {
    title: 'Phiên họp Hội đồng của tôi',
    seat: (role: string, attendance: string | null) =>
      attendance ? `${role} · ${attendance}` : role,
    vote: (n: number) => `Bỏ phiếu vòng ${n}`,
    reopen: (n: number) => `Đã nhận phiếu vòng ${n}: mở lại`,
    awards: (awards: string[]) => `Bỏ phiếu từ xa: ${awards.join('; ')}`,
  },

  nav: 'Hội đồng thi đua, khen thưởng',
  shortcut: 'Thành phần Hội đồng theo thời gian, lịch họp, điểm danh và chương trình xét.',

  // list
  title: 'Hội đồng thi đua, khen thưởng',
  subtitle:
    'Mỗi đơn vị một Hội đồng đang hoạt động; thành phần Hội đồng ghi theo thời gian, mỗi phiên họp chốt danh sách thành viên theo ngày họp.',
  add: 'Thành lập Hội đồng',
  searchLabel: 'Tìm Hội đồng',
  searchPlaceholder: 'Tìm theo tên Hội đồng (không cần dấu)',
  unitFilter: 'Lọc theo đơn vị',
  anyUnit: 'Mọi đơn vị',
  empty: 'Chưa có Hội đồng thi đua, khen thưởng nào trong phạm vi của bạn.',
  emptyCanCreate: 'Chưa có Hội đồng thi đua, khen thưởng nào. Bắt đầu bằng "Thành lập Hội đồng".',
  emptyFiltered: 'Không có Hội đồng nào phù hợp với điều kiện lọc.',
  council: 'Hội đồng',
  unit: 'Đơn vị',
  foundingDecision: 'Quyết định thành lập',
  quorum: 'Tỷ lệ dự họp',
  state: 'Tình trạng',
  active: 'Đang hoạt động',
  ended: (date: string) => `Kết thúc từ ${date}`,
  actions: 'Thao tác',
  open: 'Mở',
  openCouncil: (name: string) => `Mở ${name}`,
  editCouncil: (name: string) => `Sửa "${name}"`,
  noDecision: 'Chưa ghi',
  decisionLine: (number: string | null, date: string | null) =>
    [number ? `Số ${number}` : null, date ? `ngày ${date}` : null].filter(Boolean).join(', '),

  // council form
  createTitle: 'Thành lập Hội đồng thi đua, khen thưởng',
  unitHelp: 'Đơn vị có Hội đồng; Hội đồng của cụm, khối thi đua thuộc đơn vị cụm trưởng.',
  unitWhat: 'đơn vị',
  name: 'Tên Hội đồng',
  nameWhat: 'tên Hội đồng',
  namePrefix: 'Hội đồng Thi đua - Khen thưởng',
  standingUnit: 'Cơ quan thường trực',
  standingUnitHelp: 'Thường là cơ quan làm công tác thi đua, khen thưởng của đơn vị.',
  decisionNumber: 'Số, ký hiệu quyết định thành lập',
  decisionDate: 'Ngày quyết định thành lập',
  decisionText: 'Trích yếu quyết định thành lập',
  quorumShare: 'Tỷ lệ thành viên dự họp tối thiểu (%)',
  quorumShareHelp: 'Tính trên tổng số thành viên Hội đồng; tối thiểu 2/3 (NĐ 98/2023 Điều 47).',
  quorumShareTooLow: 'Tỷ lệ dự họp không được thấp hơn 2/3 (66,67%) theo NĐ 98/2023 Điều 47.',
  awardPresenceShare: 'Tỷ lệ dự họp tối thiểu khi họp xét khen thưởng (%)',
  awardPresenceShareHelp:
    'Chỉ ghi khi quy chế của tỉnh quy định riêng (ví dụ 80%); bỏ trống: như tỷ lệ chung.',
  proxiesAllowed: 'Cho phép thành viên vắng mặt ủy quyền bằng văn bản',
  endedOn: 'Ngày kết thúc hoạt động',
  endedOnHelp: 'Chỉ ghi khi có quyết định thành lập Hội đồng mới thay thế.',
  create: 'Thành lập',
  created: (name: string) => `Đã thành lập ${name}.`,
  updated: 'Đã lưu thông tin Hội đồng.',

  // council page
  fallbackTitle: 'Hội đồng thi đua, khen thưởng',
  information: 'Thông tin Hội đồng',
  composition: 'Thành phần Hội đồng',
  compositionOn: 'Thành phần vào ngày',
  compositionHelp:
    'Thành phần Hội đồng thay đổi theo thời gian: chọn ngày để xem ai là thành viên.',
  noMembers: 'Vào ngày này Hội đồng chưa có thành viên nào.',
  role: 'Vai trò',
  person: 'Họ và tên',
  memberTitle: 'Chức vụ',
  memberTitleHelp: 'Ghi như trong biên bản, ví dụ "Phó Giám đốc Sở Nội vụ".',
  period: 'Thời gian',
  from: 'Từ ngày',
  to: 'Đến ngày',
  toHelp: 'Bỏ trống: đang là thành viên.',
  account: 'Tài khoản',
  accountHelp: 'Tài khoản thành viên dùng để bỏ phiếu từ xa (mỗi tài khoản cho một thành viên).',
  noAccount: 'Chưa gắn',
  linked: 'Đã gắn',
  accountPlaceholder: 'Tìm tài khoản theo tên đăng nhập, họ tên',
  personPlaceholder: 'Tìm cán bộ theo họ tên hoặc mã',
  addMember: 'Thêm thành viên',
  addMemberTitle: 'Thêm thành viên Hội đồng',
  editMember: (name: string) => `Sửa thành viên ${name}`,
  endMember: (name: string) => `Kết thúc tư cách thành viên của ${name}`,
  removeMember: (name: string) => `Xóa thành viên ${name}`,
  end: 'Kết thúc',
  personWhat: 'cán bộ',
  roleWhat: 'vai trò',
  memberTitleWhat: 'chức vụ',
  fromWhat: 'ngày bắt đầu',
  memberAdded: (name: string) => `Đã thêm ${name} vào Hội đồng.`,
  memberUpdated: 'Đã lưu thành viên.',
  endTitle: (name: string) => `Kết thúc tư cách thành viên của ${name}?`,
  endText: 'Người này vẫn có trong thành phần Hội đồng của các ngày trước ngày kết thúc.',
  endOn: 'Ngày kết thúc',
  memberEnded: 'Đã ghi ngày kết thúc.',
  removeTitle: (name: string) => `Xóa thành viên ${name}?`,
  removeText:
    'Chỉ xóa khi nhập nhầm: thành viên biến mất khỏi thành phần Hội đồng ở mọi ngày. Người thôi tham gia Hội đồng thì dùng "Kết thúc".',
  memberRemoved: 'Đã xóa thành viên.',

  // sessions list on the council page
  sessions: 'Phiên họp',
  sessionsEmpty: 'Hội đồng chưa có phiên họp nào.',
  addSession: 'Lên lịch phiên họp',
  sessionTitle: 'Tên phiên họp',
  sessionDate: 'Ngày họp',
  sessionStatus: 'Trạng thái',
  openSession: (title: string) => `Mở phiên họp ${title}`,

  // session form
  createSessionTitle: 'Lên lịch phiên họp',
  editSession: (title: string) => `Sửa phiên họp "${title}"`,
  sessionTitleWhat: 'tên phiên họp',
  sessionTitlePlaceholder: 'Phiên họp xét khen thưởng công trạng năm 2025',
  kind: 'Loại phiên họp',
  kindWhat: 'loại phiên họp',
  date: 'Ngày họp',
  dateWhat: 'ngày họp',
  startTime: 'Giờ bắt đầu',
  startTimeHelp: 'Dạng HH:MM, ví dụ 14:00.',
  startTimeInvalid: 'Giờ bắt đầu phải có dạng "HH:MM" (ví dụ 14:00).',
  place: 'Địa điểm',
  chair: 'Người chủ trì',
  secretary: 'Thư ký',
  memberOnDateHelp: 'Trong số thành viên Hội đồng vào ngày họp.',
  pickDateFirst: 'Chọn ngày họp trước',
  awardRound: 'Đợt xét khen thưởng',
  awardRoundHelp: 'Các đề nghị đã thẩm định "đạt" của đợt xét được đưa vào chương trình phiên họp.',
  note: 'Ghi chú',
  createSession: 'Lên lịch',
  sessionCreated: (title: string) => `Đã lên lịch ${title}.`,
  sessionUpdated: 'Đã lưu phiên họp.',

  // session page
  sessionFallbackTitle: 'Phiên họp Hội đồng',
  header: 'Thông tin phiên họp',
  time: 'Giờ họp',
  none: 'Chưa chọn',
  deleteSession: 'Xóa phiên họp',
  deleteSessionTitle: (title: string) => `Xóa phiên họp "${title}"?`,
  deleteSessionText: 'Chỉ xóa được phiên họp chưa bắt đầu.',
  sessionDeleted: 'Đã xóa phiên họp.',

  attendanceTitle: 'Điểm danh',
  attendanceHelp:
    'Danh sách thành viên Hội đồng vào ngày họp: mẫu số của mọi tỷ lệ. Thành viên vắng có thể gửi ý kiến bằng văn bản.',
  member: 'Thành viên',
  attendanceOf: (name: string) => `Điểm danh ${name}`,
  notRecorded: 'Chưa điểm danh',
  opinionOf: (name: string) => `Ý kiến bằng văn bản của ${name}`,
  proxyOf: (name: string) => `Người nhận ủy quyền của ${name}`,
  proxyPlaceholder: 'Chọn thành viên có mặt',
  saveOpinion: 'Lưu ý kiến',
  attendanceSaved: 'Đã lưu điểm danh.',
  attendanceFailed: 'Không lưu được điểm danh',

  guests: 'Khách mời',
  guestsHelp: 'Khách mời được phát biểu, không biểu quyết.',
  guestsEmpty: 'Chưa có khách mời.',
  guestName: 'Họ tên khách mời',
  guestNameWhat: 'họ tên khách mời',
  guestTitle: 'Chức vụ, đơn vị',
  addGuest: 'Thêm khách mời',
  removeGuest: (name: string) => `Bỏ khách mời ${name}`,
  removeGuestTitle: (name: string) => `Bỏ khách mời ${name}?`,
  guestAdded: 'Đã thêm khách mời.',
  guestRemoved: 'Đã bỏ khách mời.',
  guestFailed: 'Không lưu được khách mời',

  agenda: 'Chương trình xét',
  agendaEmpty: 'Chương trình chưa có nội dung xét nào.',
  agendaNoRound: 'Phiên họp chưa gắn với đợt xét khen thưởng: sửa phiên họp để chọn đợt xét.',
  addFromRound: 'Đưa đề nghị của đợt xét vào chương trình',
  addFromRoundHelp: (round: string) =>
    `Các đề nghị đã thẩm định "đạt" của đợt "${round}" chưa có trong chương trình.`,
  agendaAdded: (count: number) =>
    count > 0 ? `Đã đưa ${count} nội dung vào chương trình.` : 'Không có đề nghị mới để đưa vào.',
  candidate: 'Đối tượng',
  award: 'Danh hiệu, hình thức',
  proposingUnit: 'Đơn vị đề nghị',
  secretBallot: 'Bỏ phiếu kín, cần ≥ 90% tổng số thành viên',
  secretBallotAt: (share: string) => `Bỏ phiếu kín, cần ≥ ${share} tổng số thành viên`,
  moveUp: (name: string) => `Chuyển ${name} lên`,
  moveDown: (name: string) => `Chuyển ${name} xuống`,
  removeItem: (name: string) => `Bỏ ${name} khỏi chương trình`,
  removeItemTitle: (name: string) => `Bỏ ${name} khỏi chương trình xét?`,
  removeItemText: 'Đề nghị vẫn còn trong hồ sơ; có thể đưa lại vào chương trình từ đợt xét.',
  itemRemoved: 'Đã bỏ khỏi chương trình.',
  agendaFailed: 'Không lưu được chương trình',

  quorumTitle: 'Số lượng dự họp',
  quorumMet: 'Đủ số lượng thành viên dự họp',
  quorumNotMet: 'Chưa đủ số lượng thành viên dự họp',
  quorumFigures: (q: { attending: number; members: number; required: number }) =>
    `Dự họp ${q.attending}/${q.members}, cần tối thiểu ${q.required}.`,
  start: 'Bắt đầu phiên họp',
  startTitle: (title: string) => `Bắt đầu "${title}"?`,
  startText: 'Danh sách thành viên được chốt; sau khi bắt đầu không sửa được thông tin phiên họp.',
  started: 'Đã bắt đầu phiên họp.',
  startFailed: 'Không bắt đầu được phiên họp',
  startNeedsQuorum: 'Chưa bắt đầu được: chưa đủ số lượng thành viên dự họp.',
  startNeedsChair: 'Chưa bắt đầu được: cần chọn người chủ trì và thư ký (sửa phiên họp).',
  readOnly: 'Bạn chỉ được xem phiên họp này.',

  /** the end of the session: close, the frozen minutes, the signature (ADR 0023) */
  minutes: {
    close: 'Kết thúc phiên họp',
    closeTitle: (title: string) => `Kết thúc "${title}"?`,
    closeText:
      'Kết quả từng nội dung được ghi theo vòng bỏ phiếu cuối cùng; biên bản họp và biên bản kiểm phiếu được lập và lưu cố định, kết quả được ghi vào hồ sơ đề nghị. Sau khi kết thúc không mở thêm vòng bỏ phiếu, không sửa được kết quả.',
    closed: 'Đã kết thúc phiên họp và lập biên bản.',
    closeFailed: 'Chưa kết thúc được phiên họp',
    title: 'Biên bản',
    help: 'Biên bản do hệ thống lập khi kết thúc phiên họp, lưu cố định: tệp tải về đúng là bản đã lưu, kiểm tra được bằng mã SHA-256.',
    closedAt: 'Kết thúc lúc',
    signedAt: 'Ký biên bản lúc',
    meeting: 'Biên bản họp Hội đồng',
    meetingShort: 'biên bản họp',
    tally: (n: number) => `Biên bản kiểm phiếu vòng ${n}`,
    tallyShort: (n: number) => `biên bản kiểm phiếu vòng ${n}`,
    signedScanShort: 'bản quét biên bản đã ký',
    noTally: 'Chưa có biên bản kiểm phiếu.',
    downloadDocxOf: (what: string) => `Tải ${what} (.docx)`,
    downloadPdfOf: (what: string) => `Tải ${what} (PDF)`,
    downloadFailed: 'Không tải được biên bản',
    docxName: 'bien-ban.docx',
    pdfName: 'bien-ban.pdf',
    sha: 'SHA-256',
    shaOf: (what: string) => `Mã SHA-256 của ${what}`,
    copySha: 'Sao chép mã SHA-256',
    shaCopied: 'Đã sao chép mã SHA-256.',
    sign: 'Ký biên bản',
    signTitle: 'Ghi nhận biên bản họp đã ký?',
    signText:
      'Xác nhận người chủ trì và thư ký đã ký biên bản họp bản giấy. Có thể đính kèm bản quét biên bản đã ký ngay bây giờ hoặc sau.',
    signScan: 'Bản quét biên bản đã ký (không bắt buộc)',
    signPick: 'Chọn tệp',
    signPicked: (name: string) => `Đã chọn: ${name}`,
    signDrop: (name: string) => `Bỏ tệp ${name}`,
    signed: 'Đã ghi nhận biên bản họp đã ký.',
    signFailed: 'Không ghi nhận được chữ ký biên bản',
    signedScan: 'Bản quét biên bản đã ký',
    noSignedScan: 'Chưa đính kèm bản quét.',
    addSignedScan: 'Đính kèm bản quét biên bản đã ký',
    scanAdded: 'Đã đính kèm bản quét biên bản đã ký.',
    scanFailed: 'Không đính kèm được bản quét',
    scanHelp: 'PDF, PNG hoặc JPEG, tối đa 10 MB.',
    scanBadType: (name: string) => `Tệp "${name}" không phải PDF, PNG hoặc JPEG.`,
    scanTooLarge: (name: string) => `Tệp "${name}" lớn hơn 10 MB.`,
  },
  /** the API's CouncilAgendaOutcome, as the secretary reads it on the agenda */
  outcomes: {
    PASSED: 'Đạt',
    FAILED: 'Không đạt',
    OVER_QUOTA: 'Vượt chỉ tiêu',
  } as Record<string, string>,
  outcomeTitle: 'Kết quả xét',
  outcomeVotes: (agree: number, share: string) => `${agree} phiếu đồng ý (${share})`,

  /** the secretary's voting rounds on the session page ("Biểu quyết", ADR 0023) */
  rounds: {
    modes: VOTING_MODES as Record<string, string>,
    modeHelp: {
      PAPER:
        'Thành viên ghi phiếu giấy; ban kiểm phiếu nhập kết quả hai lần, do hai người khác nhau.',
      ROOM: 'Mỗi thành viên có mặt bốc thăm một mã dùng một lần và bỏ phiếu trên điện thoại tại phòng họp.',
      REMOTE:
        'Thành viên đăng nhập, nhận phiếu bầu ký mù và bỏ phiếu từ xa: hệ thống không biết ai bỏ phiếu nào.',
    } as Record<string, string>,
    /** the API's VOTING_ROUND_STATUSES (council-voting.models.ts) */
    statuses: {
      OPEN: 'Đang bỏ phiếu',
      CLOSED: 'Đã đóng, chờ kiểm phiếu',
      TALLIED: 'Đã kiểm phiếu',
    } as Record<string, string>,
    choices: BALLOT_CHOICES as Record<string, string>,

    title: 'Biểu quyết',
    help: 'Bỏ phiếu kín theo từng nội dung. Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng, kể cả ý kiến bằng văn bản của thành viên vắng mặt; kết quả chỉ có sau khi kiểm phiếu.',
    empty: 'Chưa có vòng biểu quyết nào.',
    emptyCanOpen: 'Chưa có vòng biểu quyết nào. Bắt đầu bằng "Mở vòng biểu quyết".',
    loadFailed: 'Không tải được các vòng biểu quyết.',
    retry: 'Tải lại',
    roundLabel: (n: number) => `Vòng ${n}`,
    roundAwards: (awards: string[]) =>
      awards.length <= 2
        ? awards.join('; ')
        : `${awards.slice(0, 2).join('; ')} và ${awards.length - 2} hình thức khác`,
    openedAt: 'Mở lúc',
    candidatesOf: 'Nội dung bỏ phiếu',
    thresholdAt: (share: string) => `Đồng ý từ ${share} tổng số thành viên trở lên`,
    majority: 'Theo đa số (quá nửa số thành viên biểu quyết)',
    quota: (n: number) => `Số lượng được khen: ${n}`,
    votersLine: (voters: number, members: number) =>
      `${voters}/${members} thành viên biểu quyết (có mặt, ủy quyền, ý kiến bằng văn bản).`,

    // open
    open: 'Mở vòng biểu quyết',
    mode: 'Hình thức bỏ phiếu',
    threshold: 'Tỷ lệ phiếu đồng ý yêu cầu',
    thresholdHelp:
      'Theo quy định áp dụng cho từng nội dung (API tính từ danh hiệu, hình thức); một vòng chỉ gồm các nội dung cùng tỷ lệ.',
    candidates: 'Nội dung đưa ra bỏ phiếu',
    candidatesHelp: 'Các nội dung trong chương trình chưa đưa ra bỏ phiếu.',
    candidatesRequired: 'Hãy chọn ít nhất một nội dung đưa ra bỏ phiếu.',
    noCandidates: 'Mọi nội dung trong chương trình đã được đưa ra bỏ phiếu.',
    candidateLine: (name: string, award: string) => `${name} – ${award}`,
    openSubmit: 'Mở vòng',
    opened: 'Đã mở vòng biểu quyết.',
    openFailed: 'Không mở được vòng biểu quyết',

    // live count
    liveCount: (cast: number, expected: number) => `Đã bỏ ${cast}/${expected} phiếu`,
    liveCountHelp:
      'Cập nhật mỗi 2 giây. Chỉ hiện số phiếu đã bỏ; kết quả có sau khi đóng vòng và kiểm phiếu.',
    liveCountPaper: 'Bỏ phiếu giấy: số phiếu được đếm khi kiểm phiếu.',
    liveCountFailed: 'Không cập nhật được số phiếu đã bỏ.',
    writtenLater: (n: number) => `${n} ý kiến bằng văn bản được tính khi đóng vòng.`,

    // room codes
    printCodes: 'In mã bỏ phiếu',
    printCodesTitle: 'In mã bỏ phiếu dùng một lần?',
    printCodesText:
      'Mã chỉ được tạo và hiện một lần, đủ cho số thành viên dự họp; hệ thống không lưu mã (chỉ lưu mã băm), nên hãy in ngay. Mỗi thành viên bốc thăm một phiếu.',
    codesFailed: 'Không tạo được mã bỏ phiếu',
    codesSheetTitle: (n: number) => `${n} mã bỏ phiếu dùng một lần`,
    codesNotStored:
      'Mã chỉ hiện một lần và không được lưu trên hệ thống: đóng cửa sổ này là không xem lại được. In, cắt rời từng phiếu và để thành viên bốc thăm.',
    print: 'In',
    codesCloseTitle: 'Đóng danh sách mã bỏ phiếu?',
    slipCode: 'Mã bỏ phiếu',
    slipUrl: 'Vào địa chỉ',
    slipHint: 'hoặc quét mã QR, nhập mã và bỏ phiếu. Mã chỉ dùng được một lần.',
    slipQr: (code: string) => `Mã QR mở phiếu bầu với mã ${code}`,
    remoteLink: 'Địa chỉ bỏ phiếu từ xa (gửi cho thành viên)',
    copyLink: 'Sao chép địa chỉ',
    linkCopied: 'Đã sao chép địa chỉ.',

    // close and tally
    close: 'Đóng vòng',
    closeTitle: (label: string) => `Đóng ${label}?`,
    closeText:
      'Sau khi đóng không nhận thêm phiếu; các phiếu được xâu chuỗi và ký xác nhận, mã băm khi đóng vòng được ghi vào biên bản.',
    closed: 'Đã đóng vòng biểu quyết.',
    closeFailed: 'Không đóng được vòng biểu quyết',
    tally: 'Kiểm phiếu',
    tallyTitle: (label: string) => `Kiểm phiếu ${label}?`,
    tallyText:
      'Kết quả được tính trên tổng số thành viên Hội đồng, kể cả ý kiến bằng văn bản, và không sửa được sau đó.',
    tallied: 'Đã kiểm phiếu.',
    tallyFailed: 'Không kiểm phiếu được',
    waitingPaper: 'Nhập và xác nhận kết quả kiểm phiếu giấy trước khi kiểm phiếu.',

    // paper double entry
    paperTitle: 'Kết quả kiểm phiếu giấy',
    paperHelp:
      'Ban kiểm phiếu nhập kết quả hai lần, do hai người khác nhau; hệ thống đối chiếu hai lần nhập trước khi ghi nhận.',
    entry: 'Lần nhập',
    entryN: (n: number) => `Lần nhập ${n}`,
    issued: 'Số phiếu phát ra',
    returned: 'Số phiếu thu về',
    valid: 'Số phiếu hợp lệ',
    invalid: 'Số phiếu không hợp lệ',
    agreeOf: (name: string) => `Số phiếu đồng ý: ${name}`,
    disagreeOf: (name: string) => `Số phiếu không đồng ý: ${name}`,
    agree: 'Đồng ý',
    disagree: 'Không đồng ý',
    problems: 'Số liệu chưa hợp lệ',
    saveEntry: (n: number) => `Lưu lần nhập ${n}`,
    entrySaved: (n: number) => `Đã lưu lần nhập ${n}.`,
    entryFailed: 'Không lưu được kết quả kiểm phiếu',
    savedEntries: (list: string) => `Đã lưu: ${list}.`,
    entryBy: (n: number, name: string) => `lần nhập ${n} (${name})`,
    confirmPaper: 'Đối chiếu và xác nhận',
    paperConfirmed: 'Hai lần nhập khớp nhau: đã ghi nhận kết quả kiểm phiếu giấy.',
    paperConfirmedShort: 'Kết quả kiểm phiếu giấy đã được xác nhận.',
    confirmFailed: 'Chưa xác nhận được kết quả kiểm phiếu',
    differences: 'Hai lần nhập không khớp',
    scan: 'Biên bản kiểm phiếu đã quét',
    scanAttach: 'Đính kèm bản quét',
    scanHelp: 'PDF, PNG hoặc JPEG, tối đa 10 MB.',
    scanAttached: 'Đã đính kèm biên bản kiểm phiếu.',
    scanFailed: 'Không đính kèm được biên bản kiểm phiếu',
    scanNone: 'Chưa đính kèm.',
    scanBadType: (name: string) => `Tệp "${name}" không phải PDF, PNG hoặc JPEG.`,
    scanTooLarge: (name: string) => `Tệp "${name}" lớn hơn 10 MB.`,

    // results
    results: 'Kết quả kiểm phiếu',
    candidate: 'Nội dung',
    percent: 'Tỷ lệ trên tổng số thành viên',
    outcome: 'Kết quả',
    passed: 'Đạt',
    failed: 'Không đạt',
    rank: 'Thứ tự',
    withinQuota: 'Trong số lượng',
    outsideQuota: 'Ngoài số lượng',
    tiePending: 'Bằng phiếu: chờ Chủ tịch',
    closeHash: 'Mã băm khi đóng vòng (ghi vào biên bản)',
    copyHash: 'Sao chép mã băm',
    copied: 'Đã sao chép mã băm.',
    bundle: 'Tải gói kiểm chứng',
    bundleHelp: 'Gói phiếu bầu đã ký của vòng, kiểm tra độc lập bằng công cụ verify-ballots.',
    bundleFailed: 'Không tải được gói kiểm chứng',
    tieTitle: 'Bằng phiếu ở suất cuối cùng',
    tieText: (seats: number) =>
      `Chủ tịch Hội đồng chọn ${seats} nội dung trong số các nội dung bằng phiếu (TT 25/2025/TT-BKHCN Điều 23), hoặc mở vòng 2 để bỏ phiếu lại.`,
    tiePick: 'Nội dung Chủ tịch Hội đồng chọn',
    tieNeeds: (seats: number) => `Hãy chọn đúng ${seats} nội dung.`,
    tieSubmit: 'Ghi quyết định của Chủ tịch',
    tieDecided: 'Đã ghi quyết định của Chủ tịch Hội đồng.',
    tieFailed: 'Không ghi được quyết định của Chủ tịch',
    secondRound: 'Mở vòng 2',
    secondRoundTitle: (label: string) => `Mở vòng 2 sau ${label}`,
    secondRoundHelp:
      'Vòng 2 gồm các nội dung bằng phiếu ở suất cuối cùng và các nội dung thư ký đề nghị bỏ phiếu lại; tối đa 2 vòng (TT 01/2024/TT-TANDTC).',
    alsoRevote: 'Nội dung thư ký đề nghị bỏ phiếu lại',
    tiedIncluded: 'Các nội dung bằng phiếu được đưa vào vòng 2.',
    secondRoundOpened: 'Đã mở vòng 2.',
    secondRoundFailed: 'Không mở được vòng 2',

    // written opinions
    opinions: 'Ý kiến bằng văn bản',
    opinionsHelp:
      'Ý kiến đồng ý hoặc không đồng ý của thành viên vắng mặt theo từng nội dung, tính vào kết quả khi đóng vòng. Nội dung đã kiểm phiếu không sửa được.',
    opinionsNone: 'Không có thành viên nào được điểm danh "Vắng, có ý kiến bằng văn bản".',
    opinionsEdit: (name: string) => `Ghi ý kiến của ${name}`,
    opinionsTitle: (name: string) => `Ý kiến bằng văn bản của ${name}`,
    opinionOn: (name: string, award: string) => `Ý kiến về ${name} – ${award}`,
    opinionsNoItems: 'Không còn nội dung nào chưa kiểm phiếu để ghi ý kiến.',
    opinionsRequired: 'Hãy chọn ý kiến cho ít nhất một nội dung.',
    opinionsSaved: 'Đã ghi ý kiến bằng văn bản.',
    opinionsFailed: 'Không ghi được ý kiến bằng văn bản',
  },
};

/**
 * A council member's voting screens (ADR 0023): in the room with a one-time code (no sign-in) and
 * remotely with a blind-signed ballot. Plain words for a member on a phone: what happens, nothing
 * about who.
 */
export const votingMessages = {
  choices: BALLOT_CHOICES as Record<string, string>,

  // shared steps
  stepChoose: 'Chọn',
  stepConfirm: 'Xác nhận',
  stepDone: 'Hoàn tất',
  roundLine: (session: string, n: number) => `${session} — vòng ${n}`,
  thresholdAt: (share: string) =>
    `Được thông qua khi từ ${share} tổng số thành viên Hội đồng đồng ý.`,
  majority: 'Được thông qua khi quá nửa số thành viên biểu quyết đồng ý.',
  secrecy: 'Phiếu kín: hệ thống không ghi ai bỏ phiếu nào, và không ai xem được lựa chọn của bạn.',
  chooseHelp: (n: number) => `Chọn "Đồng ý" hoặc "Không đồng ý" cho cả ${n} nội dung.`,
  chooseMissing: (n: number) => `Còn ${n} nội dung chưa chọn.`,
  toConfirm: 'Tiếp tục',
  confirmTitle: 'Kiểm tra lại phiếu bầu',
  confirmHelp: 'Sau khi bỏ phiếu không sửa được. Hãy kiểm tra lại từng nội dung.',
  back: 'Sửa lựa chọn',
  cast: 'Xác nhận bỏ phiếu',
  castFailed: 'Chưa bỏ phiếu được',
  retry: 'Thử lại',
  doneTitle: 'Đã ghi nhận phiếu',
  doneReceipt: (n: number) => `Máy chủ đã ghi nhận phiếu của bạn cho ${n} nội dung.`,
  doneNote:
    'Phiếu không gắn với tên bạn nên không xem lại được. Kết quả được công bố sau khi kiểm phiếu.',

  // room: code
  roomTitle: 'Bỏ phiếu kín tại phòng họp',
  stepCode: 'Nhập mã',
  codeLabel: 'Mã bỏ phiếu',
  codeHelp: 'Mã in trên phiếu bạn bốc thăm, ví dụ ABCDE-FGH23. Mỗi mã chỉ dùng được một lần.',
  codeWhat: 'mã bỏ phiếu',
  openPaper: 'Mở phiếu bầu',
  paperFailed: 'Không mở được phiếu bầu',
  /** a device the room shares (the screen at the door): the next member starts from the code */
  nextVoter: 'Người tiếp theo nhập mã',

  // remote
  remoteTitle: 'Bỏ phiếu từ xa',
  remoteLink: 'Bỏ phiếu từ xa',
  stepToken: 'Nhận phiếu',
  tokenIntro:
    'Thiết bị của bạn tạo một phiếu bầu ngẫu nhiên và làm mù nó trước khi gửi để máy chủ ký: máy chủ ghi nhận bạn đã nhận phiếu, nhưng không thấy phiếu, nên không liên kết được phiếu bầu với bạn.',
  tokenOnce: 'Mỗi thành viên chỉ nhận phiếu bầu một lần cho mỗi vòng.',
  getToken: 'Nhận phiếu bầu',
  tokenStepsLabel: 'Các bước nhận phiếu bầu',
  tokenSteps: {
    prepare: 'Tạo phiếu bầu ngẫu nhiên và làm mù trên thiết bị này',
    sign: 'Máy chủ ký mù (không thấy phiếu bầu)',
    finish: 'Bỏ làm mù và kiểm tra chữ ký trên thiết bị này',
  },
  tokenFailed: 'Chưa nhận được phiếu bầu',
  tokenReady: 'Đã nhận phiếu bầu hợp lệ (chữ ký đã được kiểm tra trên thiết bị này).',
  tokenKeep:
    'Phiếu bầu chỉ nằm trong bộ nhớ của trang này: đừng tải lại hay đóng trang trước khi bỏ phiếu xong.',
  notRemote: 'Vòng bỏ phiếu này không bỏ phiếu từ xa.',
  notOpen: (status: string) => `Vòng bỏ phiếu ${status}: không bỏ phiếu được.`,
  statuses: {
    OPEN: 'đang mở',
    CLOSED: 'đã đóng',
    TALLIED: 'đã kiểm phiếu',
  } as Record<string, string>,
  loadFailed: 'Không mở được vòng bỏ phiếu',
};
