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

/** Hình thức tổ chức phong trào thi đua. */
export type CampaignKind =
  /** Theo đợt */
  | 'PERIODIC'
  /** Thường xuyên */
  | 'REGULAR'
  /** Chuyên đề */
  | 'THEMATIC';

export type CampaignPlanAwardCriterionInput = {
  /** "Đối với tập thể". */
  label: string;
  text: string;
};

export type CampaignPlanAwardFormInput = {
  /** "Bằng khen của Chủ tịch UBND tỉnh". */
  name: string;
  text?: string | null | undefined;
};

export type CampaignPlanAwardQuotaInput = {
  collectives?: number | null | undefined;
  /** Tập thể hoặc cá nhân. */
  either?: number | null | undefined;
  form: string;
  individuals?: number | null | undefined;
  note?: string | null | undefined;
  /** "mỗi xã, phường". */
  per?: string | null | undefined;
};

export type CampaignPlanAwardsInput = {
  criteria?: Array<CampaignPlanAwardCriterionInput>;
  /** Hạn nộp hồ sơ. */
  deadline?: string | null | undefined;
  /** "để tổng hợp, trình Hội đồng…". */
  deadlineNote?: string | null | undefined;
  /** Thành phần hồ sơ. */
  dossier?: Array<string> | null | undefined;
  forms?: Array<CampaignPlanAwardFormInput>;
  quotas?: Array<CampaignPlanAwardQuotaInput> | null | undefined;
  /** Nơi nhận hồ sơ. */
  submitTo?: string | null | undefined;
};

export type CampaignPlanContentInput = {
  awards?: CampaignPlanAwardsInput | null | undefined;
  /** "Trên đây là Kế hoạch …". */
  closing?: string | null | undefined;
  /** Tổ chức thực hiện. */
  implementation?: Array<CampaignPlanResponsibilityInput> | null | undefined;
  /** Giải pháp thực hiện. */
  measures?: Array<string> | null | undefined;
  /** Phương thức thi đua. */
  methods?: Array<string> | null | undefined;
  milestones?: Array<CampaignPlanMilestoneInput> | null | undefined;
  /** Phương châm thi đua. */
  motto?: Array<string> | null | undefined;
  participants?: CampaignPlanParticipantsInput | null | undefined;
  phases?: Array<CampaignPlanPhaseInput> | null | undefined;
  purpose: CampaignPlanPurposeInput;
  recipients?: CampaignPlanRecipientsInput | null | undefined;
  reporting?: CampaignPlanReportingInput | null | undefined;
  /** Nội dung thi đua. */
  sections?: Array<CampaignPlanSectionInput>;
  signature?: CampaignPlanSignatureInput | null | undefined;
  /** Chỉ tiêu thi đua. */
  targets?: Array<CampaignPlanTargetInput> | null | undefined;
  /** Chủ đề thi đua (không kèm dấu ngoặc kép). */
  theme?: string | null | undefined;
};

export type CampaignPlanMilestoneInput = {
  date: string;
  /** Việc diễn ra vào mốc. */
  label: string;
  /** Ngày dự kiến. */
  tentative?: boolean | null | undefined;
};

export type CampaignPlanParticipantsInput = {
  /** Tập thể. */
  collectives?: string | null | undefined;
  /** Cá nhân. */
  individuals?: string | null | undefined;
};

export type CampaignPlanPhaseInput = {
  from: string;
  /** "Giai đoạn 1", "Phát động". */
  name: string;
  tasks?: Array<string>;
  to: string;
};

export type CampaignPlanPurposeInput = {
  /** Mục đích: mỗi mục một đoạn. */
  aims?: Array<string>;
  /** Yêu cầu: mỗi mục một đoạn. */
  requirements?: Array<string> | null | undefined;
};

export type CampaignPlanRecipientGroupInput = {
  /** "Gửi bản điện tử:". */
  heading?: string | null | undefined;
  names?: Array<string>;
};

export type CampaignPlanRecipientsInput = {
  /** Lưu: "VT, HCQT". */
  archive: string;
  groups?: Array<CampaignPlanRecipientGroupInput>;
};

export type CampaignPlanReportingInput = {
  /** "hằng quý", "6 tháng, hằng năm". */
  frequency: string;
  to: string;
  via?: string | null | undefined;
  who: string;
};

export type CampaignPlanResponsibilityInput = {
  body: string;
  tasks?: Array<string>;
};

