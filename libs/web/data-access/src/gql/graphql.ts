/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorType =
  /** Ứng dụng tích hợp */
  | 'API_CLIENT'
  /** Hệ thống */
  | 'SYSTEM'
  /** Người dùng */
  | 'USER';

export type AddClusterMemberInput = {
  clusterId: string | number;
  /** Ngày gia nhập. */
  joinedOn: string;
  unitId: string | number;
};

export type AddPositionInput = {
  personId: string | number;
  position: PositionInput;
};

export type ApiClientStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã thu hồi */
  | 'REVOKED';

export type AuditFilter = {
  actorId?: string | number | null | undefined;
  actorType?: ActorType | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  /** Thao tác, hoặc tiền tố của nó ("user." = mọi thao tác trên người dùng). */
  operation?: string | null | undefined;
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** Cụm thi đua nhóm các đơn vị theo địa bàn; khối thi đua nhóm các đơn vị có chức năng, nhiệm vụ tương đồng. */
export type ClusterKind =
  /** Cụm thi đua (theo địa bàn) */
  | 'CUM'
  /** Khối thi đua (theo chức năng, lĩnh vực) */
  | 'KHOI';

export type CreateApiClientInput = {
  description?: string | null | undefined;
  name: string;
  roles?: Array<RoleGrantInput>;
  unitId: string | number;
};

export type CreateClusterInput = {
  /** Mã cụm, khối (duy nhất), ví dụ "CUM-1", "KHOI-DN". */
  code: string;
  description?: string | null | undefined;
  kind: ClusterKind;
  name: string;
  /** Cấp tổ chức cụm, khối (UBND tỉnh, bộ, ngành…). */
  organizerUnitId: string | number;
};

/** Thêm một văn bản căn cứ. */
export type CreateLegalDocumentInput = {
  /** Ngày có hiệu lực. */
  effectiveFrom?: string | null | undefined;
  /** Ngày cuối cùng còn hiệu lực (không trước ngày có hiệu lực và ngày ban hành). */
  effectiveTo?: string | null | undefined;
  /** Ngày ban hành (không sau hôm nay). */
  issuedOn?: string | null | undefined;
  /** Đơn vị ban hành trong hệ thống (văn bản địa phương); bỏ trống: văn bản trung ương, cần quyền trên toàn hệ thống. */
  issuerUnitId?: string | number | null | undefined;
  /** Cơ quan ban hành, ví dụ "Chính phủ", "Ủy ban nhân dân tỉnh Bắc Kạn". */
  issuingBody: string;
  kind: LegalDocumentKind;
  note?: string | null | undefined;
  /** Số, ký hiệu, ví dụ "152/2025/NĐ-CP" (khoảng trắng quanh / và - được bỏ). */
  number: string;
  /** Trích yếu nội dung. */
  title: string;
};

export type CreatePersonInput = {
  /** Mã nhân sự (duy nhất khi có). */
  code?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  ethnicity?: string | null | undefined;
  fullName: string;
  hometown?: string | null | undefined;
  note?: string | null | undefined;
  /** Chỉ khi là đảng viên. */
  partyJoinedOn?: string | null | undefined;
  partyMember?: boolean | null | undefined;
  /** Vị trí công tác đầu tiên (thường có). */
  position?: PositionInput | null | undefined;
  religion?: string | null | undefined;
  sex: Sex;
};

export type CreateRoleInput = {
  code: string;
  description?: string | null | undefined;
  name: string;
  permissions: Array<Permission>;
};

export type CreateUnitInput = {
  address?: string | null | undefined;
  code: string;
  email?: string | null | undefined;
  kindCode: string;
  legalPerson?: boolean | null | undefined;
  name: string;
  /** Đơn vị cấp trên; bỏ trống để tạo đơn vị gốc. */
  parentId?: string | number | null | undefined;
  phone?: string | null | undefined;
  shortName?: string | null | undefined;
  /** Hiệu lực từ ngày; mặc định hôm nay. */
  validFrom?: string | null | undefined;
};

export type CreateUnitKindInput = {
  /** Mã các loại đơn vị được làm cấp trên. */
  allowedParentCodes: Array<string>;
  canBeRoot: boolean;
  code: string;
  legalPersonDefault: boolean;
  name: string;
  sortOrder?: number;
  tree: UnitTree;
};

export type CreateUserInput = {
  email?: string | null | undefined;
  fullName: string;
  password: string;
  roles?: Array<RoleGrantInput>;
  unitId: string | number;
  username: string;
};

export type DeleteRoleInput = {
  id: string | number;
};

export type DissolveUnitInput = {
  /** Ngày có hiệu lực (không sau hôm nay). */
  effectiveDate: string;
  legalBasis: LegalBasisInput;
  note?: string | null | undefined;
  unitId: string | number;
};

export type EndClusterMembershipInput = {
  /** Ngày rời cụm, khối (từ ngày này không còn là thành viên). */
  leftOn: string;
  membershipId: string | number;
};

export type EndPositionInput = {
  /** Ngày kết thúc (sau ngày bắt đầu). */
  endedOn: string;
  positionId: string | number;
};

/** Giao vai trò cho đúng một người dùng hoặc một ứng dụng. */
export type GrantRoleInput = {
  apiClientId?: string | number | null | undefined;
  roleId: string | number;
  unitId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

/** Loại dữ liệu nhập từ Excel. */
export type ImportKind =
  /** Cán bộ, người lao động */
  | 'PEOPLE'
  /** Đơn vị */
  | 'UNITS';

/** Việc sẽ làm với một dòng của tệp. */
export type ImportRowAction =
  /** Thêm mới */
  | 'CREATE'
  /** Có lỗi, không ghi được */
  | 'INVALID'
  /** Không thay đổi */
  | 'UNCHANGED'
  /** Cập nhật */
  | 'UPDATE';

/** Trạng thái một lần nhập dữ liệu từ Excel. */
export type ImportStatus =
  /** Đã ghi dữ liệu */
  | 'COMMITTED'
  /** Đang ghi dữ liệu */
  | 'COMMITTING'
  /** Ghi dữ liệu thất bại: không có gì được ghi */
  | 'FAILED'
  /** Đang xem trước: chưa ghi gì */
  | 'PREVIEW';

/** Trạng thái của một tác vụ chạy nền. */
export type JobStatus =
  /** Đã hủy */
  | 'CANCELLED'
  /** Thất bại */
  | 'FAILED'
  /** Đang chờ */
  | 'QUEUED'
  /** Đang chạy */
  | 'RUNNING'
  /** Hoàn thành */
  | 'SUCCEEDED';

/** Căn cứ pháp lý: số, ký hiệu và ngày ban hành (ví dụ 1656/NQ-UBTVQH15 ngày 16/6/2025). */
export type LegalBasisInput = {
  date: string;
  number: string;
  title?: string | null | undefined;
};

/** Loại văn bản căn cứ. */
export type LegalDocumentKind =
  /** Chỉ thị */
  | 'CHI_THI'
  /** Chương trình */
  | 'CHUONG_TRINH'
  /** Công văn */
  | 'CONG_VAN'
  /** Hướng dẫn */
  | 'HUONG_DAN'
  /** Kết luận */
  | 'KET_LUAN'
  /** Kế hoạch */
  | 'KE_HOACH'
  /** Văn bản khác */
  | 'KHAC'
  /** Luật */
  | 'LUAT'
  /** Nghị định */
  | 'NGHI_DINH'
  /** Nghị quyết */
  | 'NGHI_QUYET'
  /** Pháp lệnh */
  | 'PHAP_LENH'
  /** Quyết định */
  | 'QUYET_DINH'
  /** Quy định */
  | 'QUY_DINH'
  /** Thông báo */
  | 'THONG_BAO'
  /** Thông tư */
  | 'THONG_TU';

/** Hiệu lực của văn bản vào một ngày. */
export type LegalDocumentStatus =
  /** Hết hiệu lực */
  | 'EXPIRED'
  /** Còn hiệu lực */
  | 'IN_FORCE'
  /** Chưa có hiệu lực */
  | 'NOT_YET_IN_FORCE'
  /** Đã được thay thế */
  | 'REPLACED';

export type LinkUnitsInput = {
  counterpartId: string | number;
  note?: string | null | undefined;
  unitId: string | number;
};

export type LoginInput = {
  password: string;
  username: string;
};

/** Ghi nhận văn bản bị thay thế (hoặc bãi bỏ) bởi văn bản khác; replacedById null: bỏ ghi nhận. */
export type MarkLegalDocumentReplacedInput = {
  /** Ngày cuối cùng văn bản bị thay thế còn hiệu lực; bỏ trống: giữ ngày đã có, nếu chưa có thì lấy ngày trước ngày văn bản thay thế có hiệu lực. */
  effectiveTo?: string | null | undefined;
  /** Văn bản bị thay thế. */
  id: string | number;
  /** Văn bản thay thế; null: bỏ ghi nhận thay thế. */
  replacedById?: string | number | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sáp nhập vào một đơn vị có sẵn (targetUnitId) hoặc hợp nhất thành đơn vị mới (newUnit). */
export type MergeUnitsInput = {
  /** Ngày có hiệu lực (không sau hôm nay). */
  effectiveDate: string;
  legalBasis: LegalBasisInput;
  newUnit?: NewUnitInput | null | undefined;
  /** Cấp trên của đơn vị mới. */
  newUnitParentId?: string | number | null | undefined;
  note?: string | null | undefined;
  sourceUnitIds: Array<string | number>;
  targetUnitId?: string | number | null | undefined;
};

export type MoveUnitInput = {
  /** Ngày có hiệu lực (không sau hôm nay). */
  effectiveDate: string;
  legalBasis: LegalBasisInput;
  newParentId: string | number;
  note?: string | null | undefined;
  unitId: string | number;
};

/** Một đơn vị mới thành lập (khi hợp nhất, chia tách). */
export type NewUnitInput = {
  address?: string | null | undefined;
  code: string;
  email?: string | null | undefined;
  kindCode: string;
  legalPerson?: boolean | null | undefined;
  name: string;
  phone?: string | null | undefined;
  shortName?: string | null | undefined;
};

/** Quyền. Vai trò là một tập quyền; quyền áp dụng trên phạm vi đơn vị của phân quyền. */
export type Permission =
  /** Quản lý ứng dụng tích hợp */
  | 'API_CLIENT_MANAGE'
  /** Xem nhật ký hệ thống */
  | 'AUDIT_READ'
  /** Ký ban hành kế hoạch thi đua (cấp số, ký hiệu) */
  | 'CAMPAIGN_ISSUE'
  /** Soạn, sửa kế hoạch, phong trào thi đua */
  | 'CAMPAIGN_MANAGE'
  /** Xem kế hoạch, phong trào thi đua */
  | 'CAMPAIGN_READ'
  /** Quản lý cụm, khối thi đua */
  | 'CLUSTER_MANAGE'
  /** Quản lý văn bản căn cứ (thêm, sửa, đánh dấu bị thay thế) */
  | 'LEGAL_MANAGE'
  /** Quản lý cán bộ, người lao động */
  | 'PERSON_MANAGE'
  /** Xem cán bộ, người lao động */
  | 'PERSON_READ'
  /** Phân vai trò và phạm vi */
  | 'ROLE_ASSIGN'
  /** Định nghĩa vai trò */
  | 'ROLE_MANAGE'
  /** Quản lý đơn vị */
  | 'UNIT_MANAGE'
  /** Xem đơn vị */
  | 'UNIT_READ'
  /** Sắp xếp tổ chức (đổi tên, chuyển, sáp nhập, chia tách, giải thể) */
  | 'UNIT_RESTRUCTURE'
  /** Tạo, sửa, khóa người dùng */
  | 'USER_MANAGE'
  /** Xem người dùng */
  | 'USER_READ';

/** Một vị trí công tác: đơn vị, chức vụ, ngày bắt đầu, loại cán bộ. */
export type PositionInput = {
  /** Lãnh đạo, quản lý (false: người trực tiếp làm việc). */
  isLeader?: boolean | null | undefined;
  staffCategory: StaffCategory;
  startedOn: string;
  /** Chức vụ. */
  title: string;
  unitId: string | number;
};

export type RenameUnitInput = {
  /** Ngày có hiệu lực (không sau hôm nay). */
  effectiveDate: string;
  legalBasis: LegalBasisInput;
  /** Bỏ qua để giữ mã hiện tại. */
  newCode?: string | null | undefined;
  newName: string;
  /** Bỏ qua để giữ tên viết tắt hiện tại. */
  newShortName?: string | null | undefined;
  note?: string | null | undefined;
  unitId: string | number;
};

export type ResetUserPasswordInput = {
  id: string | number;
  newPassword: string;
};

export type RestructuringKind =
  /** Thành lập */
  | 'CREATE'
  /** Giải thể */
  | 'DISSOLVE'
  /** Sáp nhập, hợp nhất */
  | 'MERGE'
  /** Chuyển đơn vị cấp trên */
  | 'MOVE'
  /** Đổi tên */
  | 'RENAME'
  /** Chia tách */
  | 'SPLIT';

export type RevokeApiClientInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type RevokeRoleInput = {
  assignmentId: string | number;
};

/** Giao một vai trò trên một đơn vị (unitId rỗng = toàn hệ thống). */
export type RoleGrantInput = {
  roleId: string | number;
  unitId?: string | number | null | undefined;
};

export type RotateApiClientSecretInput = {
  id: string | number;
};

/** Cụm trưởng, cụm phó của một năm; đặt lại cho năm đã có thì thay thế. */
export type SetClusterLeadershipInput = {
  clusterId: string | number;
  /** Cụm phó (khối phó). */
  deputyUnitId?: string | number | null | undefined;
  /** Cụm trưởng (khối trưởng). */
  leadUnitId: string | number;
  year: number;
};

export type SetUserStatusInput = {
  id: string | number;
  status: UserStatus;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Giới tính. */
export type Sex =
  /** Nữ */
  | 'FEMALE'
  /** Nam */
  | 'MALE';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Chia tách một đơn vị thành các đơn vị mới cùng cấp; đơn vị cũ kết thúc. */
export type SplitUnitInput = {
  /** Ngày có hiệu lực (không sau hôm nay). */
  effectiveDate: string;
  legalBasis: LegalBasisInput;
  newUnits: Array<NewUnitInput>;
  note?: string | null | undefined;
  sourceUnitId: string | number;
};

/** Loại cán bộ theo vị trí công tác. */
export type StaffCategory =
  /** Công chức */
  | 'CIVIL_SERVANT'
  /** Sĩ quan, lực lượng vũ trang */
  | 'OFFICER'
  /** Khác */
  | 'OTHER'
  /** Viên chức */
  | 'PUBLIC_EMPLOYEE'
  /** Người lao động */
  | 'WORKER';

/** Điều chuyển: kết thúc một vị trí và bắt đầu vị trí mới từ ngày position.startedOn. */
export type TransferPersonInput = {
  fromPositionId: string | number;
  personId: string | number;
  position: PositionInput;
};

export type UnitChangeAction =
  /** Thành lập mới */
  | 'CREATED'
  /** Kết thúc hoạt động */
  | 'ENDED'
  /** Chuyển đơn vị cấp trên */
  | 'MOVED'
  /** Đổi tên */
  | 'RENAMED'
  /** Đơn vị tiếp nhận (giữ nguyên) */
  | 'UNCHANGED_TARGET';

/** Trạng thái đơn vị; đơn vị đã kết thúc chỉ được xem từ ngày validTo. */
export type UnitStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã giải thể */
  | 'DISSOLVED'
  /** Đã sáp nhập, hợp nhất */
  | 'MERGED'
  /** Đã chia tách */
  | 'SPLIT';

/** Hệ thống tổ chức song song: chính quyền, Đảng, Mặt trận – đoàn thể. */
export type UnitTree =
  /** Mặt trận – đoàn thể */
  | 'FRONT'
  /** Chính quyền */
  | 'GOVERNMENT'
  /** Đảng */
  | 'PARTY';

export type UnlinkUnitsInput = {
  linkId: string | number;
};

/** Sửa tên, mô tả; mã, loại và đơn vị tổ chức không đổi. */
export type UpdateClusterInput = {
  description?: string | null | undefined;
  id: string | number;
  name: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa một văn bản căn cứ (mọi trường gửi lên thay cho giá trị cũ); văn bản thay thế đổi qua markLegalDocumentReplaced. */
export type UpdateLegalDocumentInput = {
  /** Ngày có hiệu lực. */
  effectiveFrom?: string | null | undefined;
  /** Ngày cuối cùng còn hiệu lực (không trước ngày có hiệu lực và ngày ban hành). */
  effectiveTo?: string | null | undefined;
  id: string | number;
  /** Ngày ban hành (không sau hôm nay). */
  issuedOn?: string | null | undefined;
  /** Đơn vị ban hành trong hệ thống (văn bản địa phương); bỏ trống: văn bản trung ương, cần quyền trên toàn hệ thống. */
  issuerUnitId?: string | number | null | undefined;
  /** Cơ quan ban hành, ví dụ "Chính phủ", "Ủy ban nhân dân tỉnh Bắc Kạn". */
  issuingBody: string;
  kind: LegalDocumentKind;
  note?: string | null | undefined;
  /** Số, ký hiệu, ví dụ "152/2025/NĐ-CP" (khoảng trắng quanh / và - được bỏ). */
  number: string;
  /** Trích yếu nội dung. */
  title: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateMyProfileInput = {
  email?: string | null | undefined;
  fullName: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa thông tin cá nhân; vị trí công tác thay đổi qua addPosition, endPosition, transferPerson. */
export type UpdatePersonInput = {
  /** Mã nhân sự (duy nhất khi có). */
  code?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  ethnicity?: string | null | undefined;
  fullName: string;
  hometown?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  /** Chỉ khi là đảng viên. */
  partyJoinedOn?: string | null | undefined;
  partyMember: boolean;
  religion?: string | null | undefined;
  sex: Sex;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateRoleInput = {
  description?: string | null | undefined;
  id: string | number;
  name: string;
  permissions: Array<Permission>;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Thông tin không thuộc cơ cấu; đổi tên, mã, cấp trên đi qua chức năng sắp xếp. */
export type UpdateUnitInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  legalPerson: boolean;
  phone?: string | null | undefined;
  shortName?: string | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateUnitKindInput = {
  /** Mã các loại đơn vị được làm cấp trên. */
  allowedParentCodes: Array<string>;
  canBeRoot: boolean;
  id: string | number;
  legalPersonDefault: boolean;
  name: string;
  sortOrder?: number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateUserInput = {
  email?: string | null | undefined;
  fullName: string;
  id: string | number;
  unitId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UserOrder = {
  direction?: SortDirection;
  field?: UserSortField;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'FULL_NAME'
  | 'USERNAME';

export type UserStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã khóa */
  | 'DISABLED';

export type ApiClientsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ApiClientsQuery = { apiClients: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } }> } };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient: { token: string, client: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } } };

export type RotateApiClientSecretMutationVariables = Exact<{
  input: RotateApiClientSecretInput;
}>;


export type RotateApiClientSecretMutation = { rotateApiClientSecret: { token: string, client: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } } };

export type RevokeApiClientMutationVariables = Exact<{
  input: RevokeApiClientInput;
}>;


export type RevokeApiClientMutation = { revokeApiClient: { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type AuditEntryItemFragment = { id: string, occurredAt: string, actorType: ActorType, actorId: string | null, actorName: string, operation: string, operationLabel: string, entityType: string, entityTypeLabel: string, entityId: string | null, entityLabel: string | null, masked: boolean, requestId: string | null, ipAddress: string | null, actingUnit: { id: string, code: string, name: string, shortName: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null, masked: boolean }> };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, actorType: ActorType, actorId: string | null, actorName: string, operation: string, operationLabel: string, entityType: string, entityTypeLabel: string, entityId: string | null, entityLabel: string | null, masked: boolean, requestId: string | null, ipAddress: string | null, actingUnit: { id: string, code: string, name: string, shortName: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null, masked: boolean }> } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { actorType: ActorType, permissions: Array<Permission>, sessionExpiresAt: string | null, previousLoginAt: string | null, user: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type ClusterItemFragment = { id: string, code: string, name: string, kind: ClusterKind, description: string | null, memberCount: number, version: number, organizer: { id: string, name: string, canOpen: boolean } };

export type ClustersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: ClusterKind | null | undefined;
}>;


export type ClustersQuery = { clusters: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, kind: ClusterKind, description: string | null, memberCount: number, version: number, organizer: { id: string, name: string, canOpen: boolean } } }> } };

export type ClusterDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ClusterDetailQuery = { cluster: { id: string, code: string, name: string, kind: ClusterKind, description: string | null, memberCount: number, version: number, members: Array<{ id: string, joinedOn: string, leftOn: string | null, unit: { id: string, code: string, name: string, canOpen: boolean, status: UnitStatus, validTo: string | null } }>, leaderships: Array<{ id: string, year: number, lead: { id: string, name: string, canOpen: boolean }, deputy: { id: string, name: string, canOpen: boolean } | null }>, organizer: { id: string, name: string, canOpen: boolean } } };

export type CreateClusterMutationVariables = Exact<{
  input: CreateClusterInput;
}>;


export type CreateClusterMutation = { createCluster: { id: string, code: string, name: string, kind: ClusterKind, description: string | null, memberCount: number, version: number, organizer: { id: string, name: string, canOpen: boolean } } };

export type UpdateClusterMutationVariables = Exact<{
  input: UpdateClusterInput;
}>;


export type UpdateClusterMutation = { updateCluster: { id: string, code: string, name: string, kind: ClusterKind, description: string | null, memberCount: number, version: number, organizer: { id: string, name: string, canOpen: boolean } } };

export type AddClusterMemberMutationVariables = Exact<{
  input: AddClusterMemberInput;
}>;


export type AddClusterMemberMutation = { addClusterMember: { id: string } };

export type EndClusterMembershipMutationVariables = Exact<{
  input: EndClusterMembershipInput;
}>;


export type EndClusterMembershipMutation = { endClusterMembership: { id: string, leftOn: string | null } };

export type SetClusterLeadershipMutationVariables = Exact<{
  input: SetClusterLeadershipInput;
}>;


export type SetClusterLeadershipMutation = { setClusterLeadership: { id: string } };

export type UnitSummaryFragment = { id: string, code: string, name: string, shortName: string | null };

export type RoleAssignmentItemFragment = { id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null };

export type UserItemFragment = { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> };

export type RoleItemFragment = { id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number };

export type ApiClientItemFragment = { id: string, name: string, description: string | null, status: ApiClientStatus, keyPrefix: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> };

export type JobItemFragment = { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null };

export type ImportBatchSummaryFragment = { id: string, kind: ImportKind, fileName: string, status: ImportStatus, columns: Array<string>, rowCount: number, errorCount: number, createCount: number, updateCount: number, unchangedCount: number, createdAt: string, job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } | null };

export type ImportRowItemFragment = { rowNumber: number, action: ImportRowAction, values: Array<string>, problems: Array<string> };

export type ImportBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportBatchQuery = { importBatch: { id: string, kind: ImportKind, fileName: string, status: ImportStatus, columns: Array<string>, rowCount: number, errorCount: number, createCount: number, updateCount: number, unchangedCount: number, createdAt: string, job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } | null } };

export type ImportBatchRowsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  onlyProblems?: boolean | null | undefined;
}>;


export type ImportBatchRowsQuery = { importBatch: { id: string, rows: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { rowNumber: number, action: ImportRowAction, values: Array<string>, problems: Array<string> } }> } } };

