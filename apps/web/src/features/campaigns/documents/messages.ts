import { MAX_PDF_BATCH } from '@thidua/web-data-access';

/** Bản PDF of many plans in one background job (issue 10): the request on the list, the job's drawer. */
export const pdfBatchMessages = {
  // the list's action
  makePdf: (n: number) => (n ? `Tạo bản PDF (${n})` : 'Tạo bản PDF'),
  makePdfHint: 'Chọn kế hoạch trong danh sách (ô đánh dấu đầu dòng) để tạo bản PDF.',
  selectPlan: (title: string) => `Chọn kế hoạch: ${title}`,
  tooMany: (n: number) =>
    `Đã chọn ${n} kế hoạch; mỗi lần tạo tối đa ${MAX_PDF_BATCH} bản PDF. Bỏ bớt kế hoạch rồi thử lại.`,
  confirmTitle: (n: number) => `Tạo bản PDF của ${n} kế hoạch?`,
  confirmText:
    'Máy chủ tạo bản PDF trong nền; bạn theo dõi tiến độ và tải từng bản ngay tại đây. Kế hoạch đã ban hành dùng bản PDF lưu kèm văn bản ban hành; dự thảo được tạo theo nội dung hiện tại.',
  confirmOk: 'Tạo bản PDF',
  requestFailed: 'Không tạo được bản PDF',
  clearSelection: 'Bỏ chọn',
  selectShown: 'Chọn tất cả',
  selectColumn: 'Chọn',

  // the job's drawer
  drawerTitle: 'Tạo bản PDF của kế hoạch',
  progressTitle: 'Đang tạo bản PDF',
  progressLabel: 'Tiến độ tạo bản PDF',
  progressText: (done: string, total: string) => `Đã xử lý ${done} / ${total} kế hoạch`,
  queued: 'Đang chờ đến lượt xử lý…',
  jobFailed: 'Tác vụ tạo bản PDF dừng giữa chừng',
  jobFailedHint:
    'Các bản PDF đã tạo vẫn tải được. Những kế hoạch còn lại chưa được tạo; chọn lại chúng trong danh sách để tạo lần nữa.',
  summary: (done: number, total: number, failed: number) =>
    failed
      ? `${done}/${total} bản PDF đã sẵn sàng; ${failed} kế hoạch không tạo được.`
      : `${done}/${total} bản PDF đã sẵn sàng.`,
  empty: 'Tác vụ này không có kế hoạch nào.',
  position: 'STT',
  plan: 'Kế hoạch',
  hiddenPlan: 'Kế hoạch bạn không còn quyền xem',
  status: 'Kết quả',
  statuses: {
    PENDING: 'Đang chờ',
    DONE: 'Đã có bản PDF',
    FAILED: 'Không tạo được',
  } as const,
  notReached: 'Chưa tạo (tác vụ đã dừng)',
  reused: 'Bản lưu khi ban hành',
  created: 'Vừa tạo',
  failedReason: (reason: string) => `Lý do: ${reason}`,
  failedUnknown: 'Máy chủ không cho biết lý do; thử tạo lại kế hoạch này.',
  download: 'Tải PDF',
  downloadOf: (title: string) => `Tải PDF: ${title}`,
  downloadFailed: 'Không tải được bản PDF',
  downloaded: (name: string) => `Đã tải tệp ${name}.`,
  pdfFallbackName: 'ke-hoach.pdf',
  actions: 'Tải về',
};