export type CampaignPlanSectionInput = {
  /** Chú thích cuối trang, gắn sau tên nội dung. */
  footnotes?: Array<string> | null | undefined;
  paragraphs?: Array<string>;
  subsections?: Array<CampaignPlanSubsectionInput> | null | undefined;
  title: string;
};

export type CampaignPlanSignatureInput = {
  /** Họ tên người ký. */
  name: string;
  on?: Array<CampaignPlanSigningLineInput> | null | undefined;
  /** "Chánh Văn phòng", "Phó Chủ tịch". */
  title: string;
};

export type CampaignPlanSigningLineInput = {
  authority: SigningAuthority;
  /** "Ủy ban nhân dân", "Chủ tịch". */
  of: string;
};

/** Trạng thái của kế hoạch thi đua (dự thảo, trình ký, đã ban hành; triển khai và tổng kết về sau). */
export type CampaignPlanStatus =
  /** Đã tổng kết */
  | 'CLOSED'
  /** Dự thảo */
  | 'DRAFT'
  /** Đã ban hành */
  | 'ISSUED'
  /** Đang triển khai */
  | 'RUNNING'
  /** Trình ký */
  | 'SUBMITTED';

export type CampaignPlanSubsectionInput = {
  /** Chú thích cuối trang, gắn sau tên mục. */
  footnotes?: Array<string> | null | undefined;
  paragraphs?: Array<string>;
  title: string;
};

export type CampaignPlanTargetInput = {
  /** Tên chỉ tiêu. */
  indicator: string;
  note?: string | null | undefined;
  /** Đơn vị chủ trì thực hiện. */
  responsibleUnitName?: string | null | undefined;
  /** Mức phải đạt, như kế hoạch viết: "Trên 90", "Từ 35.000". */
  target: string;
  /** Đơn vị tính: "%", "tỷ đồng". */
  unit?: string | null | undefined;
  /** Năm của chỉ tiêu. */
  year?: number | null | undefined;
};

/** Phạm vi phát động phong trào. */
export type CampaignScope =
  /** Cơ quan, đơn vị */
  | 'AGENCY'
  /** Cụm, khối */
  | 'CLUSTER'
  /** Toàn tỉnh */
  | 'PROVINCE'
  /** Ngành */
  | 'SECTOR';

/** Soạn dự thảo kế hoạch thi đua của một đơn vị. */
export type CreateCampaignPlanInput = {
  content: CampaignPlanContentInput;
  /** Đơn vị ban hành (cần quyền CAMPAIGN_MANAGE tại đơn vị). */
  issuerUnitId: string | number;
  kind: CampaignKind;
  /** Văn bản căn cứ (danh mục văn bản căn cứ), theo thứ tự viện dẫn. */
  legalDocumentIds?: Array<string | number>;
  /** Thời gian thi đua từ ngày. */
  periodFrom: string;
  /** Thời gian thi đua đến ngày (tính cả ngày này). */
  periodTo: string;
  scope: CampaignScope;
  /** Trích yếu: "Phát động Đợt thi đua đặc biệt …". */
  title: string;
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

/** Xóa một dự thảo kế hoạch thi đua. */
export type DeleteCampaignPlanDraftInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Ký ban hành kế hoạch đang trình ký: cấp số, ký hiệu theo sổ văn bản của đơn vị ban hành (cần quyền CAMPAIGN_ISSUE). */
export type IssueCampaignPlanInput = {
  id: string | number;
  /** Ngày ban hành (năm chọn sổ văn bản). */
  issuedOn: string;
  /** Địa danh: "Bắc Kạn". */
  place: string;
  /** Quyền hạn, chức vụ, họ tên người ký. */
  signer: CampaignPlanSignatureInput;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
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

/** Trả lại kế hoạch đang trình ký về dự thảo, kèm lý do. */
export type ReturnCampaignPlanInput = {
  id: string | number;
  /** Lý do trả lại. */
  reason: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Quyền hạn ký (NĐ 30/2020 Điều 13). */
export type SigningAuthority =
  /** Ký thay (KT.) */
  | 'KT'
  /** Thừa lệnh (TL.) */
  | 'TL'
  /** Thay mặt (TM.) */
  | 'TM'
  /** Thừa ủy quyền (TUQ.) */
  | 'TUQ';

/** Trình ký kế hoạch thi đua (dự thảo → trình ký). */
export type SubmitCampaignPlanInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

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

/** Sửa dự thảo kế hoạch thi đua (mọi trường gửi lên thay cho giá trị cũ; đơn vị ban hành không đổi). */
export type UpdateCampaignPlanInput = {
  content: CampaignPlanContentInput;
  id: string | number;
  kind: CampaignKind;
  /** Văn bản căn cứ (danh mục văn bản căn cứ), theo thứ tự viện dẫn. */
  legalDocumentIds?: Array<string | number>;
  /** Thời gian thi đua từ ngày. */
  periodFrom: string;
  /** Thời gian thi đua đến ngày (tính cả ngày này). */
  periodTo: string;
  scope: CampaignScope;
  /** Trích yếu: "Phát động Đợt thi đua đặc biệt …". */
  title: string;
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

export type AuditLegalCreateMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type AuditLegalCreateMutation = { createLegalDocument: { id: string, version: number } };

export type AuditLegalReplaceMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type AuditLegalReplaceMutation = { markLegalDocumentReplaced: { id: string } };

export type AuditCampaignCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type AuditCampaignCreateMutation = { createCampaignPlan: { id: string, version: number } };

export type AuditCampaignUpdateMutationVariables = Exact<{
  input: UpdateCampaignPlanInput;
}>;


export type AuditCampaignUpdateMutation = { updateCampaignPlan: { id: string } };

export type AuditCampaignDeleteMutationVariables = Exact<{
  input: DeleteCampaignPlanDraftInput;
}>;


export type AuditCampaignDeleteMutation = { deleteCampaignPlanDraft: string };

export type LifecycleCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type LifecycleCreateMutation = { createCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, documentUrl: string } };

export type LifecycleSubmitMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type LifecycleSubmitMutation = { submitCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, returnReason: string | null } };

export type LifecycleReturnMutationVariables = Exact<{
  input: ReturnCampaignPlanInput;
}>;


export type LifecycleReturnMutation = { returnCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, returnReason: string | null } };

export type LifecycleIssueMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type LifecycleIssueMutation = { issueCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, number: number | null, symbol: string | null, issuedOn: string | null, issuePlace: string | null, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null } };