export type JobQueryVariables = Exact<{
  id: string | number;
}>;


export type JobQuery = { job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } };

export type MyJobsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyJobsQuery = { myJobs: Array<{ createdAt: string, id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null }> };

export type CommitImportMutationVariables = Exact<{
  batchId: string | number;
}>;


export type CommitImportMutation = { commitImport: { id: string, kind: ImportKind, fileName: string, status: ImportStatus, columns: Array<string>, rowCount: number, errorCount: number, createCount: number, updateCount: number, unchangedCount: number, createdAt: string, job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } | null } };

export type DiscardImportMutationVariables = Exact<{
  batchId: string | number;
}>;


export type DiscardImportMutation = { discardImport: string };

export type LegalDocumentItemFragment = { id: string, number: string, kind: LegalDocumentKind, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, name: string } | null };

export type LegalDocumentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: LegalDocumentKind | null | undefined;
  effectiveOn?: string | null | undefined;
  includeReplaced?: boolean | null | undefined;
}>;


export type LegalDocumentsQuery = { legalDocuments: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: LegalDocumentKind, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, name: string } | null } }> } };

export type LegalDocumentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LegalDocumentDetailQuery = { legalDocument: { note: string | null, id: string, number: string, kind: LegalDocumentKind, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, replaces: Array<{ id: string, name: string, title: string | null }>, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, name: string } | null } };

