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

/** Soạn kế hoạch sửa đổi một kế hoạch đã ban hành: một dự thảo mới chép toàn bộ nội dung, kèm nội dung sửa đổi. */
export type AmendCampaignPlanInput = {
  /** Kế hoạch đã ban hành cần sửa đổi. */
  id: string | number;
  /** Nội dung sửa đổi, bổ sung (in trong văn bản: "Nội dung sửa đổi, bổ sung: …"), ví dụ "lùi thời hạn gửi hồ sơ đến 15/10/2025". */
  note: string;
};

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

/** Tiêu chí cơ cấu đại biểu. */
export type BalanceCriterion =
  /** Đại biểu là người lao động trực tiếp */
  | 'DIRECT_WORKER'
  /** Đại biểu người dân tộc thiểu số */
  | 'ETHNIC_MINORITY'
  /** Đại biểu nữ */
  | 'FEMALE'
  /** Đại biểu ngoài Đảng */
  | 'NON_PARTY'
  /** Đại biểu là đảng viên */
  | 'PARTY_MEMBER'
  /** Đại biểu là người có tôn giáo */
  | 'RELIGIOUS'
  /** Đại biểu theo ngành, lĩnh vực */
  | 'SECTOR'
  /** Đại biểu trẻ tuổi */
  | 'YOUTH';

/** Tình trạng thực hiện của một đơn vị được giao kế hoạch (tính theo ngày hôm nay, giờ Việt Nam): đã ban hành kế hoạch đúng hạn, muộn, chưa ban hành, quá hạn. */
export type CampaignAddresseeStatus =
  /** Đã ban hành kế hoạch (đúng hạn) */
  | 'ANSWERED'
  /** Đã ban hành kế hoạch (muộn) */
  | 'ANSWERED_LATE'
  /** Quá hạn, chưa ban hành */
  | 'OVERDUE'
  /** Chưa ban hành kế hoạch */
  | 'PENDING';

/** Phần nào của phạm vi giao kế hoạch đã đưa đơn vị vào danh sách thực hiện. */
export type CampaignAddressingRule =
  /** Thành viên cụm, khối thi đua */
  | 'CLUSTER'
  /** Theo loại đơn vị */
  | 'KIND'
  /** Đơn vị và các đơn vị trực thuộc */
  | 'SUBTREE'
  /** Đơn vị được chọn */
  | 'UNIT';

/** Kết quả tạo bản PDF của một kế hoạch trong tác vụ. */
export type CampaignDocumentBatchItemStatus =
  /** Đã có bản PDF */
  | 'DONE'
  /** Không tạo được */
  | 'FAILED'
  /** Đang chờ */
  | 'PENDING';

/** Hình thức tổ chức phong trào thi đua. */
export type CampaignKind =
  /** Theo đợt */
  | 'PERIODIC'
  /** Thường xuyên */
  | 'REGULAR'
  /** Chuyên đề */
  | 'THEMATIC';

export type CampaignPlanAddressingInput = {
  /** Cụm, khối thi đua: các đơn vị thành viên vào ngày ban hành. */
  clusterIds?: Array<string | number>;
  /** Mỗi đơn vị cùng mọi đơn vị trực thuộc đang hoạt động (cả cây đơn vị). */
  subtreeUnitIds?: Array<string | number>;
  /** Các đơn vị được chọn. */
  unitIds?: Array<string | number>;
  /** Mã loại đơn vị ("UBND_XA"…): mọi đơn vị đang hoạt động thuộc các loại này, trong phạm vi `unitKindsWithinUnitIds` (mặc định: các đơn vị trực thuộc đơn vị ban hành). */
  unitKindCodes?: Array<string>;
  /** Tìm các loại đơn vị trên trong cây của các đơn vị này; để trống: trong cây của đơn vị ban hành. */
  unitKindsWithinUnitIds?: Array<string | number>;
};

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
  opening?: CampaignPlanOpeningInput | null | undefined;
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

/** Định dạng văn bản kế hoạch được lưu. */
export type CampaignPlanDocumentFormat =
  /** Word (.docx) */
  | 'DOCX'
  /** PDF */
  | 'PDF';

export type CampaignPlanMilestoneInput = {
  date: string;
  /** Việc diễn ra vào mốc. */
  label: string;
  /** Ngày dự kiến. */
  tentative?: boolean | null | undefined;
};

export type CampaignPlanOpeningInput = {
  /** Câu kết của lời dẫn, như "Ủy ban nhân dân tỉnh ban hành Kế hoạch …, như sau:"; bỏ trống: "<đơn vị ban hành> xây dựng kế hoạch, như sau:". */
  resolution?: string | null | undefined;
  verb?: PlanBasisVerb;
};

export type CampaignPlanParticipantsInput = {
  /** Tập thể. */
  collectives?: string | null | undefined;
  /** Cá nhân. */
  individuals?: string | null | undefined;
};

/** Tình trạng bản PDF của kế hoạch. */
export type CampaignPlanPdfStatus =
  /** Dự thảo: bản PDF được tạo khi tải */
  | 'ON_DEMAND'
  /** Đã ban hành, bản PDF đang được tạo (tải lúc này thì tạo ngay) */
  | 'PENDING'
  /** Đã lưu bản PDF của văn bản ban hành */
  | 'READY'
  /** Máy chủ chưa cài LibreOffice: chỉ tải được bản .docx */
  | 'UNAVAILABLE';

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

/** Đợt sơ kết (MIDTERM) hoặc tổng kết (FINAL) của kế hoạch. */
export type CampaignPlanReviewStage =
  /** Tổng kết */
  | 'FINAL'
  /** Sơ kết */
  | 'MIDTERM';

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
  /** Đã kết thúc */
  | 'CLOSED'
  /** Dự thảo */
  | 'DRAFT'
  /** Đang tổng kết */
  | 'FINAL_REVIEW'
  /** Đã ban hành */
  | 'ISSUED'
  /** Đang sơ kết */
  | 'MIDTERM_REVIEW'
  /** Đang triển khai */
  | 'RUNNING'
  /** Trình ký */
  | 'SUBMITTED';

/** Một bước của kế hoạch đã ban hành (triển khai, tiếp tục, kết thúc). */
export type CampaignPlanStepInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

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

/** Đối tượng đăng ký: tập thể (đơn vị) hoặc cá nhân. */
export type CampaignRegistrantKind =
  /** Cá nhân */
  | 'PERSON'
  /** Tập thể */
  | 'UNIT';

/** Lọc danh sách đăng ký thi đua của một kế hoạch. */
export type CampaignRegistrationFilter = {
  kind?: CampaignRegistrantKind | null | undefined;
  /** Tìm theo tên đơn vị, họ tên cá nhân (không phân biệt dấu, theo đầu từ). */
  search?: string | null | undefined;
  status?: CampaignRegistrationStatus | null | undefined;
  /** Đăng ký của đơn vị này và mọi cấp dưới. */
  underUnitId?: string | number | null | undefined;
  /** Chỉ đăng ký của đơn vị này. */
  unitId?: string | number | null | undefined;
};

/** Một bản đăng ký thi đua (đăng ký tập thể của đơn vị) và phiên bản đã đọc: xóa, gửi lên cấp trên, duyệt. */
export type CampaignRegistrationRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Trạng thái đăng ký thi đua của một đơn vị, như cấp trên thấy. */
export type CampaignRegistrationStatus =
  /** Đã duyệt */
  | 'APPROVED'
  /** Chưa gửi */
  | 'DRAFT'
  /** Trả lại */
  | 'RETURNED'
  /** Chờ duyệt */
  | 'SUBMITTED';

/** Một danh hiệu đăng ký phấn đấu: tên như viết, mã khi có danh mục. */
export type CampaignRegistrationTitleInput = {
  code?: string | null | undefined;
  /** "Tập thể lao động xuất sắc", "Chiến sĩ thi đua cơ sở". */
  name: string;
};

/** Một tệp đã đính kèm báo cáo (giữ lại, đổi tên); tệp mới tải lên qua REST. */
export type CampaignReviewAttachmentInput = {
  name: string;
  sha256: string;
};

/** Kết quả thực hiện một chỉ tiêu của kế hoạch. */
export type CampaignReviewFigureInput = {
  /** Kết quả đạt được: "1.250", "98,5", "Đạt". */
  achieved: string;
  note?: string | null | undefined;
  /** Thứ tự chỉ tiêu trong kế hoạch (content.targets), từ 0. */
  targetIndex: number;
};