export type LifecycleUpdateMutationVariables = Exact<{
  input: UpdateCampaignPlanInput;
}>;


export type LifecycleUpdateMutation = { updateCampaignPlan: { id: string, version: number } };

export type LifecycleDeleteMutationVariables = Exact<{
  input: DeleteCampaignPlanDraftInput;
}>;


export type LifecycleDeleteMutation = { deleteCampaignPlanDraft: string };

export type LifecycleAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type LifecycleAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, changes: Array<{ field: string }> } }> } };

export type CampaignCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type CampaignCreateMutation = { createCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, title: string } };

export type CampaignUpdateMutationVariables = Exact<{
  input: UpdateCampaignPlanInput;
}>;


export type CampaignUpdateMutation = { updateCampaignPlan: { id: string, version: number, title: string, kind: CampaignKind } };

export type CampaignDeleteMutationVariables = Exact<{
  input: DeleteCampaignPlanDraftInput;
}>;


export type CampaignDeleteMutation = { deleteCampaignPlanDraft: string };

export type CampaignGetQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignGetQuery = { campaignPlan: { id: string, kind: CampaignKind, scope: CampaignScope, title: string, periodFrom: string, periodTo: string, status: CampaignPlanStatus, version: number, issuerUnit: { id: string, name: string }, legalBases: Array<{ id: string, number: string }>, content: { theme: string | null, motto: Array<string> | null, methods: Array<string> | null, purpose: { aims: Array<string>, requirements: Array<string> | null }, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string> }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, either: number | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string> }> | null, reporting: { who: string, frequency: string, to: string, via: string | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null } } };

export type CampaignListQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: CampaignPlanStatus | null | undefined;
  kind?: CampaignKind | null | undefined;
  year?: number | null | undefined;
  issuerUnitId?: string | number | null | undefined;
}>;


export type CampaignListQuery = { campaignPlans: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } };

export type CampaignAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type CampaignAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, entityLabel: string | null, changes: Array<{ field: string }> } }> } };

export type LegalListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: LegalDocumentKind | null | undefined;
  effectiveOn?: string | null | undefined;
  includeReplaced?: boolean | null | undefined;
}>;


export type LegalListQuery = { legalDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: LegalDocumentKind, name: string, status: LegalDocumentStatus, replacedBy: { number: string } | null } }> } };