export type CreateLegalDocumentMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type CreateLegalDocumentMutation = { createLegalDocument: { id: string, number: string, kind: LegalDocumentKind, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, name: string } | null } };

export type UpdateLegalDocumentMutationVariables = Exact<{
  input: UpdateLegalDocumentInput;
}>;


export type UpdateLegalDocumentMutation = { updateLegalDocument: { id: string, number: string, kind: LegalDocumentKind, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, name: string } | null } };

export type MarkLegalDocumentReplacedMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type MarkLegalDocumentReplacedMutation = { markLegalDocumentReplaced: { id: string, number: string, kind: LegalDocumentKind, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, name: string } | null } };

export type PositionItemFragment = { id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } };

export type PersonItemFragment = { id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> };

export type PersonDetailFragment = { ethnicity: string | null, religion: string | null, hometown: string | null, partyJoinedOn: string | null, note: string | null, id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, positions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }>, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> };

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
  includeDescendants?: boolean | null | undefined;
  sex?: Sex | null | undefined;
  partyMember?: boolean | null | undefined;
  staffCategory?: StaffCategory | null | undefined;
  includeFormer?: boolean | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> } }> } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { ethnicity: string | null, religion: string | null, hometown: string | null, partyJoinedOn: string | null, note: string | null, id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, positions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }>, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { ethnicity: string | null, religion: string | null, hometown: string | null, partyJoinedOn: string | null, note: string | null, id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, positions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }>, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { ethnicity: string | null, religion: string | null, hometown: string | null, partyJoinedOn: string | null, note: string | null, id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, positions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }>, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> } };

export type AddPositionMutationVariables = Exact<{
  input: AddPositionInput;
}>;


export type AddPositionMutation = { addPosition: { id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } } };

export type EndPositionMutationVariables = Exact<{
  input: EndPositionInput;
}>;


export type EndPositionMutation = { endPosition: { id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } } };

export type TransferPersonMutationVariables = Exact<{
  input: TransferPersonInput;
}>;


export type TransferPersonMutation = { transferPerson: { ethnicity: string | null, religion: string | null, hometown: string | null, partyJoinedOn: string | null, note: string | null, id: string, code: string | null, fullName: string, sex: Sex, dateOfBirth: string | null, partyMember: boolean, version: number, positions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }>, currentPositions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> } };

