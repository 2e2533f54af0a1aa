/** `t.calendar`: the working-day calendar (ADR 0016). */
export const calendarMessages = {
  calendar: {
    navLabel: 'Lịch ngày làm việc',
    shortcut: 'Ngày nghỉ lễ, tết, ngày làm bù để tính hạn theo ngày làm việc',
    pageTitle: 'Lịch ngày làm việc',
    subtitle:
      'Các ngày khác với tuần làm việc thứ Hai – thứ Sáu: ngày nghỉ lễ, tết, nghỉ bù, nghỉ hoán đổi và ngày làm bù. Hạn xử lý hồ sơ tính theo ngày làm việc dựa trên lịch này.',
    year: 'Năm',
    previousYear: 'Năm trước',
    nextYear: 'Năm sau',
    editableNotice:
      'Dữ liệu có thể sửa: đối chiếu với thông báo lịch nghỉ lễ, tết chính thức của năm (Thủ tướng Chính phủ quyết định cách chia ngày nghỉ Tết, ngày liền kề Quốc khánh và các ngày hoán đổi).',
    summary: (workingDays: number, daysOff: number, workedWeekends: number) =>
      `${workingDays} ngày làm việc · ${daysOff} ngày nghỉ trong tuần · ${workedWeekends} ngày làm bù`,
    provisionalSummary: (n: number) => `${n} ngày cần đối chiếu thông báo`,
    undefinedTitle: (year: number) => `Chưa có lịch ngày làm việc năm ${year}`,
    undefinedText:
      'Hạn tính vào năm này chỉ theo các ngày lễ dương lịch (không có Tết, Giỗ Tổ, ngày hoán đổi) và được ghi là tạm tính.',
    undefinedAsk: 'Liên hệ quản trị viên để lập lịch năm này.',
    sources: {
      SHIPPED: 'Dữ liệu hệ thống',
      RULES: 'Theo quy định',
      EDITED: 'Quản trị viên sửa',
    },
    yearSources: {
      SHIPPED: 'Theo dữ liệu hệ thống (cập nhật khi nâng cấp phiên bản)',
      EDITED: 'Quản trị viên đã lập hoặc sửa',
    },
    kinds: {
      DAY_OFF: 'Ngày nghỉ',
      WORKING_DAY: 'Ngày làm bù',
    },
    kindHelp: {
      DAY_OFF: 'Thứ Hai – thứ Sáu được nghỉ (lễ, tết, nghỉ bù, nghỉ hoán đổi).',
      WORKING_DAY: 'Thứ Bảy hoặc Chủ nhật phải đi làm (làm bù).',
    },
    provisional: 'Cần đối chiếu',
    provisionalHelp: 'Chưa đối chiếu với thông báo chính thức của năm.',
    columns: {
      date: 'Ngày',
      weekday: 'Thứ',
      kind: 'Loại',
      name: 'Tên ngày',
      note: 'Căn cứ, ghi chú',
      source: 'Nguồn',
    },
    month: (m: number) => `Tháng ${m}`,
    empty: 'Năm này không có ngày nghỉ hay ngày làm bù nào.',
    add: 'Thêm ngày',
    createTitle: 'Thêm ngày nghỉ hoặc ngày làm bù',
    editTitle: (date: string) => `Sửa ngày ${date}`,
    date: 'Ngày',
    dateWhat: 'ngày',
    kind: 'Loại ngày',
    kindWhat: 'loại ngày',
    name: 'Tên ngày',
    nameWhat: 'tên ngày',
    namePlaceholder: 'Ví dụ: Nghỉ hoán đổi, Làm bù, Tết Nguyên đán',
    note: 'Căn cứ, ghi chú',
    notePlaceholder: 'Ví dụ: Thông báo số …/TB-BNV ngày …',
    outsideYear: (year: number) => `Ngày phải thuộc năm ${year}.`,
    created: 'Đã thêm ngày vào lịch.',
    updated: 'Đã lưu ngày.',
    deleteConfirmTitle: (date: string, name: string) => `Xóa ngày ${date} – ${name}?`,
    deleteConfirmText:
      'Các hạn tính theo ngày làm việc sẽ được tính lại theo lịch mới. Thao tác được ghi nhật ký.',
    deleted: 'Đã xóa ngày khỏi lịch.',
    editLabel: (date: string) => `Sửa ngày ${date}`,
    deleteLabel: (date: string) => `Xóa ngày ${date}`,
    generate: 'Tạo lịch năm',
    generateTitle: (year: number) => `Tạo lịch năm ${year} theo quy định`,
    generateIntro:
      'Lập các ngày lễ dương lịch (01/01, 30/04, 01/05, 02/09 và ngày liền kề) và ngày nghỉ bù theo Bộ luật Lao động 2019 (Điều 111, 112). Nhập thêm ngày âm lịch quy đổi để lập Tết và Giỗ Tổ. Ngày hoán đổi, làm bù thêm sau theo thông báo.',
    lunarNewYear: 'Mùng 1 Tết Nguyên đán',
    lunarNewYearHelp:
      'Để trống nếu chưa biết; lập 05 ngày Tết dự kiến (01 ngày cuối năm, 04 ngày đầu năm).',
    hungKings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    yearNote: 'Ghi chú của năm',
    preview: (n: number) => `Sẽ lập ${n} ngày nghỉ:`,
    generated: (year: number) => `Đã tạo lịch năm ${year}. Hãy đối chiếu với thông báo của năm.`,
  },
};