export type LegalGetQueryVariables = Exact<{
  id: string | number;
}>;


export type LegalGetQuery = { legalDocument: { id: string, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, number: string } | null, replaces: Array<{ id: string, number: string }> } };

export type LegalCreateMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type LegalCreateMutation = { createLegalDocument: { id: string, number: string, title: string | null, version: number, status: LegalDocumentStatus, canManage: boolean } };

export type LegalUpdateMutationVariables = Exact<{
  input: UpdateLegalDocumentInput;
}>;


export type LegalUpdateMutation = { updateLegalDocument: { id: string, title: string | null, effectiveTo: string | null, version: number } };

export type LegalReplaceMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type LegalReplaceMutation = { markLegalDocumentReplaced: { id: string, effectiveTo: string | null, status: LegalDocumentStatus, version: number, replacedBy: { id: string } | null } };

export type LegalAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type LegalAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, entityLabel: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type ScopeLegalCreateMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type ScopeLegalCreateMutation = { createLegalDocument: { id: string, version: number, canManage: boolean } };

export type ScopeLegalUpdateMutationVariables = Exact<{
  input: UpdateLegalDocumentInput;
}>;


export type ScopeLegalUpdateMutation = { updateLegalDocument: { id: string, version: number } };

export type ScopeLegalReplaceMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type ScopeLegalReplaceMutation = { markLegalDocumentReplaced: { id: string } };

export type ScopeLegalQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeLegalQuery = { legalDocument: { title: string | null, version: number, canManage: boolean, issuerUnit: { name: string, code: string, canOpen: boolean, parentId: string | null } | null } };

export type ScopeCampaignCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type ScopeCampaignCreateMutation = { createCampaignPlan: { id: string, version: number } };

export type ScopeCampaignUpdateMutationVariables = Exact<{
  input: UpdateCampaignPlanInput;
}>;


export type ScopeCampaignUpdateMutation = { updateCampaignPlan: { id: string, version: number } };

export type ScopeCampaignDeleteMutationVariables = Exact<{
  input: DeleteCampaignPlanDraftInput;
}>;


export type ScopeCampaignDeleteMutation = { deleteCampaignPlanDraft: string };

export type ScopeCampaignSubmitMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type ScopeCampaignSubmitMutation = { submitCampaignPlan: { id: string } };

export type ScopeCampaignIssueMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type ScopeCampaignIssueMutation = { issueCampaignPlan: { id: string } };

export type ScopeCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeCampaignQuery = { campaignPlan: { title: string, version: number } };

export type ScopeCampaignsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ScopeCampaignsQuery = { campaignPlans: { edges: Array<{ node: { id: string } }> } };