export type UnitPastStaffQueryVariables = Exact<{
  unitId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type UnitPastStaffQuery = { people: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string, positions: Array<{ id: string, title: string, startedOn: string, endedOn: string | null, isLeader: boolean, staffCategory: StaffCategory, unit: { id: string, code: string, name: string, status: UnitStatus } }> } }> } };

export type RestructuringPreviewItemFragment = { kind: RestructuringKind, effectiveDate: string, warnings: Array<string>, units: Array<{ action: UnitChangeAction, unitId: string | null, code: string, nameBefore: string | null, nameAfter: string | null, parentBefore: string | null, parentAfter: string | null }>, carried: Array<{ module: string, label: string, count: number }>, scopesCarried: Array<{ holderName: string, roleName: string, fromUnit: string, toUnit: string }>, openWork: Array<{ module: string, label: string, count: number }> };

export type RestructuringsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type RestructuringsQuery = { restructurings: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } }> } };

export type PreviewRenameUnitQueryVariables = Exact<{
  input: RenameUnitInput;
}>;


export type PreviewRenameUnitQuery = { previewRenameUnit: { kind: RestructuringKind, effectiveDate: string, warnings: Array<string>, units: Array<{ action: UnitChangeAction, unitId: string | null, code: string, nameBefore: string | null, nameAfter: string | null, parentBefore: string | null, parentAfter: string | null }>, carried: Array<{ module: string, label: string, count: number }>, scopesCarried: Array<{ holderName: string, roleName: string, fromUnit: string, toUnit: string }>, openWork: Array<{ module: string, label: string, count: number }> } };

export type PreviewMoveUnitQueryVariables = Exact<{
  input: MoveUnitInput;
}>;


export type PreviewMoveUnitQuery = { previewMoveUnit: { kind: RestructuringKind, effectiveDate: string, warnings: Array<string>, units: Array<{ action: UnitChangeAction, unitId: string | null, code: string, nameBefore: string | null, nameAfter: string | null, parentBefore: string | null, parentAfter: string | null }>, carried: Array<{ module: string, label: string, count: number }>, scopesCarried: Array<{ holderName: string, roleName: string, fromUnit: string, toUnit: string }>, openWork: Array<{ module: string, label: string, count: number }> } };

export type PreviewMergeUnitsQueryVariables = Exact<{
  input: MergeUnitsInput;
}>;


export type PreviewMergeUnitsQuery = { previewMergeUnits: { kind: RestructuringKind, effectiveDate: string, warnings: Array<string>, units: Array<{ action: UnitChangeAction, unitId: string | null, code: string, nameBefore: string | null, nameAfter: string | null, parentBefore: string | null, parentAfter: string | null }>, carried: Array<{ module: string, label: string, count: number }>, scopesCarried: Array<{ holderName: string, roleName: string, fromUnit: string, toUnit: string }>, openWork: Array<{ module: string, label: string, count: number }> } };

export type PreviewSplitUnitQueryVariables = Exact<{
  input: SplitUnitInput;
}>;


export type PreviewSplitUnitQuery = { previewSplitUnit: { kind: RestructuringKind, effectiveDate: string, warnings: Array<string>, units: Array<{ action: UnitChangeAction, unitId: string | null, code: string, nameBefore: string | null, nameAfter: string | null, parentBefore: string | null, parentAfter: string | null }>, carried: Array<{ module: string, label: string, count: number }>, scopesCarried: Array<{ holderName: string, roleName: string, fromUnit: string, toUnit: string }>, openWork: Array<{ module: string, label: string, count: number }> } };

export type PreviewDissolveUnitQueryVariables = Exact<{
  input: DissolveUnitInput;
}>;


export type PreviewDissolveUnitQuery = { previewDissolveUnit: { kind: RestructuringKind, effectiveDate: string, warnings: Array<string>, units: Array<{ action: UnitChangeAction, unitId: string | null, code: string, nameBefore: string | null, nameAfter: string | null, parentBefore: string | null, parentAfter: string | null }>, carried: Array<{ module: string, label: string, count: number }>, scopesCarried: Array<{ holderName: string, roleName: string, fromUnit: string, toUnit: string }>, openWork: Array<{ module: string, label: string, count: number }> } };

export type RenameUnitMutationVariables = Exact<{
  input: RenameUnitInput;
}>;


export type RenameUnitMutation = { renameUnit: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } };

export type MoveUnitMutationVariables = Exact<{
  input: MoveUnitInput;
}>;


export type MoveUnitMutation = { moveUnit: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } };

export type MergeUnitsMutationVariables = Exact<{
  input: MergeUnitsInput;
}>;


export type MergeUnitsMutation = { mergeUnits: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } };

export type SplitUnitMutationVariables = Exact<{
  input: SplitUnitInput;
}>;


export type SplitUnitMutation = { splitUnit: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } };

export type DissolveUnitMutationVariables = Exact<{
  input: DissolveUnitInput;
}>;


export type DissolveUnitMutation = { dissolveUnit: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number }> };

export type PermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsQuery = { permissions: Array<{ code: Permission, label: string, group: string }> };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number } };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, code: string, name: string, description: string | null, permissions: Array<Permission>, isSystem: boolean, version: number } };

export type DeleteRoleMutationVariables = Exact<{
  input: DeleteRoleInput;
}>;


export type DeleteRoleMutation = { deleteRole: string };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null } };

export type RevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type RevokeRoleMutation = { revokeRole: string };

export type UnitKindCatalogItemFragment = { id: string, code: string, name: string, tree: UnitTree, allowedParentCodes: Array<string>, canBeRoot: boolean, legalPersonDefault: boolean, sortOrder: number, isSystem: boolean, version: number };

export type UnitKindCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitKindCatalogQuery = { unitKinds: Array<{ id: string, code: string, name: string, tree: UnitTree, allowedParentCodes: Array<string>, canBeRoot: boolean, legalPersonDefault: boolean, sortOrder: number, isSystem: boolean, version: number }> };

export type CreateUnitKindMutationVariables = Exact<{
  input: CreateUnitKindInput;
}>;


export type CreateUnitKindMutation = { createUnitKind: { id: string, code: string, name: string, tree: UnitTree, allowedParentCodes: Array<string>, canBeRoot: boolean, legalPersonDefault: boolean, sortOrder: number, isSystem: boolean, version: number } };

export type UpdateUnitKindMutationVariables = Exact<{
  input: UpdateUnitKindInput;
}>;


export type UpdateUnitKindMutation = { updateUnitKind: { id: string, code: string, name: string, tree: UnitTree, allowedParentCodes: Array<string>, canBeRoot: boolean, legalPersonDefault: boolean, sortOrder: number, isSystem: boolean, version: number } };

export type UnitOptionFragment = { id: string, code: string, name: string, shortName: string | null, depth: number, parent: { id: string, name: string } | null };

export type UnitNodeFragment = { id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, kind: { id: string, code: string, name: string } };

export type UnitDetailFragment = { legalPerson: boolean, address: string | null, phone: string | null, email: string | null, peopleCount: number | null, version: number, id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, parent: { id: string, name: string, canOpen: boolean } | null, ancestors: Array<{ id: string, name: string, canOpen: boolean }>, kind: { id: string, code: string, name: string } };

export type UnitKindItemFragment = { id: string, code: string, name: string, tree: UnitTree, allowedParentCodes: Array<string>, canBeRoot: boolean, legalPersonDefault: boolean, sortOrder: number };

export type RestructuringItemFragment = { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> };

export type UnitsQueryVariables = Exact<{
  first: number;
  search?: string | null | undefined;
  parentId?: string | number | null | undefined;
  tree?: UnitTree | null | undefined;
  kindCode?: string | null | undefined;
  includeEnded?: boolean | null | undefined;
}>;


export type UnitsQuery = { units: { totalCount: number, totalCountCapped: boolean, edges: Array<{ node: { id: string, code: string, name: string, shortName: string | null, depth: number, parent: { id: string, name: string } | null } }> } };

export type UnitQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitQuery = { unit: { id: string, code: string, name: string, shortName: string | null, depth: number, parent: { id: string, name: string } | null } };

export type UnitSearchQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  tree?: UnitTree | null | undefined;
  asOf?: string | null | undefined;
  includeEnded?: boolean | null | undefined;
}>;


export type UnitSearchQuery = { units: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, parent: { id: string, name: string } | null, kind: { id: string, code: string, name: string } } }> } };

export type UnitChildrenQueryVariables = Exact<{
  tree: UnitTree;
  parentId?: string | number | null | undefined;
  asOf?: string | null | undefined;
  includeEnded?: boolean | null | undefined;
}>;


export type UnitChildrenQuery = { unitChildren: Array<{ id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, kind: { id: string, code: string, name: string } }> };

export type UnitDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitDetailQuery = { unit: { legalPerson: boolean, address: string | null, phone: string | null, email: string | null, peopleCount: number | null, version: number, id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, parent: { id: string, name: string, canOpen: boolean } | null, ancestors: Array<{ id: string, name: string, canOpen: boolean }>, kind: { id: string, code: string, name: string } } };

export type UnitHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitHistoryQuery = { unit: { id: string, history: Array<{ validFrom: string, validTo: string | null, code: string, name: string, shortName: string | null, parent: { id: string, name: string } | null, restructuring: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } | null, endedBy: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } | null }> } };