/** Lọc báo cáo sơ kết / tổng kết của một kế hoạch. */
export type CampaignReviewFilter = {
  /** Chỉ báo cáo gửi muộn (true) / đúng hạn (false). */
  late?: boolean | null | undefined;
  status?: CampaignReviewStatus | null | undefined;
  /** Đơn vị này và mọi cấp dưới. */
  underUnitId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

/** Kỳ báo cáo: sơ kết hoặc tổng kết. */
export type CampaignReviewKind =
  /** Tổng kết */
  | 'FINAL'
  /** Sơ kết */
  | 'MIDTERM';

/** Một báo cáo và phiên bản đã đọc. */
export type CampaignReviewRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Trạng thái báo cáo sơ kết, tổng kết của một đơn vị. */
export type CampaignReviewStatus =
  /** Chưa gửi */
  | 'DRAFT'
  /** Trả lại */
  | 'RETURNED'
  /** Đã gửi */
  | 'SUBMITTED';

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

export type CongressBalanceRequirementInput = {
  criterion: BalanceCriterion;
  /** Đại biểu trẻ tuổi: tuổi tối đa tại ngày đại hội (mặc định 35). */
  maxAge?: number | null | undefined;
  /** Số người tối thiểu. */
  minCount?: number | null | undefined;
  /** Tỷ lệ tối thiểu trên tổng số đại biểu (%, tối đa một chữ số thập phân). */
  minShare?: number | null | undefined;
  /** Theo ngành, lĩnh vực: mỗi ngành, lĩnh vực được nêu phải đạt mức tối thiểu. */
  sectors?: Array<string> | null | undefined;
};

/** Một đại biểu thêm vào (hoặc sửa thông tin trong) danh sách. */
export type CongressDelegateInput = {
  /** Người lao động trực tiếp. */
  directWorker?: boolean | null | undefined;
  /** Cán bộ đang công tác tại đơn vị tổ chức hoặc đơn vị trực thuộc. */
  personId: string | number;
  /** Ngành, lĩnh vực đại biểu đại diện. */
  sector?: string | null | undefined;
  /** Tham dự Đại hội cấp trên (bỏ trống: giữ nguyên, người mới là không). */
  toUpper?: boolean | null | undefined;
};

/** Lọc danh sách đại hội, hội nghị của một kế hoạch. */
export type CongressFilterInput = {
  level?: CongressLevel | null | undefined;
  /** Tìm theo tên (không phân biệt dấu, mỗi từ là đầu một từ); xếp theo mức khớp. */
  search?: string | null | undefined;
  status?: CongressStatus | null | undefined;
  /** Chỉ đại hội, hội nghị do đơn vị này hoặc đơn vị trực thuộc tổ chức. */
  underUnitId?: string | number | null | undefined;
};

/** Hình thức tổ chức: hội nghị tuyên dương, biểu dương, hoặc Đại hội thi đua yêu nước. */
export type CongressForm =
  /** Hội nghị tuyên dương điển hình tiên tiến */
  | 'EXEMPLARS_CONFERENCE'
  /** Hội nghị biểu dương người tốt, việc tốt */
  | 'GOOD_DEEDS_CONFERENCE'
  /** Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo */
  | 'GOOD_WORKERS_CONFERENCE'
  /** Đại hội thi đua yêu nước */
  | 'PATRIOTIC_CONGRESS';

/** Cấp tổ chức đại hội, hội nghị thi đua. */
export type CongressLevel =
  /** Cơ quan, đơn vị */
  | 'AGENCY'
  /** Cụm, khối thi đua */
  | 'CLUSTER'
  /** Cấp xã */
  | 'COMMUNE'
  /** Cấp huyện */
  | 'DISTRICT'
  /** Cấp tỉnh */
  | 'PROVINCE';

/** Trạng thái của đại hội, hội nghị thi đua. */
export type CongressStatus =
  /** Đã tổ chức */
  | 'HELD'
  /** Dự kiến tổ chức */
  | 'PLANNED';

/** Ghi nhận giao ước thi đua của một cụm, khối theo một kế hoạch. */
export type CreateCampaignCovenantInput = {
  clusterId: string | number;
  /** Nội dung giao ước, cam kết của các đơn vị. */
  content: string;
  /** Đơn vị ký; bỏ trống: mọi đơn vị là thành viên cụm, khối vào ngày ký. Mỗi đơn vị phải là thành viên vào ngày đó. */
  memberUnitIds?: Array<string | number> | null | undefined;
  /** Địa điểm ký. */
  place: string;
  planId: string | number;
  /** Ngày ký (hội nghị phát động). */
  signedOn: string;
};

/** Soạn dự thảo kế hoạch thi đua của một đơn vị. */
export type CreateCampaignPlanInput = {
  /** Phạm vi giao kế hoạch (đơn vị thực hiện); để trống: không giao cho đơn vị nào. */
  addressing?: CampaignPlanAddressingInput | null | undefined;
  /** Hạn các đơn vị được giao ban hành kế hoạch thực hiện ("gửi … trước ngày …"). */
  answerDeadline?: string | null | undefined;
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
  /** Kế hoạch cấp trên mà kế hoạch này thực hiện ("Thực hiện Kế hoạch số …"): đơn vị ban hành phải được giao kế hoạch đó. */
  respondsToPlanId?: string | number | null | undefined;
  scope: CampaignScope;
  /** Trích yếu: "Phát động Đợt thi đua đặc biệt …". */
  title: string;
};

/** Đăng ký thi đua theo một kế hoạch đã ban hành: của đơn vị (tập thể) hoặc của một cán bộ của đơn vị (cá nhân). */
export type CreateCampaignRegistrationInput = {
  /** Nội dung cam kết. */
  commitments?: string | null | undefined;
  kind: CampaignRegistrantKind;
  /** Cán bộ đăng ký (đối tượng cá nhân): đang công tác tại đơn vị hoặc cấp dưới. */
  personId?: string | number | null | undefined;
  planId: string | number;
  /** Danh hiệu đăng ký (tối đa 10); cá nhân cần ít nhất một. */
  titles?: Array<CampaignRegistrationTitleInput>;
  /** Đơn vị đăng ký (cần quyền CAMPAIGN_MANAGE tại đơn vị). */
  unitId: string | number;
};

/** Soạn báo cáo sơ kết / tổng kết của đơn vị theo một kế hoạch. */
export type CreateCampaignReviewInput = {
  /** Kết quả theo chỉ tiêu của kế hoạch. */
  figures?: Array<CampaignReviewFigureInput>;
  kind: CampaignReviewKind;
  planId: string | number;
  /** Nội dung báo cáo. */
  report?: string | null | undefined;
  /** Đơn vị báo cáo (cần quyền CAMPAIGN_MANAGE tại đơn vị). */
  unitId: string | number;
};

/** Tạo đại hội, hội nghị thi đua của một đơn vị theo kế hoạch đã ban hành. */
export type CreateCongressInput = {
  /** Nội dung chương trình, theo thứ tự; bỏ trống: chín nội dung của kế hoạch mẫu (hội nghị không có chào cờ). */
  agenda?: Array<string> | null | undefined;
  /** Số lượng đại biểu; bỏ trống: do đơn vị tổ chức quyết định. */
  delegateTarget?: number | null | undefined;
  /** Thời lượng: "1/2 ngày". */
  duration?: string | null | undefined;
  form: CongressForm;
  level: CongressLevel;
  /** Tên: "Hội nghị tuyên dương điển hình tiên tiến xã An Bình 2025". */
  name: string;
  /** Kế hoạch thi đua đã ban hành. */
  planId: string | number;
  /** Yêu cầu cơ cấu đại biểu (nữ, trẻ tuổi, dân tộc thiểu số, ngành, lĩnh vực…). */
  requirements?: Array<CongressBalanceRequirementInput> | null | undefined;
  /** Đơn vị tổ chức (cần quyền CAMPAIGN_MANAGE tại đơn vị). */
  unitId: string | number;
  /** Đại hội cấp trên (cấp cao hơn) mà đại hội, hội nghị này gửi đại biểu tham dự. */
  upperCongressId?: string | number | null | undefined;
  venue?: string | null | undefined;
  /** Thời gian tổ chức dự kiến từ ngày (ví dụ đầu quý). */
  windowFrom: string;
  /** Thời gian tổ chức dự kiến đến ngày (tính cả ngày này). */
  windowTo: string;
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

/** Xóa một giao ước thi đua ghi nhầm. */
export type DeleteCampaignCovenantInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Xóa một dự thảo kế hoạch thi đua. */
export type DeleteCampaignPlanDraftInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Xóa đại hội, hội nghị chưa tổ chức. */
export type DeleteCongressInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Ghi nhận đại hội, hội nghị đã tổ chức. */
export type HoldCongressInput = {
  /** Ngày tổ chức (không sau hôm nay). */
  heldOn: string;
  id: string | number;
  /** Địa điểm (giữ nguyên nếu bỏ trống). */
  venue?: string | null | undefined;
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

/** Đánh dấu (hoặc bỏ đánh dấu) đại biểu được bầu tham dự Đại hội cấp trên; được cả sau khi đã tổ chức. */
export type MarkCongressDelegatesToUpperInput = {
  id: string | number;
  /** Cán bộ trong danh sách đại biểu. */
  personIds: Array<string | number>;
  toUpper?: boolean;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
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

/** Mở đợt sơ kết hoặc tổng kết của kế hoạch đang triển khai. */
export type OpenCampaignPlanReviewInput = {
  id: string | number;
  kind: CampaignPlanReviewStage;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Lời dẫn trích dẫn căn cứ: "Căn cứ …" hoặc "Thực hiện …". */
export type PlanBasisVerb =
  /** Căn cứ */
  | 'CAN_CU'
  /** Thực hiện */
  | 'THUC_HIEN';

/** Nhắc các đơn vị chưa ban hành kế hoạch thực hiện (cần quyền CAMPAIGN_MANAGE tại đơn vị ban hành). */
export type RemindCampaignAddresseesInput = {
  planId: string | number;
  /** Các đơn vị cần nhắc; để trống: mọi đơn vị chưa ban hành kế hoạch thực hiện. */
  unitIds?: Array<string | number> | null | undefined;
};

/** Tạo bản PDF của nhiều kế hoạch trong một tác vụ chạy nền. */
export type RenderCampaignPlanDocumentsInput = {
  /** Các kế hoạch (tối đa 500, không trùng). */
  planIds: Array<string | number>;
};

/** Trả lại kế hoạch đang trình ký về dự thảo, kèm lý do. */
export type ReturnCampaignPlanInput = {
  id: string | number;
  /** Lý do trả lại. */
  reason: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Trả lại bản đăng ký thi đua của một đơn vị, kèm lý do. */
export type ReturnCampaignRegistrationInput = {
  id: string | number;
  /** Lý do trả lại. */
  reason: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Trả lại báo cáo đã gửi, kèm lý do. */
export type ReturnCampaignReviewInput = {
  id: string | number;
  /** Lý do trả lại. */
  reason: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Thêm, sửa, bớt đại biểu của đại hội, hội nghị chưa tổ chức (tối đa 500 người mỗi lần cho mỗi danh sách). */
export type SetCongressDelegatesInput = {
  /** Đại biểu thêm vào cuối danh sách; người đã có thì sửa ngành, lĩnh vực, đánh dấu. */
  add?: Array<CongressDelegateInput>;
  id: string | number;
  /** Cán bộ bỏ khỏi danh sách đại biểu. */
  remove?: Array<string | number>;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Giới tính. */
export type Sex =
  /** Nữ */
  | 'FEMALE'
  /** Nam */
  | 'MALE';

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

/** Sửa giao ước thi đua (mọi trường gửi lên thay cho giá trị cũ). */
export type UpdateCampaignCovenantInput = {
  /** Nội dung giao ước, cam kết của các đơn vị. */
  content: string;
  id: string | number;
  /** Đơn vị ký; bỏ trống: mọi đơn vị là thành viên cụm, khối vào ngày ký. Mỗi đơn vị phải là thành viên vào ngày đó. */
  memberUnitIds?: Array<string | number> | null | undefined;
  /** Địa điểm ký. */
  place: string;
  /** Ngày ký (hội nghị phát động). */
  signedOn: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa dự thảo kế hoạch thi đua (mọi trường gửi lên thay cho giá trị cũ; đơn vị ban hành không đổi). */
export type UpdateCampaignPlanInput = {
  /** Phạm vi giao kế hoạch (đơn vị thực hiện); để trống: không giao cho đơn vị nào. */
  addressing?: CampaignPlanAddressingInput | null | undefined;
  /** Hạn các đơn vị được giao ban hành kế hoạch thực hiện ("gửi … trước ngày …"). */
  answerDeadline?: string | null | undefined;
  content: CampaignPlanContentInput;
  id: string | number;
  kind: CampaignKind;
  /** Văn bản căn cứ (danh mục văn bản căn cứ), theo thứ tự viện dẫn. */
  legalDocumentIds?: Array<string | number>;
  /** Thời gian thi đua từ ngày. */
  periodFrom: string;
  /** Thời gian thi đua đến ngày (tính cả ngày này). */
  periodTo: string;
  /** Kế hoạch cấp trên mà kế hoạch này thực hiện ("Thực hiện Kế hoạch số …"): đơn vị ban hành phải được giao kế hoạch đó. */
  respondsToPlanId?: string | number | null | undefined;
  scope: CampaignScope;
  /** Trích yếu: "Phát động Đợt thi đua đặc biệt …". */
  title: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa một đăng ký thi đua chưa gửi hoặc bị trả lại. */
export type UpdateCampaignRegistrationInput = {
  /** Nội dung cam kết. */
  commitments?: string | null | undefined;
  id: string | number;
  /** Danh hiệu đăng ký (tối đa 10); cá nhân cần ít nhất một. */
  titles?: Array<CampaignRegistrationTitleInput>;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa báo cáo chưa gửi hoặc bị trả lại. */
export type UpdateCampaignReviewInput = {
  /** Tệp đính kèm giữ lại (bỏ trống: giữ nguyên); chỉ gồm tệp đã đính kèm báo cáo này. */
  attachments?: Array<CampaignReviewAttachmentInput> | null | undefined;
  /** Kết quả theo chỉ tiêu của kế hoạch. */
  figures?: Array<CampaignReviewFigureInput>;
  id: string | number;
  /** Nội dung báo cáo. */
  report?: string | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa đại hội, hội nghị chưa tổ chức (mọi trường gửi lên thay giá trị cũ; kế hoạch và đơn vị tổ chức không đổi). */
export type UpdateCongressInput = {
  /** Nội dung chương trình, theo thứ tự; bỏ trống: chín nội dung của kế hoạch mẫu (hội nghị không có chào cờ). */
  agenda?: Array<string> | null | undefined;
  /** Số lượng đại biểu; bỏ trống: do đơn vị tổ chức quyết định. */
  delegateTarget?: number | null | undefined;
  /** Thời lượng: "1/2 ngày". */
  duration?: string | null | undefined;
  form: CongressForm;
  id: string | number;
  level: CongressLevel;
  /** Tên: "Hội nghị tuyên dương điển hình tiên tiến xã An Bình 2025". */
  name: string;
  /** Yêu cầu cơ cấu đại biểu (nữ, trẻ tuổi, dân tộc thiểu số, ngành, lĩnh vực…). */
  requirements?: Array<CongressBalanceRequirementInput> | null | undefined;
  /** Đại hội cấp trên (cấp cao hơn) mà đại hội, hội nghị này gửi đại biểu tham dự. */
  upperCongressId?: string | number | null | undefined;
  venue?: string | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
  /** Thời gian tổ chức dự kiến từ ngày (ví dụ đầu quý). */
  windowFrom: string;
  /** Thời gian tổ chức dự kiến đến ngày (tính cả ngày này). */
  windowTo: string;
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

export type AuditCampaignStartMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type AuditCampaignStartMutation = { startCampaignPlan: { id: string } };

export type AuditCampaignAmendMutationVariables = Exact<{
  input: AmendCampaignPlanInput;
}>;


export type AuditCampaignAmendMutation = { amendCampaignPlan: { id: string } };

export type AuditCampaignRenderMutationVariables = Exact<{
  input: RenderCampaignPlanDocumentsInput;
}>;


export type AuditCampaignRenderMutation = { renderCampaignPlanDocuments: { job: { id: string } } };

export type AuditCampaignSubmitMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type AuditCampaignSubmitMutation = { submitCampaignPlan: { id: string, version: number } };

export type AuditCampaignIssueMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type AuditCampaignIssueMutation = { issueCampaignPlan: { id: string, version: number } };

export type AuditCampaignRemindMutationVariables = Exact<{
  input: RemindCampaignAddresseesInput;
}>;


export type AuditCampaignRemindMutation = { remindCampaignAddressees: { reminded: number } };

export type AuditCongressCreateMutationVariables = Exact<{
  input: CreateCongressInput;
}>;


export type AuditCongressCreateMutation = { createCongress: { id: string, version: number } };

export type AuditCongressUpdateMutationVariables = Exact<{
  input: UpdateCongressInput;
}>;


export type AuditCongressUpdateMutation = { updateCongress: { id: string, version: number } };

export type AuditCongressDelegatesMutationVariables = Exact<{
  input: SetCongressDelegatesInput;
}>;


export type AuditCongressDelegatesMutation = { setCongressDelegates: { id: string, version: number } };

export type AuditCongressToUpperMutationVariables = Exact<{
  input: MarkCongressDelegatesToUpperInput;
}>;


export type AuditCongressToUpperMutation = { markCongressDelegatesToUpper: { id: string } };

export type AuditCongressHoldMutationVariables = Exact<{
  input: HoldCongressInput;
}>;


export type AuditCongressHoldMutation = { holdCongress: { id: string } };

export type AuditRegCreateMutationVariables = Exact<{
  input: CreateCampaignRegistrationInput;
}>;


export type AuditRegCreateMutation = { createCampaignRegistration: { id: string, version: number } };

export type AuditRegUpdateMutationVariables = Exact<{
  input: UpdateCampaignRegistrationInput;
}>;


export type AuditRegUpdateMutation = { updateCampaignRegistration: { id: string } };

export type AuditRegApproveMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type AuditRegApproveMutation = { approveCampaignRegistration: { id: string } };

export type AuditReviewCreateMutationVariables = Exact<{
  input: CreateCampaignReviewInput;
}>;


export type AuditReviewCreateMutation = { createCampaignReview: { id: string, version: number } };

export type AuditReviewUpdateMutationVariables = Exact<{
  input: UpdateCampaignReviewInput;
}>;


export type AuditReviewUpdateMutation = { updateCampaignReview: { id: string } };

export type AmendmentsCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type AmendmentsCreateMutation = { createCampaignPlan: { id: string, version: number } };

export type AmendmentsSubmitMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type AmendmentsSubmitMutation = { submitCampaignPlan: { id: string, version: number } };

export type AmendmentsIssueMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type AmendmentsIssueMutation = { issueCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, symbol: string | null } };

export type AmendmentsUpdateMutationVariables = Exact<{
  input: UpdateCampaignPlanInput;
}>;


export type AmendmentsUpdateMutation = { updateCampaignPlan: { id: string, version: number, title: string } };

export type AmendmentsAmendMutationVariables = Exact<{
  input: AmendCampaignPlanInput;
}>;


export type AmendmentsAmendMutation = { amendCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, title: string, periodFrom: string, periodTo: string, amendmentNote: string | null, content: { theme: string | null }, amends: { id: string, symbol: string | null } | null, supersededBy: { id: string } | null, issuerUnit: { id: string } } };

export type AmendmentsStartMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type AmendmentsStartMutation = { startCampaignPlan: { id: string, status: CampaignPlanStatus } };

export type AmendmentsPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type AmendmentsPlanQuery = { campaignPlan: { id: string, version: number, status: CampaignPlanStatus, title: string, symbol: string | null, amendmentNote: string | null, content: { theme: string | null }, amends: { id: string } | null, supersededBy: { id: string, symbol: string | null } | null, storedDocuments: Array<{ format: CampaignPlanDocumentFormat, sha256: string }> } };

export type AmendmentsAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type AmendmentsAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type CascadeCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type CascadeCreateMutation = { createCampaignPlan: { id: string, version: number, answerDeadline: string | null, respondsToPlanId: string | null, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, clusterIds: Array<string>, unitKindCodes: Array<string>, units: Array<{ id: string, name: string }> } | null } };

export type CascadeSubmitMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type CascadeSubmitMutation = { submitCampaignPlan: { id: string, version: number } };

export type CascadeIssueMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type CascadeIssueMutation = { issueCampaignPlan: { id: string, version: number, status: CampaignPlanStatus, symbol: string | null } };

export type CascadePlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CascadePlanQuery = { campaignPlan: { id: string, status: CampaignPlanStatus, respondsToPlan: { id: string } | null } };

export type CascadePlanRightsQueryVariables = Exact<{
  id: string | number;
}>;


export type CascadePlanRightsQuery = { campaignPlan: { id: string, canManage: boolean, canIssue: boolean, canAnswer: boolean } };

export type CascadePlansQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CascadePlansQuery = { campaignPlans: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CascadeInboxQueryVariables = Exact<{
  status?: CampaignAddresseeStatus | null | undefined;
  search?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type CascadeInboxQuery = { campaignInbox: { totalCount: number, edges: Array<{ node: { id: string, status: CampaignAddresseeStatus, deadline: string | null, reminderCount: number, lastRemindedAt: string | null, unit: { id: string }, plan: { id: string, title: string }, answerPlan: { id: string, symbol: string | null } | null } }> } };

export type CascadeTableQueryVariables = Exact<{
  planId: string | number;
  status?: CampaignAddresseeStatus | null | undefined;
  underUnitId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CascadeTableQuery = { campaignPlanAddressees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, rule: CampaignAddressingRule, status: CampaignAddresseeStatus, deadline: string | null, answeredOn: string | null, reminderCount: number, unit: { id: string, name: string, code: string, canOpen: boolean }, answerPlan: { id: string, symbol: string | null } | null, inheritedFromUnit: { id: string } | null } }> } };

export type CascadeSummaryQueryVariables = Exact<{
  planId: string | number;
  underUnitId?: string | number | null | undefined;
}>;


export type CascadeSummaryQuery = { campaignCascadeSummary: { planId: string, counts: { total: number, answered: number, answeredLate: number, pending: number, overdue: number }, groups: Array<{ addressed: boolean, unit: { id: string }, counts: { total: number, answered: number, answeredLate: number, pending: number, overdue: number } }> } };

export type CascadeRemindMutationVariables = Exact<{
  input: RemindCampaignAddresseesInput;
}>;


export type CascadeRemindMutation = { remindCampaignAddressees: { reminded: number, remindedAt: string } };

export type CascadePreviewMergeQueryVariables = Exact<{
  input: MergeUnitsInput;
}>;


export type CascadePreviewMergeQuery = { previewMergeUnits: { carried: Array<{ module: string, label: string, count: number }> } };

export type CascadeMergeMutationVariables = Exact<{
  input: MergeUnitsInput;
}>;


export type CascadeMergeMutation = { mergeUnits: { id: string } };

export type DocumentsCreateMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type DocumentsCreateMutation = { createCampaignPlan: { id: string, version: number } };

export type DocumentsSubmitMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type DocumentsSubmitMutation = { submitCampaignPlan: { id: string, version: number } };

export type DocumentsIssueMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type DocumentsIssueMutation = { issueCampaignPlan: { id: string, version: number, symbol: string | null } };

export type DocumentsPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentsPlanQuery = { campaignPlan: { id: string, status: CampaignPlanStatus, documentUrl: string, pdfUrl: string, pdfStatus: CampaignPlanPdfStatus, pdfAvailable: boolean, storedDocuments: Array<{ format: CampaignPlanDocumentFormat, sha256: string, size: number, url: string }> } };

export type DocumentsRenderMutationVariables = Exact<{
  input: RenderCampaignPlanDocumentsInput;
}>;


export type DocumentsRenderMutation = { renderCampaignPlanDocuments: { job: { id: string, kind: string, status: JobStatus, total: number }, items: Array<{ planId: string, position: number, status: CampaignDocumentBatchItemStatus }> } };

export type DocumentsBatchQueryVariables = Exact<{
  jobId: string | number;
}>;


export type DocumentsBatchQuery = { campaignDocumentBatch: { job: { id: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null }, items: Array<{ planId: string, position: number, status: CampaignDocumentBatchItemStatus, created: boolean, error: string | null, durationMs: number | null, pdfUrl: string | null, sha256: string | null, plan: { id: string, title: string } | null }> } };

export type DocumentsJobQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentsJobQuery = { job: { id: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null } };

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

export type LifecycleStartMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type LifecycleStartMutation = { startCampaignPlan: { id: string, version: number, status: CampaignPlanStatus } };

export type LifecycleReviewMutationVariables = Exact<{
  input: OpenCampaignPlanReviewInput;
}>;


export type LifecycleReviewMutation = { openCampaignPlanReview: { id: string, version: number, status: CampaignPlanStatus } };

export type LifecycleResumeMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type LifecycleResumeMutation = { resumeCampaignPlan: { id: string, version: number, status: CampaignPlanStatus } };

export type LifecycleCloseMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type LifecycleCloseMutation = { closeCampaignPlan: { id: string, version: number, status: CampaignPlanStatus } };

export type RegCreateMutationVariables = Exact<{
  input: CreateCampaignRegistrationInput;
}>;


export type RegCreateMutation = { createCampaignRegistration: { id: string, version: number, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, personId: string | null, commitments: string | null, canEdit: boolean, canDecide: boolean, titles: Array<{ name: string, code: string | null }>, unit: { id: string } } };

export type RegUpdateMutationVariables = Exact<{
  input: UpdateCampaignRegistrationInput;
}>;


export type RegUpdateMutation = { updateCampaignRegistration: { id: string, version: number, commitments: string | null, titles: Array<{ name: string }> } };

export type RegDeleteMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type RegDeleteMutation = { deleteCampaignRegistration: string };

export type RegSubmitMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type RegSubmitMutation = { submitCampaignRegistration: { id: string, version: number, status: CampaignRegistrationStatus, returnReason: string | null, submittedAt: string | null } };

export type RegReturnMutationVariables = Exact<{
  input: ReturnCampaignRegistrationInput;
}>;


export type RegReturnMutation = { returnCampaignRegistration: { id: string, version: number, status: CampaignRegistrationStatus, returnReason: string | null, reviewedAt: string | null } };

export type RegApproveMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type RegApproveMutation = { approveCampaignRegistration: { id: string, version: number, status: CampaignRegistrationStatus, canEdit: boolean, canDecide: boolean } };

export type RegListQueryVariables = Exact<{
  planId: string | number;
  filter?: CampaignRegistrationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegListQuery = { campaignRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, returnReason: string | null, canEdit: boolean, canDecide: boolean, unit: { id: string } } }> } };

export type RegOneQueryVariables = Exact<{
  id: string | number;
}>;


export type RegOneQuery = { campaignRegistration: { id: string, version: number, status: CampaignRegistrationStatus } };

export type RegSummaryQueryVariables = Exact<{
  planId: string | number;
  underUnitId?: string | number | null | undefined;
}>;


export type RegSummaryQuery = { campaignRegistrationSummary: { planId: string, underUnitId: string | null, total: { units: { draft: number, submitted: number, returned: number, approved: number, total: number }, people: { draft: number, submitted: number, returned: number, approved: number, total: number } }, own: { units: { total: number }, people: { total: number } }, children: Array<{ unitId: string | null, unit: { id: string, name: string } | null, units: { draft: number, submitted: number, approved: number, total: number }, people: { draft: number, submitted: number, approved: number, total: number } }> } };

export type CovenantCreateMutationVariables = Exact<{
  input: CreateCampaignCovenantInput;
}>;


export type CovenantCreateMutation = { createCampaignCovenant: { id: string, version: number, signedOn: string, place: string, content: string, cluster: { id: string, name: string } | null, members: Array<{ id: string }> } };

export type CovenantUpdateMutationVariables = Exact<{
  input: UpdateCampaignCovenantInput;
}>;


export type CovenantUpdateMutation = { updateCampaignCovenant: { id: string, version: number, place: string, members: Array<{ id: string }> } };

export type CovenantDeleteMutationVariables = Exact<{
  input: DeleteCampaignCovenantInput;
}>;


export type CovenantDeleteMutation = { deleteCampaignCovenant: string };

export type CovenantsQueryVariables = Exact<{
  planId: string | number;
}>;


export type CovenantsQuery = { campaignCovenants: { totalCount: number, edges: Array<{ node: { id: string, version: number, cluster: { id: string } | null, members: Array<{ id: string }> } }> } };

export type ReviewCreateMutationVariables = Exact<{
  input: CreateCampaignReviewInput;
}>;


export type ReviewCreateMutation = { createCampaignReview: { id: string, version: number, kind: CampaignReviewKind, status: CampaignReviewStatus, report: string, late: boolean, canEdit: boolean, canReturn: boolean, unit: { id: string }, figures: Array<{ targetIndex: number, achieved: string, note: string | null, target: { indicator: string, target: string, unit: string | null } | null }> } };

export type ReviewUpdateMutationVariables = Exact<{
  input: UpdateCampaignReviewInput;
}>;


export type ReviewUpdateMutation = { updateCampaignReview: { id: string, version: number, report: string, figures: Array<{ targetIndex: number, achieved: string }>, attachments: Array<{ sha256: string, name: string, url: string }> } };

export type ReviewSubmitMutationVariables = Exact<{
  input: CampaignReviewRefInput;
}>;


export type ReviewSubmitMutation = { submitCampaignReview: { id: string, version: number, status: CampaignReviewStatus, late: boolean, deadline: string | null, submittedAt: string | null, returnReason: string | null } };

export type ReviewReturnMutationVariables = Exact<{
  input: ReturnCampaignReviewInput;
}>;


export type ReviewReturnMutation = { returnCampaignReview: { id: string, version: number, status: CampaignReviewStatus, returnReason: string | null } };

export type ReviewListQueryVariables = Exact<{
  planId: string | number;
  kind: CampaignReviewKind;
  filter?: CampaignReviewFilter | null | undefined;
}>;


export type ReviewListQuery = { campaignReviews: { totalCount: number, edges: Array<{ node: { id: string, status: CampaignReviewStatus, late: boolean, canReturn: boolean, unit: { id: string } } }> } };

export type ReviewOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewOneQuery = { campaignReview: { id: string, version: number, status: CampaignReviewStatus, attachments: Array<{ sha256: string, name: string, url: string }> } };

export type ReviewSummaryQueryVariables = Exact<{
  planId: string | number;
  kind: CampaignReviewKind;
}>;


export type ReviewSummaryQuery = { campaignReviewSummary: { kind: CampaignReviewKind, deadline: string | null, addressed: number, submitted: number, onTime: number, late: number, returned: number, drafts: number, missing: number, overdue: boolean } };

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

export type CongressCreateMutationVariables = Exact<{
  input: CreateCongressInput;
}>;


export type CongressCreateMutation = { createCongress: { id: string, version: number, level: CongressLevel, form: CongressForm, status: CongressStatus, windowLabel: string, duration: string | null, delegateTarget: number | null, agenda: Array<string>, planSymbol: string | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type CongressUpdateMutationVariables = Exact<{
  input: UpdateCongressInput;
}>;


export type CongressUpdateMutation = { updateCongress: { id: string, version: number, venue: string | null } };

export type CongressDeleteMutationVariables = Exact<{
  input: DeleteCongressInput;
}>;


export type CongressDeleteMutation = { deleteCongress: string };

export type CongressHoldMutationVariables = Exact<{
  input: HoldCongressInput;
}>;


export type CongressHoldMutation = { holdCongress: { id: string, version: number, status: CongressStatus, heldOn: string | null, venue: string | null } };

export type CongressSetDelegatesMutationVariables = Exact<{
  input: SetCongressDelegatesInput;
}>;


export type CongressSetDelegatesMutation = { setCongressDelegates: { id: string, version: number, delegateCount: number } };

export type CongressToUpperMutationVariables = Exact<{
  input: MarkCongressDelegatesToUpperInput;
}>;


export type CongressToUpperMutation = { markCongressDelegatesToUpper: { id: string, version: number } };

export type CongressListQueryVariables = Exact<{
  planId: string | number;
  filter?: CongressFilterInput | null | undefined;
}>;


export type CongressListQuery = { congresses: { totalCount: number, edges: Array<{ node: { id: string, name: string, level: CongressLevel } }> } };

export type CongressGetQueryVariables = Exact<{
  id: string | number;
  fromBelow?: boolean | null | undefined;
}>;


export type CongressGetQuery = { congress: { id: string, name: string, version: number, status: CongressStatus, canManage: boolean, delegateCount: number, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, level: CongressLevel, windowLabel: string, canOpen: boolean, hostUnit: { name: string, canOpen: boolean } } | null, delegates: { totalCount: number, edges: Array<{ node: { personId: string, fullName: string, title: string | null, sector: string | null, directWorker: boolean, toUpper: boolean, position: number, unit: { id: string } | null, person: { sex: Sex, dateOfBirth: string | null, ethnicity: string | null } | null } }> }, delegatesFromBelow: { totalCount: number, edges: Array<{ node: { personId: string, fullName: string, congress: { id: string, name: string, canOpen: boolean, hostUnit: { name: string } } } }> }, balance: { total: number, onDate: string, met: boolean, summary: string, lines: Array<{ criterion: BalanceCriterion, sector: string | null, actual: number, unknown: number, requiredCount: number, met: boolean, missing: number, explanation: string }> } } };

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

export type ScopeCampaignStartMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type ScopeCampaignStartMutation = { startCampaignPlan: { id: string } };

export type ScopeCampaignAmendMutationVariables = Exact<{
  input: AmendCampaignPlanInput;
}>;


export type ScopeCampaignAmendMutation = { amendCampaignPlan: { id: string } };

export type ScopeCampaignRenderMutationVariables = Exact<{
  input: RenderCampaignPlanDocumentsInput;
}>;


export type ScopeCampaignRenderMutation = { renderCampaignPlanDocuments: { job: { id: string } } };

export type ScopeCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeCampaignQuery = { campaignPlan: { title: string, version: number } };

export type ScopeCampaignsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ScopeCampaignsQuery = { campaignPlans: { edges: Array<{ node: { id: string } }> } };

export type ScopeCampaignInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeCampaignInboxQuery = { campaignInbox: { edges: Array<{ node: { plan: { id: string }, unit: { id: string } } }> } };

export type ScopeCampaignAddresseesQueryVariables = Exact<{
  planId: string | number;
}>;


export type ScopeCampaignAddresseesQuery = { campaignPlanAddressees: { edges: Array<{ node: { unit: { id: string } } }> } };

export type ScopeCampaignCascadeSummaryQueryVariables = Exact<{
  planId: string | number;
}>;


export type ScopeCampaignCascadeSummaryQuery = { campaignCascadeSummary: { counts: { total: number } } };

export type ScopeCampaignRemindMutationVariables = Exact<{
  input: RemindCampaignAddresseesInput;
}>;


export type ScopeCampaignRemindMutation = { remindCampaignAddressees: { reminded: number } };

export type ScopeCongressCreateMutationVariables = Exact<{
  input: CreateCongressInput;
}>;


export type ScopeCongressCreateMutation = { createCongress: { id: string, version: number } };

export type ScopeCongressUpdateMutationVariables = Exact<{
  input: UpdateCongressInput;
}>;


export type ScopeCongressUpdateMutation = { updateCongress: { id: string, version: number } };

export type ScopeCongressDeleteMutationVariables = Exact<{
  input: DeleteCongressInput;
}>;


export type ScopeCongressDeleteMutation = { deleteCongress: string };

export type ScopeCongressQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeCongressQuery = { congress: { id: string, version: number } };

export type ScopeCongressesQueryVariables = Exact<{
  planId: string | number;
}>;


export type ScopeCongressesQuery = { congresses: { edges: Array<{ node: { id: string } }> } };

export type ScopeRegCreateMutationVariables = Exact<{
  input: CreateCampaignRegistrationInput;
}>;


export type ScopeRegCreateMutation = { createCampaignRegistration: { id: string, version: number } };

export type ScopeRegUpdateMutationVariables = Exact<{
  input: UpdateCampaignRegistrationInput;
}>;


export type ScopeRegUpdateMutation = { updateCampaignRegistration: { id: string, version: number } };

export type ScopeRegQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeRegQuery = { campaignRegistration: { id: string, version: number } };

export type ScopeReviewCreateMutationVariables = Exact<{
  input: CreateCampaignReviewInput;
}>;


export type ScopeReviewCreateMutation = { createCampaignReview: { id: string, version: number } };

export type ScopeReviewUpdateMutationVariables = Exact<{
  input: UpdateCampaignReviewInput;
}>;


export type ScopeReviewUpdateMutation = { updateCampaignReview: { id: string, version: number } };

export type ScopeReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeReviewQuery = { campaignReview: { id: string, version: number } };

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
export const AuditCampaignStartDocument = new TypedDocumentString(`
    mutation AuditCampaignStart($input: CampaignPlanStepInput!) {
  startCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignStartMutation, AuditCampaignStartMutationVariables>;
export const AuditCampaignAmendDocument = new TypedDocumentString(`
    mutation AuditCampaignAmend($input: AmendCampaignPlanInput!) {
  amendCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignAmendMutation, AuditCampaignAmendMutationVariables>;
export const AuditCampaignRenderDocument = new TypedDocumentString(`
    mutation AuditCampaignRender($input: RenderCampaignPlanDocumentsInput!) {
  renderCampaignPlanDocuments(input: $input) {
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignRenderMutation, AuditCampaignRenderMutationVariables>;
export const AuditCampaignSubmitDocument = new TypedDocumentString(`
    mutation AuditCampaignSubmit($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignSubmitMutation, AuditCampaignSubmitMutationVariables>;
export const AuditCampaignIssueDocument = new TypedDocumentString(`
    mutation AuditCampaignIssue($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignIssueMutation, AuditCampaignIssueMutationVariables>;
export const AuditCampaignRemindDocument = new TypedDocumentString(`
    mutation AuditCampaignRemind($input: RemindCampaignAddresseesInput!) {
  remindCampaignAddressees(input: $input) {
    reminded
  }
}
    `) as unknown as TypedDocumentString<AuditCampaignRemindMutation, AuditCampaignRemindMutationVariables>;
export const AuditCongressCreateDocument = new TypedDocumentString(`
    mutation AuditCongressCreate($input: CreateCongressInput!) {
  createCongress(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditCongressCreateMutation, AuditCongressCreateMutationVariables>;
export const AuditCongressUpdateDocument = new TypedDocumentString(`
    mutation AuditCongressUpdate($input: UpdateCongressInput!) {
  updateCongress(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditCongressUpdateMutation, AuditCongressUpdateMutationVariables>;
export const AuditCongressDelegatesDocument = new TypedDocumentString(`
    mutation AuditCongressDelegates($input: SetCongressDelegatesInput!) {
  setCongressDelegates(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditCongressDelegatesMutation, AuditCongressDelegatesMutationVariables>;
export const AuditCongressToUpperDocument = new TypedDocumentString(`
    mutation AuditCongressToUpper($input: MarkCongressDelegatesToUpperInput!) {
  markCongressDelegatesToUpper(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCongressToUpperMutation, AuditCongressToUpperMutationVariables>;
export const AuditCongressHoldDocument = new TypedDocumentString(`
    mutation AuditCongressHold($input: HoldCongressInput!) {
  holdCongress(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCongressHoldMutation, AuditCongressHoldMutationVariables>;
export const AuditRegCreateDocument = new TypedDocumentString(`
    mutation AuditRegCreate($input: CreateCampaignRegistrationInput!) {
  createCampaignRegistration(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditRegCreateMutation, AuditRegCreateMutationVariables>;
export const AuditRegUpdateDocument = new TypedDocumentString(`
    mutation AuditRegUpdate($input: UpdateCampaignRegistrationInput!) {
  updateCampaignRegistration(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRegUpdateMutation, AuditRegUpdateMutationVariables>;
export const AuditRegApproveDocument = new TypedDocumentString(`
    mutation AuditRegApprove($input: CampaignRegistrationRefInput!) {
  approveCampaignRegistration(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRegApproveMutation, AuditRegApproveMutationVariables>;
export const AuditReviewCreateDocument = new TypedDocumentString(`
    mutation AuditReviewCreate($input: CreateCampaignReviewInput!) {
  createCampaignReview(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditReviewCreateMutation, AuditReviewCreateMutationVariables>;
export const AuditReviewUpdateDocument = new TypedDocumentString(`
    mutation AuditReviewUpdate($input: UpdateCampaignReviewInput!) {
  updateCampaignReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditReviewUpdateMutation, AuditReviewUpdateMutationVariables>;
export const AmendmentsCreateDocument = new TypedDocumentString(`
    mutation AmendmentsCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AmendmentsCreateMutation, AmendmentsCreateMutationVariables>;
export const AmendmentsSubmitDocument = new TypedDocumentString(`
    mutation AmendmentsSubmit($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AmendmentsSubmitMutation, AmendmentsSubmitMutationVariables>;
export const AmendmentsIssueDocument = new TypedDocumentString(`
    mutation AmendmentsIssue($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    id
    version
    status
    symbol
  }
}
    `) as unknown as TypedDocumentString<AmendmentsIssueMutation, AmendmentsIssueMutationVariables>;
export const AmendmentsUpdateDocument = new TypedDocumentString(`
    mutation AmendmentsUpdate($input: UpdateCampaignPlanInput!) {
  updateCampaignPlan(input: $input) {
    id
    version
    title
  }
}
    `) as unknown as TypedDocumentString<AmendmentsUpdateMutation, AmendmentsUpdateMutationVariables>;
export const AmendmentsAmendDocument = new TypedDocumentString(`
    mutation AmendmentsAmend($input: AmendCampaignPlanInput!) {
  amendCampaignPlan(input: $input) {
    id
    version
    status
    title
    periodFrom
    periodTo
    content {
      theme
    }
    amendmentNote
    amends {
      id
      symbol
    }
    supersededBy {
      id
    }
    issuerUnit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsAmendMutation, AmendmentsAmendMutationVariables>;
export const AmendmentsStartDocument = new TypedDocumentString(`
    mutation AmendmentsStart($input: CampaignPlanStepInput!) {
  startCampaignPlan(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AmendmentsStartMutation, AmendmentsStartMutationVariables>;
export const AmendmentsPlanDocument = new TypedDocumentString(`
    query AmendmentsPlan($id: ID!) {
  campaignPlan(id: $id) {
    id
    version
    status
    title
    symbol
    content {
      theme
    }
    amendmentNote
    amends {
      id
    }
    supersededBy {
      id
      symbol
    }
    storedDocuments {
      format
      sha256
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsPlanQuery, AmendmentsPlanQueryVariables>;
export const AmendmentsAuditDocument = new TypedDocumentString(`
    query AmendmentsAudit($filter: AuditFilter) {
  auditLog(filter: $filter, first: 20) {
    edges {
      node {
        operation
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsAuditQuery, AmendmentsAuditQueryVariables>;
export const CascadeCreateDocument = new TypedDocumentString(`
    mutation CascadeCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
    answerDeadline
    respondsToPlanId
    addressing {
      unitIds
      subtreeUnitIds
      clusterIds
      unitKindCodes
      units {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CascadeCreateMutation, CascadeCreateMutationVariables>;
export const CascadeSubmitDocument = new TypedDocumentString(`
    mutation CascadeSubmit($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CascadeSubmitMutation, CascadeSubmitMutationVariables>;
export const CascadeIssueDocument = new TypedDocumentString(`
    mutation CascadeIssue($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    id
    version
    status
    symbol
  }
}
    `) as unknown as TypedDocumentString<CascadeIssueMutation, CascadeIssueMutationVariables>;
export const CascadePlanDocument = new TypedDocumentString(`
    query CascadePlan($id: ID!) {
  campaignPlan(id: $id) {
    id
    status
    respondsToPlan {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CascadePlanQuery, CascadePlanQueryVariables>;
export const CascadePlanRightsDocument = new TypedDocumentString(`
    query CascadePlanRights($id: ID!) {
  campaignPlan(id: $id) {
    id
    canManage
    canIssue
    canAnswer
  }
}
    `) as unknown as TypedDocumentString<CascadePlanRightsQuery, CascadePlanRightsQueryVariables>;
export const CascadePlansDocument = new TypedDocumentString(`
    query CascadePlans($search: String) {
  campaignPlans(search: $search, first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CascadePlansQuery, CascadePlansQueryVariables>;
export const CascadeInboxDocument = new TypedDocumentString(`
    query CascadeInbox($status: CampaignAddresseeStatus, $search: String, $year: Int) {
  campaignInbox(status: $status, search: $search, year: $year, first: 50) {
    totalCount
    edges {
      node {
        id
        status
        deadline
        reminderCount
        lastRemindedAt
        unit {
          id
        }
        plan {
          id
          title
        }
        answerPlan {
          id
          symbol
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CascadeInboxQuery, CascadeInboxQueryVariables>;
export const CascadeTableDocument = new TypedDocumentString(`
    query CascadeTable($planId: ID!, $status: CampaignAddresseeStatus, $underUnitId: ID, $search: String, $first: Int, $after: String) {
  campaignPlanAddressees(
    planId: $planId
    status: $status
    underUnitId: $underUnitId
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        rule
        status
        deadline
        answeredOn
        reminderCount
        unit {
          id
          name
          code
          canOpen
        }
        answerPlan {
          id
          symbol
        }
        inheritedFromUnit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CascadeTableQuery, CascadeTableQueryVariables>;
export const CascadeSummaryDocument = new TypedDocumentString(`
    query CascadeSummary($planId: ID!, $underUnitId: ID) {
  campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {
    planId
    counts {
      total
      answered
      answeredLate
      pending
      overdue
    }
    groups {
      addressed
      unit {
        id
      }
      counts {
        total
        answered
        answeredLate
        pending
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CascadeSummaryQuery, CascadeSummaryQueryVariables>;
export const CascadeRemindDocument = new TypedDocumentString(`
    mutation CascadeRemind($input: RemindCampaignAddresseesInput!) {
  remindCampaignAddressees(input: $input) {
    reminded
    remindedAt
  }
}
    `) as unknown as TypedDocumentString<CascadeRemindMutation, CascadeRemindMutationVariables>;
export const CascadePreviewMergeDocument = new TypedDocumentString(`
    query CascadePreviewMerge($input: MergeUnitsInput!) {
  previewMergeUnits(input: $input) {
    carried {
      module
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CascadePreviewMergeQuery, CascadePreviewMergeQueryVariables>;
export const CascadeMergeDocument = new TypedDocumentString(`
    mutation CascadeMerge($input: MergeUnitsInput!) {
  mergeUnits(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CascadeMergeMutation, CascadeMergeMutationVariables>;
export const DocumentsCreateDocument = new TypedDocumentString(`
    mutation DocumentsCreate($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DocumentsCreateMutation, DocumentsCreateMutationVariables>;
export const DocumentsSubmitDocument = new TypedDocumentString(`
    mutation DocumentsSubmit($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DocumentsSubmitMutation, DocumentsSubmitMutationVariables>;
export const DocumentsIssueDocument = new TypedDocumentString(`
    mutation DocumentsIssue($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    id
    version
    symbol
  }
}
    `) as unknown as TypedDocumentString<DocumentsIssueMutation, DocumentsIssueMutationVariables>;
export const DocumentsPlanDocument = new TypedDocumentString(`
    query DocumentsPlan($id: ID!) {
  campaignPlan(id: $id) {
    id
    status
    documentUrl
    pdfUrl
    pdfStatus
    pdfAvailable
    storedDocuments {
      format
      sha256
      size
      url
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsPlanQuery, DocumentsPlanQueryVariables>;
export const DocumentsRenderDocument = new TypedDocumentString(`
    mutation DocumentsRender($input: RenderCampaignPlanDocumentsInput!) {
  renderCampaignPlanDocuments(input: $input) {
    job {
      id
      kind
      status
      total
    }
    items {
      planId
      position
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsRenderMutation, DocumentsRenderMutationVariables>;
export const DocumentsBatchDocument = new TypedDocumentString(`
    query DocumentsBatch($jobId: ID!) {
  campaignDocumentBatch(jobId: $jobId) {
    job {
      id
      status
      progress
      total
      message
      error
    }
    items {
      planId
      position
      status
      created
      error
      durationMs
      pdfUrl
      sha256
      plan {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsBatchQuery, DocumentsBatchQueryVariables>;
export const DocumentsJobDocument = new TypedDocumentString(`
    query DocumentsJob($id: ID!) {
  job(id: $id) {
    id
    status
    progress
    total
    message
    error
  }
}
    `) as unknown as TypedDocumentString<DocumentsJobQuery, DocumentsJobQueryVariables>;
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
export const LifecycleStartDocument = new TypedDocumentString(`
    mutation LifecycleStart($input: CampaignPlanStepInput!) {
  startCampaignPlan(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleStartMutation, LifecycleStartMutationVariables>;
export const LifecycleReviewDocument = new TypedDocumentString(`
    mutation LifecycleReview($input: OpenCampaignPlanReviewInput!) {
  openCampaignPlanReview(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleReviewMutation, LifecycleReviewMutationVariables>;
export const LifecycleResumeDocument = new TypedDocumentString(`
    mutation LifecycleResume($input: CampaignPlanStepInput!) {
  resumeCampaignPlan(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleResumeMutation, LifecycleResumeMutationVariables>;
export const LifecycleCloseDocument = new TypedDocumentString(`
    mutation LifecycleClose($input: CampaignPlanStepInput!) {
  closeCampaignPlan(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleCloseMutation, LifecycleCloseMutationVariables>;
export const RegCreateDocument = new TypedDocumentString(`
    mutation RegCreate($input: CreateCampaignRegistrationInput!) {
  createCampaignRegistration(input: $input) {
    id
    version
    kind
    status
    registrantName
    personId
    titles {
      name
      code
    }
    commitments
    canEdit
    canDecide
    unit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegCreateMutation, RegCreateMutationVariables>;
export const RegUpdateDocument = new TypedDocumentString(`
    mutation RegUpdate($input: UpdateCampaignRegistrationInput!) {
  updateCampaignRegistration(input: $input) {
    id
    version
    titles {
      name
    }
    commitments
  }
}
    `) as unknown as TypedDocumentString<RegUpdateMutation, RegUpdateMutationVariables>;
export const RegDeleteDocument = new TypedDocumentString(`
    mutation RegDelete($input: CampaignRegistrationRefInput!) {
  deleteCampaignRegistration(input: $input)
}
    `) as unknown as TypedDocumentString<RegDeleteMutation, RegDeleteMutationVariables>;
export const RegSubmitDocument = new TypedDocumentString(`
    mutation RegSubmit($input: CampaignRegistrationRefInput!) {
  submitCampaignRegistration(input: $input) {
    id
    version
    status
    returnReason
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<RegSubmitMutation, RegSubmitMutationVariables>;
export const RegReturnDocument = new TypedDocumentString(`
    mutation RegReturn($input: ReturnCampaignRegistrationInput!) {
  returnCampaignRegistration(input: $input) {
    id
    version
    status
    returnReason
    reviewedAt
  }
}
    `) as unknown as TypedDocumentString<RegReturnMutation, RegReturnMutationVariables>;
export const RegApproveDocument = new TypedDocumentString(`
    mutation RegApprove($input: CampaignRegistrationRefInput!) {
  approveCampaignRegistration(input: $input) {
    id
    version
    status
    canEdit
    canDecide
  }
}
    `) as unknown as TypedDocumentString<RegApproveMutation, RegApproveMutationVariables>;
export const RegListDocument = new TypedDocumentString(`
    query RegList($planId: ID!, $filter: CampaignRegistrationFilter, $first: Int, $after: String) {
  campaignRegistrations(
    planId: $planId
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        version
        kind
        status
        registrantName
        returnReason
        canEdit
        canDecide
        unit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegListQuery, RegListQueryVariables>;
export const RegOneDocument = new TypedDocumentString(`
    query RegOne($id: ID!) {
  campaignRegistration(id: $id) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<RegOneQuery, RegOneQueryVariables>;
export const RegSummaryDocument = new TypedDocumentString(`
    query RegSummary($planId: ID!, $underUnitId: ID) {
  campaignRegistrationSummary(planId: $planId, underUnitId: $underUnitId) {
    planId
    underUnitId
    total {
      units {
        draft
        submitted
        returned
        approved
        total
      }
      people {
        draft
        submitted
        returned
        approved
        total
      }
    }
    own {
      units {
        total
      }
      people {
        total
      }
    }
    children {
      unitId
      unit {
        id
        name
      }
      units {
        draft
        submitted
        approved
        total
      }
      people {
        draft
        submitted
        approved
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegSummaryQuery, RegSummaryQueryVariables>;
export const CovenantCreateDocument = new TypedDocumentString(`
    mutation CovenantCreate($input: CreateCampaignCovenantInput!) {
  createCampaignCovenant(input: $input) {
    id
    version
    signedOn
    place
    content
    cluster {
      id
      name
    }
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantCreateMutation, CovenantCreateMutationVariables>;
export const CovenantUpdateDocument = new TypedDocumentString(`
    mutation CovenantUpdate($input: UpdateCampaignCovenantInput!) {
  updateCampaignCovenant(input: $input) {
    id
    version
    place
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantUpdateMutation, CovenantUpdateMutationVariables>;
export const CovenantDeleteDocument = new TypedDocumentString(`
    mutation CovenantDelete($input: DeleteCampaignCovenantInput!) {
  deleteCampaignCovenant(input: $input)
}
    `) as unknown as TypedDocumentString<CovenantDeleteMutation, CovenantDeleteMutationVariables>;
export const CovenantsDocument = new TypedDocumentString(`
    query Covenants($planId: ID!) {
  campaignCovenants(planId: $planId, first: 50) {
    totalCount
    edges {
      node {
        id
        version
        cluster {
          id
        }
        members {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantsQuery, CovenantsQueryVariables>;
export const ReviewCreateDocument = new TypedDocumentString(`
    mutation ReviewCreate($input: CreateCampaignReviewInput!) {
  createCampaignReview(input: $input) {
    id
    version
    kind
    status
    report
    late
    canEdit
    canReturn
    unit {
      id
    }
    figures {
      targetIndex
      achieved
      note
      target {
        indicator
        target
        unit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewCreateMutation, ReviewCreateMutationVariables>;
export const ReviewUpdateDocument = new TypedDocumentString(`
    mutation ReviewUpdate($input: UpdateCampaignReviewInput!) {
  updateCampaignReview(input: $input) {
    id
    version
    report
    figures {
      targetIndex
      achieved
    }
    attachments {
      sha256
      name
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewUpdateMutation, ReviewUpdateMutationVariables>;
export const ReviewSubmitDocument = new TypedDocumentString(`
    mutation ReviewSubmit($input: CampaignReviewRefInput!) {
  submitCampaignReview(input: $input) {
    id
    version
    status
    late
    deadline
    submittedAt
    returnReason
  }
}
    `) as unknown as TypedDocumentString<ReviewSubmitMutation, ReviewSubmitMutationVariables>;
export const ReviewReturnDocument = new TypedDocumentString(`
    mutation ReviewReturn($input: ReturnCampaignReviewInput!) {
  returnCampaignReview(input: $input) {
    id
    version
    status
    returnReason
  }
}
    `) as unknown as TypedDocumentString<ReviewReturnMutation, ReviewReturnMutationVariables>;
export const ReviewListDocument = new TypedDocumentString(`
    query ReviewList($planId: ID!, $kind: CampaignReviewKind!, $filter: CampaignReviewFilter) {
  campaignReviews(planId: $planId, kind: $kind, filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        late
        canReturn
        unit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewListQuery, ReviewListQueryVariables>;
export const ReviewOneDocument = new TypedDocumentString(`
    query ReviewOne($id: ID!) {
  campaignReview(id: $id) {
    id
    version
    status
    attachments {
      sha256
      name
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewOneQuery, ReviewOneQueryVariables>;
export const ReviewSummaryDocument = new TypedDocumentString(`
    query ReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {
  campaignReviewSummary(planId: $planId, kind: $kind) {
    kind
    deadline
    addressed
    submitted
    onTime
    late
    returned
    drafts
    missing
    overdue
  }
}
    `) as unknown as TypedDocumentString<ReviewSummaryQuery, ReviewSummaryQueryVariables>;
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
export const CongressCreateDocument = new TypedDocumentString(`
    mutation CongressCreate($input: CreateCongressInput!) {
  createCongress(input: $input) {
    id
    version
    level
    form
    status
    windowLabel
    duration
    delegateTarget
    agenda
    planSymbol
    requirements {
      criterion
      minShare
      minCount
      maxAge
      sectors
    }
  }
}
    `) as unknown as TypedDocumentString<CongressCreateMutation, CongressCreateMutationVariables>;
export const CongressUpdateDocument = new TypedDocumentString(`
    mutation CongressUpdate($input: UpdateCongressInput!) {
  updateCongress(input: $input) {
    id
    version
    venue
  }
}
    `) as unknown as TypedDocumentString<CongressUpdateMutation, CongressUpdateMutationVariables>;
export const CongressDeleteDocument = new TypedDocumentString(`
    mutation CongressDelete($input: DeleteCongressInput!) {
  deleteCongress(input: $input)
}
    `) as unknown as TypedDocumentString<CongressDeleteMutation, CongressDeleteMutationVariables>;
export const CongressHoldDocument = new TypedDocumentString(`
    mutation CongressHold($input: HoldCongressInput!) {
  holdCongress(input: $input) {
    id
    version
    status
    heldOn
    venue
  }
}
    `) as unknown as TypedDocumentString<CongressHoldMutation, CongressHoldMutationVariables>;
export const CongressSetDelegatesDocument = new TypedDocumentString(`
    mutation CongressSetDelegates($input: SetCongressDelegatesInput!) {
  setCongressDelegates(input: $input) {
    id
    version
    delegateCount
  }
}
    `) as unknown as TypedDocumentString<CongressSetDelegatesMutation, CongressSetDelegatesMutationVariables>;
export const CongressToUpperDocument = new TypedDocumentString(`
    mutation CongressToUpper($input: MarkCongressDelegatesToUpperInput!) {
  markCongressDelegatesToUpper(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CongressToUpperMutation, CongressToUpperMutationVariables>;
export const CongressListDocument = new TypedDocumentString(`
    query CongressList($planId: ID!, $filter: CongressFilterInput) {
  congresses(planId: $planId, filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
        name
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CongressListQuery, CongressListQueryVariables>;
export const CongressGetDocument = new TypedDocumentString(`
    query CongressGet($id: ID!, $fromBelow: Boolean) {
  congress(id: $id) {
    id
    name
    version
    status
    canManage
    hostUnit {
      id
      name
    }
    upperCongress {
      id
      name
      level
      windowLabel
      canOpen
      hostUnit {
        name
        canOpen
      }
    }
    delegateCount
    delegates(first: 50) {
      totalCount
      edges {
        node {
          personId
          fullName
          title
          sector
          directWorker
          toUpper
          position
          unit {
            id
          }
          person {
            sex
            dateOfBirth
            ethnicity
          }
        }
      }
    }
    delegatesFromBelow(first: 50) {
      totalCount
      edges {
        node {
          personId
          fullName
          congress {
            id
            name
            canOpen
            hostUnit {
              name
            }
          }
        }
      }
    }
    balance(includeFromBelow: $fromBelow) {
      total
      onDate
      met
      summary
      lines {
        criterion
        sector
        actual
        unknown
        requiredCount
        met
        missing
        explanation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CongressGetQuery, CongressGetQueryVariables>;
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
export const ScopeCampaignStartDocument = new TypedDocumentString(`
    mutation ScopeCampaignStart($input: CampaignPlanStepInput!) {
  startCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignStartMutation, ScopeCampaignStartMutationVariables>;
export const ScopeCampaignAmendDocument = new TypedDocumentString(`
    mutation ScopeCampaignAmend($input: AmendCampaignPlanInput!) {
  amendCampaignPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignAmendMutation, ScopeCampaignAmendMutationVariables>;
export const ScopeCampaignRenderDocument = new TypedDocumentString(`
    mutation ScopeCampaignRender($input: RenderCampaignPlanDocumentsInput!) {
  renderCampaignPlanDocuments(input: $input) {
    job {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignRenderMutation, ScopeCampaignRenderMutationVariables>;
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
export const ScopeCampaignInboxDocument = new TypedDocumentString(`
    query ScopeCampaignInbox {
  campaignInbox(first: 50) {
    edges {
      node {
        plan {
          id
        }
        unit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignInboxQuery, ScopeCampaignInboxQueryVariables>;
export const ScopeCampaignAddresseesDocument = new TypedDocumentString(`
    query ScopeCampaignAddressees($planId: ID!) {
  campaignPlanAddressees(planId: $planId, first: 50) {
    edges {
      node {
        unit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignAddresseesQuery, ScopeCampaignAddresseesQueryVariables>;
export const ScopeCampaignCascadeSummaryDocument = new TypedDocumentString(`
    query ScopeCampaignCascadeSummary($planId: ID!) {
  campaignCascadeSummary(planId: $planId) {
    counts {
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignCascadeSummaryQuery, ScopeCampaignCascadeSummaryQueryVariables>;
export const ScopeCampaignRemindDocument = new TypedDocumentString(`
    mutation ScopeCampaignRemind($input: RemindCampaignAddresseesInput!) {
  remindCampaignAddressees(input: $input) {
    reminded
  }
}
    `) as unknown as TypedDocumentString<ScopeCampaignRemindMutation, ScopeCampaignRemindMutationVariables>;
export const ScopeCongressCreateDocument = new TypedDocumentString(`
    mutation ScopeCongressCreate($input: CreateCongressInput!) {
  createCongress(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeCongressCreateMutation, ScopeCongressCreateMutationVariables>;
export const ScopeCongressUpdateDocument = new TypedDocumentString(`
    mutation ScopeCongressUpdate($input: UpdateCongressInput!) {
  updateCongress(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeCongressUpdateMutation, ScopeCongressUpdateMutationVariables>;
export const ScopeCongressDeleteDocument = new TypedDocumentString(`
    mutation ScopeCongressDelete($input: DeleteCongressInput!) {
  deleteCongress(input: $input)
}
    `) as unknown as TypedDocumentString<ScopeCongressDeleteMutation, ScopeCongressDeleteMutationVariables>;
export const ScopeCongressDocument = new TypedDocumentString(`
    query ScopeCongress($id: ID!) {
  congress(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeCongressQuery, ScopeCongressQueryVariables>;
export const ScopeCongressesDocument = new TypedDocumentString(`
    query ScopeCongresses($planId: ID!) {
  congresses(planId: $planId, first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeCongressesQuery, ScopeCongressesQueryVariables>;
export const ScopeRegCreateDocument = new TypedDocumentString(`
    mutation ScopeRegCreate($input: CreateCampaignRegistrationInput!) {
  createCampaignRegistration(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeRegCreateMutation, ScopeRegCreateMutationVariables>;
export const ScopeRegUpdateDocument = new TypedDocumentString(`
    mutation ScopeRegUpdate($input: UpdateCampaignRegistrationInput!) {
  updateCampaignRegistration(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeRegUpdateMutation, ScopeRegUpdateMutationVariables>;
export const ScopeRegDocument = new TypedDocumentString(`
    query ScopeReg($id: ID!) {
  campaignRegistration(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeRegQuery, ScopeRegQueryVariables>;
export const ScopeReviewCreateDocument = new TypedDocumentString(`
    mutation ScopeReviewCreate($input: CreateCampaignReviewInput!) {
  createCampaignReview(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeReviewCreateMutation, ScopeReviewCreateMutationVariables>;
export const ScopeReviewUpdateDocument = new TypedDocumentString(`
    mutation ScopeReviewUpdate($input: UpdateCampaignReviewInput!) {
  updateCampaignReview(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeReviewUpdateMutation, ScopeReviewUpdateMutationVariables>;
export const ScopeReviewDocument = new TypedDocumentString(`
    query ScopeReview($id: ID!) {
  campaignReview(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeReviewQuery, ScopeReviewQueryVariables>;
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