export type ScopeUnitsQueryVariables = Exact<{
  includeEnded?: boolean | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ScopeUnitsQuery = { units: { edges: Array<{ node: { id: string, status: UnitStatus, canOpen: boolean } }> } };

export type ScopeUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeUnitQuery = { unit: { id: string, canOpen: boolean } };

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

export const AuditLegalCreateDocument = new TypedDocumentString(`
    mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditLegalCreateMutation, AuditLegalCreateMutationVariables>;
export const AuditLegalReplaceDocument = new TypedDocumentString(`
    mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditLegalReplaceMutation, AuditLegalReplaceMutationVariables>;
export const AuditCampaignCreateDocument = new TypedDocumentString(`
    mutation AuditCampaignCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignCreateMutation, AuditCampaignCreateMutationVariables>;
export const AuditCampaignUpdateDocument = new TypedDocumentString(`
    mutation AuditCampaignUpdate($input: UpdateCampaignPlanInput!) {
  updateCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignUpdateMutation, AuditCampaignUpdateMutationVariables>;
export const AuditCampaignDeleteDocument = new TypedDocumentString(`
    mutation AuditCampaignDelete($input: DeleteCampaignPlanDraftInput!) {
  deleteCampaignPlanDraft(input: $input)
}
    `) as unknown as TypedDocumentString<AuditCampaignDeleteMutation, AuditCampaignDeleteMutationVariables>;
export const LifecycleCreateDocument = new TypedDocumentString(`
    mutation LifecycleCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
    status
    documentUrl
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateMutation, LifecycleCreateMutationVariables>;
export const LifecycleSubmitDocument = new TypedDocumentString(`
    mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    id
    version
    status
    returnReason
  }
}
    `) as unknown as TypedDocumentString<LifecycleSubmitMutation, LifecycleSubmitMutationVariables>;
export const LifecycleReturnDocument = new TypedDocumentString(`
    mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {
  returnCampaignPlan(input: $input) {
    id
    version
    status
    returnReason
  }
}
    `) as unknown as TypedDocumentString<LifecycleReturnMutation, LifecycleReturnMutationVariables>;
export const LifecycleIssueDocument = new TypedDocumentString(`
    mutation LifecycleIssue($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    id
    version
    status
    number
    symbol
    issuedOn
    issuePlace
    signer {
      on {
        authority
        of
      }
      title
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleIssueMutation, LifecycleIssueMutationVariables>;
export const LifecycleUpdateDocument = new TypedDocumentString(`
    mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {
  updateCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LifecycleUpdateMutation, LifecycleUpdateMutationVariables>;
export const LifecycleDeleteDocument = new TypedDocumentString(`
    mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {
  deleteCampaignPlanDraft(input: $input)
}
    `) as unknown as TypedDocumentString<LifecycleDeleteMutation, LifecycleDeleteMutationVariables>;
export const LifecycleAuditDocument = new TypedDocumentString(`
    query LifecycleAudit($filter: AuditFilter) {
  auditLog(filter: $filter, first: 20) {
    edges {
      node {
        operation
        changes {
          field
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleAuditQuery, LifecycleAuditQueryVariables>;
export const CampaignCreateDocument = new TypedDocumentString(`
    mutation CampaignCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
    status
    title
  }
}
    `) as unknown as TypedDocumentString<CampaignCreateMutation, CampaignCreateMutationVariables>;
export const CampaignUpdateDocument = new TypedDocumentString(`
    mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {
  updateCampaignPlan(input: $input) {
    id
    version
    title
    kind
  }
}
    `) as unknown as TypedDocumentString<CampaignUpdateMutation, CampaignUpdateMutationVariables>;
export const CampaignDeleteDocument = new TypedDocumentString(`
    mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {
  deleteCampaignPlanDraft(input: $input)
}
    `) as unknown as TypedDocumentString<CampaignDeleteMutation, CampaignDeleteMutationVariables>;
export const CampaignGetDocument = new TypedDocumentString(`
    query CampaignGet($id: ID!) {
  campaignPlan(id: $id) {
    id
    kind
    scope
    title
    periodFrom
    periodTo
    status
    version
    issuerUnit {
      id
      name
    }
    legalBases {
      id
      number
    }
    content {
      purpose {
        aims
        requirements
      }
      theme
      motto
      methods
      participants {
        collectives
        individuals
      }
      sections {
        title
        paragraphs
        footnotes
        subsections {
          title
          paragraphs
        }
      }
      targets {
        indicator
        target
        unit
        year
        responsibleUnitName
      }
      phases {
        name
        from
        to
        tasks
      }
      milestones {
        date
        label
        tentative
      }
      awards {
        forms {
          name
          text
        }
        criteria {
          label
          text
        }
        quotas {
          form
          either
          note
        }
        dossier
        submitTo
        deadline
      }
      implementation {
        body
        tasks
      }
      reporting {
        who
        frequency
        to
        via
      }
      recipients {
        groups {
          heading
          names
        }
        archive
      }
      signature {
        on {
          authority
          of
        }
        title
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignGetQuery, CampaignGetQueryVariables>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList($search: String, $status: CampaignPlanStatus, $kind: CampaignKind, $year: Int, $issuerUnitId: ID) {
  campaignPlans(
    first: 50
    search: $search
    status: $status
    kind: $kind
    year: $year
    issuerUnitId: $issuerUnitId
  ) {
    totalCount
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignAuditDocument = new TypedDocumentString(`
    query CampaignAudit($filter: AuditFilter) {
  auditLog(filter: $filter, first: 20) {
    edges {
      node {
        operation
        entityLabel
        changes {
          field
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignAuditQuery, CampaignAuditQueryVariables>;
export const LegalListDocument = new TypedDocumentString(`
    query LegalList($first: Int!, $after: String, $search: String, $kind: LegalDocumentKind, $effectiveOn: Date, $includeReplaced: Boolean) {
  legalDocuments(
    first: $first
    after: $after
    search: $search
    kind: $kind
    effectiveOn: $effectiveOn
    includeReplaced: $includeReplaced
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        kind
        name
        status
        replacedBy {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LegalListQuery, LegalListQueryVariables>;
export const LegalGetDocument = new TypedDocumentString(`
    query LegalGet($id: ID!) {
  legalDocument(id: $id) {
    id
    number
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
      number
    }
    replaces {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<LegalGetQuery, LegalGetQueryVariables>;
export const LegalCreateDocument = new TypedDocumentString(`
    mutation LegalCreate($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    id
    number
    title
    version
    status
    canManage
  }
}
    `) as unknown as TypedDocumentString<LegalCreateMutation, LegalCreateMutationVariables>;
export const LegalUpdateDocument = new TypedDocumentString(`
    mutation LegalUpdate($input: UpdateLegalDocumentInput!) {
  updateLegalDocument(input: $input) {
    id
    title
    effectiveTo
    version
  }
}
    `) as unknown as TypedDocumentString<LegalUpdateMutation, LegalUpdateMutationVariables>;
export const LegalReplaceDocument = new TypedDocumentString(`
    mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    id
    effectiveTo
    status
    version
    replacedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LegalReplaceMutation, LegalReplaceMutationVariables>;
export const LegalAuditDocument = new TypedDocumentString(`
    query LegalAudit($filter: AuditFilter) {
  auditLog(filter: $filter, first: 20) {
    edges {
      node {
        operation
        entityLabel
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LegalAuditQuery, LegalAuditQueryVariables>;
export const ScopeLegalCreateDocument = new TypedDocumentString(`
    mutation ScopeLegalCreate($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    id
    version
    canManage
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalCreateMutation, ScopeLegalCreateMutationVariables>;
export const ScopeLegalUpdateDocument = new TypedDocumentString(`
    mutation ScopeLegalUpdate($input: UpdateLegalDocumentInput!) {
  updateLegalDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalUpdateMutation, ScopeLegalUpdateMutationVariables>;
export const ScopeLegalReplaceDocument = new TypedDocumentString(`
    mutation ScopeLegalReplace($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalReplaceMutation, ScopeLegalReplaceMutationVariables>;
export const ScopeLegalDocument = new TypedDocumentString(`
    query ScopeLegal($id: ID!) {
  legalDocument(id: $id) {
    title
    version
    canManage
    issuerUnit {
      name
      code
      canOpen
      parentId
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalQuery, ScopeLegalQueryVariables>;
export const ScopeCampaignCreateDocument = new TypedDocumentString(`
    mutation ScopeCampaignCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignCreateMutation, ScopeCampaignCreateMutationVariables>;
export const ScopeCampaignUpdateDocument = new TypedDocumentString(`
    mutation ScopeCampaignUpdate($input: UpdateCampaignPlanInput!) {
  updateCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignUpdateMutation, ScopeCampaignUpdateMutationVariables>;
export const ScopeCampaignDeleteDocument = new TypedDocumentString(`
    mutation ScopeCampaignDelete($input: DeleteCampaignPlanDraftInput!) {
  deleteCampaignPlanDraft(input: $input)
}
    `) as unknown as TypedDocumentString<ScopeCampaignDeleteMutation, ScopeCampaignDeleteMutationVariables>;
export const ScopeCampaignSubmitDocument = new TypedDocumentString(`
    mutation ScopeCampaignSubmit($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignSubmitMutation, ScopeCampaignSubmitMutationVariables>;
export const ScopeCampaignIssueDocument = new TypedDocumentString(`
    mutation ScopeCampaignIssue($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignIssueMutation, ScopeCampaignIssueMutationVariables>;
export const ScopeCampaignDocument = new TypedDocumentString(`
    query ScopeCampaign($id: ID!) {
  campaignPlan(id: $id) {
    title
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignQuery, ScopeCampaignQueryVariables>;
export const ScopeCampaignsDocument = new TypedDocumentString(`
    query ScopeCampaigns($search: String) {
  campaignPlans(first: 50, search: $search) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignsQuery, ScopeCampaignsQueryVariables>;
export const ScopeUnitsDocument = new TypedDocumentString(`
    query ScopeUnits($includeEnded: Boolean, $asOf: Date) {
  units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {
    edges {
      node {
        id
        status
        canOpen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeUnitsQuery, ScopeUnitsQueryVariables>;
export const ScopeUnitDocument = new TypedDocumentString(`
    query ScopeUnit($id: ID!) {
  unit(id: $id) {
    id
    canOpen
  }
}
    `) as unknown as TypedDocumentString<ScopeUnitQuery, ScopeUnitQueryVariables>;