export type UnitEndedMatchesQueryVariables = Exact<{
  search: string;
  tree?: UnitTree | null | undefined;
}>;


export type UnitEndedMatchesQuery = { units: { endedMatchCount: number | null } };

export type UnitLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitLineageQuery = { unit: { id: string, predecessors: Array<{ unit: { id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, kind: { id: string, code: string, name: string } }, restructuring: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } }>, successors: Array<{ unit: { id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, kind: { id: string, code: string, name: string } }, restructuring: { id: string, kind: RestructuringKind, effectiveDate: string, legalBasisNumber: string, legalBasisDate: string, legalBasisTitle: string | null, note: string | null, createdAt: string, actorName: string, sources: Array<{ id: string, code: string, name: string }>, results: Array<{ id: string, code: string, name: string }> } }> } };

export type UnitCounterpartsQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitCounterpartsQuery = { unit: { id: string, counterparts: Array<{ id: string, note: string | null, counterpart: { id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, kind: { id: string, code: string, name: string } } }> } };

export type UnitKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitKindsQuery = { unitKinds: Array<{ id: string, code: string, name: string, tree: UnitTree, allowedParentCodes: Array<string>, canBeRoot: boolean, legalPersonDefault: boolean, sortOrder: number }> };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { legalPerson: boolean, address: string | null, phone: string | null, email: string | null, peopleCount: number | null, version: number, id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, parent: { id: string, name: string, canOpen: boolean } | null, ancestors: Array<{ id: string, name: string, canOpen: boolean }>, kind: { id: string, code: string, name: string } } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { legalPerson: boolean, address: string | null, phone: string | null, email: string | null, peopleCount: number | null, version: number, id: string, code: string, name: string, shortName: string | null, tree: UnitTree, depth: number, parentId: string | null, validFrom: string, validTo: string | null, status: UnitStatus, readOnly: boolean, childCount: number, parent: { id: string, name: string, canOpen: boolean } | null, ancestors: Array<{ id: string, name: string, canOpen: boolean }>, kind: { id: string, code: string, name: string } } };

export type LinkUnitsMutationVariables = Exact<{
  input: LinkUnitsInput;
}>;


export type LinkUnitsMutation = { linkUnits: { id: string } };

export type UnlinkUnitsMutationVariables = Exact<{
  input: UnlinkUnitsInput;
}>;


export type UnlinkUnitsMutation = { unlinkUnits: string };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
  status?: UserStatus | null | undefined;
  orderBy?: UserOrder | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } }> } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type SetUserStatusMutationVariables = Exact<{
  input: SetUserStatusInput;
}>;


