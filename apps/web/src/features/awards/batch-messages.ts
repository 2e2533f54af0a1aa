import { formatNumber } from '@thidua/shared-domain';

/**
 * Batch eligibility checks and counters (issue 11, ADR 0019 §14): the counters cards, the "check the
 * whole list" job and its report. Imported by the awards feature (and the plan page's "Khen thưởng"
 * tab) directly, as the awards texts are.
 */
export const batchMessages = {
  // counters
  countersRegion: 'Số liệu khen thưởng',
  proposed: 'Đề xuất',
  proposedHelp: 'Tập thể, cá nhân trong các hồ sơ đã gửi (kể cả hồ sơ bị trả lại để bổ sung).',
  eligible: 'Đủ điều kiện',
  eligibleHelp: 'Theo kết quả kiểm tra điều kiện, tiêu chuẩn đã lưu.',
  notEligible: 'Chưa đủ điều kiện',
  appraisedPass: 'Đạt thẩm định',
  appraisedFail: 'Không đạt',
  appraisedFailHelp: 'Không đạt khi đơn vị tiếp nhận thẩm định.',
  escalated: 'Chuyển cấp trên',
  escalatedHelp: 'Đã được đề nghị lên cấp trên khen thưởng.',
  toConfirm: (n: number) => `${formatNumber(n)} cần cán bộ xác nhận`,
  unchecked: (n: number) => `${formatNumber(n)} chưa kiểm tra`,
  dossiers: 'Hồ sơ',
  late: 'Gửi sau hạn',
  overdue: 'Quá hạn xử lý',
  byStatus: 'Hồ sơ theo trạng thái',
  empty: 'Chưa có hồ sơ đề nghị nào trong phạm vi của bạn.',
  emptyHint:
    'Số liệu chỉ tính hồ sơ của đơn vị bạn và hồ sơ gửi đến đơn vị bạn; hồ sơ đang lập chưa được tính vào đề xuất.',
  perRound: 'Theo từng đợt xét',
  round: 'Đợt xét',
  /** the campaign plan page's tab: its award rounds' counters */
  awardsTab: 'Khen thưởng',

  // the rounds page
  roundCounters: 'Số liệu',
  roundCountersOf: (title: string) => `Số liệu của đợt ${title}`,
  roundDrawerTitle: (title: string) => `Số liệu: ${title}`,
  checkRound: 'Kiểm tra tất cả hồ sơ',
  checkRoundHelp:
    'Kiểm tra lại điều kiện, tiêu chuẩn của mọi đề nghị trong các hồ sơ đang xử lý của đợt, theo quy định có hiệu lực của đợt. Chỉ để đối chiếu: kết quả đơn vị đề nghị đã thấy khi gửi được giữ nguyên.',

  // the dossier page
  checkDossier: 'Kiểm tra điều kiện cả danh sách',
  checkDossierHelp:
    'Kiểm tra lại mọi đề nghị của hồ sơ theo dữ liệu hồ sơ thành tích hiện có và quy định có hiệu lực của đợt; kết quả được cập nhật vào danh sách.',
  checkFailed: 'Không bắt đầu kiểm tra được',

  // the job and its report
  drawerTitle: 'Kiểm tra điều kiện, tiêu chuẩn cả danh sách',
  progressTitle: 'Đang kiểm tra điều kiện, tiêu chuẩn',
  progressLabel: 'Tiến độ kiểm tra điều kiện',
  queued: 'Đang chờ đến lượt kiểm tra…',
  progressText: (done: string, total: string) => `Đã kiểm tra ${done} / ${total} đề nghị`,
  jobFailed: 'Kiểm tra không hoàn thành',
  reportTitle: 'Kết quả kiểm tra',
  checked: 'Đã kiểm tra',
  toConfirmShort: 'Cần xác nhận',
  changed: 'Khác kết quả đã lưu',
  storedNotice: (n: number) =>
    `Đã cập nhật kết quả của ${formatNumber(n)} đề nghị vào danh sách của hồ sơ.`,
  reportOnlyNotice:
    'Kết quả chỉ để đối chiếu: kết quả kiểm tra đã lưu khi gửi hồ sơ được giữ nguyên.',
  findingsTitle: 'Các đề nghị cần lưu ý',
  noFindings: 'Mọi đề nghị đều đủ điều kiện, như kết quả đã lưu.',
  unit: 'Đơn vị đề nghị',
  nominee: 'Tập thể, cá nhân',
  storedVerdict: 'Kết quả đã lưu',
  verdict: 'Kết quả kiểm tra lại',
  reasons: 'Lý do',
  notCheckedBefore: 'Chưa kiểm tra',
  openDossier: 'Mở hồ sơ',
};
