/** `t.home`, `t.shortcuts`: the home page, its widgets and the shortcut descriptions. */
export const homeMessages = {
  home: {
    pageTitle: 'Trang chủ',
    greeting: (name: string) => `Xin chào, ${name}`,
    unitLine: (unit: string) => `Đơn vị: ${unit}`,
    rolesTitle: 'Vai trò của bạn',
    noRoles: 'Bạn chưa được phân vai trò nào. Liên hệ quản trị viên đơn vị để được phân quyền.',
    roleWithScope: (role: string, scope: string) => `${role} — ${scope}`,
    shortcutsTitle: 'Chức năng thường dùng',
    lastLogin: (when: string) => `Lần đăng nhập trước: ${when}`,
    firstLogin: 'Đây là lần đăng nhập đầu tiên của bạn.',
    myUnitsTitle: 'Đơn vị của tôi',
    myUnitsEmpty: 'Bạn chưa được giao phạm vi đơn vị nào.',
    childCount: (n: string) => `${n} đơn vị trực thuộc`,
    restructuringsTitle: 'Sắp xếp tổ chức gần đây',
    restructuringsEmpty: 'Chưa có quyết định sắp xếp tổ chức nào liên quan đến đơn vị của bạn.',
    restructuringUnits: (sources: string, results: string) => `${sources} → ${results}`,
    jobsTitle: 'Nhập Excel và tác vụ của tôi',
    jobsEmpty: 'Bạn chưa chạy tác vụ nào.',
    jobKinds: {
      'import.units': 'Nhập đơn vị từ Excel',
      'import.people': 'Nhập cán bộ, người lao động từ Excel',
    } as Record<string, string>,
    jobKindOther: 'Tác vụ chạy nền',
    jobStatuses: {
      QUEUED: 'Đang chờ',
      RUNNING: 'Đang chạy',
      SUCCEEDED: 'Hoàn thành',
      FAILED: 'Thất bại',
      CANCELLED: 'Đã hủy',
    },
    jobProgress: (done: string, total: string) => `${done}/${total} dòng`,
    /** shortcut descriptions for a viewer who may only read there */
    readOnlyShortcuts: {
      users: 'Xem tài khoản người dùng trong phạm vi của bạn và vai trò của họ.',
      usersAssign: 'Xem tài khoản người dùng trong phạm vi của bạn và phân vai trò theo đơn vị.',
      roles: 'Xem các vai trò và quyền đi kèm để phân cho người dùng.',
      clusters:
        'Xem thành viên cụm, khối thi đua theo thời gian; cụm, khối trưởng và phó từng năm.',
      legalDocuments:
        'Tra cứu luật, nghị định, chỉ thị, kế hoạch, hướng dẫn làm căn cứ và hiệu lực của từng văn bản.',
      campaignPlans:
        'Xem kế hoạch thi đua của các đơn vị trong phạm vi, tình trạng ban hành và văn bản theo thể thức.',
    },
  },

  shortcuts: {
    units: 'Cây tổ chức chính quyền, Đảng, Mặt trận – đoàn thể; lịch sử và nguồn gốc từng đơn vị.',
    restructuring: 'Đổi tên, chuyển cấp trên, sáp nhập, chia tách, giải thể đơn vị theo văn bản.',
    restructurings: 'Các quyết định sắp xếp đã thực hiện với đơn vị trong phạm vi, mới nhất trước.',
    clusters: 'Thành viên cụm, khối thi đua theo thời gian; cụm, khối trưởng và phó từng năm.',
    legalDocuments:
      'Luật, nghị định, chỉ thị, kế hoạch, hướng dẫn làm căn cứ: thêm văn bản của đơn vị, ghi nhận văn bản bị thay thế.',
    campaignPlans:
      'Soạn kế hoạch thi đua theo từng phần, xem trước văn bản theo thể thức, trình ký và ban hành.',
    campaignInbox:
      'Kế hoạch cấp trên gửi đến các đơn vị của bạn: hạn xây dựng kế hoạch thực hiện và tình trạng.',
    campaignCalendar: 'Mốc thời gian, giai đoạn và các hạn của kế hoạch thi đua theo tháng.',
    records:
      'Kết quả đánh giá hằng năm, lịch sử khen thưởng, sáng kiến và danh sách tạm hoãn xét khen thưởng.',
    people: 'Hồ sơ cán bộ, người lao động và quá trình công tác.',
    imports: 'Nhập danh sách đơn vị, cán bộ từ tệp Excel theo mẫu.',
    profile: 'Cập nhật họ tên, email và đổi mật khẩu.',
    users: 'Tạo tài khoản, khóa/mở khóa, đặt lại mật khẩu, phân vai trò theo đơn vị.',
    roles: 'Xem và định nghĩa vai trò cùng các quyền đi kèm.',
    unitKinds: 'Danh mục loại đơn vị: loại nào được trực thuộc loại nào, loại nào được làm gốc.',
    apiClients: 'Cấp mã truy cập cho phần mềm của đơn vị khác kết nối qua API.',
    audit: 'Tra cứu ai đã thay đổi gì, khi nào, trên đơn vị nào.',
  },
};