export type SetUserStatusMutation = { setUserStatus: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, username: string, fullName: string, email: string | null, status: UserStatus, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, unit: { id: string, code: string, name: string, shortName: string | null }, roleAssignments: Array<{ id: string, createdAt: string, role: { id: string, code: string, name: string, isSystem: boolean }, unit: { id: string, code: string, name: string, shortName: string | null } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UnitSummaryFragmentDoc = new TypedDocumentString(`
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
    `, {"fragmentName":"UnitSummary"}) as unknown as TypedDocumentString<UnitSummaryFragment, unknown>;
export const AuditEntryItemFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryItem on AuditEntry {
  id
  occurredAt
  actorType
  actorId
  actorName
  actingUnit {
    ...UnitSummary
  }
  operation
  operationLabel
  entityType
  entityTypeLabel
  entityId
  entityLabel
  masked
  requestId
  ipAddress
  changes {
    field
    before
    after
    masked
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}`, {"fragmentName":"AuditEntryItem"}) as unknown as TypedDocumentString<AuditEntryItemFragment, unknown>;
export const ClusterItemFragmentDoc = new TypedDocumentString(`
    fragment ClusterItem on Cluster {
  id
  code
  name
  kind
  description
  memberCount
  version
  organizer {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"ClusterItem"}) as unknown as TypedDocumentString<ClusterItemFragment, unknown>;
export const RoleAssignmentItemFragmentDoc = new TypedDocumentString(`
    fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}`, {"fragmentName":"RoleAssignmentItem"}) as unknown as TypedDocumentString<RoleAssignmentItemFragment, unknown>;
export const UserItemFragmentDoc = new TypedDocumentString(`
    fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}`, {"fragmentName":"UserItem"}) as unknown as TypedDocumentString<UserItemFragment, unknown>;
export const RoleItemFragmentDoc = new TypedDocumentString(`
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}
    `, {"fragmentName":"RoleItem"}) as unknown as TypedDocumentString<RoleItemFragment, unknown>;
export const ApiClientItemFragmentDoc = new TypedDocumentString(`
    fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}`, {"fragmentName":"ApiClientItem"}) as unknown as TypedDocumentString<ApiClientItemFragment, unknown>;
export const JobItemFragmentDoc = new TypedDocumentString(`
    fragment JobItem on Job {
  id
  kind
  status
  progress
  total
  message
  error
  startedAt
  finishedAt
}
    `, {"fragmentName":"JobItem"}) as unknown as TypedDocumentString<JobItemFragment, unknown>;
export const ImportBatchSummaryFragmentDoc = new TypedDocumentString(`
    fragment ImportBatchSummary on ImportBatch {
  id
  kind
  fileName
  status
  columns
  rowCount
  errorCount
  createCount
  updateCount
  unchangedCount
  createdAt
  job {
    ...JobItem
  }
}
    fragment JobItem on Job {
  id
  kind
  status
  progress
  total
  message
  error
  startedAt
  finishedAt
}`, {"fragmentName":"ImportBatchSummary"}) as unknown as TypedDocumentString<ImportBatchSummaryFragment, unknown>;
export const ImportRowItemFragmentDoc = new TypedDocumentString(`
    fragment ImportRowItem on ImportRow {
  rowNumber
  action
  values
  problems
}
    `, {"fragmentName":"ImportRowItem"}) as unknown as TypedDocumentString<ImportRowItemFragment, unknown>;
export const LegalDocumentItemFragmentDoc = new TypedDocumentString(`
    fragment LegalDocumentItem on LegalDocument {
  id
  number
  kind
  name
  title
  issuingBody
  issuedOn
  effectiveFrom
  effectiveTo
  status
  national
  canManage
  version
  issuerUnit {
    id
    name
    canOpen
  }
  replacedBy {
    id
    name
  }
}
    `, {"fragmentName":"LegalDocumentItem"}) as unknown as TypedDocumentString<LegalDocumentItemFragment, unknown>;
export const PositionItemFragmentDoc = new TypedDocumentString(`
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
    `, {"fragmentName":"PositionItem"}) as unknown as TypedDocumentString<PositionItemFragment, unknown>;
export const PersonItemFragmentDoc = new TypedDocumentString(`
    fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}`, {"fragmentName":"PersonItem"}) as unknown as TypedDocumentString<PersonItemFragment, unknown>;
export const PersonDetailFragmentDoc = new TypedDocumentString(`
    fragment PersonDetail on Person {
  ...PersonItem
  ethnicity
  religion
  hometown
  partyJoinedOn
  note
  positions {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}`, {"fragmentName":"PersonDetail"}) as unknown as TypedDocumentString<PersonDetailFragment, unknown>;
export const RestructuringPreviewItemFragmentDoc = new TypedDocumentString(`
    fragment RestructuringPreviewItem on RestructuringPreview {
  kind
  effectiveDate
  units {
    action
    unitId
    code
    nameBefore
    nameAfter
    parentBefore
    parentAfter
  }
  carried {
    module
    label
    count
  }
  scopesCarried {
    holderName
    roleName
    fromUnit
    toUnit
  }
  openWork {
    module
    label
    count
  }
  warnings
}
    `, {"fragmentName":"RestructuringPreviewItem"}) as unknown as TypedDocumentString<RestructuringPreviewItemFragment, unknown>;
export const UnitKindCatalogItemFragmentDoc = new TypedDocumentString(`
    fragment UnitKindCatalogItem on UnitKind {
  id
  code
  name
  tree
  allowedParentCodes
  canBeRoot
  legalPersonDefault
  sortOrder
  isSystem
  version
}
    `, {"fragmentName":"UnitKindCatalogItem"}) as unknown as TypedDocumentString<UnitKindCatalogItemFragment, unknown>;
export const UnitOptionFragmentDoc = new TypedDocumentString(`
    fragment UnitOption on Unit {
  id
  code
  name
  shortName
  depth
  parent {
    id
    name
  }
}
    `, {"fragmentName":"UnitOption"}) as unknown as TypedDocumentString<UnitOptionFragment, unknown>;
export const UnitNodeFragmentDoc = new TypedDocumentString(`
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}
    `, {"fragmentName":"UnitNode"}) as unknown as TypedDocumentString<UnitNodeFragment, unknown>;
export const UnitDetailFragmentDoc = new TypedDocumentString(`
    fragment UnitDetail on Unit {
  ...UnitNode
  legalPerson
  address
  phone
  email
  peopleCount
  version
  parent {
    id
    name
    canOpen
  }
  ancestors {
    id
    name
    canOpen
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}`, {"fragmentName":"UnitDetail"}) as unknown as TypedDocumentString<UnitDetailFragment, unknown>;
export const UnitKindItemFragmentDoc = new TypedDocumentString(`
    fragment UnitKindItem on UnitKind {
  id
  code
  name
  tree
  allowedParentCodes
  canBeRoot
  legalPersonDefault
  sortOrder
}
    `, {"fragmentName":"UnitKindItem"}) as unknown as TypedDocumentString<UnitKindItemFragment, unknown>;
export const RestructuringItemFragmentDoc = new TypedDocumentString(`
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}
    `, {"fragmentName":"RestructuringItem"}) as unknown as TypedDocumentString<RestructuringItemFragment, unknown>;
export const ApiClientsDocument = new TypedDocumentString(`
    query ApiClients($first: Int!, $after: String, $search: String) {
  apiClients(first: $first, after: $after, search: $search) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ApiClientItem
      }
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = new TypedDocumentString(`
    mutation CreateApiClient($input: CreateApiClientInput!) {
  createApiClient(input: $input) {
    token
    client {
      ...ApiClientItem
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RotateApiClientSecretDocument = new TypedDocumentString(`
    mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {
  rotateApiClientSecret(input: $input) {
    token
    client {
      ...ApiClientItem
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const RevokeApiClientDocument = new TypedDocumentString(`
    mutation RevokeApiClient($input: RevokeApiClientInput!) {
  revokeApiClient(input: $input) {
    ...ApiClientItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment ApiClientItem on ApiClient {
  id
  name
  description
  status
  keyPrefix
  lastUsedAt
  revokedAt
  createdAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AuditEntryItem
      }
    }
  }
}
    fragment AuditEntryItem on AuditEntry {
  id
  occurredAt
  actorType
  actorId
  actorName
  actingUnit {
    ...UnitSummary
  }
  operation
  operationLabel
  entityType
  entityTypeLabel
  entityId
  entityLabel
  masked
  requestId
  ipAddress
  changes {
    field
    before
    after
    masked
  }
}
fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    actorType
    permissions
    sessionExpiresAt
    previousLoginAt
    user {
      ...UserItem
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    expiresAt
    user {
      id
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ClustersDocument = new TypedDocumentString(`
    query Clusters($first: Int!, $after: String, $search: String, $kind: ClusterKind) {
  clusters(first: $first, after: $after, search: $search, kind: $kind) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ClusterItem
      }
    }
  }
}
    fragment ClusterItem on Cluster {
  id
  code
  name
  kind
  description
  memberCount
  version
  organizer {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<ClustersQuery, ClustersQueryVariables>;
export const ClusterDetailDocument = new TypedDocumentString(`
    query ClusterDetail($id: ID!, $asOf: Date) {
  cluster(id: $id) {
    ...ClusterItem
    members(asOf: $asOf) {
      id
      joinedOn
      leftOn
      unit {
        id
        code
        name
        canOpen
        status
        validTo
      }
    }
    leaderships {
      id
      year
      lead {
        id
        name
        canOpen
      }
      deputy {
        id
        name
        canOpen
      }
    }
  }
}
    fragment ClusterItem on Cluster {
  id
  code
  name
  kind
  description
  memberCount
  version
  organizer {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<ClusterDetailQuery, ClusterDetailQueryVariables>;
export const CreateClusterDocument = new TypedDocumentString(`
    mutation CreateCluster($input: CreateClusterInput!) {
  createCluster(input: $input) {
    ...ClusterItem
  }
}
    fragment ClusterItem on Cluster {
  id
  code
  name
  kind
  description
  memberCount
  version
  organizer {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateClusterMutation, CreateClusterMutationVariables>;
export const UpdateClusterDocument = new TypedDocumentString(`
    mutation UpdateCluster($input: UpdateClusterInput!) {
  updateCluster(input: $input) {
    ...ClusterItem
  }
}
    fragment ClusterItem on Cluster {
  id
  code
  name
  kind
  description
  memberCount
  version
  organizer {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateClusterMutation, UpdateClusterMutationVariables>;
export const AddClusterMemberDocument = new TypedDocumentString(`
    mutation AddClusterMember($input: AddClusterMemberInput!) {
  addClusterMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddClusterMemberMutation, AddClusterMemberMutationVariables>;
export const EndClusterMembershipDocument = new TypedDocumentString(`
    mutation EndClusterMembership($input: EndClusterMembershipInput!) {
  endClusterMembership(input: $input) {
    id
    leftOn
  }
}
    `) as unknown as TypedDocumentString<EndClusterMembershipMutation, EndClusterMembershipMutationVariables>;
export const SetClusterLeadershipDocument = new TypedDocumentString(`
    mutation SetClusterLeadership($input: SetClusterLeadershipInput!) {
  setClusterLeadership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetClusterLeadershipMutation, SetClusterLeadershipMutationVariables>;
export const ImportBatchDocument = new TypedDocumentString(`
    query ImportBatch($id: ID!) {
  importBatch(id: $id) {
    ...ImportBatchSummary
  }
}
    fragment JobItem on Job {
  id
  kind
  status
  progress
  total
  message
  error
  startedAt
  finishedAt
}
fragment ImportBatchSummary on ImportBatch {
  id
  kind
  fileName
  status
  columns
  rowCount
  errorCount
  createCount
  updateCount
  unchangedCount
  createdAt
  job {
    ...JobItem
  }
}`) as unknown as TypedDocumentString<ImportBatchQuery, ImportBatchQueryVariables>;
export const ImportBatchRowsDocument = new TypedDocumentString(`
    query ImportBatchRows($id: ID!, $first: Int!, $after: String, $onlyProblems: Boolean) {
  importBatch(id: $id) {
    id
    rows(first: $first, after: $after, onlyProblems: $onlyProblems) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ImportRowItem
        }
      }
    }
  }
}
    fragment ImportRowItem on ImportRow {
  rowNumber
  action
  values
  problems
}`) as unknown as TypedDocumentString<ImportBatchRowsQuery, ImportBatchRowsQueryVariables>;
export const JobDocument = new TypedDocumentString(`
    query Job($id: ID!) {
  job(id: $id) {
    ...JobItem
  }
}
    fragment JobItem on Job {
  id
  kind
  status
  progress
  total
  message
  error
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<JobQuery, JobQueryVariables>;
export const MyJobsDocument = new TypedDocumentString(`
    query MyJobs($first: Int) {
  myJobs(first: $first) {
    ...JobItem
    createdAt
  }
}
    fragment JobItem on Job {
  id
  kind
  status
  progress
  total
  message
  error
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<MyJobsQuery, MyJobsQueryVariables>;
export const CommitImportDocument = new TypedDocumentString(`
    mutation CommitImport($batchId: ID!) {
  commitImport(batchId: $batchId) {
    ...ImportBatchSummary
  }
}
    fragment JobItem on Job {
  id
  kind
  status
  progress
  total
  message
  error
  startedAt
  finishedAt
}
fragment ImportBatchSummary on ImportBatch {
  id
  kind
  fileName
  status
  columns
  rowCount
  errorCount
  createCount
  updateCount
  unchangedCount
  createdAt
  job {
    ...JobItem
  }
}`) as unknown as TypedDocumentString<CommitImportMutation, CommitImportMutationVariables>;
export const DiscardImportDocument = new TypedDocumentString(`
    mutation DiscardImport($batchId: ID!) {
  discardImport(batchId: $batchId)
}
    `) as unknown as TypedDocumentString<DiscardImportMutation, DiscardImportMutationVariables>;
export const LegalDocumentsDocument = new TypedDocumentString(`
    query LegalDocuments($first: Int!, $after: String, $search: String, $kind: LegalDocumentKind, $effectiveOn: Date, $includeReplaced: Boolean) {
  legalDocuments(
    first: $first
    after: $after
    search: $search
    kind: $kind
    effectiveOn: $effectiveOn
    includeReplaced: $includeReplaced
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...LegalDocumentItem
      }
    }
  }
}
    fragment LegalDocumentItem on LegalDocument {
  id
  number
  kind
  name
  title
  issuingBody
  issuedOn
  effectiveFrom
  effectiveTo
  status
  national
  canManage
  version
  issuerUnit {
    id
    name
    canOpen
  }
  replacedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<LegalDocumentsQuery, LegalDocumentsQueryVariables>;
export const LegalDocumentDetailDocument = new TypedDocumentString(`
    query LegalDocumentDetail($id: ID!) {
  legalDocument(id: $id) {
    ...LegalDocumentItem
    note
    replaces {
      id
      name
      title
    }
  }
}
    fragment LegalDocumentItem on LegalDocument {
  id
  number
  kind
  name
  title
  issuingBody
  issuedOn
  effectiveFrom
  effectiveTo
  status
  national
  canManage
  version
  issuerUnit {
    id
    name
    canOpen
  }
  replacedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<LegalDocumentDetailQuery, LegalDocumentDetailQueryVariables>;
export const CreateLegalDocumentDocument = new TypedDocumentString(`
    mutation CreateLegalDocument($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    ...LegalDocumentItem
  }
}
    fragment LegalDocumentItem on LegalDocument {
  id
  number
  kind
  name
  title
  issuingBody
  issuedOn
  effectiveFrom
  effectiveTo
  status
  national
  canManage
  version
  issuerUnit {
    id
    name
    canOpen
  }
  replacedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateLegalDocumentMutation, CreateLegalDocumentMutationVariables>;
export const UpdateLegalDocumentDocument = new TypedDocumentString(`
    mutation UpdateLegalDocument($input: UpdateLegalDocumentInput!) {
  updateLegalDocument(input: $input) {
    ...LegalDocumentItem
  }
}
    fragment LegalDocumentItem on LegalDocument {
  id
  number
  kind
  name
  title
  issuingBody
  issuedOn
  effectiveFrom
  effectiveTo
  status
  national
  canManage
  version
  issuerUnit {
    id
    name
    canOpen
  }
  replacedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateLegalDocumentMutation, UpdateLegalDocumentMutationVariables>;
export const MarkLegalDocumentReplacedDocument = new TypedDocumentString(`
    mutation MarkLegalDocumentReplaced($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    ...LegalDocumentItem
  }
}
    fragment LegalDocumentItem on LegalDocument {
  id
  number
  kind
  name
  title
  issuingBody
  issuedOn
  effectiveFrom
  effectiveTo
  status
  national
  canManage
  version
  issuerUnit {
    id
    name
    canOpen
  }
  replacedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<MarkLegalDocumentReplacedMutation, MarkLegalDocumentReplacedMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($first: Int!, $after: String, $search: String, $unitId: ID, $includeDescendants: Boolean, $sex: Sex, $partyMember: Boolean, $staffCategory: StaffCategory, $includeFormer: Boolean) {
  people(
    first: $first
    after: $after
    search: $search
    unitId: $unitId
    includeDescendants: $includeDescendants
    sex: $sex
    partyMember: $partyMember
    staffCategory: $staffCategory
    includeFormer: $includeFormer
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PersonItem
      }
    }
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    ...PersonDetail
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}
fragment PersonDetail on Person {
  ...PersonItem
  ethnicity
  religion
  hometown
  partyJoinedOn
  note
  positions {
    ...PositionItem
  }
}`) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    ...PersonDetail
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}
fragment PersonDetail on Person {
  ...PersonItem
  ethnicity
  religion
  hometown
  partyJoinedOn
  note
  positions {
    ...PositionItem
  }
}`) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    ...PersonDetail
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}
fragment PersonDetail on Person {
  ...PersonItem
  ethnicity
  religion
  hometown
  partyJoinedOn
  note
  positions {
    ...PositionItem
  }
}`) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const AddPositionDocument = new TypedDocumentString(`
    mutation AddPosition($input: AddPositionInput!) {
  addPosition(input: $input) {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}`) as unknown as TypedDocumentString<AddPositionMutation, AddPositionMutationVariables>;
export const EndPositionDocument = new TypedDocumentString(`
    mutation EndPosition($input: EndPositionInput!) {
  endPosition(input: $input) {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}`) as unknown as TypedDocumentString<EndPositionMutation, EndPositionMutationVariables>;
export const TransferPersonDocument = new TypedDocumentString(`
    mutation TransferPerson($input: TransferPersonInput!) {
  transferPerson(input: $input) {
    ...PersonDetail
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}
fragment PersonItem on Person {
  id
  code
  fullName
  sex
  dateOfBirth
  partyMember
  version
  currentPositions {
    ...PositionItem
  }
}
fragment PersonDetail on Person {
  ...PersonItem
  ethnicity
  religion
  hometown
  partyJoinedOn
  note
  positions {
    ...PositionItem
  }
}`) as unknown as TypedDocumentString<TransferPersonMutation, TransferPersonMutationVariables>;
export const UnitPastStaffDocument = new TypedDocumentString(`
    query UnitPastStaff($unitId: ID!, $first: Int!, $after: String) {
  people(
    unitId: $unitId
    includeDescendants: false
    includeFormer: true
    first: $first
    after: $after
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fullName
        positions {
          ...PositionItem
        }
      }
    }
  }
}
    fragment PositionItem on Position {
  id
  title
  startedOn
  endedOn
  isLeader
  staffCategory
  unit {
    id
    code
    name
    status
  }
}`) as unknown as TypedDocumentString<UnitPastStaffQuery, UnitPastStaffQueryVariables>;
export const RestructuringsDocument = new TypedDocumentString(`
    query Restructurings($first: Int!, $after: String, $unitId: ID) {
  restructurings(first: $first, after: $after, unitId: $unitId) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...RestructuringItem
      }
    }
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<RestructuringsQuery, RestructuringsQueryVariables>;
export const PreviewRenameUnitDocument = new TypedDocumentString(`
    query PreviewRenameUnit($input: RenameUnitInput!) {
  previewRenameUnit(input: $input) {
    ...RestructuringPreviewItem
  }
}
    fragment RestructuringPreviewItem on RestructuringPreview {
  kind
  effectiveDate
  units {
    action
    unitId
    code
    nameBefore
    nameAfter
    parentBefore
    parentAfter
  }
  carried {
    module
    label
    count
  }
  scopesCarried {
    holderName
    roleName
    fromUnit
    toUnit
  }
  openWork {
    module
    label
    count
  }
  warnings
}`) as unknown as TypedDocumentString<PreviewRenameUnitQuery, PreviewRenameUnitQueryVariables>;
export const PreviewMoveUnitDocument = new TypedDocumentString(`
    query PreviewMoveUnit($input: MoveUnitInput!) {
  previewMoveUnit(input: $input) {
    ...RestructuringPreviewItem
  }
}
    fragment RestructuringPreviewItem on RestructuringPreview {
  kind
  effectiveDate
  units {
    action
    unitId
    code
    nameBefore
    nameAfter
    parentBefore
    parentAfter
  }
  carried {
    module
    label
    count
  }
  scopesCarried {
    holderName
    roleName
    fromUnit
    toUnit
  }
  openWork {
    module
    label
    count
  }
  warnings
}`) as unknown as TypedDocumentString<PreviewMoveUnitQuery, PreviewMoveUnitQueryVariables>;
export const PreviewMergeUnitsDocument = new TypedDocumentString(`
    query PreviewMergeUnits($input: MergeUnitsInput!) {
  previewMergeUnits(input: $input) {
    ...RestructuringPreviewItem
  }
}
    fragment RestructuringPreviewItem on RestructuringPreview {
  kind
  effectiveDate
  units {
    action
    unitId
    code
    nameBefore
    nameAfter
    parentBefore
    parentAfter
  }
  carried {
    module
    label
    count
  }
  scopesCarried {
    holderName
    roleName
    fromUnit
    toUnit
  }
  openWork {
    module
    label
    count
  }
  warnings
}`) as unknown as TypedDocumentString<PreviewMergeUnitsQuery, PreviewMergeUnitsQueryVariables>;
export const PreviewSplitUnitDocument = new TypedDocumentString(`
    query PreviewSplitUnit($input: SplitUnitInput!) {
  previewSplitUnit(input: $input) {
    ...RestructuringPreviewItem
  }
}
    fragment RestructuringPreviewItem on RestructuringPreview {
  kind
  effectiveDate
  units {
    action
    unitId
    code
    nameBefore
    nameAfter
    parentBefore
    parentAfter
  }
  carried {
    module
    label
    count
  }
  scopesCarried {
    holderName
    roleName
    fromUnit
    toUnit
  }
  openWork {
    module
    label
    count
  }
  warnings
}`) as unknown as TypedDocumentString<PreviewSplitUnitQuery, PreviewSplitUnitQueryVariables>;
export const PreviewDissolveUnitDocument = new TypedDocumentString(`
    query PreviewDissolveUnit($input: DissolveUnitInput!) {
  previewDissolveUnit(input: $input) {
    ...RestructuringPreviewItem
  }
}
    fragment RestructuringPreviewItem on RestructuringPreview {
  kind
  effectiveDate
  units {
    action
    unitId
    code
    nameBefore
    nameAfter
    parentBefore
    parentAfter
  }
  carried {
    module
    label
    count
  }
  scopesCarried {
    holderName
    roleName
    fromUnit
    toUnit
  }
  openWork {
    module
    label
    count
  }
  warnings
}`) as unknown as TypedDocumentString<PreviewDissolveUnitQuery, PreviewDissolveUnitQueryVariables>;
export const RenameUnitDocument = new TypedDocumentString(`
    mutation RenameUnit($input: RenameUnitInput!) {
  renameUnit(input: $input) {
    ...RestructuringItem
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<RenameUnitMutation, RenameUnitMutationVariables>;
export const MoveUnitDocument = new TypedDocumentString(`
    mutation MoveUnit($input: MoveUnitInput!) {
  moveUnit(input: $input) {
    ...RestructuringItem
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<MoveUnitMutation, MoveUnitMutationVariables>;
export const MergeUnitsDocument = new TypedDocumentString(`
    mutation MergeUnits($input: MergeUnitsInput!) {
  mergeUnits(input: $input) {
    ...RestructuringItem
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<MergeUnitsMutation, MergeUnitsMutationVariables>;
export const SplitUnitDocument = new TypedDocumentString(`
    mutation SplitUnit($input: SplitUnitInput!) {
  splitUnit(input: $input) {
    ...RestructuringItem
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<SplitUnitMutation, SplitUnitMutationVariables>;
export const DissolveUnitDocument = new TypedDocumentString(`
    mutation DissolveUnit($input: DissolveUnitInput!) {
  dissolveUnit(input: $input) {
    ...RestructuringItem
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<DissolveUnitMutation, DissolveUnitMutationVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles {
  roles {
    ...RoleItem
  }
}
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}`) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const PermissionsDocument = new TypedDocumentString(`
    query Permissions {
  permissions {
    code
    label
    group
  }
}
    `) as unknown as TypedDocumentString<PermissionsQuery, PermissionsQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    ...RoleItem
  }
}
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}`) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($input: UpdateRoleInput!) {
  updateRole(input: $input) {
    ...RoleItem
  }
}
    fragment RoleItem on Role {
  id
  code
  name
  description
  permissions
  isSystem
  version
}`) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($input: DeleteRoleInput!) {
  deleteRole(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    ...RoleAssignmentItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($input: RevokeRoleInput!) {
  revokeRole(input: $input)
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UnitKindCatalogDocument = new TypedDocumentString(`
    query UnitKindCatalog {
  unitKinds {
    ...UnitKindCatalogItem
  }
}
    fragment UnitKindCatalogItem on UnitKind {
  id
  code
  name
  tree
  allowedParentCodes
  canBeRoot
  legalPersonDefault
  sortOrder
  isSystem
  version
}`) as unknown as TypedDocumentString<UnitKindCatalogQuery, UnitKindCatalogQueryVariables>;
export const CreateUnitKindDocument = new TypedDocumentString(`
    mutation CreateUnitKind($input: CreateUnitKindInput!) {
  createUnitKind(input: $input) {
    ...UnitKindCatalogItem
  }
}
    fragment UnitKindCatalogItem on UnitKind {
  id
  code
  name
  tree
  allowedParentCodes
  canBeRoot
  legalPersonDefault
  sortOrder
  isSystem
  version
}`) as unknown as TypedDocumentString<CreateUnitKindMutation, CreateUnitKindMutationVariables>;
export const UpdateUnitKindDocument = new TypedDocumentString(`
    mutation UpdateUnitKind($input: UpdateUnitKindInput!) {
  updateUnitKind(input: $input) {
    ...UnitKindCatalogItem
  }
}
    fragment UnitKindCatalogItem on UnitKind {
  id
  code
  name
  tree
  allowedParentCodes
  canBeRoot
  legalPersonDefault
  sortOrder
  isSystem
  version
}`) as unknown as TypedDocumentString<UpdateUnitKindMutation, UpdateUnitKindMutationVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($first: Int!, $search: String, $parentId: ID, $tree: UnitTree, $kindCode: String, $includeEnded: Boolean) {
  units(
    first: $first
    search: $search
    parentId: $parentId
    tree: $tree
    kindCode: $kindCode
    includeEnded: $includeEnded
  ) {
    totalCount
    totalCountCapped
    edges {
      node {
        ...UnitOption
      }
    }
  }
}
    fragment UnitOption on Unit {
  id
  code
  name
  shortName
  depth
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UnitDocument = new TypedDocumentString(`
    query Unit($id: ID!) {
  unit(id: $id) {
    ...UnitOption
  }
}
    fragment UnitOption on Unit {
  id
  code
  name
  shortName
  depth
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<UnitQuery, UnitQueryVariables>;
export const UnitSearchDocument = new TypedDocumentString(`
    query UnitSearch($first: Int!, $after: String, $search: String, $tree: UnitTree, $asOf: Date, $includeEnded: Boolean) {
  units(
    first: $first
    after: $after
    search: $search
    tree: $tree
    asOf: $asOf
    includeEnded: $includeEnded
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...UnitNode
        parent {
          id
          name
        }
      }
    }
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UnitSearchQuery, UnitSearchQueryVariables>;
export const UnitChildrenDocument = new TypedDocumentString(`
    query UnitChildren($tree: UnitTree!, $parentId: ID, $asOf: Date, $includeEnded: Boolean) {
  unitChildren(
    tree: $tree
    parentId: $parentId
    asOf: $asOf
    includeEnded: $includeEnded
  ) {
    ...UnitNode
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UnitChildrenQuery, UnitChildrenQueryVariables>;
export const UnitDetailDocument = new TypedDocumentString(`
    query UnitDetail($id: ID!) {
  unit(id: $id) {
    ...UnitDetail
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}
fragment UnitDetail on Unit {
  ...UnitNode
  legalPerson
  address
  phone
  email
  peopleCount
  version
  parent {
    id
    name
    canOpen
  }
  ancestors {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UnitDetailQuery, UnitDetailQueryVariables>;
export const UnitHistoryDocument = new TypedDocumentString(`
    query UnitHistory($id: ID!) {
  unit(id: $id) {
    id
    history {
      validFrom
      validTo
      code
      name
      shortName
      parent {
        id
        name
      }
      restructuring {
        ...RestructuringItem
      }
      endedBy {
        ...RestructuringItem
      }
    }
  }
}
    fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UnitHistoryQuery, UnitHistoryQueryVariables>;
export const UnitEndedMatchesDocument = new TypedDocumentString(`
    query UnitEndedMatches($search: String!, $tree: UnitTree) {
  units(first: 1, search: $search, tree: $tree) {
    endedMatchCount
  }
}
    `) as unknown as TypedDocumentString<UnitEndedMatchesQuery, UnitEndedMatchesQueryVariables>;
export const UnitLineageDocument = new TypedDocumentString(`
    query UnitLineage($id: ID!) {
  unit(id: $id) {
    id
    predecessors {
      unit {
        ...UnitNode
      }
      restructuring {
        ...RestructuringItem
      }
    }
    successors {
      unit {
        ...UnitNode
      }
      restructuring {
        ...RestructuringItem
      }
    }
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}
fragment RestructuringItem on Restructuring {
  id
  kind
  effectiveDate
  legalBasisNumber
  legalBasisDate
  legalBasisTitle
  note
  createdAt
  actorName
  sources {
    id
    code
    name
  }
  results {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UnitLineageQuery, UnitLineageQueryVariables>;
export const UnitCounterpartsDocument = new TypedDocumentString(`
    query UnitCounterparts($id: ID!) {
  unit(id: $id) {
    id
    counterparts {
      id
      note
      counterpart {
        ...UnitNode
      }
    }
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UnitCounterpartsQuery, UnitCounterpartsQueryVariables>;
export const UnitKindsDocument = new TypedDocumentString(`
    query UnitKinds {
  unitKinds {
    ...UnitKindItem
  }
}
    fragment UnitKindItem on UnitKind {
  id
  code
  name
  tree
  allowedParentCodes
  canBeRoot
  legalPersonDefault
  sortOrder
}`) as unknown as TypedDocumentString<UnitKindsQuery, UnitKindsQueryVariables>;
export const CreateUnitDocument = new TypedDocumentString(`
    mutation CreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    ...UnitDetail
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}
fragment UnitDetail on Unit {
  ...UnitNode
  legalPerson
  address
  phone
  email
  peopleCount
  version
  parent {
    id
    name
    canOpen
  }
  ancestors {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = new TypedDocumentString(`
    mutation UpdateUnit($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    ...UnitDetail
  }
}
    fragment UnitNode on Unit {
  id
  code
  name
  shortName
  tree
  depth
  parentId
  validFrom
  validTo
  status
  readOnly
  childCount
  kind {
    id
    code
    name
  }
}
fragment UnitDetail on Unit {
  ...UnitNode
  legalPerson
  address
  phone
  email
  peopleCount
  version
  parent {
    id
    name
    canOpen
  }
  ancestors {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const LinkUnitsDocument = new TypedDocumentString(`
    mutation LinkUnits($input: LinkUnitsInput!) {
  linkUnits(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkUnitsMutation, LinkUnitsMutationVariables>;
export const UnlinkUnitsDocument = new TypedDocumentString(`
    mutation UnlinkUnits($input: UnlinkUnitsInput!) {
  unlinkUnits(input: $input)
}
    `) as unknown as TypedDocumentString<UnlinkUnitsMutation, UnlinkUnitsMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $search: String, $unitId: ID, $status: UserStatus, $orderBy: UserOrder) {
  users(
    first: $first
    after: $after
    search: $search
    unitId: $unitId
    status: $status
    orderBy: $orderBy
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...UserItem
      }
    }
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserStatusDocument = new TypedDocumentString(`
    mutation SetUserStatus($input: SetUserStatusInput!) {
  setUserStatus(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($input: ResetUserPasswordInput!) {
  resetUserPassword(input: $input) {
    ...UserItem
  }
}
    fragment UnitSummary on Unit {
  id
  code
  name
  shortName
}
fragment RoleAssignmentItem on RoleAssignment {
  id
  createdAt
  role {
    id
    code
    name
    isSystem
  }
  unit {
    ...UnitSummary
  }
}
fragment UserItem on User {
  id
  username
  fullName
  email
  status
  mustChangePassword
  lastLoginAt
  createdAt
  updatedAt
  version
  unit {
    ...UnitSummary
  }
  roleAssignments {
    ...RoleAssignmentItem
  }
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;