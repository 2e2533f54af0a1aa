/**
 * Stable error codes carried in GraphQL `extensions.code`. Integrators branch on these; never rename one.
 * The messages are the Vietnamese defaults a client shows when the server sent no more specific text.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  BAD_USER_INPUT: 'Dữ liệu nhập chưa hợp lệ.',
  CONFLICT: 'Dữ liệu đã bị người khác thay đổi. Vui lòng tải lại và thử lại.',
  READ_ONLY: 'Dữ liệu đã hết hiệu lực (đơn vị đã giải thể, sáp nhập hoặc chia tách): chỉ được xem.',
  RATE_LIMITED: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.',
  PDF_UNAVAILABLE: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
  PDF_FAILED: 'Chưa tạo được bản PDF lúc này; vui lòng thử lại sau hoặc tải bản .docx.',
  QUERY_TOO_DEEP: 'Truy vấn lồng quá sâu.',
  QUERY_TOO_COMPLEX: 'Truy vấn quá phức tạp.',
  GRAPHQL_PARSE_FAILED: 'Truy vấn GraphQL sai cú pháp.',
  GRAPHQL_VALIDATION_FAILED: 'Truy vấn GraphQL không hợp lệ với lược đồ.',
  INTERNAL_SERVER_ERROR: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_CODES;
}
