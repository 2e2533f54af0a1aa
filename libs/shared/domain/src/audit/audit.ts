/**
 * The audit log's vocabulary: every operation and every kind of record a row can name, with the
 * Vietnamese label the viewer shows ("Thêm cán bộ — Nguyễn Văn A", never "person.create" or a UUID).
 * Codes are stored in `audit_log` and filtered on by API clients: add, never rename.
 */
export const AUDIT_OPERATIONS = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'user.create': 'Tạo người dùng',
  'user.update': 'Sửa người dùng',
  'user.disable': 'Khóa tài khoản',
  'user.enable': 'Mở khóa tài khoản',
  'user.password.change': 'Đổi mật khẩu',
  'user.password.reset': 'Đặt lại mật khẩu',
  'role.create': 'Tạo vai trò',
  'role.update': 'Sửa vai trò',
  'role.delete': 'Xóa vai trò',
  'role.grant': 'Giao vai trò',
  'role.revoke': 'Thu hồi vai trò',
  'user.restructure': 'Chuyển tài khoản, phạm vi vai trò theo sắp xếp tổ chức',
  'apiClient.create': 'Tạo ứng dụng tích hợp',
  'apiClient.rotateSecret': 'Cấp lại mã truy cập',
  'apiClient.revoke': 'Thu hồi ứng dụng tích hợp',
  'unit.create': 'Tạo đơn vị',
  'unit.update': 'Sửa thông tin đơn vị',
  'unit.rename': 'Đổi tên đơn vị',
  'unit.move': 'Chuyển đơn vị cấp trên',
  'unit.merge': 'Sáp nhập đơn vị',
  'unit.split': 'Chia tách đơn vị',
  'unit.dissolve': 'Giải thể đơn vị',
  'unit.link': 'Liên kết đơn vị tương ứng',
  'unit.unlink': 'Bỏ liên kết đơn vị tương ứng',
  'unitKind.create': 'Thêm loại đơn vị',
  'unitKind.update': 'Sửa loại đơn vị',
  'cluster.create': 'Tạo cụm, khối thi đua',
  'cluster.update': 'Sửa cụm, khối thi đua',
  'cluster.member.add': 'Thêm đơn vị vào cụm, khối',
  'cluster.member.end': 'Đơn vị rời cụm, khối',
  'cluster.leadership.set': 'Phân công cụm trưởng, cụm phó',
  'cluster.restructure': 'Cập nhật cụm, khối theo sắp xếp tổ chức',
  'person.create': 'Thêm cán bộ',
  'person.update': 'Sửa thông tin cán bộ',
  'person.transfer': 'Điều động cán bộ',
  'person.import': 'Thêm cán bộ từ Excel',
  'person.importUpdate': 'Cập nhật cán bộ từ Excel',
  'position.create': 'Thêm chức vụ',
  'position.end': 'Kết thúc chức vụ',
  'position.restructure': 'Cập nhật chức vụ theo sắp xếp tổ chức',
  'import.preview': 'Tải lên tệp Excel',
  'import.commit': 'Xác nhận nhập từ Excel',
  'import.apply': 'Hoàn tất nhập từ Excel',
  'import.discard': 'Hủy lượt nhập từ Excel',
  'job.cancel': 'Hủy tác vụ chạy nền',
  'legalDocument.create': 'Thêm văn bản căn cứ',
  'legalDocument.update': 'Sửa văn bản căn cứ',
  'legalDocument.replace': 'Đánh dấu văn bản bị thay thế',
} as const satisfies Record<string, string>;

export type AuditOperation = keyof typeof AUDIT_OPERATIONS;

/** Kinds of audited records, by their GraphQL type name. */
export const AUDIT_ENTITY_TYPES = {
  User: 'Người dùng',
  Role: 'Vai trò',
  ApiClient: 'Ứng dụng tích hợp',
  Unit: 'Đơn vị',
  UnitKind: 'Loại đơn vị',
  UnitLink: 'Liên kết đơn vị tương ứng',
  Restructuring: 'Sắp xếp tổ chức',
  Cluster: 'Cụm, khối thi đua',
  ClusterMembership: 'Thành viên cụm, khối',
  ClusterLeadership: 'Cụm trưởng, cụm phó',
  Person: 'Cán bộ',
  Position: 'Chức vụ',
  ImportBatch: 'Nhập từ Excel',
  Job: 'Tác vụ chạy nền',
  LegalDocument: 'Văn bản căn cứ',
} as const satisfies Record<string, string>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;

