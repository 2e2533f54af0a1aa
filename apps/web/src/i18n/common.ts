import type { UiText } from '@thidua/web-ui';

/** The texts the shared components of libs/web/ui show (passed in through <UiTextProvider>). */
const ui: UiText = {
  totalCount: (n, capped) => (capped ? `Tổng số: hơn ${n}` : `Tổng số: ${n}`),
  shownCount: (n) => `đang hiển thị ${n}`,
  loadMore: 'Tải thêm',
  empty: 'Chưa có dữ liệu',
  loading: 'Đang tải dữ liệu…',
  pageSize: (n) => `${n} / trang`,
  pageSizeLabel: 'Số dòng mỗi lần tải',
  noValue: '—',
  retry: 'Thử lại',
  confirmOk: 'Đồng ý',
  confirmCancel: 'Hủy',
  userMenu: 'Tài khoản của tôi',
  mainNavigation: 'Điều hướng chính',
  skipToContent: 'Bỏ qua đến nội dung chính',
  openNavigation: 'Mở menu điều hướng',
  filters: (n) => (n > 0 ? `Bộ lọc (${n})` : 'Bộ lọc'),
  conflictTitle: 'Dữ liệu đã thay đổi',
  conflictReload: 'Tải lại dữ liệu mới nhất',
};

/** Texts no single feature owns: the shell and menu, buttons, generic errors and validation, formatting. */
export const commonMessages = {
  ui,

  app: {
    title: 'Quản lý thi đua – khen thưởng',
    subtitle: 'Hệ thống thông tin thi đua, khen thưởng',
    documentTitle: (page: string) => `${page} · Thi đua – Khen thưởng`,
    footer: 'thidua — phần mềm nguồn mở quản lý thi đua, khen thưởng cho cơ quan, đơn vị',
    /** the public pages' way to the officers' sign-in */
    staffLogin: 'Đăng nhập dành cho cán bộ',
  },

  common: {
    save: 'Lưu',
    saveChanges: 'Lưu thay đổi',
    cancel: 'Hủy',
    edit: 'Sửa',
    delete: 'Xóa',
    actions: 'Thao tác',
    yes: 'Có',
    no: 'Không',
    close: 'Đóng',
    back: 'Quay lại',
    next: 'Tiếp tục',
    add: 'Thêm',
    all: 'Tất cả',
    datePlaceholder: 'dd/mm/yyyy',
    exportExcel: 'Xuất Excel',
    exportFailed: 'Không xuất được tệp Excel',
    exported: (fileName: string) => `Đã tải tệp ${fileName}.`,
    /** "01/07/2025 – nay", "01/07/2020 – 30/06/2025" */
    period: (from: string, to: string | null) => `${from} – ${to ?? 'nay'}`,
    discardTitle: 'Bỏ các thay đổi chưa lưu?',
    discardText: 'Những gì bạn đã nhập trong biểu mẫu này sẽ không được lưu.',
    discardOk: 'Bỏ thay đổi',
    discardKeep: 'Tiếp tục sửa',
  },

  errors: {
    /** shown when the API's message is missing */
    generic: 'Đã xảy ra lỗi. Vui lòng thử lại.',
    loadFailed: 'Không tải được dữ liệu',
    forbiddenTitle: 'Không có quyền truy cập',
    forbiddenText:
      'Tài khoản của bạn chưa được phân quyền xem trang này. Liên hệ quản trị viên nếu cần.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.',
    backHome: 'Về trang chủ',
    crashTitle: 'Trang gặp sự cố',
    crashText: 'Đã xảy ra lỗi khi hiển thị trang. Vui lòng tải lại trang.',
    reloadPage: 'Tải lại trang',
    apiClientSession: 'Giao diện này dành cho người dùng. Ứng dụng tích hợp chỉ kết nối qua API.',
  },

  validation: {
    required: (what: string) => `Vui lòng nhập ${what}.`,
    requiredChoice: (what: string) => `Vui lòng chọn ${what}.`,
    email: 'Địa chỉ email không hợp lệ.',
    passwordsDiffer: 'Mật khẩu nhập lại không khớp.',
    username:
      'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và dấu chấm, gạch dưới, gạch ngang.',
    roleCode: 'Mã vai trò gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ.',
    permissionsRequired: 'Chọn ít nhất một quyền.',
    unitKindCode:
      'Mã loại đơn vị gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ.',
    sortOrder: 'Thứ tự hiển thị là số nguyên từ 0 đến 9999.',
  },

  nav: {
    home: 'Trang chủ',
    admin: 'Quản trị',
    org: 'Tổ chức',
    emulation: 'Thi đua – khen thưởng',
    legalDocuments: 'Văn bản căn cứ',
    campaignPlans: 'Kế hoạch thi đua',
    campaignInbox: 'Kế hoạch gửi đến',
    campaignCalendar: 'Lịch thi đua',
    records: 'Hồ sơ thành tích',
    units: 'Đơn vị',
    restructuring: 'Sắp xếp tổ chức',
    restructurings: 'Lịch sử sắp xếp',
    clusters: 'Cụm – khối thi đua',
    people: 'Cán bộ',
    imports: 'Nhập từ Excel',
    users: 'Người dùng',
    roles: 'Vai trò',
    unitKinds: 'Loại đơn vị',
    apiClients: 'Ứng dụng tích hợp',
    audit: 'Nhật ký hệ thống',
    profile: 'Thông tin cá nhân',
    logout: 'Đăng xuất',
    loggedOut: 'Bạn đã đăng xuất.',
  },

  scope: {
    systemWide: 'toàn hệ thống',
    unitAndBelow: (unit: string) => `${unit} và đơn vị trực thuộc`,
    systemWideOption: 'Toàn hệ thống',
    /** "Cán bộ thi đua – khen thưởng — Sở Nội vụ" */
    roleAt: (role: string, unit: string | null) => `${role} — ${unit ?? 'Toàn hệ thống'}`,
  },

  legalBasis: {
    /** "Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/06/2025" */
    label: (type: string, number: string, date: string) => `${type} số ${number} ngày ${date}`,
    types: {
      NQ: 'Nghị quyết',
      QĐ: 'Quyết định',
      QD: 'Quyết định',
      CT: 'Chỉ thị',
      KH: 'Kế hoạch',
      TB: 'Thông báo',
      HD: 'Hướng dẫn',
      QC: 'Quy chế',
      QyĐ: 'Quy định',
      ĐA: 'Đề án',
      PA: 'Phương án',
      CTr: 'Chương trình',
      TTr: 'Tờ trình',
      BC: 'Báo cáo',
      BB: 'Biên bản',
    } as Record<string, string>,
    fallbackType: 'Văn bản',
  },
};
