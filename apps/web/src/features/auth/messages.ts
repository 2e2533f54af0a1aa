/** `t.auth`: the sign-in page. */
export const authMessages = {
  auth: {
    pageTitle: 'Đăng nhập',
    heading: 'Đăng nhập hệ thống',
    intro: 'Dùng tài khoản do quản trị viên đơn vị cấp.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    failedTitle: 'Đăng nhập không thành công',
    sessionExpired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    /** the public notice page, reachable without an account (ADR 0021) */
    publicNotices: 'Công khai danh sách đề nghị khen thưởng',
    /** decided awards looked up by name, also without an account (ADR 0022) */
    publicAwardLookup: 'Tra cứu khen thưởng',
  },
};