/**
 * Records whose changes are personal data (name, birth date, ethnicity, religion, Party membership,
 * posts held): a reader sees their values only with PERSON_READ where the row is scoped.
 */
export const PERSONAL_AUDIT_ENTITY_TYPES: readonly AuditEntityType[] = ['Person', 'Position'];

/** What the viewer calls a changed field (the `field` of an audit change); unknown fields show as sent. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  fullName: 'Họ và tên',
  email: 'Email',
  unitId: 'Đơn vị',
  status: 'Trạng thái',
  mustChangePassword: 'Phải đổi mật khẩu',
  password: 'Mật khẩu',
  lastLoginAt: 'Lần đăng nhập',
  name: 'Tên',
  code: 'Mã',
  description: 'Mô tả',
  permissions: 'Quyền',
  roleId: 'Vai trò',
  roleAssignment: 'Phân vai trò',
  roleAssignments: 'Phân vai trò',
  keyPrefix: 'Tiền tố khóa',
  secret: 'Mã bí mật',
  kind: 'Loại',
  tree: 'Hệ thống',
  parentId: 'Đơn vị cấp trên',
  validFrom: 'Hoạt động từ ngày',
  shortName: 'Tên viết tắt',
  legalPerson: 'Tư cách pháp nhân',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  allowedParentCodes: 'Loại đơn vị cấp trên được phép',
  canBeRoot: 'Có thể là cấp cao nhất',
  legalPersonDefault: 'Mặc định có tư cách pháp nhân',
  sortOrder: 'Thứ tự',
  counterpartId: 'Đơn vị tương ứng',
  note: 'Ghi chú',
  clusterId: 'Cụm, khối',
  organizerUnitId: 'Đơn vị tổ chức',
  joinedOn: 'Ngày gia nhập',
  leftOn: 'Ngày rời',
  year: 'Năm',
  leadUnitId: 'Cụm trưởng, khối trưởng',
  deputyUnitId: 'Cụm phó, khối phó',
  sex: 'Giới tính',
  dateOfBirth: 'Ngày sinh',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  hometown: 'Quê quán',
  partyMember: 'Đảng viên',
  partyJoinedOn: 'Ngày vào Đảng',
  personId: 'Cán bộ',
  title: 'Chức vụ',
  startedOn: 'Ngày bắt đầu',
  endedOn: 'Ngày kết thúc',
  isLeader: 'Lãnh đạo',
  staffCategory: 'Loại cán bộ',
  fromPositionId: 'Vị trí cũ',
  toPositionId: 'Vị trí mới',
  date: 'Ngày',
  effectiveDate: 'Ngày hiệu lực',
  legalBasis: 'Căn cứ pháp lý',
  sourceUnitIds: 'Đơn vị trước sắp xếp',
  resultUnitIds: 'Đơn vị sau sắp xếp',
  fileName: 'Tên tệp',
  rowCount: 'Số dòng',
  errorCount: 'Số dòng lỗi',
  jobId: 'Tác vụ',
  created: 'Thêm mới',
  updated: 'Cập nhật',
  unchanged: 'Không thay đổi',
  positions: 'Vị trí công tác',
  users: 'Tài khoản',
  apiClients: 'Ứng dụng tích hợp',
  ended: 'Kết thúc',
  opened: 'Mở mới',
  moved: 'Chuyển sang',
  number: 'Số, ký hiệu',
  issuingBody: 'Cơ quan ban hành',
  issuerUnitId: 'Đơn vị ban hành',
  issuedOn: 'Ngày ban hành',
  /** a legal document's trích yếu (`title` is a post's title, 'Chức vụ') */
  summary: 'Trích yếu',
  effectiveFrom: 'Ngày có hiệu lực',
  effectiveTo: 'Ngày hết hiệu lực',
  replacedById: 'Được thay thế bởi',
};

export function auditFieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}

export function auditOperationLabel(operation: string): string {
  return (AUDIT_OPERATIONS as Record<string, string>)[operation] ?? operation;
}

export function auditEntityTypeLabel(entityType: string): string {
  return (AUDIT_ENTITY_TYPES as Record<string, string>)[entityType] ?? entityType;
}
