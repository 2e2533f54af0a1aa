/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AchievementReportContentInput = {
  /** Người báo cáo (cá nhân) hoặc thủ trưởng đơn vị (tập thể). */
  author: ReportSignerInput;
  /** Phần I: chức năng, nhiệm vụ, tổ chức bộ máy, tình hình. */
  background: string;
  /** Chỉ tiêu, nhiệm vụ được giao, đăng ký thi đua, giao ước. */
  commitments: string;
  confirmer?: ReportConfirmerInput | null | undefined;
  /** Kết quả đánh giá, xếp loại các năm. */
  evaluations: Array<ReportEvaluationInput>;
  initiatives: Array<ReportInitiativeInput>;
  /** Bài học kinh nghiệm. */
  lessons: string;
  /** Biện pháp, giải pháp, cách làm sáng tạo. */
  measures: string;
  /** Thời gian, đợt lập thành tích: "Đợt thi đua … năm 2025", "năm 2025". */
  period: string;
  /** Phần III: khen thưởng đã nhận. */
  priorAwards: Array<ReportPriorAwardInput>;
  /** Phần I: sơ lược lý lịch, đặc điểm tình hình. */
  profile: Array<ReportFieldInput>;
  /** Kết quả đạt được (khi soạn: tóm tắt thành tích của đề nghị). */
  results: string;
  /** Kết quả thực hiện các chỉ tiêu của kế hoạch. */
  targets: Array<ReportTargetInput>;
};

/** Mẫu báo cáo thành tích theo loại hình khen thưởng và đối tượng (NĐ 152/2025, Phụ lục). */
export type AchievementReportKind =
  /** Báo cáo thành tích đề nghị khen thưởng theo phong trào thi đua, chuyên đề */
  | 'CHUYEN_DE'
  /** Báo cáo tóm tắt thành tích đề nghị khen thưởng quá trình cống hiến */
  | 'CONG_HIEN'
  /** Báo cáo thành tích đề nghị khen thưởng công trạng (cá nhân) */
  | 'CONG_TRANG_CA_NHAN'
  /** Báo cáo thành tích đề nghị khen thưởng công trạng (tập thể) */
  | 'CONG_TRANG_TAP_THE'
  /** Báo cáo thành tích đề nghị khen thưởng đột xuất */
  | 'DOT_XUAT';

/** Một báo cáo thành tích và phiên bản đã đọc (duyệt, mở lại). */
export type AchievementReportRefInput = {
  nominationId: string | number;
  /** Phiên bản bản dự thảo đã đọc (0: bản hệ thống soạn, chưa lưu). */
  version: number;
};

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

/** Đưa vào chương trình các đề nghị đã thẩm định "đạt" của đợt xét gắn với phiên họp (chưa có trong chương trình). */
export type AddCouncilAgendaFromRoundInput = {
  sessionId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Mời một khách dự phiên họp (phát biểu, không biểu quyết). */
export type AddCouncilGuestInput = {
  name: string;
  sessionId: string | number;
  /** Chức vụ, đơn vị. */
  title?: string | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Thêm thành viên Hội đồng cho một khoảng thời gian. */
export type AddCouncilMemberInput = {
  councilId: string | number;
  /** Là thành viên từ ngày. */
  from: string;
  /** Cán bộ (người). */
  personId: string | number;
  role: CouncilMemberRole;
  /** Chức vụ ghi trong biên bản ("Phó Giám đốc Sở Nội vụ"). */
  title: string;
  /** Đến ngày (tính cả ngày này). */
  to?: string | null | undefined;
  /** Tài khoản dùng để bỏ phiếu từ xa. */
  userId?: string | number | null | undefined;
};

/** Thêm một tập thể, cá nhân hoặc hộ gia đình vào hồ sơ. */
export type AddNomineeInput = {
  /** Tóm tắt thành tích. */
  achievements?: string | null | undefined;
  /** Mã danh hiệu, hình thức (danh mục). */
  awardCode?: string | null | undefined;
  /** Hình thức khen thưởng như kế hoạch ghi; bỏ trống: tên theo mã. */
  awardName?: string | null | undefined;
  dossierId: string | number;
  /** Hộ gia đình: địa chỉ. */
  householdAddress?: string | null | undefined;
  /** Hộ gia đình: "Hộ ông Nguyễn Văn A". */
  householdName?: string | null | undefined;
  /** Sáng kiến, đề tài của đối tượng dùng cho đề nghị (được tính khi kiểm tra điều kiện, khóa khi gửi hồ sơ: mỗi sáng kiến một lần). */
  initiativeIds?: Array<string | number> | null | undefined;
  /** Cá nhân: đang công tác tại đơn vị đề nghị hoặc cấp dưới. */
  personId?: string | number | null | undefined;
  subject: AwardSubject;
  /** Tập thể: đơn vị đề nghị hoặc đơn vị cấp dưới. */
  unitId?: string | number | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Soạn kế hoạch sửa đổi một kế hoạch đã ban hành: một dự thảo mới chép toàn bộ nội dung, kèm nội dung sửa đổi. */
export type AmendCampaignPlanInput = {
  /** Kế hoạch đã ban hành cần sửa đổi. */
  id: string | number;
  /** Nội dung sửa đổi, bổ sung (in trong văn bản: "Nội dung sửa đổi, bổ sung: …"), ví dụ "lùi thời hạn gửi hồ sơ đến 15/10/2025". */
  note: string;
};

/** Kết luận của cán bộ thẩm định về một mục của danh mục thẩm định. */
export type AppraisalChecklistAnswerInput = {
  /** Khóa của mục (AwardNomination.appraisalChecklist.key). */
  key: string;
  /** Mục đạt (true) hay không đạt (false). */
  ok: boolean;
  /** Bắt buộc khi mục không đạt, và khi xác nhận đạt trái với kiểm tra tự động. */
  remark?: string | null | undefined;
};

/** Ai kết luận một mục của danh mục thẩm định. */
export type AppraisalChecklistSettledBy =
  /** Cán bộ thẩm định */
  | 'APPRAISER'
  /** Kiểm tra tự động */
  | 'CHECK'
  /** Chưa xác nhận */
  | 'OPEN'
  /** Xác nhận khi kết luận đạt */
  | 'VERDICT';

/** Loại mục của danh mục thẩm định. */
export type AppraisalChecklistSource =
  /** Tiêu chuẩn */
  | 'CONDITION'
  /** Thành phần hồ sơ */
  | 'DOCUMENT'
  /** Nguyên tắc khen thưởng */
  | 'PRINCIPLE';

/** Kết quả thẩm định một đề nghị. */
export type AppraisalItemInput = {
  /** Kết luận từng mục của danh mục thẩm định; mục không trả lời giữ kết quả kiểm tra tự động, mục chưa kiểm tra được thì kết luận đạt xác nhận luôn. */
  checklist?: Array<AppraisalChecklistAnswerInput> | null | undefined;
  nominationId: string | number;
  /** Bắt buộc khi không đạt. */
  remark?: string | null | undefined;
  verdict: AppraisalVerdict;
};

/** Kết quả thẩm định một đề nghị. */
export type AppraisalVerdict =
  /** Không đạt */
  | 'FAIL'
  /** Đạt */
  | 'PASS';

/** Hoàn thành thẩm định: kết quả cho từng đề nghị của hồ sơ. */
export type AppraiseAwardDossierInput = {
  id: string | number;
  items: Array<AppraisalItemInput>;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type AttachPaperTallyScanInput = {
  /** Mã băm SHA-256 của tệp đã tải lên (module files). */
  fileSha256: string;
  roundId: string | number;
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

/** Danh hiệu thi đua hay hình thức khen thưởng. */
export type AwardCategory =
  /** Hình thức khen thưởng */
  | 'COMMENDATION'
  /** Danh hiệu thi đua */
  | 'EMULATION_TITLE';

/** Một điều kiện: chọn loại (type) và điền các trường của loại đó (EVALUATION: floor, years; TITLE_IN_YEAR: award; TITLE_STREAK: award, years; TITLE_COUNT: award, count, years; INITIATIVE: scope, count; ANY_OF/ALL_OF: conditions; MEMBERS_COMPLETING_SHARE: min hoặc minParameter; MEMBERS_TITLE_SHARE: award và min hoặc minParameter; MEMBERS_WITH_TITLE: award, count; MANUAL: text). */
export type AwardConditionInput = {
  article?: string | null | undefined;
  /** Mã danh hiệu, hình thức. */
  award?: string | null | undefined;
  conditions?: Array<AwardConditionInput> | null | undefined;
  confidence?: RuleConfidence;
  count?: number | null | undefined;
  floor?: EvaluationGrade | null | undefined;
  /** Tỷ lệ tối thiểu (0–1). */
  min?: number | null | undefined;
  minParameter?: RuleParameterKey | null | undefined;
  scope?: InitiativeScope | null | undefined;
  subjects?: Array<AwardSubject> | null | undefined;
  text?: string | null | undefined;
  type: AwardConditionType;
  years?: number | null | undefined;
};

/** Loại điều kiện của quy định khen thưởng. */
export type AwardConditionType =
  /** Tất cả các điều kiện */
  | 'ALL_OF'
  /** Một trong các điều kiện */
  | 'ANY_OF'
  /** Kết quả xếp loại */
  | 'EVALUATION'
  /** Sáng kiến, đề tài */
  | 'INITIATIVE'
  /** Tiêu chuẩn do cán bộ xác nhận */
  | 'MANUAL'
  /** Tỷ lệ thành viên hoàn thành nhiệm vụ */
  | 'MEMBERS_COMPLETING_SHARE'
  /** Tỷ lệ thành viên đạt danh hiệu */
  | 'MEMBERS_TITLE_SHARE'
  /** Số thành viên đạt danh hiệu */
  | 'MEMBERS_WITH_TITLE'
  /** Không có thành viên bị kỷ luật */
  | 'NO_MEMBER_DISCIPLINED'
  /** Số lần đạt danh hiệu, hình thức */
  | 'TITLE_COUNT'
  /** Danh hiệu trong năm xét */
  | 'TITLE_IN_YEAR'
  /** Danh hiệu liên tục */
  | 'TITLE_STREAK';

export type AwardDecisionFilter = {
  issuerUnitId?: string | number | null | undefined;
  roundId?: string | number | null | undefined;
  /** Tìm theo hình thức, trích yếu, số. */
  search?: string | null | undefined;
  status?: AwardDecisionStatus | null | undefined;
  /** Năm xét khen thưởng (năm của đợt, năm ghi vào hồ sơ thành tích), không phải năm ban hành. */
  year?: number | null | undefined;
};

/** Quyết định tặng một hình thức khen thưởng hay một danh hiệu thi đua. */
export type AwardDecisionKind =
  /** Hình thức khen thưởng (tặng …) */
  | 'FORM'
  /** Danh hiệu thi đua (tặng danh hiệu …) */
  | 'TITLE';

/** Một quyết định khen thưởng, với phiên bản đã đọc. */
export type AwardDecisionRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Thứ tự danh sách quyết định khen thưởng (mặc định NEWEST); cùng khóa thì theo id, phân trang theo con trỏ. */
export type AwardDecisionSort =
  /** Tên danh hiệu, hình thức khen thưởng (A → Z) */
  | 'AWARD_NAME'
  /** Số, ngày ban hành: cũ nhất trước; dự thảo (chưa có số) ở cuối */
  | 'ISSUED_ASC'
  /** Số, ngày ban hành: mới nhất trước; dự thảo (chưa có số) ở cuối */
  | 'ISSUED_DESC'
  /** Mới soạn trước (mặc định) */
  | 'NEWEST';

/** Trạng thái quyết định khen thưởng. */
export type AwardDecisionStatus =
  /** Dự thảo */
  | 'DRAFT'
  /** Đã ban hành */
  | 'ISSUED'
  /** Đã thu hồi */
  | 'REVOKED';

/** Lọc danh sách hồ sơ đề nghị khen thưởng. */
export type AwardDossierFilter = {
  /** true: chỉ hồ sơ gửi sau hạn. */
  late?: boolean | null | undefined;
  /** true: chỉ hồ sơ quá thời hạn đang chạy (tiếp nhận 05, thẩm định 20 ngày làm việc); false: các hồ sơ khác. */
  overdue?: boolean | null | undefined;
  roundId?: string | number | null | undefined;
  /** Tìm theo tên tập thể, cá nhân được đề nghị (không phân biệt dấu, theo đầu từ). */
  search?: string | null | undefined;
  status?: DossierStatus | null | undefined;
  /** Chỉ hồ sơ của đơn vị đề nghị này. */
  unitId?: string | number | null | undefined;
};

/** Một hồ sơ và phiên bản đã đọc: gửi, rút lại, tiếp nhận, chuyển Hội đồng. */
export type AwardDossierRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Cấp có thẩm quyền quyết định. */
export type AwardLevel =
  /** Chính phủ (Thủ tướng) */
  | 'GOVERNMENT'
  /** Bộ, ban, ngành, tỉnh */
  | 'PROVINCE'
  /** Nhà nước (Chủ tịch nước) */
  | 'STATE'
  /** Cơ sở (thủ trưởng đơn vị, Chủ tịch UBND cấp xã) */
  | 'UNIT';

/** Lọc lịch sử khen thưởng (tìm cả theo tên danh hiệu, hình thức). */
export type AwardRecordFilter = {
  awardCode?: string | null | undefined;
  /** Với unitId: gồm cả đơn vị trực thuộc; false: chỉ đơn vị đó và các đơn vị đã sáp nhập, chia tách thành nó. */
  includeDescendants?: boolean | null | undefined;
  personId?: string | number | null | undefined;
  /** Tìm theo tên cá nhân, tập thể (không phân biệt dấu, theo đầu từ). */
  search?: string | null | undefined;
  subject?: AwardSubject | null | undefined;
  track?: AwardTrack | null | undefined;
  /** Bản ghi của đơn vị này (và cấp dưới). */
  unitId?: string | number | null | undefined;
  /** Năm (năm xét, năm đánh giá). */
  year?: number | null | undefined;
};

/** Loại đợt xét khen thưởng. */
export type AwardRoundKind =
  /** Đột xuất (thủ tục đơn giản) */
  | 'AD_HOC'
  /** Công trạng hằng năm */
  | 'ANNUAL'
  /** Theo phong trào thi đua (chuyên đề, theo đợt) */
  | 'CAMPAIGN'
  /** Quá trình cống hiến */
  | 'DEDICATION';

/** Trạng thái đợt xét khen thưởng. */
export type AwardRoundStatus =
  /** Đã đóng */
  | 'CLOSED'
  /** Đang nhận hồ sơ */
  | 'OPEN';

/** Nội dung một phiên bản quy định. */
export type AwardRuleContentInput = {
  conditions: Array<AwardConditionInput>;
  decidedBy: RuleDeciderInput;
  dossier: Array<RuleDossierItemInput>;
  note?: string | null | undefined;
  publicNotice: RulePublicNoticeInput;
  rewards: Array<RuleRewardInput>;
  vote: RuleVoteInput;
};

/** Đối tượng khen thưởng: cá nhân, tập thể (đơn vị) hoặc hộ gia đình. */
export type AwardSubject =
  /** Tập thể */
  | 'COLLECTIVE'
  /** Hộ gia đình */
  | 'HOUSEHOLD'
  /** Cá nhân */
  | 'INDIVIDUAL';

/** Loại hình khen thưởng (Luật Thi đua, khen thưởng Điều 8). */
export type AwardTrack =
  /** Quá trình cống hiến */
  | 'CONG_HIEN'
  /** Công trạng (thường xuyên) */
  | 'CONG_TRANG'
  /** Đối ngoại */
  | 'DOI_NGOAI'
  /** Đột xuất */
  | 'DOT_XUAT'
  /** Niên hạn */
  | 'NIEN_HAN'
  /** Phong trào thi đua, chuyên đề */
  | 'PHONG_TRAO';

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

/** Loại ngày trong lịch ngày làm việc (ngày khác với tuần làm việc thứ Hai – thứ Sáu). */
export type CalendarDayKind =
  /** Ngày nghỉ (lễ, tết, nghỉ bù, nghỉ hoán đổi) */
  | 'DAY_OFF'
  /** Ngày làm bù (thứ Bảy, Chủ nhật đi làm) */
  | 'WORKING_DAY';

/** Nguồn của một ngày trong lịch. */
export type CalendarDaySource =
  /** Quản trị viên thêm hoặc sửa */
  | 'EDITED'
  /** Lập theo quy định của Bộ luật Lao động */
  | 'RULES'
  /** Dữ liệu hệ thống (theo lịch nghỉ đã công bố) */
  | 'SHIPPED';

/** Nguồn của lịch một năm. */
export type CalendarYearSource =
  /** Quản trị viên đã lập hoặc sửa (không bị cập nhật khi nâng cấp) */
  | 'EDITED'
  /** Theo dữ liệu hệ thống (được cập nhật khi nâng cấp phiên bản) */
  | 'SHIPPED';

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
  /** Tiêu chuẩn, in sau nhãn: "Đối với tập thể: …". Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  text: string;
};

export type CampaignPlanAwardFormInput = {
  /** "Bằng khen của Chủ tịch UBND tỉnh". */
  name: string;
  /** Nội dung in thay cho tên hình thức. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
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
  /** Thành phần hồ sơ. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  dossier?: Array<string> | null | undefined;
  forms?: Array<CampaignPlanAwardFormInput>;
  quotas?: Array<CampaignPlanAwardQuotaInput> | null | undefined;
  /** Nơi nhận hồ sơ. */
  submitTo?: string | null | undefined;
};

export type CampaignPlanContentInput = {
  awards?: CampaignPlanAwardsInput | null | undefined;
  /** "Trên đây là Kế hoạch …". Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  closing?: string | null | undefined;
  /** Các mục của phần "Nội dung thi đua" theo thứ tự in; mục không có trong danh sách không in (dữ liệu vẫn giữ). Bỏ trống: chủ đề, phương châm, thời gian, đối tượng, nội dung, chỉ tiêu. */
  contestOrder?: Array<PlanContestItem> | null | undefined;
  headings?: CampaignPlanHeadingsInput | null | undefined;
  /** Tổ chức thực hiện. */
  implementation?: Array<CampaignPlanResponsibilityInput> | null | undefined;
  /** Giải pháp thực hiện. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  measures?: Array<string> | null | undefined;
  /** Phương thức thi đua. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  methods?: Array<string> | null | undefined;
  milestones?: Array<CampaignPlanMilestoneInput> | null | undefined;
  /** Phương châm thi đua. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  motto?: Array<string> | null | undefined;
  /** Cách đánh số đề mục cấp 3, cấp 4: "a), b)…" hoặc "1.1., 1.1.1.". Bỏ trống: "a), b)…". */
  numbering?: PlanNumbering | null | undefined;
  opening?: CampaignPlanOpeningInput | null | undefined;
  participants?: CampaignPlanParticipantsInput | null | undefined;
  phases?: Array<CampaignPlanPhaseInput> | null | undefined;
  purpose: CampaignPlanPurposeInput;
  recipients?: CampaignPlanRecipientsInput | null | undefined;
  reporting?: CampaignPlanReportingInput | null | undefined;
  /** Nơi in các giai đoạn và mốc thời gian. Bỏ trống: phần riêng "Thời gian và các giai đoạn thực hiện". */
  schedulePlacement?: PlanSchedulePlacement | null | undefined;
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

export type CampaignPlanHeadingsInput = {
  /** Mặc định "Tiêu chuẩn và hình thức khen thưởng". */
  awards?: string | null | undefined;
  /** Mặc định "Nội dung thi đua". */
  content?: string | null | undefined;
  /** Mặc định "Nội dung thi đua". */
  contest?: string | null | undefined;
  /** Mặc định "Tổ chức thực hiện". */
  implementation?: string | null | undefined;
  /** Mặc định "Giải pháp thực hiện". */
  measures?: string | null | undefined;
  /** Mặc định "Phương châm thi đua". */
  motto?: string | null | undefined;
  /** Mặc định "Đối tượng thi đua". */
  participants?: string | null | undefined;
  /** Mặc định "Thời gian thi đua". */
  period?: string | null | undefined;
  /** Mặc định "Mục đích, yêu cầu". */
  purpose?: string | null | undefined;
  /** Mặc định "Thời gian và các giai đoạn thực hiện". */
  schedule?: string | null | undefined;
  /** Mặc định "Chỉ tiêu thi đua". */
  targets?: string | null | undefined;
  /** Mặc định "Chủ đề thi đua". */
  theme?: string | null | undefined;
};

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
  /** Tập thể. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  collectives?: string | null | undefined;
  /** Cá nhân. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
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
  /** Nhiệm vụ của giai đoạn, mỗi việc một gạch đầu dòng. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  tasks?: Array<string>;
  to: string;
};

export type CampaignPlanPurposeInput = {
  /** Mục đích: mỗi mục một đoạn. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  aims?: Array<string>;
  /** Đánh số từng mục: "1.", "2.", "3." ngay dưới "I. MỤC ĐÍCH, YÊU CẦU"; khi tách Mục đích và Yêu cầu thì "a)" hoặc "1.1." theo cách đánh số đề mục. Bỏ trống: các mục là đoạn văn không đánh số. */
  numbered?: boolean | null | undefined;
  /** Yêu cầu: mỗi mục một đoạn. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
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
  /** Đã viết trong nhiệm vụ của một cơ quan ("… định kỳ báo cáo …"): không in mục "Chế độ báo cáo" riêng (vẫn dùng để theo dõi báo cáo). */
  inText?: boolean | null | undefined;
  to: string;
  via?: string | null | undefined;
  who: string;
};

export type CampaignPlanResponsibilityInput = {
  /** In nguyên văn: nhiệm vụ đã là câu đầy đủ, tự nêu cơ quan ("Giao Phòng … tổng hợp …", "Căn cứ …, Đảng ủy …"); tên cơ quan không ghép vào đầu. */
  asTyped?: boolean | null | undefined;
  body: string;
  /** Nhiệm vụ, viết tiếp sau tên cơ quan ("tổ chức tuyên truyền …"). Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
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
  /** Đoạn văn của nội dung. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
  paragraphs?: Array<string>;
  subsections?: Array<CampaignPlanSubsectionInput> | null | undefined;
  /** Tên nội dung, in thành đề mục có số. Bỏ trống: các đoạn văn in ngay dưới mục trên, không đề mục, không số ("(1) …" gõ trong đoạn văn). */
  title?: string | null | undefined;
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
  /** Đoạn văn của mục. Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích. */
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

/** Kết thúc công khai danh sách. */
export type CloseAwardNoticeInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Cụm thi đua nhóm các đơn vị theo địa bàn; khối thi đua nhóm các đơn vị có chức năng, nhiệm vụ tương đồng. */
export type ClusterKind =
  /** Cụm thi đua (theo địa bàn) */
  | 'CUM'
  /** Khối thi đua (theo chức năng, lĩnh vực) */
  | 'KHOI';

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

/** Điểm danh thành viên Hội đồng tại phiên họp. */
export type CouncilAttendance =
  /** Vắng */
  | 'ABSENT'
  /** Vắng, có ý kiến bằng văn bản */
  | 'ABSENT_WRITTEN'
  /** Có mặt */
  | 'PRESENT'
  /** Vắng, ủy quyền */
  | 'PROXY';

/** Điểm danh một thành viên. */
export type CouncilAttendanceItemInput = {
  attendance: CouncilAttendance;
  /** Thành viên Hội đồng (memberId trong danh sách của phiên họp). */
  memberId: string | number;
  /** Thành viên có mặt nhận ủy quyền (bắt buộc khi PROXY; bỏ qua ở trường hợp khác). */
  proxyMemberId?: string | number | null | undefined;
  /** Ý kiến bằng văn bản (bắt buộc khi ABSENT_WRITTEN; bỏ qua ở trường hợp khác). */
  writtenOpinion?: string | null | undefined;
};

/** Lựa chọn trên phiếu bầu. */
export type CouncilBallotChoice =
  /** Đồng ý */
  | 'AGREE'
  /** Không đồng ý */
  | 'DISAGREE';

export type CouncilBallotChoiceInput = {
  agendaItemId: string | number;
  choice: CouncilBallotChoice;
};

/** Một thành viên Hội đồng và phiên bản đã đọc. */
export type CouncilMemberRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Vai trò trong Hội đồng Thi đua - Khen thưởng. */
export type CouncilMemberRole =
  /** Chủ tịch */
  | 'CHU_TICH'
  /** Phó Chủ tịch */
  | 'PHO_CHU_TICH'
  /** Ủy viên */
  | 'UY_VIEN'
  /** Ủy viên, thư ký */
  | 'UY_VIEN_THU_KY';

export type CouncilRoundRefInput = {
  roundId: string | number;
};

/** Loại phiên họp Hội đồng. */
export type CouncilSessionKind =
  /** Phiên họp xét khen thưởng */
  | 'AWARD'
  /** Phiên họp khác */
  | 'OTHER';

/** Một phiên họp và phiên bản đã đọc. */
export type CouncilSessionRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Trạng thái phiên họp Hội đồng. */
export type CouncilSessionStatus =
  /** Đã kết thúc */
  | 'CLOSED'
  /** Đang họp */
  | 'IN_PROGRESS'
  /** Đã lên lịch */
  | 'PLANNED'
  /** Đã ký biên bản */
  | 'SIGNED';

/** Hình thức bỏ phiếu: phiếu giấy, tại phòng họp bằng mã dùng một lần, từ xa bằng chữ ký mù. */
export type CouncilVotingMode =
  /** Phiếu giấy */
  | 'PAPER'
  /** Bỏ phiếu từ xa */
  | 'REMOTE'
  /** Bỏ phiếu tại phòng họp bằng mã */
  | 'ROOM';

/** Lập hồ sơ đề nghị khen thưởng của một đơn vị trong một đợt xét. */
export type CreateAwardDossierInput = {
  note?: string | null | undefined;
  roundId: string | number;
  /** Đơn vị đề nghị (cần quyền DOSSIER_MANAGE tại đơn vị). */
  unitId: string | number;
};

/** Thêm danh hiệu, hình thức khen thưởng riêng của tỉnh. */
export type CreateAwardKindInput = {
  category: AwardCategory;
  /** Mã: chữ in hoa không dấu, chữ số, gạch dưới, ví dụ "KY_NIEM_CHUONG_TINH". */
  code: string;
  level: AwardLevel;
  lowerStep?: string | null | undefined;
  name: string;
  provinceUnitId: string | number;
  subjects: Array<AwardSubject>;
  tracks: Array<AwardTrack>;
};

/** Ghi nhận một danh hiệu, hình thức khen thưởng đã có của cá nhân, tập thể hoặc hộ gia đình. */
export type CreateAwardRecordInput = {
  /** Mã trong danh mục (LAO_DONG_TIEN_TIEN, BANG_KHEN_TINH…); để trống với hình thức riêng của địa phương, bản ghi cũ. */
  awardCode?: string | null | undefined;
  /** Tên như quyết định ghi (mặc định: tên trong danh mục). */
  awardName?: string | null | undefined;
  /** Cấp, người quyết định. */
  decidedBy?: string | null | undefined;
  decidedOn?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  /** Địa chỉ (đối tượng hộ gia đình). */
  householdAddress?: string | null | undefined;
  /** Tên hộ gia đình (đối tượng hộ gia đình). */
  householdName?: string | null | undefined;
  note?: string | null | undefined;
  /** Cán bộ (đối tượng cá nhân). */
  personId?: string | number | null | undefined;
  track?: AwardTrack | null | undefined;
  /** Đơn vị: với cá nhân là đơn vị công tác khi được khen; với hộ gia đình là xã, phường; không có cán bộ, hộ gia đình: khen thưởng của tập thể đơn vị. */
  unitId?: string | number | null | undefined;
  /** Năm (năm xét, năm đánh giá). */
  year: number;
};

/** Mở một đợt xét khen thưởng (cán bộ của đơn vị tiếp nhận hồ sơ). */
export type CreateAwardRoundInput = {
  /** Kế hoạch thi đua đã ban hành (bắt buộc với đợt theo phong trào). */
  campaignPlanId?: string | number | null | undefined;
  /** Hạn nộp hồ sơ; bỏ trống ở đợt theo kế hoạch: hạn trong kế hoạch. */
  deadline?: string | null | undefined;
  /** Cấp có thẩm quyền quyết định; bỏ trống ở đợt theo kế hoạch: người ký kế hoạch. */
  decidingAuthority?: string | null | undefined;
  kind: AwardRoundKind;
  note?: string | null | undefined;
  /** Đơn vị tiếp nhận hồ sơ (cần quyền AWARD_ROUND_MANAGE tại đó). */
  receivingUnitId: string | number;
  /** "Khen thưởng Đợt thi đua đặc biệt năm 2026". */
  title: string;
  /** Loại hình khen thưởng; bỏ trống: theo loại đợt. */
  track?: AwardTrack | null | undefined;
  year: number;
};

/** Thêm phiên bản quy định: phiên bản cùng phạm vi đang áp dụng vào ngày bắt đầu được kết thúc vào ngày hôm trước. */
export type CreateAwardRuleVersionInput = {
  awardCode: string;
  content: AwardRuleContentInput;
  effectiveFrom: string;
  /** Ngày cuối áp dụng (tính cả ngày này). */
  effectiveTo?: string | null | undefined;
  /** Văn bản căn cứ (danh mục văn bản). */
  legalDocumentId: string | number;
  /** Tỉnh (quy định riêng); bỏ trống: chung toàn quốc. */
  provinceUnitId?: string | number | null | undefined;
  track?: AwardTrack;
};

/** Thêm một ngày nghỉ hoặc ngày làm bù vào lịch của một năm đã có. */
export type CreateCalendarDayInput = {
  /** Ngày (năm của ngày phải đã có lịch). Ngày nghỉ: thứ Hai – thứ Sáu; ngày làm bù: thứ Bảy, Chủ nhật. */
  date: string;
  kind: CalendarDayKind;
  /** Tên ngày, ví dụ "Tết Nguyên đán Bính Ngọ", "Làm bù". */
  name: string;
  /** Căn cứ (thông báo, quyết định) và ghi chú. */
  note?: string | null | undefined;
  /** Chưa đối chiếu với thông báo chính thức. */
  provisional?: boolean | null | undefined;
};

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

export type CreateClusterInput = {
  /** Mã cụm, khối (duy nhất), ví dụ "CUM-1", "KHOI-DN". */
  code: string;
  description?: string | null | undefined;
  kind: ClusterKind;
  name: string;
  /** Cấp tổ chức cụm, khối (UBND tỉnh, bộ, ngành…). */
  organizerUnitId: string | number;
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

/** Thành lập (ghi nhận) Hội đồng Thi đua - Khen thưởng của một đơn vị. */
export type CreateCouncilInput = {
  awardPresenceShare?: number | null | undefined;
  /** Cụm, khối thi đua mà Hội đồng họp thành viên (đơn vị phải là cụm trưởng, khối trưởng). */
  clusterId?: string | number | null | undefined;
  decisionDate?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  decisionText?: string | null | undefined;
  /** Bỏ trống: "Hội đồng Thi đua - Khen thưởng " + tên đơn vị (hoặc cụm, khối). */
  name?: string | null | undefined;
  /** Bỏ trống: không. */
  proxiesAllowed?: boolean | null | undefined;
  /** Bỏ trống: 2/3. */
  quorumShare?: number | null | undefined;
  /** Cơ quan thường trực. */
  standingUnitId?: string | number | null | undefined;
  /** Đơn vị có Hội đồng (cần quyền COUNCIL_MANAGE tại đó); cụm, khối: đơn vị cụm trưởng. */
  unitId: string | number;
};

/** Lên lịch một phiên họp Hội đồng. */
export type CreateCouncilSessionInput = {
  /** Đợt xét khen thưởng (đơn vị tiếp nhận hồ sơ là đơn vị có Hội đồng hoặc cơ quan thường trực). */
  awardRoundId?: string | number | null | undefined;
  /** Thành viên chủ trì (thành viên vào ngày họp). */
  chairMemberId?: string | number | null | undefined;
  councilId: string | number;
  /** Ngày họp. */
  date: string;
  kind: CouncilSessionKind;
  note?: string | null | undefined;
  place?: string | null | undefined;
  /** Thành viên làm thư ký (thành viên vào ngày họp). */
  secretaryMemberId?: string | number | null | undefined;
  /** Giờ bắt đầu "HH:MM". */
  startTime?: string | null | undefined;
  /** "Phiên họp xét khen thưởng công trạng năm 2025". */
  title: string;
};

/** Ghi nhận kết quả đánh giá, xếp loại của một cá nhân hoặc tập thể. */
export type CreateEvaluationInput = {
  grade: EvaluationGrade;
  note?: string | null | undefined;
  /** Cán bộ (đối tượng cá nhân). */
  personId?: string | number | null | undefined;
  /** Nguồn: quyết định, văn bản. */
  source?: string | null | undefined;
  /** Đơn vị: với cá nhân là đơn vị công tác khi ghi nhận (mặc định: vị trí công tác trong năm); không có cán bộ: bản ghi của tập thể đơn vị. */
  unitId?: string | number | null | undefined;
  /** Năm (năm xét, năm đánh giá). */
  year: number;
};

/** Ghi nhận một trường hợp tạm hoãn xét khen thưởng. */
export type CreateHoldInput = {
  /** Đến ngày (bỏ trống: cho tới khi chấm dứt). */
  endsOn?: string | null | undefined;
  kind: HoldKind;
  note?: string | null | undefined;
  /** Cán bộ (đối tượng cá nhân). */
  personId?: string | number | null | undefined;
  /** Nguồn: cơ quan, văn bản thông báo. */
  source: string;
  startsOn: string;
  /** Đơn vị: của cán bộ; không có cán bộ: tạm hoãn của tập thể đơn vị. */
  unitId?: string | number | null | undefined;
};

/** Ghi nhận một sáng kiến, đề tài của cá nhân hoặc tập thể. */
export type CreateInitiativeInput = {
  certificateNumber?: string | null | undefined;
  kind: InitiativeKind;
  note?: string | null | undefined;
  /** Tác giả (cá nhân). */
  personId?: string | number | null | undefined;
  recognisedBy?: string | null | undefined;
  recognisedOn: string;
  scope: InitiativeScope;
  title: string;
  /** Đơn vị: của tác giả khi được công nhận; không có tác giả cá nhân: của tập thể. */
  unitId?: string | number | null | undefined;
  /** Đã dùng để đề nghị khen thưởng trước đây (khóa ngay khi ghi nhận). */
  usedFor?: InitiativeUseInput | null | undefined;
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

/** Thêm giá trị tham số (chung toàn quốc, hoặc mức riêng của tỉnh): giá trị cùng phạm vi đang áp dụng vào ngày bắt đầu được kết thúc vào ngày hôm trước. */
export type CreateRuleParameterInput = {
  article?: string | null | undefined;
  confidence?: RuleConfidence;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  key: RuleParameterKey;
  legalDocumentId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** Tỉnh (mức riêng); bỏ trống: chung toàn quốc. */
  provinceUnitId?: string | number | null | undefined;
  /** Tỷ lệ (0–1) hoặc số tiền (đồng). */
  value: number;
};

/** Tình trạng so với hạn tính theo ngày làm việc. */
export type DeadlineStatus =
  /** Sắp đến hạn */
  | 'DUE_SOON'
  /** Trong hạn */
  | 'ON_TRACK'
  /** Quá hạn */
  | 'OVERDUE';

export type DecideCouncilTieInput = {
  /** Các nội dung Chủ tịch Hội đồng chọn trong số bằng phiếu. */
  agendaItemIds: Array<string | number>;
  roundId: string | number;
};

export type DecisionCouncilMinutesInput = {
  /** Hội đồng nào: "Hội đồng Thi đua - Khen thưởng tỉnh". */
  body: string;
  /** Ngày họp. */
  date?: string | null | undefined;
};

/** Hệ số tiền thưởng của một người trong danh sách. */
export type DecisionMultiplierInput = {
  /** Hệ số × lương cơ sở (0,3; 1,0; 1,5…); null: không có tiền thưởng. */
  multiplier?: number | null | undefined;
  recipientId: string | number;
};

export type DecisionProposalInput = {
  /** "Giám đốc Sở Nội vụ", "Phòng Tổng hợp". */
  by: string;
  /** "Tờ trình số 12/TTr-SNV ngày 02/10/2025". */
  reference: string;
};

export type DecisionSignerInput = {
  name: string;
  on: Array<DecisionSigningLineInput>;
  /** "Chủ tịch", "Phó Chủ tịch", "Giám đốc". */
  title: string;
};

export type DecisionSigningLineInput = {
  /** TM, KT, TL hoặc TUQ (NĐ 30/2020 Điều 13). */
  authority: string;
  /** "Ủy ban nhân dân", "Chủ tịch". */
  of: string;
};

/** Xóa một ngày khỏi lịch. */
export type DeleteCalendarDayInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
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

/** Thao tác chuyển hồ sơ đề nghị khen thưởng. */
export type DossierAction =
  /** Hoàn thành thẩm định */
  | 'APPRAISE'
  /** Ghi nhận quyết định */
  | 'DECIDE'
  /** Chuyển Hội đồng xét */
  | 'FORWARD_TO_COUNCIL'
  /** Rút lại để sửa */
  | 'RECALL'
  /** Tiếp nhận */
  | 'RECEIVE'
  /** Trả lại */
  | 'RETURN'
  /** Gửi hồ sơ */
  | 'SUBMIT'
  /** Rút hồ sơ */
  | 'WITHDRAW';

/** Thời hạn đang chạy của hồ sơ (ngày làm việc). */
export type DossierClock =
  /** Thẩm định hồ sơ */
  | 'APPRAISAL'
  /** Kiểm tra, tiếp nhận hoặc trả lại hồ sơ */
  | 'RECEPTION';

/** Loại tài liệu của hồ sơ đề nghị khen thưởng. */
export type DossierDocumentKind =
  /** Báo cáo thành tích */
  | 'BAO_CAO_THANH_TICH'
  /** Biên bản họp xét khen thưởng */
  | 'BIEN_BAN'
  /** Tài liệu kèm theo */
  | 'OTHER'
  /** Chứng nhận sáng kiến, đề tài */
  | 'SANG_KIEN'
  /** Tờ trình đề nghị khen thưởng */
  | 'TO_TRINH';

/** Sự kiện trong lịch sử hồ sơ. */
export type DossierEventAction =
  /** Hoàn thành thẩm định */
  | 'APPRAISE'
  /** Hội đồng Thi đua - Khen thưởng xét */
  | 'COUNCIL'
  /** Lập hồ sơ */
  | 'CREATE'
  /** Ghi nhận quyết định */
  | 'DECIDE'
  /** Đề nghị cấp trên khen thưởng */
  | 'ESCALATE'
  /** Chuyển Hội đồng xét */
  | 'FORWARD_TO_COUNCIL'
  /** Rút lại để sửa */
  | 'RECALL'
  /** Tiếp nhận */
  | 'RECEIVE'
  /** Trả lại */
  | 'RETURN'
  /** Gửi hồ sơ */
  | 'SUBMIT'
  /** Rút hồ sơ */
  | 'WITHDRAW';

/** Ý kiến về một mục của hồ sơ: một đề nghị hoặc một tài liệu. */
export type DossierRemarkInput = {
  documentId?: string | number | null | undefined;
  nominationId?: string | number | null | undefined;
  remark: string;
};

/** Trạng thái hồ sơ đề nghị khen thưởng. */
export type DossierStatus =
  /** Đã thẩm định */
  | 'APPRAISED'
  /** Đã có quyết định */
  | 'DECIDED'
  /** Đang lập */
  | 'DRAFT'
  /** Chờ Hội đồng xét */
  | 'READY_FOR_COUNCIL'
  /** Đã tiếp nhận, đang thẩm định */
  | 'RECEIVED'
  /** Trả lại */
  | 'RETURNED'
  /** Đã gửi, chờ tiếp nhận */
  | 'SUBMITTED'
  /** Đã rút */
  | 'WITHDRAWN';

/** Soạn dự thảo quyết định khen thưởng từ các đề nghị đạt thẩm định của một đợt (DECISION_MANAGE tại đơn vị ban hành). */
export type DraftAwardDecisionInput = {
  /** Đơn vị ban hành (đơn vị của người có thẩm quyền: UBND tỉnh, Sở, xã); hồ sơ do đơn vị này hoặc cấp dưới tiếp nhận. */
  issuerUnitId: string | number;
  /** Các đề nghị đưa vào quyết định (cùng một danh hiệu, hình thức); bỏ trống: mọi đề nghị đạt thẩm định chưa có quyết định. */
  nominationIds?: Array<string | number> | null | undefined;
  roundId: string | number;
};

/** Ai kiểm tra lại điều kiện, tiêu chuẩn cả danh sách. */
export type EligibilityCheckSide =
  /** Đơn vị tiếp nhận kiểm tra các hồ sơ đã nhận */
  | 'RECEIVER'
  /** Đơn vị đề nghị kiểm tra danh sách của mình */
  | 'SUBMITTER';

/** Loại dữ liệu được dùng khi kiểm tra điều kiện. */
export type EligibilityFactKind =
  /** Khen thưởng đã có */
  | 'AWARD'
  /** Kết quả xếp loại */
  | 'EVALUATION'
  /** Trường hợp tạm hoãn */
  | 'HOLD'
  /** Sáng kiến, đề tài */
  | 'INITIATIVE'
  /** Số liệu thành viên */
  | 'MEMBERS'
  /** Tham số */
  | 'PARAMETER'
  /** Tình trạng */
  | 'STATUS';

/** Lúc kiểm tra điều kiện, tiêu chuẩn. */
export type EligibilityStage =
  /** Khi kiểm tra lại cả danh sách */
  | 'CHECK'
  /** Khi thêm, sửa đề nghị */
  | 'NOMINEE'
  /** Khi gửi hồ sơ */
  | 'SUBMIT';

/** Kết luận kiểm tra điều kiện. */
export type EligibilityVerdict =
  /** Đủ điều kiện */
  | 'ELIGIBLE'
  /** Chưa đủ điều kiện */
  | 'NOT_ELIGIBLE'
  /** Đạt các điều kiện tính được; cán bộ cần xác nhận các tiêu chuẩn còn lại */
  | 'TO_CONFIRM';

export type EnterPaperTallyInput = {
  candidates: Array<PaperTallyCandidateInput>;
  /** Lần nhập: 1 hoặc 2 (hai người khác nhau). */
  entry: number;
  invalid: number;
  issued: number;
  returned: number;
  roundId: string | number;
  valid: number;
};

/** Đề nghị cấp trên khen cao: đưa các đề nghị đã thẩm định của một hồ sơ vào hồ sơ của đơn vị tiếp nhận ở đợt xét cấp trên (dùng lại tài liệu của hồ sơ gốc). */
export type EscalateAwardDossierInput = {
  nominees: Array<EscalatedNomineeInput>;
  originDossierId: string | number;
  /** Đợt xét của cấp trên. */
  roundId: string | number;
};

/** Một đề nghị của hồ sơ cấp dưới được đề nghị lên cấp trên, với hình thức cao hơn. */
export type EscalatedNomineeInput = {
  /** Tóm tắt thành tích. */
  achievements?: string | null | undefined;
  /** Mã danh hiệu, hình thức (danh mục). */
  awardCode?: string | null | undefined;
  /** Hình thức khen thưởng như kế hoạch ghi; bỏ trống: tên theo mã. */
  awardName?: string | null | undefined;
  nominationId: string | number;
};

/** Lọc kết quả đánh giá, xếp loại. */
export type EvaluationFilter = {
  grade?: EvaluationGrade | null | undefined;
  /** Với unitId: gồm cả đơn vị trực thuộc; false: chỉ đơn vị đó và các đơn vị đã sáp nhập, chia tách thành nó. */
  includeDescendants?: boolean | null | undefined;
  personId?: string | number | null | undefined;
  /** Tìm theo tên cá nhân, tập thể (không phân biệt dấu, theo đầu từ). */
  search?: string | null | undefined;
  subject?: AwardSubject | null | undefined;
  /** Bản ghi của đơn vị này (và cấp dưới). */
  unitId?: string | number | null | undefined;
  /** Năm (năm xét, năm đánh giá). */
  year?: number | null | undefined;
};

/** Kết quả đánh giá, xếp loại hằng năm. */
export type EvaluationGrade =
  /** Hoàn thành nhiệm vụ */
  | 'HTNV'
  /** Hoàn thành tốt nhiệm vụ */
  | 'HTTNV'
  /** Hoàn thành xuất sắc nhiệm vụ */
  | 'HTXSNV'
  /** Không hoàn thành nhiệm vụ */
  | 'KHTNV';

export type FactAwardInput = {
  awardCode?: string | null | undefined;
  awardName: string;
  decisionNumber?: string | null | undefined;
  track?: AwardTrack;
  year: number;
};

export type FactCollectiveInput = {
  completing: number;
  disciplined?: number;
  members: number;
  titled?: Array<FactTitledMembersInput>;
};

export type FactEvaluationInput = {
  grade: EvaluationGrade;
  source?: string | null | undefined;
  year: number;
};

export type FactHoldInput = {
  from: string;
  kind: HoldKind;
  source: string;
  to?: string | null | undefined;
};

export type FactInitiativeInput = {
  kind?: InitiativeKind;
  recognisedOn: string;
  scope: InitiativeScope;
  title: string;
  /** Đã dùng cho danh hiệu, hình thức này (nếu có). */
  usedForAwardName?: string | null | undefined;
  usedForYear?: number | null | undefined;
};

export type FactTitledMembersInput = {
  award: string;
  count: number;
};

/** Lập lịch một năm theo quy định (Bộ luật Lao động 2019 Điều 111, 112): các ngày lễ dương lịch và ngày nghỉ bù; Tết và Giỗ Tổ khi có ngày âm lịch quy đổi. Không gồm ngày hoán đổi. */
export type GenerateCalendarYearInput = {
  /** Ngày Giỗ Tổ Hùng Vương (10/3 âm lịch). */
  hungKings?: string | null | undefined;
  /** Mùng 1 Tết Nguyên đán của năm: lập 05 ngày Tết (01 ngày cuối năm, 04 ngày đầu năm âm lịch) để đối chiếu. */
  lunarNewYear?: string | null | undefined;
  /** Ghi chú của năm (mặc định: nguồn và việc cần làm). */
  note?: string | null | undefined;
  year: number;
};

/** Ghi kết quả xử lý một ý kiến về danh sách công khai. */
export type HandleNoticeCommentInput = {
  /** Nội dung xử lý, trả lời (chuyển theo hồ sơ). */
  handling: string;
  id: string | number;
  outcome: NoticeOutcome;
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

/** Lọc danh sách tạm hoãn (năm: có hiệu lực trong năm). */
export type HoldFilter = {
  /** Đang có hiệu lực vào ngày này. */
  inForceOn?: string | null | undefined;
  /** Với unitId: gồm cả đơn vị trực thuộc; false: chỉ đơn vị đó và các đơn vị đã sáp nhập, chia tách thành nó. */
  includeDescendants?: boolean | null | undefined;
  kind?: HoldKind | null | undefined;
  personId?: string | number | null | undefined;
  /** Tìm theo tên cá nhân, tập thể (không phân biệt dấu, theo đầu từ). */
  search?: string | null | undefined;
  subject?: AwardSubject | null | undefined;
  /** Bản ghi của đơn vị này (và cấp dưới). */
  unitId?: string | number | null | undefined;
  /** Năm (năm xét, năm đánh giá). */
  year?: number | null | undefined;
};

/** Lý do tạm hoãn xét khen thưởng (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4). */
export type HoldKind =
  /** Báo chí nêu vấn đề tham nhũng, tiêu cực đang xác minh */
  | 'BAO_CHI'
  /** Đang bị điều tra */
  | 'DIEU_TRA'
  /** Có đơn thư khiếu nại, tố cáo đang giải quyết */
  | 'KHIEU_NAI_TO_CAO'
  /** Đang xem xét kỷ luật hoặc đang chịu kỷ luật */
  | 'KY_LUAT'
  /** Đang thanh tra, kiểm tra có dấu hiệu vi phạm */
  | 'THANH_TRA';

/** Sáng kiến hoặc đề tài nghiên cứu khoa học. */
export type InitiativeKind =
  /** Đề tài nghiên cứu khoa học */
  | 'DE_TAI'
  /** Sáng kiến */
  | 'SANG_KIEN';

/** Phạm vi ảnh hưởng được công nhận của sáng kiến, đề tài. */
export type InitiativeScope =
  /** Toàn quốc */
  | 'NATIONAL'
  /** Cấp tỉnh, bộ, ngành */
  | 'PROVINCE'
  /** Cơ sở */
  | 'UNIT';

/** Một lần dùng sáng kiến, đề tài để đề nghị khen thưởng. */
export type InitiativeUseInput = {
  /** Danh hiệu, hình thức đề nghị: "Chiến sĩ thi đua cơ sở". */
  awardName: string;
  /** Hồ sơ sử dụng: số tờ trình, quyết định. */
  reference: string;
  /** Năm (năm xét, năm đánh giá). */
  year: number;
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

export type IssueCouncilVotingTokenInput = {
  /** Thông điệp đã làm mù (base64url), RFC 9474. */
  blindedMessage: string;
  roundId: string | number;
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

/** Chấm dứt tạm hoãn từ một ngày, kèm lý do. */
export type LiftHoldInput = {
  id: string | number;
  /** Từ ngày này không còn tạm hoãn. */
  liftedOn: string;
  /** Lý do chấm dứt: "Đã có kết luận không vi phạm". */
  reason: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Ghi nhận sáng kiến, đề tài đã dùng để đề nghị khen thưởng. */
export type LockInitiativeInput = {
  /** Danh hiệu, hình thức đề nghị: "Chiến sĩ thi đua cơ sở". */
  awardName: string;
  id: string | number;
  /** Hồ sơ sử dụng: số tờ trình, quyết định. */
  reference: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
  /** Năm (năm xét, năm đánh giá). */
  year: number;
};

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

/** Chuyển một nội dung xét tới thứ tự mới. */
export type MoveCouncilAgendaItemInput = {
  itemId: string | number;
  /** Thứ tự mới (từ 1). */
  position: number;
  sessionId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
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

/** Loại ý kiến về danh sách công khai. */
export type NoticeCommentKind =
  /** Góp ý */
  | 'GOP_Y'
  /** Khiếu nại */
  | 'KHIEU_NAI'
  /** Tố cáo */
  | 'TO_CAO';

/** Kết quả xử lý một ý kiến. */
export type NoticeOutcome =
  /** Tiếp thu: ảnh hưởng đến đề nghị */
  | 'ACCEPTED'
  /** Ghi nhận */
  | 'NOTED'
  /** Không tiếp thu */
  | 'REJECTED';

/** Danh sách công khai hôm nay: chờ, đang nhận ý kiến, hết thời hạn, đã kết thúc. */
export type NoticePhase =
  /** Đã kết thúc công khai */
  | 'CLOSED'
  /** Hết thời hạn công khai */
  | 'ENDED'
  /** Đang công khai, nhận ý kiến */
  | 'RUNNING'
  /** Chờ đến ngày công khai */
  | 'SCHEDULED';

/** Trạng thái lưu của danh sách công khai. */
export type NoticeStatus =
  /** Đã kết thúc */
  | 'CLOSED'
  /** Đã công khai */
  | 'OPEN';

/** Mở đợt sơ kết hoặc tổng kết của kế hoạch đang triển khai. */
export type OpenCampaignPlanReviewInput = {
  id: string | number;
  kind: CampaignPlanReviewStage;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type OpenCouncilSecondRoundInput = {
  /** Nội dung thư ký đề nghị bỏ phiếu lại. */
  alsoRevote?: Array<string | number> | null | undefined;
  mode: CouncilVotingMode;
  /** Vòng đã kiểm phiếu. */
  roundId: string | number;
};

export type OpenCouncilVotingRoundInput = {
  agendaItemIds: Array<string | number>;
  mode: CouncilVotingMode;
  sessionId: string | number;
};

export type PaperTallyCandidateInput = {
  agendaItemId: string | number;
  agree: number;
  disagree: number;
};

/** Lời dẫn trích dẫn căn cứ: "Căn cứ …" hoặc "Thực hiện …". */
export type PlanBasisVerb =
  /** Căn cứ */
  | 'CAN_CU'
  /** Thực hiện */
  | 'THUC_HIEN';

/** Một mục của phần "Nội dung thi đua" khi in. */
export type PlanContestItem =
  /** Nội dung thi đua (các nội dung đã nhập). */
  | 'CONTENT'
  /** Phương châm, phương thức thi đua. */
  | 'MOTTO'
  /** Đối tượng thi đua. */
  | 'PARTICIPANTS'
  /** Thời gian thi đua (thời gian của kế hoạch). */
  | 'PERIOD'
  /** Chỉ tiêu thi đua (bảng chỉ tiêu). */
  | 'TARGETS'
  /** Chủ đề thi đua. */
  | 'THEME';

/** Cách đánh số đề mục dưới cấp "1.": "a), b)…" hoặc "1.1., 1.1.1.". */
export type PlanNumbering =
  /** 1.1., 1.1.1.: đề mục cấp 3, cấp 4 đánh số nối theo mục trên. */
  | 'DECIMAL'
  /** a), b), c)…: đề mục cấp 3 đánh chữ cái, cấp 4 không đánh số (mặc định). */
  | 'LETTERS';

/** Nơi in các giai đoạn và mốc thời gian của kế hoạch. */
export type PlanSchedulePlacement =
  /** Không in: giai đoạn, mốc thời gian chỉ dùng để theo dõi, báo cáo (văn bản tự nêu thời gian). */
  | 'NONE'
  /** Phần riêng "Thời gian và các giai đoạn thực hiện" (mặc định). */
  | 'PART'
  /** Trong mục "Thời gian thi đua": 3.1. Giai đoạn 1…, 3.2. Giai đoạn 2… (như kế hoạch Hải Dương). */
  | 'PERIOD';

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

/** Dữ liệu thử để kiểm tra một quy định (không ghi gì vào cơ sở dữ liệu): đối tượng, năm xét, ngày xét và các dữ liệu thành tích. */
export type PreviewEligibilityInput = {
  /** Tập thể còn hoạt động (false: đã giải thể, sáp nhập). */
  active?: boolean;
  awardCode: string;
  awards?: Array<FactAwardInput>;
  collective?: FactCollectiveInput | null | undefined;
  evaluations?: Array<FactEvaluationInput>;
  holds?: Array<FactHoldInput>;
  initiatives?: Array<FactInitiativeInput>;
  name: string;
  /** Ngày xét: quy định, tham số và tạm hoãn lấy theo ngày này. */
  on: string;
  provinceUnitId?: string | number | null | undefined;
  subject: AwardSubject;
  track?: AwardTrack;
  year: number;
};

/** Công khai danh sách đề nghị của hồ sơ: danh sách được chốt lúc công khai; ngày kết thúc tính theo ngày làm việc. */
export type PublishAwardNoticeInput = {
  dossierId: string | number;
  /** Ngày cuối nhận ý kiến; mặc định và tối thiểu: đủ số ngày làm việc quy định sau ngày bắt đầu. */
  endsOn?: string | null | undefined;
  /** Ngày bắt đầu công khai (mặc định hôm nay; không trước hôm nay). */
  startsOn?: string | null | undefined;
  /** Tiêu đề (mặc định theo đơn vị và đợt xét). */
  title?: string | null | undefined;
};

/** Một bản ghi hồ sơ thành tích và phiên bản đã đọc (để xóa). */
export type RecordRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type RecordWrittenOpinionsInput = {
  /** Thành viên vắng mặt có ý kiến bằng văn bản. */
  memberId: string | number;
  opinions: Array<CouncilBallotChoiceInput>;
  sessionId: string | number;
};

/** Soạn lại báo cáo thành tích từ dữ liệu hiện có (thay nội dung đã sửa). */
export type RedraftAchievementReportInput = {
  nominationId: string | number;
  /** Phiên bản bản dự thảo đã đọc (0: bản hệ thống soạn, chưa lưu). */
  version: number;
};

/** Nhắc các đơn vị chưa ban hành kế hoạch thực hiện (cần quyền CAMPAIGN_MANAGE tại đơn vị ban hành). */
export type RemindCampaignAddresseesInput = {
  planId: string | number;
  /** Các đơn vị cần nhắc; để trống: mọi đơn vị chưa ban hành kế hoạch thực hiện. */
  unitIds?: Array<string | number> | null | undefined;
};

/** Bỏ một nội dung khỏi chương trình xét. */
export type RemoveCouncilAgendaItemInput = {
  itemId: string | number;
  sessionId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Bỏ một khách mời khỏi phiên họp. */
export type RemoveCouncilGuestInput = {
  guestId: string | number;
  sessionId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Bỏ một đề nghị khỏi hồ sơ (cùng các tài liệu của đề nghị). */
export type RemoveNomineeInput = {
  dossierId: string | number;
  nominationId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Tạo bản PDF của nhiều kế hoạch trong một tác vụ chạy nền. */
export type RenderCampaignPlanDocumentsInput = {
  /** Các kế hoạch (tối đa 500, không trùng). */
  planIds: Array<string | number>;
};

export type ReportConfirmerInput = {
  name?: string | null | undefined;
  title: string;
};

export type ReportEvaluationInput = {
  /** "Hoàn thành xuất sắc nhiệm vụ". */
  result: string;
  year: number;
};

export type ReportFieldInput = {
  /** "Họ và tên", "Ngày sinh", "Tổng số cán bộ"… */
  label: string;
  value: string;
};

export type ReportInitiativeInput = {
  /** "Cấp cơ sở", "Cấp tỉnh, bộ, ngành". */
  level: string;
  /** Quyết định công nhận, cơ quan công nhận. */
  recognition?: string | null | undefined;
  title: string;
};

export type ReportPriorAwardInput = {
  award: string;
  /** "Quyết định số 123/QĐ-UBND ngày 12/3/2024 của UBND tỉnh". */
  decision?: string | null | undefined;
  year: number;
};

export type ReportSignerInput = {
  name: string;
  title: string;
};

export type ReportTargetInput = {
  /** Kết quả đã báo cáo; null: chưa có. */
  achieved?: string | null | undefined;
  name: string;
  /** Mức kế hoạch giao: "≥ 95 %", "1.200 đảng viên". */
  planned: string;
};

/** Trả lại hồ sơ: lý do chung và ý kiến theo từng mục. */
export type ReturnAwardDossierInput = {
  id: string | number;
  reason: string;
  remarks?: Array<DossierRemarkInput> | null | undefined;
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

/** Mức tin cậy của một nội dung quy định: L (cần đối chiếu văn bản) là nội dung suy luận, quản trị viên sửa được. */
export type RuleConfidence =
  /** Đã đối chiếu văn bản */
  | 'H'
  /** Cần đối chiếu văn bản */
  | 'L'
  /** Theo một nguồn thứ cấp */
  | 'M';

export type RuleDeciderInput = {
  article?: string | null | undefined;
  confidence?: RuleConfidence;
  level: AwardLevel;
  text: string;
};

export type RuleDossierItemInput = {
  confidence?: RuleConfidence;
  document: string;
  form?: string | null | undefined;
};

/** Tham số của quy định khen thưởng (giá trị theo thời gian; tỉnh có thể đặt mức riêng). */
export type RuleParameterKey =
  /** Mức lương cơ sở (đồng/tháng) */
  | 'LUONG_CO_SO'
  /** Tỷ lệ tối thiểu cá nhân đạt “Lao động tiên tiến” (“Chiến sĩ tiên tiến”) để xét “Tập thể lao động tiên tiến” (“Đơn vị tiên tiến”) */
  | 'TTLDTT_LDTT_SHARE'
  /** Tỷ lệ tối thiểu cá nhân đạt “Lao động tiên tiến” (“Chiến sĩ tiên tiến”) để xét “Tập thể lao động xuất sắc” (“Đơn vị quyết thắng”) */
  | 'TTLDXS_LDTT_SHARE';

export type RulePublicNoticeInput = {
  article?: string | null | undefined;
  confidence?: RuleConfidence;
  required: boolean;
  workingDays?: number | null | undefined;
};

export type RuleRewardInput = {
  article?: string | null | undefined;
  confidence?: RuleConfidence;
  multiplier?: number | null | undefined;
  subject: AwardSubject;
};

export type RuleVoteInput = {
  article?: string | null | undefined;
  confidence?: RuleConfidence;
  required: boolean;
  /** Tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng (0–1). */
  thresholdOfMembership?: number | null | undefined;
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

/** Điểm danh nhiều thành viên một lần (thành viên không có trong danh sách giữ nguyên). */
export type SetCouncilAttendanceInput = {
  attendances: Array<CouncilAttendanceItemInput>;
  sessionId: string | number;
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

/** Trình ký kế hoạch thi đua (dự thảo → trình ký). */
export type SubmitCampaignPlanInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Ý kiến về một danh sách đang công khai (không cần đăng nhập). Họ tên, liên hệ không bắt buộc và không được công khai. */
export type SubmitNoticeCommentInput = {
  authorName?: string | null | undefined;
  /** Điện thoại, thư điện tử hoặc địa chỉ. */
  contact?: string | null | undefined;
  kind: NoticeCommentKind;
  /** Số thứ tự của tập thể, cá nhân được nêu; bỏ trống: ý kiến về cả danh sách. */
  nomineePosition?: number | null | undefined;
  noticeId: string | number;
  /** Nội dung (tối đa 2000 ký tự). */
  text: string;
};

export type ToTrinhContentInput = {
  /** Kính gửi, mỗi dòng một nơi. */
  addressees: Array<string>;
  /** Lưu: "VT, TCCB". */
  archive: string;
  /** Cấp có thẩm quyền như câu đề nghị ghi: "Chủ tịch UBND tỉnh". */
  authority: string;
  /** Căn cứ, mỗi dòng một văn bản (không ghi "Căn cứ"). */
  bases: Array<string>;
  councilMinutes?: ToTrinhCouncilMinutesInput | null | undefined;
  /** Địa danh: "Bắc Kạn". */
  place: string;
  /** Nơi nhận (không gồm dòng "Lưu"). */
  recipients: Array<string>;
  signer: ToTrinhSignerInput;
  /** Trích yếu sau "Về việc": "đề nghị … tặng … cho …". */
  subject: string;
  /** Tóm tắt thành tích, quá trình xét (mỗi dòng một đoạn). */
  summary: string;
};

export type ToTrinhCouncilMinutesInput = {
  /** Hội đồng của đơn vị nào: "Phòng Tổng hợp". */
  body: string;
  /** Ngày họp. */
  date?: string | null | undefined;
};

export type ToTrinhSignerInput = {
  name: string;
  on: Array<ToTrinhSigningLineInput>;
  title: string;
};

export type ToTrinhSigningLineInput = {
  /** TM, KT, TL hoặc TUQ (NĐ 30/2020 Điều 13). */
  authority: string;
  /** "Ủy ban nhân dân", "Giám đốc". */
  of: string;
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

/** Lưu nội dung báo cáo thành tích đã sửa (chưa duyệt). */
export type UpdateAchievementReportInput = {
  content: AchievementReportContentInput;
  nominationId: string | number;
  /** Phiên bản bản dự thảo đã đọc (0: bản hệ thống soạn, chưa lưu). */
  version: number;
};

/** Sửa dự thảo quyết định: mọi phần soạn được (gửi lại đủ), hệ số tiền thưởng từng người, bỏ người khỏi danh sách. */
export type UpdateAwardDecisionInput = {
  /** Điều 1: thành tích được khen thưởng. */
  achievement: string;
  archive: string;
  authority: string;
  bases: Array<string>;
  councilMinutes?: DecisionCouncilMinutesInput | null | undefined;
  executors: Array<string>;
  id: string | number;
  multipliers?: Array<DecisionMultiplierInput> | null | undefined;
  place: string;
  proposal?: DecisionProposalInput | null | undefined;
  receivers: Array<string>;
  /** Bỏ những người này khỏi danh sách. */
  removeRecipientIds?: Array<string | number> | null | undefined;
  rewardBasis?: string | null | undefined;
  /** Nguồn kinh phí (Điều 2); bỏ trống: quyết định không kèm tiền thưởng. */
  rewardFunding?: string | null | undefined;
  signer: DecisionSignerInput;
  /** Trích yếu sau "Về việc". */
  subject: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateAwardKindInput = {
  category: AwardCategory;
  id: string | number;
  level: AwardLevel;
  lowerStep?: string | null | undefined;
  name: string;
  subjects: Array<AwardSubject>;
  tracks: Array<AwardTrack>;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa thông tin khen thưởng đã có. */
export type UpdateAwardRecordInput = {
  /** Mã trong danh mục (LAO_DONG_TIEN_TIEN, BANG_KHEN_TINH…); để trống với hình thức riêng của địa phương, bản ghi cũ. */
  awardCode?: string | null | undefined;
  /** Tên như quyết định ghi (mặc định: tên trong danh mục). */
  awardName?: string | null | undefined;
  /** Cấp, người quyết định. */
  decidedBy?: string | null | undefined;
  decidedOn?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  /** Địa chỉ (đối tượng hộ gia đình). */
  householdAddress?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  track?: AwardTrack | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
  /** Năm (năm xét, năm đánh giá). */
  year: number;
};

/** Sửa một phiên bản quy định (khóa lạc quan theo version). */
export type UpdateAwardRuleVersionInput = {
  content: AwardRuleContentInput;
  effectiveFrom: string;
  /** Ngày cuối áp dụng (tính cả ngày này). */
  effectiveTo?: string | null | undefined;
  id: string | number;
  /** Văn bản căn cứ (danh mục văn bản). */
  legalDocumentId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa một ngày trong lịch (mọi trường gửi lên thay cho giá trị cũ). */
export type UpdateCalendarDayInput = {
  /** Ngày (năm của ngày phải đã có lịch). Ngày nghỉ: thứ Hai – thứ Sáu; ngày làm bù: thứ Bảy, Chủ nhật. */
  date: string;
  id: string | number;
  kind: CalendarDayKind;
  /** Tên ngày, ví dụ "Tết Nguyên đán Bính Ngọ", "Làm bù". */
  name: string;
  /** Căn cứ (thông báo, quyết định) và ghi chú. */
  note?: string | null | undefined;
  /** Chưa đối chiếu với thông báo chính thức. */
  provisional?: boolean | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

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

/** Sửa thông tin Hội đồng (khóa lạc quan theo version). */
export type UpdateCouncilInput = {
  awardPresenceShare?: number | null | undefined;
  decisionDate?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  decisionText?: string | null | undefined;
  /** Ngày Hội đồng kết thúc hoạt động (có quyết định mới); null: đang hoạt động. */
  endedOn?: string | null | undefined;
  id: string | number;
  name: string;
  /** Bỏ trống: không. */
  proxiesAllowed?: boolean | null | undefined;
  /** Bỏ trống: 2/3. */
  quorumShare?: number | null | undefined;
  standingUnitId?: string | number | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa thành viên Hội đồng; kết thúc tư cách thành viên bằng "to" (đến ngày). */
export type UpdateCouncilMemberInput = {
  from: string;
  id: string | number;
  role: CouncilMemberRole;
  title: string;
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa phiên họp chưa bắt đầu (khóa lạc quan theo version). */
export type UpdateCouncilSessionInput = {
  awardRoundId?: string | number | null | undefined;
  chairMemberId?: string | number | null | undefined;
  date: string;
  id: string | number;
  kind: CouncilSessionKind;
  note?: string | null | undefined;
  place?: string | null | undefined;
  secretaryMemberId?: string | number | null | undefined;
  startTime?: string | null | undefined;
  title: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa kết quả đánh giá, xếp loại. */
export type UpdateEvaluationInput = {
  grade: EvaluationGrade;
  id: string | number;
  note?: string | null | undefined;
  /** Nguồn: quyết định, văn bản. */
  source?: string | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
  /** Năm (năm xét, năm đánh giá). */
  year: number;
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

/** Sửa hình thức đề nghị, thành tích (và tên, địa chỉ của hộ gia đình). */
export type UpdateNomineeInput = {
  /** Tóm tắt thành tích. */
  achievements?: string | null | undefined;
  /** Mã danh hiệu, hình thức (danh mục). */
  awardCode?: string | null | undefined;
  /** Hình thức khen thưởng như kế hoạch ghi; bỏ trống: tên theo mã. */
  awardName?: string | null | undefined;
  dossierId: string | number;
  householdAddress?: string | null | undefined;
  householdName?: string | null | undefined;
  /** Sáng kiến, đề tài của đối tượng dùng cho đề nghị (được tính khi kiểm tra điều kiện, khóa khi gửi hồ sơ: mỗi sáng kiến một lần). Bỏ trống: giữ như cũ. */
  initiativeIds?: Array<string | number> | null | undefined;
  nominationId: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type UpdateRuleParameterInput = {
  article?: string | null | undefined;
  confidence?: RuleConfidence;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  id: string | number;
  legalDocumentId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** Tỷ lệ (0–1) hoặc số tiền (đồng). */
  value: number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Lưu nội dung tờ trình đã sửa. */
export type UpdateToTrinhInput = {
  content: ToTrinhContentInput;
  dossierId: string | number;
  /** Phiên bản bản dự thảo đã đọc (0: bản hệ thống soạn, chưa lưu). */
  version: number;
};

/** Rút hồ sơ (không đề nghị nữa), kèm lý do nếu có. */
export type WithdrawAwardDossierInput = {
  id: string | number;
  reason?: string | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Ghi nội dung một tài liệu nhập trực tiếp (biên bản…) thay cho tệp. */
export type WriteDossierDocumentInput = {
  dossierId: string | number;
  kind: DossierDocumentKind;
  /** Đề nghị (với báo cáo thành tích, chứng nhận sáng kiến). */
  nominationId?: string | number | null | undefined;
  note?: string | null | undefined;
  text: string;
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

export type ApRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type ApRoundCreateMutation = { createAwardRound: { id: string } };

export type ApDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type ApDossierCreateMutation = { createAwardDossier: { id: string, version: number } };

export type ApNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type ApNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string }> } };

export type ApDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type ApDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number } };

export type ApSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type ApSubmitMutation = { submitAwardDossier: { id: string, version: number } };

export type ApReceiveMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type ApReceiveMutation = { receiveAwardDossier: { id: string, version: number } };

export type ApAppraiseMutationVariables = Exact<{
  input: AppraiseAwardDossierInput;
}>;


export type ApAppraiseMutation = { appraiseAwardDossier: { id: string, version: number, status: DossierStatus } };

export type ApEvalMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type ApEvalMutation = { createEvaluation: { id: string } };

export type ApDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type ApDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, nominees: Array<{ id: string, name: string, appraisalVerdict: AppraisalVerdict | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, events: Array<{ action: DossierEventAction, appraisal: Array<{ name: string, verdict: AppraisalVerdict, checklist: Array<{ key: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null }> } };

export type AbRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type AbRoundCreateMutation = { createAwardRound: { id: string } };

export type AbDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type AbDossierCreateMutation = { createAwardDossier: { id: string, version: number } };

export type AbNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type AbNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string, eligibility: { verdict: EligibilityVerdict } | null }> } };

export type AbDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type AbDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number } };

export type AbSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AbSubmitMutation = { submitAwardDossier: { id: string, version: number } };

export type AbReceiveMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AbReceiveMutation = { receiveAwardDossier: { id: string, version: number } };

export type AbAppraiseMutationVariables = Exact<{
  input: AppraiseAwardDossierInput;
}>;


export type AbAppraiseMutation = { appraiseAwardDossier: { id: string, version: number } };

export type AbEscalateMutationVariables = Exact<{
  input: EscalateAwardDossierInput;
}>;


export type AbEscalateMutation = { escalateAwardDossier: { id: string } };

export type AbDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type AbDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, canCheckEligibility: boolean, nominees: Array<{ id: string, name: string, eligibility: { verdict: EligibilityVerdict, stage: EligibilityStage } | null }> } };

export type AbEvalMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type AbEvalMutation = { createEvaluation: { id: string, version: number } };

export type AbEvalUpdateMutationVariables = Exact<{
  input: UpdateEvaluationInput;
}>;


export type AbEvalUpdateMutation = { updateEvaluation: { id: string } };

export type AbHoldMutationVariables = Exact<{
  input: CreateHoldInput;
}>;


export type AbHoldMutation = { createHold: { id: string } };

export type AbCheckDossierMutationVariables = Exact<{
  dossierId: string | number;
}>;


export type AbCheckDossierMutation = { checkAwardEligibility: { id: string, kind: string, status: JobStatus, total: number } };

export type AbCheckRoundMutationVariables = Exact<{
  roundId: string | number;
}>;


export type AbCheckRoundMutation = { checkRoundEligibility: { id: string, kind: string, status: JobStatus, total: number } };

export type AbJobQueryVariables = Exact<{
  id: string | number;
}>;


export type AbJobQuery = { job: { id: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null } };

export type AbReportQueryVariables = Exact<{
  jobId: string | number;
}>;


export type AbReportQuery = { awardEligibilityCheck: { side: EligibilityCheckSide, finished: boolean, roundId: string, dossierId: string | null, dossiers: number, checked: number, eligible: number, notEligible: number, toConfirm: number, changed: number, stored: number, findings: Array<{ nominationId: string, dossierId: string, unitName: string, name: string, storedVerdict: EligibilityVerdict | null, verdict: EligibilityVerdict, reasons: Array<string> }>, job: { id: string, status: JobStatus } } };

export type AbRoundFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type AbRoundFieldsQuery = { awardRound: { id: string, canCheckEligibility: boolean } };

export type AbCountersQueryVariables = Exact<{
  roundId?: string | number | null | undefined;
  campaignPlanId?: string | number | null | undefined;
}>;


export type AbCountersQuery = { awardCounters: { rounds: Array<{ roundId: string, round: { id: string, title: string }, counts: { proposed: number, eligible: number, notEligible: number, toConfirm: number, unchecked: number, appraisedPass: number, appraisedFail: number, escalated: number, dossiers: number, late: number, overdue: number, byStatus: Array<{ status: DossierStatus, count: number }> } }>, total: { proposed: number, appraisedPass: number, appraisedFail: number, escalated: number, dossiers: number, byStatus: Array<{ status: DossierStatus, count: number }> } } };

export type DrRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type DrRoundCreateMutation = { createAwardRound: { id: string, deadline: string | null } };

export type DrDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type DrDossierCreateMutation = { createAwardDossier: { id: string, version: number } };

export type DrNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type DrNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string }> } };

export type DrDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type DrDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number } };

export type DrSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type DrSubmitMutation = { submitAwardDossier: { id: string, version: number, status: DossierStatus } };

export type DrReturnMutationVariables = Exact<{
  input: ReturnAwardDossierInput;
}>;


export type DrReturnMutation = { returnAwardDossier: { id: string, version: number, status: DossierStatus } };

export type DrDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type DrDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, missingDocuments: Array<string>, nominees: Array<{ id: string, name: string, report: { nominationId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, version: number, signedOffAt: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } } | null }>, toTrinh: { drafted: boolean, version: number, number: number | null, symbol: string | null, numberedOn: string | null, form: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, awards: Array<{ award: string, collectives: number, individuals: number, households: number }>, content: { place: string, subject: string, addressees: Array<string>, bases: Array<string>, summary: string, authority: string, recipients: Array<string>, archive: string, councilMinutes: { date: string | null, body: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> } } } | null, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, generated: boolean }>, events: Array<{ action: DossierEventAction, changes: { documentsAdded: Array<string>, documentsReplaced: Array<string>, documentsRemoved: Array<string> } | null }> } };

export type DrReportUpdateMutationVariables = Exact<{
  input: UpdateAchievementReportInput;
}>;


export type DrReportUpdateMutation = { updateAchievementReport: { nominationId: string, version: number, drafted: boolean, signedOffAt: string | null, content: { results: string, author: { title: string, name: string } } } };

export type DrReportRedraftMutationVariables = Exact<{
  input: RedraftAchievementReportInput;
}>;


export type DrReportRedraftMutation = { redraftAchievementReport: { version: number, drafted: boolean, content: { results: string } } };

export type DrReportSignOffMutationVariables = Exact<{
  input: AchievementReportRefInput;
}>;


export type DrReportSignOffMutation = { signOffAchievementReport: { version: number, drafted: boolean, signedOffAt: string | null } };

export type DrReportReopenMutationVariables = Exact<{
  input: AchievementReportRefInput;
}>;


export type DrReportReopenMutation = { reopenAchievementReport: { version: number, signedOffAt: string | null } };

export type DrToTrinhUpdateMutationVariables = Exact<{
  input: UpdateToTrinhInput;
}>;


export type DrToTrinhUpdateMutation = { updateToTrinh: { version: number, drafted: boolean, content: { summary: string, signer: { title: string, name: string } } } };

export type AwNoRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type AwNoRoundCreateMutation = { createAwardRound: { id: string } };

export type AwNoDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type AwNoDossierCreateMutation = { createAwardDossier: { id: string, version: number } };

export type AwNoPersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type AwNoPersonMutation = { createPerson: { id: string } };

export type AwNoEvalMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type AwNoEvalMutation = { createEvaluation: { id: string } };

export type AwNoNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type AwNoNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string }> } };

export type AwNoDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type AwNoDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number } };

export type AwNoSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AwNoSubmitMutation = { submitAwardDossier: { id: string, version: number, status: DossierStatus } };

export type AwNoRulesQueryVariables = Exact<{
  awardCode?: string | null | undefined;
  inForceOn?: string | null | undefined;
}>;


export type AwNoRulesQuery = { awardRuleVersions: Array<{ id: string, legalDocument: { id: string } }> };

export type AwNoRuleCreateMutationVariables = Exact<{
  input: CreateAwardRuleVersionInput;
}>;


export type AwNoRuleCreateMutation = { createAwardRuleVersion: { id: string } };

export type AwNoCreateDayMutationVariables = Exact<{
  input: CreateCalendarDayInput;
}>;


export type AwNoCreateDayMutation = { createCalendarDay: { id: string, version: number, date: string } };

export type AwNoDeleteDayMutationVariables = Exact<{
  input: DeleteCalendarDayInput;
}>;


export type AwNoDeleteDayMutation = { deleteCalendarDay: { id: string } };

export type AwNoAddDaysQueryVariables = Exact<{
  start: string;
  days: number;
}>;


export type AwNoAddDaysQuery = { addWorkingDays: { date: string } };

export type AwNoPublishMutationVariables = Exact<{
  input: PublishAwardNoticeInput;
}>;


export type AwNoPublishMutation = { publishAwardNotice: { id: string, version: number, title: string, required: boolean, workingDays: number, articles: Array<string>, startsOn: string, endsOn: string, status: NoticeStatus, phase: NoticePhase, publicPath: string, nominees: Array<{ position: number, nominationId: string, name: string, detail: string, awardName: string, required: boolean }> } };

export type AwNoCloseMutationVariables = Exact<{
  input: CloseAwardNoticeInput;
}>;


export type AwNoCloseMutation = { closeAwardNotice: { id: string, version: number, status: NoticeStatus } };

export type AwNoHandleMutationVariables = Exact<{
  input: HandleNoticeCommentInput;
}>;


export type AwNoHandleMutation = { handleNoticeComment: { id: string, version: number, outcome: NoticeOutcome | null, handling: string | null, handledByName: string | null } };

export type AwNoNoticeQueryVariables = Exact<{
  dossierId: string | number;
}>;


export type AwNoNoticeQuery = { awardNotice: { id: string, version: number, status: NoticeStatus, phase: NoticePhase, required: boolean, endsOn: string, unhandledCount: number, canManage: boolean, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: { totalCount: number, edges: Array<{ node: { id: string, version: number, kind: NoticeCommentKind, nomineeLabel: string | null, text: string, authorName: string | null, contact: string | null, outcome: NoticeOutcome | null, handling: string | null } }> } } | null };

export type AwNoDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type AwNoDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, noticeRequirement: { required: boolean, workingDays: number, articles: Array<string>, nominees: Array<string> }, notice: { id: string, phase: NoticePhase } | null, events: Array<{ action: DossierEventAction, notice: { noticeId: string, required: boolean, workingDays: number, startsOn: string, endsOn: string, closedAt: string | null, nominees: number, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, outcome: NoticeOutcome | null, handling: string | null, handledBy: string | null }> } | null }> } };

export type AwNoPublicListQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AwNoPublicListQuery = { publicAwardNotices: { totalCount: number, edges: Array<{ node: { id: string, title: string, unitName: string, startsOn: string, endsOn: string, workingDays: number, articles: Array<string>, acceptingComments: boolean, nominees: Array<{ position: number, subject: AwardSubject, name: string, detail: string, awardName: string }> } }> } };

export type AwNoPublicOneQueryVariables = Exact<{
  id: string | number;
}>;


export type AwNoPublicOneQuery = { publicAwardNotice: { id: string, title: string, acceptingComments: boolean } };

export type AwNoCommentMutationVariables = Exact<{
  input: SubmitNoticeCommentInput;
}>;


export type AwNoCommentMutation = { submitNoticeComment: { kind: NoticeCommentKind, nomineeLabel: string | null, receivedAt: string } };

export type RulesKindsQueryVariables = Exact<{
  provinceUnitId?: string | number | null | undefined;
}>;


export type RulesKindsQuery = { awardKinds: Array<{ id: string, code: string, name: string, national: boolean, version: number, canManage: boolean, provinceUnit: { id: string } | null }> };

export type RulesVersionsQueryVariables = Exact<{
  awardCode?: string | null | undefined;
  inForceOn?: string | null | undefined;
  provinceUnitId?: string | number | null | undefined;
}>;


export type RulesVersionsQuery = { awardRuleVersions: Array<{ id: string, awardCode: string, track: AwardTrack, effectiveFrom: string, effectiveTo: string | null, national: boolean, shipped: boolean, edited: boolean, uncertain: boolean, version: number, canManage: boolean, note: string | null, legalDocument: { id: string, number: string }, decidedBy: { text: string, level: AwardLevel, uncertain: boolean }, vote: { required: boolean, thresholdOfMembership: number | null, uncertain: boolean }, publicNotice: { required: boolean, workingDays: number | null }, dossier: Array<{ document: string, form: string | null, uncertain: boolean }>, rewards: Array<{ subject: AwardSubject, multiplier: number | null }>, conditions: Array<{ type: AwardConditionType, sentence: string, uncertain: boolean, conditions: Array<{ type: AwardConditionType, sentence: string }> | null }> }> };

export type RulesParamsQueryVariables = Exact<{
  key?: RuleParameterKey | null | undefined;
  inForceOn?: string | null | undefined;
  provinceUnitId?: string | number | null | undefined;
}>;


export type RulesParamsQuery = { ruleParameters: Array<{ id: string, key: RuleParameterKey, value: number, effectiveFrom: string, effectiveTo: string | null, national: boolean, uncertain: boolean, version: number, canManage: boolean, legalDocument: { number: string } | null }> };

export type RulesCreateParamMutationVariables = Exact<{
  input: CreateRuleParameterInput;
}>;


export type RulesCreateParamMutation = { createRuleParameter: { id: string, value: number, effectiveFrom: string, effectiveTo: string | null, national: boolean, version: number, canManage: boolean } };

export type RulesUpdateParamMutationVariables = Exact<{
  input: UpdateRuleParameterInput;
}>;


export type RulesUpdateParamMutation = { updateRuleParameter: { id: string, value: number, version: number } };

export type RulesCreateRuleMutationVariables = Exact<{
  input: CreateAwardRuleVersionInput;
}>;


export type RulesCreateRuleMutation = { createAwardRuleVersion: { id: string, effectiveFrom: string, effectiveTo: string | null, national: boolean, edited: boolean, version: number, conditions: Array<{ type: AwardConditionType, sentence: string }> } };

export type RulesUpdateRuleMutationVariables = Exact<{
  input: UpdateAwardRuleVersionInput;
}>;


export type RulesUpdateRuleMutation = { updateAwardRuleVersion: { id: string, note: string | null, edited: boolean, version: number } };

export type RulesCreateKindMutationVariables = Exact<{
  input: CreateAwardKindInput;
}>;


export type RulesCreateKindMutation = { createAwardKind: { id: string, code: string, national: boolean, version: number } };

export type RulesUpdateKindMutationVariables = Exact<{
  input: UpdateAwardKindInput;
}>;


export type RulesUpdateKindMutation = { updateAwardKind: { id: string, name: string, version: number } };

export type RulesPreviewQueryVariables = Exact<{
  input: PreviewEligibilityInput;
}>;


export type RulesPreviewQuery = { previewEligibility: { awardName: string, basis: string, verdict: EligibilityVerdict, ruleVersionId: string, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, label: string, basis: string, used: Array<{ kind: EligibilityFactKind, text: string, counted: boolean }>, children: Array<{ key: string, met: boolean | null, label: string }> }> } };

export type RulesAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type RulesAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, entityLabel: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type AwElRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type AwElRoundCreateMutation = { createAwardRound: { id: string } };

export type AwElDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type AwElDossierCreateMutation = { createAwardDossier: { id: string, version: number } };

export type AwElNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type AwElNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string, awardCode: string | null, awardName: string, initiativeIds: Array<string>, eligibility: { verdict: EligibilityVerdict, on: string, year: number, stage: EligibilityStage, ruleVersionId: string | null, basis: string | null, manualReason: string | null, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, label: string, basis: string, uncertain: boolean }> } | null }> } };

export type AwElDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type AwElDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number } };

export type AwElSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AwElSubmitMutation = { submitAwardDossier: { id: string, version: number, status: DossierStatus, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null } };

export type AwElWithdrawMutationVariables = Exact<{
  input: WithdrawAwardDossierInput;
}>;


export type AwElWithdrawMutation = { withdrawAwardDossier: { id: string, version: number, status: DossierStatus } };

export type AwElDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type AwElDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, nominees: Array<{ id: string, name: string, eligibility: { verdict: EligibilityVerdict, stage: EligibilityStage, on: string, basis: string | null, ruleVersionId: string | null } | null }> } };

export type AwElInboxQueryVariables = Exact<{
  filter?: AwardDossierFilter | null | undefined;
}>;


export type AwElInboxQuery = { awardDossierInbox: { edges: Array<{ node: { id: string, dueOn: string | null, deadlineStatus: DeadlineStatus | null } }> } };

export type AwElEvalMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type AwElEvalMutation = { createEvaluation: { id: string } };

export type AwElHoldMutationVariables = Exact<{
  input: CreateHoldInput;
}>;


export type AwElHoldMutation = { createHold: { id: string } };

export type AwElInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type AwElInitiativeMutation = { createInitiative: { id: string } };

export type AwElInitiativeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type AwElInitiativeReadQuery = { initiative: { id: string, usedFor: { awardName: string, year: number, reference: string } | null } };

export type AwElRulesQueryVariables = Exact<{
  awardCode?: string | null | undefined;
  inForceOn?: string | null | undefined;
}>;


export type AwElRulesQuery = { awardRuleVersions: Array<{ id: string, legalDocument: { id: string } }> };

export type AwElRuleCreateMutationVariables = Exact<{
  input: CreateAwardRuleVersionInput;
}>;


export type AwElRuleCreateMutation = { createAwardRuleVersion: { id: string } };

export type AwRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type AwRoundCreateMutation = { createAwardRound: { id: string, version: number, kind: AwardRoundKind, track: AwardTrack, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, awardForms: Array<string>, canManage: boolean, quotas: Array<{ form: string, either: number | null }> } };

export type AwDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type AwDossierCreateMutation = { createAwardDossier: { id: string, version: number, status: DossierStatus, canEdit: boolean, events: Array<{ action: DossierEventAction, toStatus: DossierStatus }> } };

export type AwNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type AwNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string, awardName: string, subject: AwardSubject }> } };

export type AwNomineeUpdateMutationVariables = Exact<{
  input: UpdateNomineeInput;
}>;


export type AwNomineeUpdateMutation = { updateAwardNominee: { id: string, version: number } };

export type AwNomineeRemoveMutationVariables = Exact<{
  input: RemoveNomineeInput;
}>;


export type AwNomineeRemoveMutation = { removeAwardNominee: { id: string, version: number, nominees: Array<{ id: string }>, documents: Array<{ id: string }> } };

export type AwDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type AwDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number, missingDocuments: Array<string> } };

export type AwSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AwSubmitMutation = { submitAwardDossier: { id: string, version: number, status: DossierStatus, late: boolean } };

export type AwReceiveMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AwReceiveMutation = { receiveAwardDossier: { id: string, version: number, status: DossierStatus } };

export type AwReturnMutationVariables = Exact<{
  input: ReturnAwardDossierInput;
}>;


export type AwReturnMutation = { returnAwardDossier: { id: string, version: number, status: DossierStatus } };

export type AwAppraiseMutationVariables = Exact<{
  input: AppraiseAwardDossierInput;
}>;


export type AwAppraiseMutation = { appraiseAwardDossier: { id: string, version: number, status: DossierStatus } };

export type AwForwardMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AwForwardMutation = { forwardAwardDossierToCouncil: { id: string, version: number, status: DossierStatus } };

export type AwDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type AwDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, late: boolean, firstSubmittedAt: string | null, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, quotaFindings: Array<{ form: string, used: number, limit: number, over: boolean }>, nominees: Array<{ id: string, name: string, subject: AwardSubject, awardName: string, achievements: string, appraisalVerdict: AppraisalVerdict | null, eligibilityChecked: boolean }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, downloadPath: string | null, text: string | null }>, events: Array<{ action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, reason: string | null, late: boolean, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ name: string, verdict: AppraisalVerdict }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null }> } };

export type AwInboxQueryVariables = Exact<{
  filter?: AwardDossierFilter | null | undefined;
}>;


export type AwInboxQuery = { awardDossierInbox: { totalCount: number, edges: Array<{ node: { id: string, status: DossierStatus } }> } };

export type AwOwnQueryVariables = Exact<{
  filter?: AwardDossierFilter | null | undefined;
}>;


export type AwOwnQuery = { awardDossiers: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type AwRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type AwRoundQuery = { awardRound: { kind: AwardRoundKind, track: AwardTrack, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, awardForms: Array<string>, canManage: boolean, quotas: Array<{ form: string, either: number | null }>, receivingUnit: { id: string } } };

export type AwRecallMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type AwRecallMutation = { recallAwardDossier: { id: string } };

export type AwEscalateMutationVariables = Exact<{
  input: EscalateAwardDossierInput;
}>;


export type AwEscalateMutation = { escalateAwardDossier: { id: string, status: DossierStatus, originDossierId: string | null, unit: { id: string }, nominees: Array<{ name: string, awardName: string, originNominationId: string | null }>, documents: Array<{ kind: DossierDocumentKind, nominationId: string | null, originDocumentId: string | null, downloadPath: string | null }>, events: Array<{ action: DossierEventAction }> } };

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarYearsQuery = { workingCalendarYears: Array<{ year: number, source: CalendarYearSource }> };

export type CalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type CalendarYearQuery = { workingCalendar: { year: number, defined: boolean, source: CalendarYearSource | null, note: string | null, workingDayCount: number, provisionalCount: number, canManage: boolean, days: Array<{ id: string, date: string, weekday: string, kind: CalendarDayKind, name: string, note: string | null, source: CalendarDaySource, provisional: boolean, version: number }> } };

export type CalendarAddQueryVariables = Exact<{
  start: string;
  days: number;
}>;


export type CalendarAddQuery = { addWorkingDays: { date: string, provisional: boolean, missingYears: Array<number> } };

export type CalendarBetweenQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CalendarBetweenQuery = { workingDaysBetween: { days: number, provisional: boolean, missingYears: Array<number> } };

export type CalendarGenerateMutationVariables = Exact<{
  input: GenerateCalendarYearInput;
}>;


export type CalendarGenerateMutation = { generateCalendarYear: { year: number, defined: boolean, source: CalendarYearSource | null, note: string | null, days: Array<{ id: string, date: string, kind: CalendarDayKind, name: string, source: CalendarDaySource, provisional: boolean }> } };

export type CalendarCreateDayMutationVariables = Exact<{
  input: CreateCalendarDayInput;
}>;


export type CalendarCreateDayMutation = { createCalendarDay: { id: string, date: string, weekday: string, kind: CalendarDayKind, name: string, source: CalendarDaySource, version: number } };

export type CalendarUpdateDayMutationVariables = Exact<{
  input: UpdateCalendarDayInput;
}>;


export type CalendarUpdateDayMutation = { updateCalendarDay: { id: string, date: string, name: string, note: string | null, provisional: boolean, source: CalendarDaySource, version: number } };

export type CalendarDeleteDayMutationVariables = Exact<{
  input: DeleteCalendarDayInput;
}>;


export type CalendarDeleteDayMutation = { deleteCalendarDay: { id: string, date: string } };

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


export type CampaignGetQuery = { campaignPlan: { id: string, kind: CampaignKind, scope: CampaignScope, title: string, periodFrom: string, periodTo: string, status: CampaignPlanStatus, version: number, issuerUnit: { id: string, name: string }, legalBases: Array<{ id: string, number: string }>, content: { theme: string | null, motto: Array<string> | null, methods: Array<string> | null, purpose: { aims: Array<string>, requirements: Array<string> | null }, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string> }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, either: number | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string> }> | null, reporting: { who: string, frequency: string, to: string, via: string | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null } } };

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

export type CiRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type CiRoundQuery = { councilVotingRound: { id: string } };

export type CiOpenMutationVariables = Exact<{
  input: OpenCouncilVotingRoundInput;
}>;


export type CiOpenMutation = { openCouncilVotingRound: { id: string } };

export type CiCodesMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CiCodesMutation = { generateCouncilVotingCodes: { codes: Array<string> } };

export type CiCloseMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CiCloseMutation = { closeCouncilVotingRound: { id: string } };

export type CiTallyMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CiTallyMutation = { tallyCouncilVotingRound: { id: string } };

export type CiConfirmMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CiConfirmMutation = { confirmPaperTally: { id: string } };

export type CiDecideMutationVariables = Exact<{
  input: DecideCouncilTieInput;
}>;


export type CiDecideMutation = { decideCouncilTie: { id: string } };

export type CiSecondMutationVariables = Exact<{
  input: OpenCouncilSecondRoundInput;
}>;


export type CiSecondMutation = { openCouncilSecondRound: { id: string } };

export type CiEnterMutationVariables = Exact<{
  input: EnterPaperTallyInput;
}>;


export type CiEnterMutation = { enterPaperTally: { id: string } };

export type CiScanMutationVariables = Exact<{
  input: AttachPaperTallyScanInput;
}>;


export type CiScanMutation = { attachPaperTallyScan: { id: string } };

export type CiWrittenMutationVariables = Exact<{
  input: RecordWrittenOpinionsInput;
}>;


export type CiWrittenMutation = { recordWrittenOpinions: { id: string } };

export type CiIssueMutationVariables = Exact<{
  input: IssueCouncilVotingTokenInput;
}>;


export type CiIssueMutation = { issueCouncilVotingToken: { blindSignature: string } };

export type CsBlindKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type CsBlindKeyQuery = { councilVotingRound: { blindKey: { kty: string, n: string, e: string } | null } };

export type CsIssueMutationVariables = Exact<{
  input: IssueCouncilVotingTokenInput;
}>;


export type CsIssueMutation = { issueCouncilVotingToken: { blindSignature: string } };

export type CsWrittenMutationVariables = Exact<{
  input: RecordWrittenOpinionsInput;
}>;


export type CsWrittenMutation = { recordWrittenOpinions: { id: string } };

export type CvRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type CvRoundQuery = { councilVotingRound: { id: string, castCount: number | null, blindKey: { kty: string, n: string, e: string } | null, results: Array<{ agendaItemId: string, agree: number }> | null } };

export type CvCodesMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CvCodesMutation = { generateCouncilVotingCodes: { codes: Array<string> } };

export type CvOpenMutationVariables = Exact<{
  input: OpenCouncilVotingRoundInput;
}>;


export type CvOpenMutation = { openCouncilVotingRound: { id: string } };

export type CvWrittenMutationVariables = Exact<{
  input: RecordWrittenOpinionsInput;
}>;


export type CvWrittenMutation = { recordWrittenOpinions: { id: string } };

export type CvIssueMutationVariables = Exact<{
  input: IssueCouncilVotingTokenInput;
}>;


export type CvIssueMutation = { issueCouncilVotingToken: { blindSignature: string } };

export type CvEnterMutationVariables = Exact<{
  input: EnterPaperTallyInput;
}>;


export type CvEnterMutation = { enterPaperTally: { id: string } };

export type CvConfirmMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CvConfirmMutation = { confirmPaperTally: { id: string } };

export type CvDecideMutationVariables = Exact<{
  input: DecideCouncilTieInput;
}>;


export type CvDecideMutation = { decideCouncilTie: { id: string, results: Array<{ rank: number | null, withinQuota: boolean | null }> | null } };

export type CvSecondMutationVariables = Exact<{
  input: OpenCouncilSecondRoundInput;
}>;


export type CvSecondMutation = { openCouncilSecondRound: { id: string, number: number } };

export type CnAuditCreateMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CnAuditCreateMutation = { createCouncil: { id: string, version: number, name: string } };

export type CnAuditUpdateMutationVariables = Exact<{
  input: UpdateCouncilInput;
}>;


export type CnAuditUpdateMutation = { updateCouncil: { id: string, version: number } };

export type CnAuditMemberAddMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type CnAuditMemberAddMutation = { addCouncilMember: { id: string, version: number } };

export type CnAuditMemberUpdateMutationVariables = Exact<{
  input: UpdateCouncilMemberInput;
}>;


export type CnAuditMemberUpdateMutation = { updateCouncilMember: { id: string, version: number } };

export type CnAuditSessionCreateMutationVariables = Exact<{
  input: CreateCouncilSessionInput;
}>;


export type CnAuditSessionCreateMutation = { createCouncilSession: { id: string, version: number } };

export type CnScopeCreateMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CnScopeCreateMutation = { createCouncil: { id: string, version: number, name: string } };

export type CnScopeUpdateMutationVariables = Exact<{
  input: UpdateCouncilInput;
}>;


export type CnScopeUpdateMutation = { updateCouncil: { id: string, version: number } };

export type CnScopeMemberAddMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type CnScopeMemberAddMutation = { addCouncilMember: { id: string, version: number } };

export type CnScopeMemberUpdateMutationVariables = Exact<{
  input: UpdateCouncilMemberInput;
}>;


export type CnScopeMemberUpdateMutation = { updateCouncilMember: { id: string } };

export type CnScopeMemberRemoveMutationVariables = Exact<{
  input: CouncilMemberRefInput;
}>;


export type CnScopeMemberRemoveMutation = { removeCouncilMember: string };

export type CnScopeCouncilQueryVariables = Exact<{
  id: string | number;
}>;


export type CnScopeCouncilQuery = { council: { id: string, canManage: boolean, members: Array<{ id: string, fullName: string }> } };

export type CnScopeCouncilsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type CnScopeCouncilsQuery = { councils: { edges: Array<{ node: { id: string } }> } };

export type CnScopeSessionCreateMutationVariables = Exact<{
  input: CreateCouncilSessionInput;
}>;


export type CnScopeSessionCreateMutation = { createCouncilSession: { id: string, version: number } };

export type CnScopeSessionUpdateMutationVariables = Exact<{
  input: UpdateCouncilSessionInput;
}>;


export type CnScopeSessionUpdateMutation = { updateCouncilSession: { id: string } };

export type CnScopeSessionDeleteMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type CnScopeSessionDeleteMutation = { deleteCouncilSession: string };

export type CnScopeStartMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type CnScopeStartMutation = { startCouncilSession: { id: string } };

export type CnScopeAttendMutationVariables = Exact<{
  input: SetCouncilAttendanceInput;
}>;


export type CnScopeAttendMutation = { setCouncilAttendance: { id: string, version: number } };

export type CnScopeGuestAddMutationVariables = Exact<{
  input: AddCouncilGuestInput;
}>;


export type CnScopeGuestAddMutation = { addCouncilGuest: { id: string, version: number, guests: Array<{ id: string }> } };

export type CnScopeGuestRemoveMutationVariables = Exact<{
  input: RemoveCouncilGuestInput;
}>;


export type CnScopeGuestRemoveMutation = { removeCouncilGuest: { id: string } };

export type CnScopeAgendaAddMutationVariables = Exact<{
  input: AddCouncilAgendaFromRoundInput;
}>;


export type CnScopeAgendaAddMutation = { addCouncilAgendaFromRound: { id: string } };

export type CnScopeAgendaRemoveMutationVariables = Exact<{
  input: RemoveCouncilAgendaItemInput;
}>;


export type CnScopeAgendaRemoveMutation = { removeCouncilAgendaItem: { id: string } };

export type CnScopeAgendaMoveMutationVariables = Exact<{
  input: MoveCouncilAgendaItemInput;
}>;


export type CnScopeAgendaMoveMutation = { moveCouncilAgendaItem: { id: string } };

export type CnScopeSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type CnScopeSessionQuery = { councilSession: { id: string, canManage: boolean, council: { id: string } } };

export type CnScopeSessionsQueryVariables = Exact<{
  councilId?: string | number | null | undefined;
}>;


export type CnScopeSessionsQuery = { councilSessions: { edges: Array<{ node: { id: string } }> } };

export type CnCreateMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CnCreateMutation = { createCouncil: { id: string, version: number, name: string, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, active: boolean, canManage: boolean, unit: { id: string }, standingUnit: { id: string } | null } };

export type CnUpdateMutationVariables = Exact<{
  input: UpdateCouncilInput;
}>;


export type CnUpdateMutation = { updateCouncil: { id: string, version: number, proxiesAllowed: boolean, awardPresenceShare: number | null } };

export type CnMemberAddMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type CnMemberAddMutation = { addCouncilMember: { id: string, version: number, role: CouncilMemberRole, from: string, to: string | null, fullName: string } };

export type CnMemberUpdateMutationVariables = Exact<{
  input: UpdateCouncilMemberInput;
}>;


export type CnMemberUpdateMutation = { updateCouncilMember: { id: string, version: number, to: string | null } };

export type CnMemberRemoveMutationVariables = Exact<{
  input: CouncilMemberRefInput;
}>;


export type CnMemberRemoveMutation = { removeCouncilMember: string };

export type CnCouncilQueryVariables = Exact<{
  id: string | number;
  on?: string | null | undefined;
}>;


export type CnCouncilQuery = { council: { id: string, name: string, members: Array<{ id: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, person: { id: string, fullName: string } | null }> } };

export type CnCouncilsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  search?: string | null | undefined;
}>;


export type CnCouncilsQuery = { councils: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type CnSessionCreateMutationVariables = Exact<{
  input: CreateCouncilSessionInput;
}>;


export type CnSessionCreateMutation = { createCouncilSession: { id: string, version: number, status: CouncilSessionStatus, members: Array<{ memberId: string, fullName: string, role: CouncilMemberRole, position: number }> } };

export type CnSessionUpdateMutationVariables = Exact<{
  input: UpdateCouncilSessionInput;
}>;


export type CnSessionUpdateMutation = { updateCouncilSession: { id: string, version: number, date: string, members: Array<{ memberId: string }> } };

export type CnSessionDeleteMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type CnSessionDeleteMutation = { deleteCouncilSession: string };

export type CnSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type CnSessionQuery = { councilSession: { id: string, version: number, status: CouncilSessionStatus, startedAt: string | null, chair: { fullName: string } | null, secretary: { fullName: string } | null, awardRound: { id: string } | null, members: Array<{ memberId: string, fullName: string, role: CouncilMemberRole, position: number, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, candidateName: string, awardCode: string | null, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null, female: boolean | null, womenShare: number | null }>, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, required: number, met: boolean, awardShare: boolean, explanation: string } } };

export type CnSessionsQueryVariables = Exact<{
  councilId?: string | number | null | undefined;
  status?: CouncilSessionStatus | null | undefined;
}>;


export type CnSessionsQuery = { councilSessions: { edges: Array<{ node: { id: string, date: string } }> } };

export type CnAttendMutationVariables = Exact<{
  input: SetCouncilAttendanceInput;
}>;


export type CnAttendMutation = { setCouncilAttendance: { id: string, version: number, quorum: { attending: number, required: number, met: boolean, explanation: string } } };

export type CnStartMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type CnStartMutation = { startCouncilSession: { id: string, version: number, status: CouncilSessionStatus } };

export type CnGuestAddMutationVariables = Exact<{
  input: AddCouncilGuestInput;
}>;


export type CnGuestAddMutation = { addCouncilGuest: { id: string, version: number, guests: Array<{ id: string, name: string }> } };

export type CnGuestRemoveMutationVariables = Exact<{
  input: RemoveCouncilGuestInput;
}>;


export type CnGuestRemoveMutation = { removeCouncilGuest: { id: string, version: number, guests: Array<{ id: string }> } };

export type CnAgendaAddMutationVariables = Exact<{
  input: AddCouncilAgendaFromRoundInput;
}>;


export type CnAgendaAddMutation = { addCouncilAgendaFromRound: { id: string, version: number, agenda: Array<{ id: string, position: number, candidateName: string }> } };

export type CnAgendaRemoveMutationVariables = Exact<{
  input: RemoveCouncilAgendaItemInput;
}>;


export type CnAgendaRemoveMutation = { removeCouncilAgendaItem: { id: string, version: number, agenda: Array<{ id: string, position: number, candidateName: string }> } };

export type CnAgendaMoveMutationVariables = Exact<{
  input: MoveCouncilAgendaItemInput;
}>;


export type CnAgendaMoveMutation = { moveCouncilAgendaItem: { id: string, version: number, agenda: Array<{ id: string, position: number, candidateName: string }> } };

export type CnRoundCreateMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type CnRoundCreateMutation = { createAwardRound: { id: string } };

export type CnDossierCreateMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type CnDossierCreateMutation = { createAwardDossier: { id: string, version: number } };

export type CnNomineeAddMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type CnNomineeAddMutation = { addAwardNominee: { id: string, version: number, nominees: Array<{ id: string, name: string }> } };

export type CnDocumentWriteMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type CnDocumentWriteMutation = { writeAwardDossierDocument: { id: string, version: number } };

export type CnSubmitMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type CnSubmitMutation = { submitAwardDossier: { id: string, version: number } };

export type CnReceiveMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type CnReceiveMutation = { receiveAwardDossier: { id: string, version: number } };

export type CnAppraiseMutationVariables = Exact<{
  input: AppraiseAwardDossierInput;
}>;


export type CnAppraiseMutation = { appraiseAwardDossier: { id: string, version: number, status: DossierStatus } };

export type CnEvalMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type CnEvalMutation = { createEvaluation: { id: string } };

export type CnAwardRecordMutationVariables = Exact<{
  input: CreateAwardRecordInput;
}>;


export type CnAwardRecordMutation = { createAwardRecord: { id: string } };

export type CnCouncilStateQueryVariables = Exact<{
  id: string | number;
}>;


export type CnCouncilStateQuery = { council: { id: string, version: number, active: boolean, endedOn: string | null, standingUnit: { id: string } | null } };

export type CnMergeMutationVariables = Exact<{
  input: MergeUnitsInput;
}>;


export type CnMergeMutation = { mergeUnits: { results: Array<{ id: string }> } };

export type CnClusterCreateMutationVariables = Exact<{
  input: CreateClusterInput;
}>;


export type CnClusterCreateMutation = { createCluster: { id: string, name: string } };

export type CnClusterMemberMutationVariables = Exact<{
  input: AddClusterMemberInput;
}>;


export type CnClusterMemberMutation = { addClusterMember: { id: string } };

export type CnClusterLeadMutationVariables = Exact<{
  input: SetClusterLeadershipInput;
}>;


export type CnClusterLeadMutation = { setClusterLeadership: { id: string } };

export type DecAuditDraftMutationVariables = Exact<{
  input: DraftAwardDecisionInput;
}>;


export type DecAuditDraftMutation = { draftAwardDecision: { id: string, version: number, subject: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, recipients: Array<{ id: string }> } };

export type DecAuditUpdateMutationVariables = Exact<{
  input: UpdateAwardDecisionInput;
}>;


export type DecAuditUpdateMutation = { updateAwardDecision: { id: string, version: number, rewardFunding: string | null } };

export type DecAuditDeleteMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecAuditDeleteMutation = { deleteAwardDecision: string };

export type DecAuditIssueMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecAuditIssueMutation = { issueAwardDecision: { id: string, version: number, status: AwardDecisionStatus, symbol: string | null } };

export type DecListPageQueryVariables = Exact<{
  filter?: AwardDecisionFilter | null | undefined;
  sort?: AwardDecisionSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DecListPageQuery = { awardDecisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, year: number } }> } };

export type DecListDraftMutationVariables = Exact<{
  input: DraftAwardDecisionInput;
}>;


export type DecListDraftMutation = { draftAwardDecision: { id: string, version: number, subject: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string } };

export type DecListUpdateMutationVariables = Exact<{
  input: UpdateAwardDecisionInput;
}>;


export type DecListUpdateMutation = { updateAwardDecision: { id: string, version: number } };

export type DecListIssueMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecListIssueMutation = { issueAwardDecision: { id: string, symbol: string | null, decidedOn: string | null, totalAmount: number, recipients: Array<{ id: string, name: string, goldBookNumber: number | null, awardRecordId: string | null }> } };

export type DecScopeListQueryVariables = Exact<{
  filter?: AwardDecisionFilter | null | undefined;
}>;


export type DecScopeListQuery = { awardDecisions: { edges: Array<{ node: { id: string, canManage: boolean, canIssue: boolean, issuerUnit: { id: string } } }> } };

export type DecScopeOneQueryVariables = Exact<{
  id: string | number;
}>;


export type DecScopeOneQuery = { awardDecision: { id: string, recipients: Array<{ id: string }> } };

export type DecScopeCandidatesQueryVariables = Exact<{
  roundId: string | number;
  issuerUnitId: string | number;
}>;


export type DecScopeCandidatesQuery = { awardDecisionCandidates: Array<{ nominationId: string }> };

export type DecScopeDraftMutationVariables = Exact<{
  input: DraftAwardDecisionInput;
}>;


export type DecScopeDraftMutation = { draftAwardDecision: { id: string, version: number, subject: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string } };

export type DecScopeUpdateMutationVariables = Exact<{
  input: UpdateAwardDecisionInput;
}>;


export type DecScopeUpdateMutation = { updateAwardDecision: { id: string, version: number } };

export type DecScopeDeleteMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecScopeDeleteMutation = { deleteAwardDecision: string };

export type DecScopeIssueMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecScopeIssueMutation = { issueAwardDecision: { id: string, version: number, status: AwardDecisionStatus } };

export type DecScopePrintMutationVariables = Exact<{
  decisionId: string | number;
}>;


export type DecScopePrintMutation = { printAwardCertificates: { id: string } };

export type DecCandidatesQueryVariables = Exact<{
  roundId: string | number;
  issuerUnitId: string | number;
}>;


export type DecCandidatesQuery = { awardDecisionCandidates: Array<{ nominationId: string, name: string, awardName: string, dossierStatus: DossierStatus, decisionId: string | null }> };

export type DecDraftMutationVariables = Exact<{
  input: DraftAwardDecisionInput;
}>;


export type DecDraftMutation = { draftAwardDecision: { id: string, version: number, status: AwardDecisionStatus, awardName: string, awardKind: AwardDecisionKind, subject: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, number: number | null, symbol: string | null, totalAmount: number, docxPath: string, proposal: { by: string, reference: string } | null, recipients: Array<{ id: string, nominationId: string | null, displayName: string, name: string, detail: string | null, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null }> } };

export type DecUpdateMutationVariables = Exact<{
  input: UpdateAwardDecisionInput;
}>;


export type DecUpdateMutation = { updateAwardDecision: { id: string, version: number, signer: { title: string, name: string }, recipients: Array<{ id: string, multiplier: number | null, amount: number | null }> } };

export type DecDeleteMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecDeleteMutation = { deleteAwardDecision: string };

export type DecIssueMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DecIssueMutation = { issueAwardDecision: { id: string, version: number, status: AwardDecisionStatus, number: number | null, symbol: string | null, decidedOn: string | null, docxPath: string, totalAmount: number, recipients: Array<{ id: string, name: string, amount: number | null, baseSalary: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null }> } };

export type DecPrintMutationVariables = Exact<{
  decisionId: string | number;
}>;


export type DecPrintMutation = { printAwardCertificates: { id: string, status: JobStatus, total: number } };

export type DecJobQueryVariables = Exact<{
  id: string | number;
}>;


export type DecJobQuery = { job: { id: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null } };

export type DecOneQueryVariables = Exact<{
  id: string | number;
}>;


export type DecOneQuery = { awardDecision: { id: string, status: AwardDecisionStatus, certificates: { docxPath: string, pdfPath: string | null, madeAt: string } | null } };

export type DecDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type DecDossierQuery = { awardDossier: { id: string, version: number, status: DossierStatus, events: Array<{ action: DossierEventAction, reason: string | null }> } };

export type DecRecordsQueryVariables = Exact<{
  filter?: AwardRecordFilter | null | undefined;
}>;


export type DecRecordsQuery = { awardRecords: { edges: Array<{ node: { id: string, awardCode: string | null, year: number, decisionNumber: string | null, decidedOn: string | null, decidedBy: string | null, note: string | null } }> } };

export type DecParamMutationVariables = Exact<{
  input: CreateRuleParameterInput;
}>;


export type DecParamMutation = { createRuleParameter: { id: string, value: number } };

export type DecVerifyQueryVariables = Exact<{
  code: string;
}>;


export type DecVerifyQuery = { verifyAwardCertificate: { name: string, unitName: string | null, awardName: string, year: number, decisionNumber: string, decidedOn: string, issuerName: string, goldBookNumber: string | null } };

export type DecLookupQueryVariables = Exact<{
  name: string;
  unitName?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type DecLookupQuery = { publicAwardLookup: { totalCount: number, edges: Array<{ node: { name: string, unitName: string | null, awardName: string, year: number, decisionNumber: string, decidedOn: string, issuerName: string, goldBookNumber: string | null } }> } };

export type DecPublicFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecPublicFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

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

export type RecAuditInitCreateMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type RecAuditInitCreateMutation = { createInitiative: { id: string } };

export type RecAuditAwardCreateMutationVariables = Exact<{
  input: CreateAwardRecordInput;
}>;


export type RecAuditAwardCreateMutation = { createAwardRecord: { id: string, version: number } };

export type RecAuditAwardUpdateMutationVariables = Exact<{
  input: UpdateAwardRecordInput;
}>;


export type RecAuditAwardUpdateMutation = { updateAwardRecord: { id: string, version: number } };

export type RecScopeEvalCreateMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type RecScopeEvalCreateMutation = { createEvaluation: { id: string, version: number } };

export type RecScopeEvalUpdateMutationVariables = Exact<{
  input: UpdateEvaluationInput;
}>;


export type RecScopeEvalUpdateMutation = { updateEvaluation: { id: string, version: number, grade: EvaluationGrade } };

export type RecScopeEvalQueryVariables = Exact<{
  id: string | number;
}>;


export type RecScopeEvalQuery = { evaluation: { id: string, grade: EvaluationGrade, canEdit: boolean } };

export type RecScopeEvalsQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
}>;


export type RecScopeEvalsQuery = { evaluations: { edges: Array<{ node: { id: string } }> } };

export type RecScopeHoldCreateMutationVariables = Exact<{
  input: CreateHoldInput;
}>;


export type RecScopeHoldCreateMutation = { createHold: { id: string, version: number } };

export type RecScopeHoldQueryVariables = Exact<{
  id: string | number;
}>;


export type RecScopeHoldQuery = { hold: { id: string, canEdit: boolean } };

export type RecScopeHoldDeleteMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type RecScopeHoldDeleteMutation = { deleteHold: string };

export type RecEvalCreateMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type RecEvalCreateMutation = { createEvaluation: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, year: number, grade: EvaluationGrade, source: string | null, canEdit: boolean, unit: { id: string } } };

export type RecEvalUpdateMutationVariables = Exact<{
  input: UpdateEvaluationInput;
}>;


export type RecEvalUpdateMutation = { updateEvaluation: { id: string, version: number, grade: EvaluationGrade } };

export type RecEvalDeleteMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type RecEvalDeleteMutation = { deleteEvaluation: string };

export type RecEvalsQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type RecEvalsQuery = { evaluations: { totalCount: number, edges: Array<{ node: { id: string, subjectName: string, year: number, grade: EvaluationGrade } }> } };

export type RecAwardCreateMutationVariables = Exact<{
  input: CreateAwardRecordInput;
}>;


export type RecAwardCreateMutation = { createAwardRecord: { id: string, version: number, subject: AwardSubject, awardCode: string | null, awardName: string, track: AwardTrack, year: number, subjectName: string, householdAddress: string | null } };

export type RecAwardsQueryVariables = Exact<{
  filter?: AwardRecordFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type RecAwardsQuery = { awardRecords: { totalCount: number, edges: Array<{ node: { id: string, subjectName: string, awardName: string, year: number, canEdit: boolean, unit: { id: string } } }> } };

export type RecInitCreateMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type RecInitCreateMutation = { createInitiative: { id: string, version: number, title: string, usedFor: { awardName: string, year: number, reference: string } | null } };

export type RecInitLockMutationVariables = Exact<{
  input: LockInitiativeInput;
}>;


export type RecInitLockMutation = { lockInitiative: { id: string, version: number, usedFor: { awardName: string, year: number, reference: string } | null } };

export type RecHoldCreateMutationVariables = Exact<{
  input: CreateHoldInput;
}>;


export type RecHoldCreateMutation = { createHold: { id: string, version: number, kind: HoldKind, startsOn: string, endsOn: string | null } };

export type RecHoldLiftMutationVariables = Exact<{
  input: LiftHoldInput;
}>;


export type RecHoldLiftMutation = { liftHold: { id: string, version: number, liftedOn: string | null, liftReason: string | null } };

export type RecHoldsQueryVariables = Exact<{
  filter?: HoldFilter | null | undefined;
}>;


export type RecHoldsQuery = { holds: { edges: Array<{ node: { id: string, kind: HoldKind } }> } };

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
export const ApRoundCreateDocument = new TypedDocumentString(`
    mutation ApRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApRoundCreateMutation, ApRoundCreateMutationVariables>;
export const ApDossierCreateDocument = new TypedDocumentString(`
    mutation ApDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ApDossierCreateMutation, ApDossierCreateMutationVariables>;
export const ApNomineeAddDocument = new TypedDocumentString(`
    mutation ApNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApNomineeAddMutation, ApNomineeAddMutationVariables>;
export const ApDocumentWriteDocument = new TypedDocumentString(`
    mutation ApDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ApDocumentWriteMutation, ApDocumentWriteMutationVariables>;
export const ApSubmitDocument = new TypedDocumentString(`
    mutation ApSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ApSubmitMutation, ApSubmitMutationVariables>;
export const ApReceiveDocument = new TypedDocumentString(`
    mutation ApReceive($input: AwardDossierRefInput!) {
  receiveAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ApReceiveMutation, ApReceiveMutationVariables>;
export const ApAppraiseDocument = new TypedDocumentString(`
    mutation ApAppraise($input: AppraiseAwardDossierInput!) {
  appraiseAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ApAppraiseMutation, ApAppraiseMutationVariables>;
export const ApEvalDocument = new TypedDocumentString(`
    mutation ApEval($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApEvalMutation, ApEvalMutationVariables>;
export const ApDossierDocument = new TypedDocumentString(`
    query ApDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    nominees {
      id
      name
      appraisalVerdict
      appraisalChecklist {
        key
        source
        requirement
        finding
        met
        basis
      }
    }
    events {
      action
      appraisal {
        name
        verdict
        checklist {
          key
          ok
          remark
          settledBy
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApDossierQuery, ApDossierQueryVariables>;
export const AbRoundCreateDocument = new TypedDocumentString(`
    mutation AbRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbRoundCreateMutation, AbRoundCreateMutationVariables>;
export const AbDossierCreateDocument = new TypedDocumentString(`
    mutation AbDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AbDossierCreateMutation, AbDossierCreateMutationVariables>;
export const AbNomineeAddDocument = new TypedDocumentString(`
    mutation AbNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
      eligibility {
        verdict
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbNomineeAddMutation, AbNomineeAddMutationVariables>;
export const AbDocumentWriteDocument = new TypedDocumentString(`
    mutation AbDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AbDocumentWriteMutation, AbDocumentWriteMutationVariables>;
export const AbSubmitDocument = new TypedDocumentString(`
    mutation AbSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AbSubmitMutation, AbSubmitMutationVariables>;
export const AbReceiveDocument = new TypedDocumentString(`
    mutation AbReceive($input: AwardDossierRefInput!) {
  receiveAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AbReceiveMutation, AbReceiveMutationVariables>;
export const AbAppraiseDocument = new TypedDocumentString(`
    mutation AbAppraise($input: AppraiseAwardDossierInput!) {
  appraiseAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AbAppraiseMutation, AbAppraiseMutationVariables>;
export const AbEscalateDocument = new TypedDocumentString(`
    mutation AbEscalate($input: EscalateAwardDossierInput!) {
  escalateAwardDossier(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbEscalateMutation, AbEscalateMutationVariables>;
export const AbDossierDocument = new TypedDocumentString(`
    query AbDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    canCheckEligibility
    nominees {
      id
      name
      eligibility {
        verdict
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbDossierQuery, AbDossierQueryVariables>;
export const AbEvalDocument = new TypedDocumentString(`
    mutation AbEval($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AbEvalMutation, AbEvalMutationVariables>;
export const AbEvalUpdateDocument = new TypedDocumentString(`
    mutation AbEvalUpdate($input: UpdateEvaluationInput!) {
  updateEvaluation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbEvalUpdateMutation, AbEvalUpdateMutationVariables>;
export const AbHoldDocument = new TypedDocumentString(`
    mutation AbHold($input: CreateHoldInput!) {
  createHold(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbHoldMutation, AbHoldMutationVariables>;
export const AbCheckDossierDocument = new TypedDocumentString(`
    mutation AbCheckDossier($dossierId: ID!) {
  checkAwardEligibility(dossierId: $dossierId) {
    id
    kind
    status
    total
  }
}
    `) as unknown as TypedDocumentString<AbCheckDossierMutation, AbCheckDossierMutationVariables>;
export const AbCheckRoundDocument = new TypedDocumentString(`
    mutation AbCheckRound($roundId: ID!) {
  checkRoundEligibility(roundId: $roundId) {
    id
    kind
    status
    total
  }
}
    `) as unknown as TypedDocumentString<AbCheckRoundMutation, AbCheckRoundMutationVariables>;
export const AbJobDocument = new TypedDocumentString(`
    query AbJob($id: ID!) {
  job(id: $id) {
    id
    status
    progress
    total
    message
    error
  }
}
    `) as unknown as TypedDocumentString<AbJobQuery, AbJobQueryVariables>;
export const AbReportDocument = new TypedDocumentString(`
    query AbReport($jobId: ID!) {
  awardEligibilityCheck(jobId: $jobId) {
    side
    finished
    roundId
    dossierId
    dossiers
    checked
    eligible
    notEligible
    toConfirm
    changed
    stored
    findings {
      nominationId
      dossierId
      unitName
      name
      storedVerdict
      verdict
      reasons
    }
    job {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AbReportQuery, AbReportQueryVariables>;
export const AbRoundFieldsDocument = new TypedDocumentString(`
    query AbRoundFields($id: ID!) {
  awardRound(id: $id) {
    id
    canCheckEligibility
  }
}
    `) as unknown as TypedDocumentString<AbRoundFieldsQuery, AbRoundFieldsQueryVariables>;
export const AbCountersDocument = new TypedDocumentString(`
    query AbCounters($roundId: ID, $campaignPlanId: ID) {
  awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {
    rounds {
      roundId
      round {
        id
        title
      }
      counts {
        proposed
        eligible
        notEligible
        toConfirm
        unchecked
        appraisedPass
        appraisedFail
        escalated
        dossiers
        late
        overdue
        byStatus {
          status
          count
        }
      }
    }
    total {
      proposed
      appraisedPass
      appraisedFail
      escalated
      dossiers
      byStatus {
        status
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbCountersQuery, AbCountersQueryVariables>;
export const DrRoundCreateDocument = new TypedDocumentString(`
    mutation DrRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
    deadline
  }
}
    `) as unknown as TypedDocumentString<DrRoundCreateMutation, DrRoundCreateMutationVariables>;
export const DrDossierCreateDocument = new TypedDocumentString(`
    mutation DrDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DrDossierCreateMutation, DrDossierCreateMutationVariables>;
export const DrNomineeAddDocument = new TypedDocumentString(`
    mutation DrNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DrNomineeAddMutation, DrNomineeAddMutationVariables>;
export const DrDocumentWriteDocument = new TypedDocumentString(`
    mutation DrDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DrDocumentWriteMutation, DrDocumentWriteMutationVariables>;
export const DrSubmitDocument = new TypedDocumentString(`
    mutation DrSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DrSubmitMutation, DrSubmitMutationVariables>;
export const DrReturnDocument = new TypedDocumentString(`
    mutation DrReturn($input: ReturnAwardDossierInput!) {
  returnAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DrReturnMutation, DrReturnMutationVariables>;
export const DrDossierDocument = new TypedDocumentString(`
    query DrDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    missingDocuments
    nominees {
      id
      name
      report {
        nominationId
        kind
        form
        name
        award
        drafted
        version
        signedOffAt
        uploaded
        documentId
        downloadPath
        content {
          period
          profile {
            label
            value
          }
          background
          commitments
          targets {
            name
            planned
            achieved
          }
          measures
          results
          lessons
          evaluations {
            year
            result
          }
          priorAwards {
            year
            award
            decision
          }
          initiatives {
            title
            level
            recognition
          }
          author {
            title
            name
          }
          confirmer {
            title
            name
          }
        }
      }
    }
    toTrinh {
      drafted
      version
      number
      symbol
      numberedOn
      form
      uploaded
      documentId
      downloadPath
      awards {
        award
        collectives
        individuals
        households
      }
      content {
        place
        subject
        addressees
        bases
        councilMinutes {
          date
          body
        }
        summary
        authority
        recipients
        archive
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
    documents {
      id
      kind
      nominationId
      fileName
      generated
    }
    events {
      action
      changes {
        documentsAdded
        documentsReplaced
        documentsRemoved
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DrDossierQuery, DrDossierQueryVariables>;
export const DrReportUpdateDocument = new TypedDocumentString(`
    mutation DrReportUpdate($input: UpdateAchievementReportInput!) {
  updateAchievementReport(input: $input) {
    nominationId
    version
    drafted
    signedOffAt
    content {
      results
      author {
        title
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DrReportUpdateMutation, DrReportUpdateMutationVariables>;
export const DrReportRedraftDocument = new TypedDocumentString(`
    mutation DrReportRedraft($input: RedraftAchievementReportInput!) {
  redraftAchievementReport(input: $input) {
    version
    drafted
    content {
      results
    }
  }
}
    `) as unknown as TypedDocumentString<DrReportRedraftMutation, DrReportRedraftMutationVariables>;
export const DrReportSignOffDocument = new TypedDocumentString(`
    mutation DrReportSignOff($input: AchievementReportRefInput!) {
  signOffAchievementReport(input: $input) {
    version
    drafted
    signedOffAt
  }
}
    `) as unknown as TypedDocumentString<DrReportSignOffMutation, DrReportSignOffMutationVariables>;
export const DrReportReopenDocument = new TypedDocumentString(`
    mutation DrReportReopen($input: AchievementReportRefInput!) {
  reopenAchievementReport(input: $input) {
    version
    signedOffAt
  }
}
    `) as unknown as TypedDocumentString<DrReportReopenMutation, DrReportReopenMutationVariables>;
export const DrToTrinhUpdateDocument = new TypedDocumentString(`
    mutation DrToTrinhUpdate($input: UpdateToTrinhInput!) {
  updateToTrinh(input: $input) {
    version
    drafted
    content {
      summary
      signer {
        title
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DrToTrinhUpdateMutation, DrToTrinhUpdateMutationVariables>;
export const AwNoRoundCreateDocument = new TypedDocumentString(`
    mutation AwNoRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwNoRoundCreateMutation, AwNoRoundCreateMutationVariables>;
export const AwNoDossierCreateDocument = new TypedDocumentString(`
    mutation AwNoDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AwNoDossierCreateMutation, AwNoDossierCreateMutationVariables>;
export const AwNoPersonDocument = new TypedDocumentString(`
    mutation AwNoPerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwNoPersonMutation, AwNoPersonMutationVariables>;
export const AwNoEvalDocument = new TypedDocumentString(`
    mutation AwNoEval($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwNoEvalMutation, AwNoEvalMutationVariables>;
export const AwNoNomineeAddDocument = new TypedDocumentString(`
    mutation AwNoNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AwNoNomineeAddMutation, AwNoNomineeAddMutationVariables>;
export const AwNoDocumentWriteDocument = new TypedDocumentString(`
    mutation AwNoDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AwNoDocumentWriteMutation, AwNoDocumentWriteMutationVariables>;
export const AwNoSubmitDocument = new TypedDocumentString(`
    mutation AwNoSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwNoSubmitMutation, AwNoSubmitMutationVariables>;
export const AwNoRulesDocument = new TypedDocumentString(`
    query AwNoRules($awardCode: String, $inForceOn: Date) {
  awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {
    id
    legalDocument {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AwNoRulesQuery, AwNoRulesQueryVariables>;
export const AwNoRuleCreateDocument = new TypedDocumentString(`
    mutation AwNoRuleCreate($input: CreateAwardRuleVersionInput!) {
  createAwardRuleVersion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwNoRuleCreateMutation, AwNoRuleCreateMutationVariables>;
export const AwNoCreateDayDocument = new TypedDocumentString(`
    mutation AwNoCreateDay($input: CreateCalendarDayInput!) {
  createCalendarDay(input: $input) {
    id
    version
    date
  }
}
    `) as unknown as TypedDocumentString<AwNoCreateDayMutation, AwNoCreateDayMutationVariables>;
export const AwNoDeleteDayDocument = new TypedDocumentString(`
    mutation AwNoDeleteDay($input: DeleteCalendarDayInput!) {
  deleteCalendarDay(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwNoDeleteDayMutation, AwNoDeleteDayMutationVariables>;
export const AwNoAddDaysDocument = new TypedDocumentString(`
    query AwNoAddDays($start: Date!, $days: Int!) {
  addWorkingDays(start: $start, days: $days) {
    date
  }
}
    `) as unknown as TypedDocumentString<AwNoAddDaysQuery, AwNoAddDaysQueryVariables>;
export const AwNoPublishDocument = new TypedDocumentString(`
    mutation AwNoPublish($input: PublishAwardNoticeInput!) {
  publishAwardNotice(input: $input) {
    id
    version
    title
    required
    workingDays
    articles
    startsOn
    endsOn
    status
    phase
    publicPath
    nominees {
      position
      nominationId
      name
      detail
      awardName
      required
    }
  }
}
    `) as unknown as TypedDocumentString<AwNoPublishMutation, AwNoPublishMutationVariables>;
export const AwNoCloseDocument = new TypedDocumentString(`
    mutation AwNoClose($input: CloseAwardNoticeInput!) {
  closeAwardNotice(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwNoCloseMutation, AwNoCloseMutationVariables>;
export const AwNoHandleDocument = new TypedDocumentString(`
    mutation AwNoHandle($input: HandleNoticeCommentInput!) {
  handleNoticeComment(input: $input) {
    id
    version
    outcome
    handling
    handledByName
  }
}
    `) as unknown as TypedDocumentString<AwNoHandleMutation, AwNoHandleMutationVariables>;
export const AwNoNoticeDocument = new TypedDocumentString(`
    query AwNoNotice($dossierId: ID!) {
  awardNotice(dossierId: $dossierId) {
    id
    version
    status
    phase
    required
    endsOn
    unhandledCount
    canManage
    counts {
      kind
      count
    }
    comments(first: 50) {
      totalCount
      edges {
        node {
          id
          version
          kind
          nomineeLabel
          text
          authorName
          contact
          outcome
          handling
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwNoNoticeQuery, AwNoNoticeQueryVariables>;
export const AwNoDossierDocument = new TypedDocumentString(`
    query AwNoDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    noticeRequirement {
      required
      workingDays
      articles
      nominees
    }
    notice {
      id
      phase
    }
    events {
      action
      notice {
        noticeId
        required
        workingDays
        startsOn
        endsOn
        closedAt
        nominees
        counts {
          kind
          count
        }
        comments {
          kind
          nominee
          excerpt
          outcome
          handling
          handledBy
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwNoDossierQuery, AwNoDossierQueryVariables>;
export const AwNoPublicListDocument = new TypedDocumentString(`
    query AwNoPublicList($search: String) {
  publicAwardNotices(first: 20, search: $search) {
    totalCount
    edges {
      node {
        id
        title
        unitName
        startsOn
        endsOn
        workingDays
        articles
        acceptingComments
        nominees {
          position
          subject
          name
          detail
          awardName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwNoPublicListQuery, AwNoPublicListQueryVariables>;
export const AwNoPublicOneDocument = new TypedDocumentString(`
    query AwNoPublicOne($id: ID!) {
  publicAwardNotice(id: $id) {
    id
    title
    acceptingComments
  }
}
    `) as unknown as TypedDocumentString<AwNoPublicOneQuery, AwNoPublicOneQueryVariables>;
export const AwNoCommentDocument = new TypedDocumentString(`
    mutation AwNoComment($input: SubmitNoticeCommentInput!) {
  submitNoticeComment(input: $input) {
    kind
    nomineeLabel
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<AwNoCommentMutation, AwNoCommentMutationVariables>;
export const RulesKindsDocument = new TypedDocumentString(`
    query RulesKinds($provinceUnitId: ID) {
  awardKinds(provinceUnitId: $provinceUnitId) {
    id
    code
    name
    national
    version
    canManage
    provinceUnit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RulesKindsQuery, RulesKindsQueryVariables>;
export const RulesVersionsDocument = new TypedDocumentString(`
    query RulesVersions($awardCode: String, $inForceOn: Date, $provinceUnitId: ID) {
  awardRuleVersions(
    awardCode: $awardCode
    inForceOn: $inForceOn
    provinceUnitId: $provinceUnitId
  ) {
    id
    awardCode
    track
    effectiveFrom
    effectiveTo
    national
    shipped
    edited
    uncertain
    version
    canManage
    note
    legalDocument {
      id
      number
    }
    decidedBy {
      text
      level
      uncertain
    }
    vote {
      required
      thresholdOfMembership
      uncertain
    }
    publicNotice {
      required
      workingDays
    }
    dossier {
      document
      form
      uncertain
    }
    rewards {
      subject
      multiplier
    }
    conditions {
      type
      sentence
      uncertain
      conditions {
        type
        sentence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RulesVersionsQuery, RulesVersionsQueryVariables>;
export const RulesParamsDocument = new TypedDocumentString(`
    query RulesParams($key: RuleParameterKey, $inForceOn: Date, $provinceUnitId: ID) {
  ruleParameters(
    key: $key
    inForceOn: $inForceOn
    provinceUnitId: $provinceUnitId
  ) {
    id
    key
    value
    effectiveFrom
    effectiveTo
    national
    uncertain
    version
    canManage
    legalDocument {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<RulesParamsQuery, RulesParamsQueryVariables>;
export const RulesCreateParamDocument = new TypedDocumentString(`
    mutation RulesCreateParam($input: CreateRuleParameterInput!) {
  createRuleParameter(input: $input) {
    id
    value
    effectiveFrom
    effectiveTo
    national
    version
    canManage
  }
}
    `) as unknown as TypedDocumentString<RulesCreateParamMutation, RulesCreateParamMutationVariables>;
export const RulesUpdateParamDocument = new TypedDocumentString(`
    mutation RulesUpdateParam($input: UpdateRuleParameterInput!) {
  updateRuleParameter(input: $input) {
    id
    value
    version
  }
}
    `) as unknown as TypedDocumentString<RulesUpdateParamMutation, RulesUpdateParamMutationVariables>;
export const RulesCreateRuleDocument = new TypedDocumentString(`
    mutation RulesCreateRule($input: CreateAwardRuleVersionInput!) {
  createAwardRuleVersion(input: $input) {
    id
    effectiveFrom
    effectiveTo
    national
    edited
    version
    conditions {
      type
      sentence
    }
  }
}
    `) as unknown as TypedDocumentString<RulesCreateRuleMutation, RulesCreateRuleMutationVariables>;
export const RulesUpdateRuleDocument = new TypedDocumentString(`
    mutation RulesUpdateRule($input: UpdateAwardRuleVersionInput!) {
  updateAwardRuleVersion(input: $input) {
    id
    note
    edited
    version
  }
}
    `) as unknown as TypedDocumentString<RulesUpdateRuleMutation, RulesUpdateRuleMutationVariables>;
export const RulesCreateKindDocument = new TypedDocumentString(`
    mutation RulesCreateKind($input: CreateAwardKindInput!) {
  createAwardKind(input: $input) {
    id
    code
    national
    version
  }
}
    `) as unknown as TypedDocumentString<RulesCreateKindMutation, RulesCreateKindMutationVariables>;
export const RulesUpdateKindDocument = new TypedDocumentString(`
    mutation RulesUpdateKind($input: UpdateAwardKindInput!) {
  updateAwardKind(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<RulesUpdateKindMutation, RulesUpdateKindMutationVariables>;
export const RulesPreviewDocument = new TypedDocumentString(`
    query RulesPreview($input: PreviewEligibilityInput!) {
  previewEligibility(input: $input) {
    awardName
    basis
    verdict
    ruleVersionId
    checks {
      key
      code
      principle
      met
      label
      basis
      used {
        kind
        text
        counted
      }
      children {
        key
        met
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RulesPreviewQuery, RulesPreviewQueryVariables>;
export const RulesAuditDocument = new TypedDocumentString(`
    query RulesAudit($filter: AuditFilter) {
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
    `) as unknown as TypedDocumentString<RulesAuditQuery, RulesAuditQueryVariables>;
export const AwElRoundCreateDocument = new TypedDocumentString(`
    mutation AwElRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwElRoundCreateMutation, AwElRoundCreateMutationVariables>;
export const AwElDossierCreateDocument = new TypedDocumentString(`
    mutation AwElDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AwElDossierCreateMutation, AwElDossierCreateMutationVariables>;
export const AwElNomineeAddDocument = new TypedDocumentString(`
    mutation AwElNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
      awardCode
      awardName
      initiativeIds
      eligibility {
        verdict
        on
        year
        stage
        ruleVersionId
        basis
        manualReason
        checks {
          key
          code
          principle
          met
          label
          basis
          uncertain
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwElNomineeAddMutation, AwElNomineeAddMutationVariables>;
export const AwElDocumentWriteDocument = new TypedDocumentString(`
    mutation AwElDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AwElDocumentWriteMutation, AwElDocumentWriteMutationVariables>;
export const AwElSubmitDocument = new TypedDocumentString(`
    mutation AwElSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
    status
    clock
    dueOn
    deadlineStatus
  }
}
    `) as unknown as TypedDocumentString<AwElSubmitMutation, AwElSubmitMutationVariables>;
export const AwElWithdrawDocument = new TypedDocumentString(`
    mutation AwElWithdraw($input: WithdrawAwardDossierInput!) {
  withdrawAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwElWithdrawMutation, AwElWithdrawMutationVariables>;
export const AwElDossierDocument = new TypedDocumentString(`
    query AwElDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    clock
    dueOn
    deadlineStatus
    nominees {
      id
      name
      eligibility {
        verdict
        stage
        on
        basis
        ruleVersionId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwElDossierQuery, AwElDossierQueryVariables>;
export const AwElInboxDocument = new TypedDocumentString(`
    query AwElInbox($filter: AwardDossierFilter) {
  awardDossierInbox(filter: $filter, first: 50) {
    edges {
      node {
        id
        dueOn
        deadlineStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwElInboxQuery, AwElInboxQueryVariables>;
export const AwElEvalDocument = new TypedDocumentString(`
    mutation AwElEval($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwElEvalMutation, AwElEvalMutationVariables>;
export const AwElHoldDocument = new TypedDocumentString(`
    mutation AwElHold($input: CreateHoldInput!) {
  createHold(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwElHoldMutation, AwElHoldMutationVariables>;
export const AwElInitiativeDocument = new TypedDocumentString(`
    mutation AwElInitiative($input: CreateInitiativeInput!) {
  createInitiative(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwElInitiativeMutation, AwElInitiativeMutationVariables>;
export const AwElInitiativeReadDocument = new TypedDocumentString(`
    query AwElInitiativeRead($id: ID!) {
  initiative(id: $id) {
    id
    usedFor {
      awardName
      year
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<AwElInitiativeReadQuery, AwElInitiativeReadQueryVariables>;
export const AwElRulesDocument = new TypedDocumentString(`
    query AwElRules($awardCode: String, $inForceOn: Date) {
  awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {
    id
    legalDocument {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AwElRulesQuery, AwElRulesQueryVariables>;
export const AwElRuleCreateDocument = new TypedDocumentString(`
    mutation AwElRuleCreate($input: CreateAwardRuleVersionInput!) {
  createAwardRuleVersion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwElRuleCreateMutation, AwElRuleCreateMutationVariables>;
export const AwRoundCreateDocument = new TypedDocumentString(`
    mutation AwRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
    version
    kind
    track
    status
    deadline
    decidingAuthority
    awardForms
    quotas {
      form
      either
    }
    canManage
  }
}
    `) as unknown as TypedDocumentString<AwRoundCreateMutation, AwRoundCreateMutationVariables>;
export const AwDossierCreateDocument = new TypedDocumentString(`
    mutation AwDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
    status
    canEdit
    events {
      action
      toStatus
    }
  }
}
    `) as unknown as TypedDocumentString<AwDossierCreateMutation, AwDossierCreateMutationVariables>;
export const AwNomineeAddDocument = new TypedDocumentString(`
    mutation AwNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
      awardName
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<AwNomineeAddMutation, AwNomineeAddMutationVariables>;
export const AwNomineeUpdateDocument = new TypedDocumentString(`
    mutation AwNomineeUpdate($input: UpdateNomineeInput!) {
  updateAwardNominee(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AwNomineeUpdateMutation, AwNomineeUpdateMutationVariables>;
export const AwNomineeRemoveDocument = new TypedDocumentString(`
    mutation AwNomineeRemove($input: RemoveNomineeInput!) {
  removeAwardNominee(input: $input) {
    id
    version
    nominees {
      id
    }
    documents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AwNomineeRemoveMutation, AwNomineeRemoveMutationVariables>;
export const AwDocumentWriteDocument = new TypedDocumentString(`
    mutation AwDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
    missingDocuments
  }
}
    `) as unknown as TypedDocumentString<AwDocumentWriteMutation, AwDocumentWriteMutationVariables>;
export const AwSubmitDocument = new TypedDocumentString(`
    mutation AwSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
    status
    late
  }
}
    `) as unknown as TypedDocumentString<AwSubmitMutation, AwSubmitMutationVariables>;
export const AwReceiveDocument = new TypedDocumentString(`
    mutation AwReceive($input: AwardDossierRefInput!) {
  receiveAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwReceiveMutation, AwReceiveMutationVariables>;
export const AwReturnDocument = new TypedDocumentString(`
    mutation AwReturn($input: ReturnAwardDossierInput!) {
  returnAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwReturnMutation, AwReturnMutationVariables>;
export const AwAppraiseDocument = new TypedDocumentString(`
    mutation AwAppraise($input: AppraiseAwardDossierInput!) {
  appraiseAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwAppraiseMutation, AwAppraiseMutationVariables>;
export const AwForwardDocument = new TypedDocumentString(`
    mutation AwForward($input: AwardDossierRefInput!) {
  forwardAwardDossierToCouncil(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AwForwardMutation, AwForwardMutationVariables>;
export const AwDossierDocument = new TypedDocumentString(`
    query AwDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    late
    firstSubmittedAt
    canEdit
    availableActions
    missingDocuments
    quotaFindings {
      form
      used
      limit
      over
    }
    nominees {
      id
      name
      subject
      awardName
      achievements
      appraisalVerdict
      eligibilityChecked
    }
    documents {
      id
      kind
      nominationId
      fileName
      downloadPath
      text
    }
    events {
      action
      fromStatus
      toStatus
      reason
      late
      remarks {
        nominationId
        documentId
        label
        remark
      }
      appraisal {
        name
        verdict
      }
      changes {
        nomineesAdded
        nomineesRemoved
        nomineesEdited
        documentsAdded
        documentsRemoved
        documentsReplaced
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwDossierQuery, AwDossierQueryVariables>;
export const AwInboxDocument = new TypedDocumentString(`
    query AwInbox($filter: AwardDossierFilter) {
  awardDossierInbox(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwInboxQuery, AwInboxQueryVariables>;
export const AwOwnDocument = new TypedDocumentString(`
    query AwOwn($filter: AwardDossierFilter) {
  awardDossiers(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwOwnQuery, AwOwnQueryVariables>;
export const AwRoundDocument = new TypedDocumentString(`
    query AwRound($id: ID!) {
  awardRound(id: $id) {
    kind
    track
    status
    deadline
    decidingAuthority
    awardForms
    quotas {
      form
      either
    }
    canManage
    receivingUnit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AwRoundQuery, AwRoundQueryVariables>;
export const AwRecallDocument = new TypedDocumentString(`
    mutation AwRecall($input: AwardDossierRefInput!) {
  recallAwardDossier(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwRecallMutation, AwRecallMutationVariables>;
export const AwEscalateDocument = new TypedDocumentString(`
    mutation AwEscalate($input: EscalateAwardDossierInput!) {
  escalateAwardDossier(input: $input) {
    id
    status
    originDossierId
    unit {
      id
    }
    nominees {
      name
      awardName
      originNominationId
    }
    documents {
      kind
      nominationId
      originDocumentId
      downloadPath
    }
    events {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<AwEscalateMutation, AwEscalateMutationVariables>;
export const CalendarYearsDocument = new TypedDocumentString(`
    query CalendarYears {
  workingCalendarYears {
    year
    source
  }
}
    `) as unknown as TypedDocumentString<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarYearDocument = new TypedDocumentString(`
    query CalendarYear($year: Int!) {
  workingCalendar(year: $year) {
    year
    defined
    source
    note
    workingDayCount
    provisionalCount
    canManage
    days {
      id
      date
      weekday
      kind
      name
      note
      source
      provisional
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarYearQuery, CalendarYearQueryVariables>;
export const CalendarAddDocument = new TypedDocumentString(`
    query CalendarAdd($start: Date!, $days: Int!) {
  addWorkingDays(start: $start, days: $days) {
    date
    provisional
    missingYears
  }
}
    `) as unknown as TypedDocumentString<CalendarAddQuery, CalendarAddQueryVariables>;
export const CalendarBetweenDocument = new TypedDocumentString(`
    query CalendarBetween($from: Date!, $to: Date!) {
  workingDaysBetween(from: $from, to: $to) {
    days
    provisional
    missingYears
  }
}
    `) as unknown as TypedDocumentString<CalendarBetweenQuery, CalendarBetweenQueryVariables>;
export const CalendarGenerateDocument = new TypedDocumentString(`
    mutation CalendarGenerate($input: GenerateCalendarYearInput!) {
  generateCalendarYear(input: $input) {
    year
    defined
    source
    note
    days {
      id
      date
      kind
      name
      source
      provisional
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarGenerateMutation, CalendarGenerateMutationVariables>;
export const CalendarCreateDayDocument = new TypedDocumentString(`
    mutation CalendarCreateDay($input: CreateCalendarDayInput!) {
  createCalendarDay(input: $input) {
    id
    date
    weekday
    kind
    name
    source
    version
  }
}
    `) as unknown as TypedDocumentString<CalendarCreateDayMutation, CalendarCreateDayMutationVariables>;
export const CalendarUpdateDayDocument = new TypedDocumentString(`
    mutation CalendarUpdateDay($input: UpdateCalendarDayInput!) {
  updateCalendarDay(input: $input) {
    id
    date
    name
    note
    provisional
    source
    version
  }
}
    `) as unknown as TypedDocumentString<CalendarUpdateDayMutation, CalendarUpdateDayMutationVariables>;
export const CalendarDeleteDayDocument = new TypedDocumentString(`
    mutation CalendarDeleteDay($input: DeleteCalendarDayInput!) {
  deleteCalendarDay(input: $input) {
    id
    date
  }
}
    `) as unknown as TypedDocumentString<CalendarDeleteDayMutation, CalendarDeleteDayMutationVariables>;
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
export const CiRoundDocument = new TypedDocumentString(`
    query CiRound($id: ID!) {
  councilVotingRound(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiRoundQuery, CiRoundQueryVariables>;
export const CiOpenDocument = new TypedDocumentString(`
    mutation CiOpen($input: OpenCouncilVotingRoundInput!) {
  openCouncilVotingRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiOpenMutation, CiOpenMutationVariables>;
export const CiCodesDocument = new TypedDocumentString(`
    mutation CiCodes($input: CouncilRoundRefInput!) {
  generateCouncilVotingCodes(input: $input) {
    codes
  }
}
    `) as unknown as TypedDocumentString<CiCodesMutation, CiCodesMutationVariables>;
export const CiCloseDocument = new TypedDocumentString(`
    mutation CiClose($input: CouncilRoundRefInput!) {
  closeCouncilVotingRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiCloseMutation, CiCloseMutationVariables>;
export const CiTallyDocument = new TypedDocumentString(`
    mutation CiTally($input: CouncilRoundRefInput!) {
  tallyCouncilVotingRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiTallyMutation, CiTallyMutationVariables>;
export const CiConfirmDocument = new TypedDocumentString(`
    mutation CiConfirm($input: CouncilRoundRefInput!) {
  confirmPaperTally(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiConfirmMutation, CiConfirmMutationVariables>;
export const CiDecideDocument = new TypedDocumentString(`
    mutation CiDecide($input: DecideCouncilTieInput!) {
  decideCouncilTie(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiDecideMutation, CiDecideMutationVariables>;
export const CiSecondDocument = new TypedDocumentString(`
    mutation CiSecond($input: OpenCouncilSecondRoundInput!) {
  openCouncilSecondRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiSecondMutation, CiSecondMutationVariables>;
export const CiEnterDocument = new TypedDocumentString(`
    mutation CiEnter($input: EnterPaperTallyInput!) {
  enterPaperTally(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiEnterMutation, CiEnterMutationVariables>;
export const CiScanDocument = new TypedDocumentString(`
    mutation CiScan($input: AttachPaperTallyScanInput!) {
  attachPaperTallyScan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiScanMutation, CiScanMutationVariables>;
export const CiWrittenDocument = new TypedDocumentString(`
    mutation CiWritten($input: RecordWrittenOpinionsInput!) {
  recordWrittenOpinions(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CiWrittenMutation, CiWrittenMutationVariables>;
export const CiIssueDocument = new TypedDocumentString(`
    mutation CiIssue($input: IssueCouncilVotingTokenInput!) {
  issueCouncilVotingToken(input: $input) {
    blindSignature
  }
}
    `) as unknown as TypedDocumentString<CiIssueMutation, CiIssueMutationVariables>;
export const CsBlindKeyDocument = new TypedDocumentString(`
    query CsBlindKey($id: ID!) {
  councilVotingRound(id: $id) {
    blindKey {
      kty
      n
      e
    }
  }
}
    `) as unknown as TypedDocumentString<CsBlindKeyQuery, CsBlindKeyQueryVariables>;
export const CsIssueDocument = new TypedDocumentString(`
    mutation CsIssue($input: IssueCouncilVotingTokenInput!) {
  issueCouncilVotingToken(input: $input) {
    blindSignature
  }
}
    `) as unknown as TypedDocumentString<CsIssueMutation, CsIssueMutationVariables>;
export const CsWrittenDocument = new TypedDocumentString(`
    mutation CsWritten($input: RecordWrittenOpinionsInput!) {
  recordWrittenOpinions(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CsWrittenMutation, CsWrittenMutationVariables>;
export const CvRoundDocument = new TypedDocumentString(`
    query CvRound($id: ID!) {
  councilVotingRound(id: $id) {
    id
    castCount
    blindKey {
      kty
      n
      e
    }
    results {
      agendaItemId
      agree
    }
  }
}
    `) as unknown as TypedDocumentString<CvRoundQuery, CvRoundQueryVariables>;
export const CvCodesDocument = new TypedDocumentString(`
    mutation CvCodes($input: CouncilRoundRefInput!) {
  generateCouncilVotingCodes(input: $input) {
    codes
  }
}
    `) as unknown as TypedDocumentString<CvCodesMutation, CvCodesMutationVariables>;
export const CvOpenDocument = new TypedDocumentString(`
    mutation CvOpen($input: OpenCouncilVotingRoundInput!) {
  openCouncilVotingRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CvOpenMutation, CvOpenMutationVariables>;
export const CvWrittenDocument = new TypedDocumentString(`
    mutation CvWritten($input: RecordWrittenOpinionsInput!) {
  recordWrittenOpinions(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CvWrittenMutation, CvWrittenMutationVariables>;
export const CvIssueDocument = new TypedDocumentString(`
    mutation CvIssue($input: IssueCouncilVotingTokenInput!) {
  issueCouncilVotingToken(input: $input) {
    blindSignature
  }
}
    `) as unknown as TypedDocumentString<CvIssueMutation, CvIssueMutationVariables>;
export const CvEnterDocument = new TypedDocumentString(`
    mutation CvEnter($input: EnterPaperTallyInput!) {
  enterPaperTally(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CvEnterMutation, CvEnterMutationVariables>;
export const CvConfirmDocument = new TypedDocumentString(`
    mutation CvConfirm($input: CouncilRoundRefInput!) {
  confirmPaperTally(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CvConfirmMutation, CvConfirmMutationVariables>;
export const CvDecideDocument = new TypedDocumentString(`
    mutation CvDecide($input: DecideCouncilTieInput!) {
  decideCouncilTie(input: $input) {
    id
    results {
      rank
      withinQuota
    }
  }
}
    `) as unknown as TypedDocumentString<CvDecideMutation, CvDecideMutationVariables>;
export const CvSecondDocument = new TypedDocumentString(`
    mutation CvSecond($input: OpenCouncilSecondRoundInput!) {
  openCouncilSecondRound(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<CvSecondMutation, CvSecondMutationVariables>;
export const CnAuditCreateDocument = new TypedDocumentString(`
    mutation CnAuditCreate($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
    version
    name
  }
}
    `) as unknown as TypedDocumentString<CnAuditCreateMutation, CnAuditCreateMutationVariables>;
export const CnAuditUpdateDocument = new TypedDocumentString(`
    mutation CnAuditUpdate($input: UpdateCouncilInput!) {
  updateCouncil(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnAuditUpdateMutation, CnAuditUpdateMutationVariables>;
export const CnAuditMemberAddDocument = new TypedDocumentString(`
    mutation CnAuditMemberAdd($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnAuditMemberAddMutation, CnAuditMemberAddMutationVariables>;
export const CnAuditMemberUpdateDocument = new TypedDocumentString(`
    mutation CnAuditMemberUpdate($input: UpdateCouncilMemberInput!) {
  updateCouncilMember(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnAuditMemberUpdateMutation, CnAuditMemberUpdateMutationVariables>;
export const CnAuditSessionCreateDocument = new TypedDocumentString(`
    mutation CnAuditSessionCreate($input: CreateCouncilSessionInput!) {
  createCouncilSession(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnAuditSessionCreateMutation, CnAuditSessionCreateMutationVariables>;
export const CnScopeCreateDocument = new TypedDocumentString(`
    mutation CnScopeCreate($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
    version
    name
  }
}
    `) as unknown as TypedDocumentString<CnScopeCreateMutation, CnScopeCreateMutationVariables>;
export const CnScopeUpdateDocument = new TypedDocumentString(`
    mutation CnScopeUpdate($input: UpdateCouncilInput!) {
  updateCouncil(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnScopeUpdateMutation, CnScopeUpdateMutationVariables>;
export const CnScopeMemberAddDocument = new TypedDocumentString(`
    mutation CnScopeMemberAdd($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnScopeMemberAddMutation, CnScopeMemberAddMutationVariables>;
export const CnScopeMemberUpdateDocument = new TypedDocumentString(`
    mutation CnScopeMemberUpdate($input: UpdateCouncilMemberInput!) {
  updateCouncilMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeMemberUpdateMutation, CnScopeMemberUpdateMutationVariables>;
export const CnScopeMemberRemoveDocument = new TypedDocumentString(`
    mutation CnScopeMemberRemove($input: CouncilMemberRefInput!) {
  removeCouncilMember(input: $input)
}
    `) as unknown as TypedDocumentString<CnScopeMemberRemoveMutation, CnScopeMemberRemoveMutationVariables>;
export const CnScopeCouncilDocument = new TypedDocumentString(`
    query CnScopeCouncil($id: ID!) {
  council(id: $id) {
    id
    canManage
    members {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<CnScopeCouncilQuery, CnScopeCouncilQueryVariables>;
export const CnScopeCouncilsDocument = new TypedDocumentString(`
    query CnScopeCouncils($unitId: ID) {
  councils(unitId: $unitId, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CnScopeCouncilsQuery, CnScopeCouncilsQueryVariables>;
export const CnScopeSessionCreateDocument = new TypedDocumentString(`
    mutation CnScopeSessionCreate($input: CreateCouncilSessionInput!) {
  createCouncilSession(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnScopeSessionCreateMutation, CnScopeSessionCreateMutationVariables>;
export const CnScopeSessionUpdateDocument = new TypedDocumentString(`
    mutation CnScopeSessionUpdate($input: UpdateCouncilSessionInput!) {
  updateCouncilSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeSessionUpdateMutation, CnScopeSessionUpdateMutationVariables>;
export const CnScopeSessionDeleteDocument = new TypedDocumentString(`
    mutation CnScopeSessionDelete($input: CouncilSessionRefInput!) {
  deleteCouncilSession(input: $input)
}
    `) as unknown as TypedDocumentString<CnScopeSessionDeleteMutation, CnScopeSessionDeleteMutationVariables>;
export const CnScopeStartDocument = new TypedDocumentString(`
    mutation CnScopeStart($input: CouncilSessionRefInput!) {
  startCouncilSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeStartMutation, CnScopeStartMutationVariables>;
export const CnScopeAttendDocument = new TypedDocumentString(`
    mutation CnScopeAttend($input: SetCouncilAttendanceInput!) {
  setCouncilAttendance(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnScopeAttendMutation, CnScopeAttendMutationVariables>;
export const CnScopeGuestAddDocument = new TypedDocumentString(`
    mutation CnScopeGuestAdd($input: AddCouncilGuestInput!) {
  addCouncilGuest(input: $input) {
    id
    version
    guests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CnScopeGuestAddMutation, CnScopeGuestAddMutationVariables>;
export const CnScopeGuestRemoveDocument = new TypedDocumentString(`
    mutation CnScopeGuestRemove($input: RemoveCouncilGuestInput!) {
  removeCouncilGuest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeGuestRemoveMutation, CnScopeGuestRemoveMutationVariables>;
export const CnScopeAgendaAddDocument = new TypedDocumentString(`
    mutation CnScopeAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {
  addCouncilAgendaFromRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeAgendaAddMutation, CnScopeAgendaAddMutationVariables>;
export const CnScopeAgendaRemoveDocument = new TypedDocumentString(`
    mutation CnScopeAgendaRemove($input: RemoveCouncilAgendaItemInput!) {
  removeCouncilAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeAgendaRemoveMutation, CnScopeAgendaRemoveMutationVariables>;
export const CnScopeAgendaMoveDocument = new TypedDocumentString(`
    mutation CnScopeAgendaMove($input: MoveCouncilAgendaItemInput!) {
  moveCouncilAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnScopeAgendaMoveMutation, CnScopeAgendaMoveMutationVariables>;
export const CnScopeSessionDocument = new TypedDocumentString(`
    query CnScopeSession($id: ID!) {
  councilSession(id: $id) {
    id
    canManage
    council {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CnScopeSessionQuery, CnScopeSessionQueryVariables>;
export const CnScopeSessionsDocument = new TypedDocumentString(`
    query CnScopeSessions($councilId: ID) {
  councilSessions(councilId: $councilId, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CnScopeSessionsQuery, CnScopeSessionsQueryVariables>;
export const CnCreateDocument = new TypedDocumentString(`
    mutation CnCreate($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
    version
    name
    quorumShare
    awardPresenceShare
    proxiesAllowed
    active
    canManage
    unit {
      id
    }
    standingUnit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CnCreateMutation, CnCreateMutationVariables>;
export const CnUpdateDocument = new TypedDocumentString(`
    mutation CnUpdate($input: UpdateCouncilInput!) {
  updateCouncil(input: $input) {
    id
    version
    proxiesAllowed
    awardPresenceShare
  }
}
    `) as unknown as TypedDocumentString<CnUpdateMutation, CnUpdateMutationVariables>;
export const CnMemberAddDocument = new TypedDocumentString(`
    mutation CnMemberAdd($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    id
    version
    role
    from
    to
    fullName
  }
}
    `) as unknown as TypedDocumentString<CnMemberAddMutation, CnMemberAddMutationVariables>;
export const CnMemberUpdateDocument = new TypedDocumentString(`
    mutation CnMemberUpdate($input: UpdateCouncilMemberInput!) {
  updateCouncilMember(input: $input) {
    id
    version
    to
  }
}
    `) as unknown as TypedDocumentString<CnMemberUpdateMutation, CnMemberUpdateMutationVariables>;
export const CnMemberRemoveDocument = new TypedDocumentString(`
    mutation CnMemberRemove($input: CouncilMemberRefInput!) {
  removeCouncilMember(input: $input)
}
    `) as unknown as TypedDocumentString<CnMemberRemoveMutation, CnMemberRemoveMutationVariables>;
export const CnCouncilDocument = new TypedDocumentString(`
    query CnCouncil($id: ID!, $on: Date) {
  council(id: $id) {
    id
    name
    members(on: $on) {
      id
      fullName
      role
      title
      from
      to
      person {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CnCouncilQuery, CnCouncilQueryVariables>;
export const CnCouncilsDocument = new TypedDocumentString(`
    query CnCouncils($unitId: ID, $search: String) {
  councils(unitId: $unitId, search: $search, first: 100) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CnCouncilsQuery, CnCouncilsQueryVariables>;
export const CnSessionCreateDocument = new TypedDocumentString(`
    mutation CnSessionCreate($input: CreateCouncilSessionInput!) {
  createCouncilSession(input: $input) {
    id
    version
    status
    members {
      memberId
      fullName
      role
      position
    }
  }
}
    `) as unknown as TypedDocumentString<CnSessionCreateMutation, CnSessionCreateMutationVariables>;
export const CnSessionUpdateDocument = new TypedDocumentString(`
    mutation CnSessionUpdate($input: UpdateCouncilSessionInput!) {
  updateCouncilSession(input: $input) {
    id
    version
    date
    members {
      memberId
    }
  }
}
    `) as unknown as TypedDocumentString<CnSessionUpdateMutation, CnSessionUpdateMutationVariables>;
export const CnSessionDeleteDocument = new TypedDocumentString(`
    mutation CnSessionDelete($input: CouncilSessionRefInput!) {
  deleteCouncilSession(input: $input)
}
    `) as unknown as TypedDocumentString<CnSessionDeleteMutation, CnSessionDeleteMutationVariables>;
export const CnSessionDocument = new TypedDocumentString(`
    query CnSession($id: ID!) {
  councilSession(id: $id) {
    id
    version
    status
    startedAt
    chair {
      fullName
    }
    secretary {
      fullName
    }
    awardRound {
      id
    }
    members {
      memberId
      fullName
      role
      position
      attendance
      writtenOpinion
      proxyMemberId
    }
    guests {
      id
      name
      title
    }
    agenda {
      id
      position
      nominationId
      candidateName
      awardCode
      awardName
      subject
      proposingUnitName
      voteRequired
      threshold
      female
      womenShare
    }
    quorum {
      members
      present
      proxies
      attending
      writtenOpinions
      absent
      unrecorded
      required
      met
      awardShare
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<CnSessionQuery, CnSessionQueryVariables>;
export const CnSessionsDocument = new TypedDocumentString(`
    query CnSessions($councilId: ID, $status: CouncilSessionStatus) {
  councilSessions(councilId: $councilId, status: $status, first: 50) {
    edges {
      node {
        id
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CnSessionsQuery, CnSessionsQueryVariables>;
export const CnAttendDocument = new TypedDocumentString(`
    mutation CnAttend($input: SetCouncilAttendanceInput!) {
  setCouncilAttendance(input: $input) {
    id
    version
    quorum {
      attending
      required
      met
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<CnAttendMutation, CnAttendMutationVariables>;
export const CnStartDocument = new TypedDocumentString(`
    mutation CnStart($input: CouncilSessionRefInput!) {
  startCouncilSession(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CnStartMutation, CnStartMutationVariables>;
export const CnGuestAddDocument = new TypedDocumentString(`
    mutation CnGuestAdd($input: AddCouncilGuestInput!) {
  addCouncilGuest(input: $input) {
    id
    version
    guests {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CnGuestAddMutation, CnGuestAddMutationVariables>;
export const CnGuestRemoveDocument = new TypedDocumentString(`
    mutation CnGuestRemove($input: RemoveCouncilGuestInput!) {
  removeCouncilGuest(input: $input) {
    id
    version
    guests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CnGuestRemoveMutation, CnGuestRemoveMutationVariables>;
export const CnAgendaAddDocument = new TypedDocumentString(`
    mutation CnAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {
  addCouncilAgendaFromRound(input: $input) {
    id
    version
    agenda {
      id
      position
      candidateName
    }
  }
}
    `) as unknown as TypedDocumentString<CnAgendaAddMutation, CnAgendaAddMutationVariables>;
export const CnAgendaRemoveDocument = new TypedDocumentString(`
    mutation CnAgendaRemove($input: RemoveCouncilAgendaItemInput!) {
  removeCouncilAgendaItem(input: $input) {
    id
    version
    agenda {
      id
      position
      candidateName
    }
  }
}
    `) as unknown as TypedDocumentString<CnAgendaRemoveMutation, CnAgendaRemoveMutationVariables>;
export const CnAgendaMoveDocument = new TypedDocumentString(`
    mutation CnAgendaMove($input: MoveCouncilAgendaItemInput!) {
  moveCouncilAgendaItem(input: $input) {
    id
    version
    agenda {
      id
      position
      candidateName
    }
  }
}
    `) as unknown as TypedDocumentString<CnAgendaMoveMutation, CnAgendaMoveMutationVariables>;
export const CnRoundCreateDocument = new TypedDocumentString(`
    mutation CnRoundCreate($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnRoundCreateMutation, CnRoundCreateMutationVariables>;
export const CnDossierCreateDocument = new TypedDocumentString(`
    mutation CnDossierCreate($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnDossierCreateMutation, CnDossierCreateMutationVariables>;
export const CnNomineeAddDocument = new TypedDocumentString(`
    mutation CnNomineeAdd($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    id
    version
    nominees {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CnNomineeAddMutation, CnNomineeAddMutationVariables>;
export const CnDocumentWriteDocument = new TypedDocumentString(`
    mutation CnDocumentWrite($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnDocumentWriteMutation, CnDocumentWriteMutationVariables>;
export const CnSubmitDocument = new TypedDocumentString(`
    mutation CnSubmit($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnSubmitMutation, CnSubmitMutationVariables>;
export const CnReceiveDocument = new TypedDocumentString(`
    mutation CnReceive($input: AwardDossierRefInput!) {
  receiveAwardDossier(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CnReceiveMutation, CnReceiveMutationVariables>;
export const CnAppraiseDocument = new TypedDocumentString(`
    mutation CnAppraise($input: AppraiseAwardDossierInput!) {
  appraiseAwardDossier(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CnAppraiseMutation, CnAppraiseMutationVariables>;
export const CnEvalDocument = new TypedDocumentString(`
    mutation CnEval($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnEvalMutation, CnEvalMutationVariables>;
export const CnAwardRecordDocument = new TypedDocumentString(`
    mutation CnAwardRecord($input: CreateAwardRecordInput!) {
  createAwardRecord(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnAwardRecordMutation, CnAwardRecordMutationVariables>;
export const CnCouncilStateDocument = new TypedDocumentString(`
    query CnCouncilState($id: ID!) {
  council(id: $id) {
    id
    version
    active
    endedOn
    standingUnit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CnCouncilStateQuery, CnCouncilStateQueryVariables>;
export const CnMergeDocument = new TypedDocumentString(`
    mutation CnMerge($input: MergeUnitsInput!) {
  mergeUnits(input: $input) {
    results {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CnMergeMutation, CnMergeMutationVariables>;
export const CnClusterCreateDocument = new TypedDocumentString(`
    mutation CnClusterCreate($input: CreateClusterInput!) {
  createCluster(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CnClusterCreateMutation, CnClusterCreateMutationVariables>;
export const CnClusterMemberDocument = new TypedDocumentString(`
    mutation CnClusterMember($input: AddClusterMemberInput!) {
  addClusterMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnClusterMemberMutation, CnClusterMemberMutationVariables>;
export const CnClusterLeadDocument = new TypedDocumentString(`
    mutation CnClusterLead($input: SetClusterLeadershipInput!) {
  setClusterLeadership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CnClusterLeadMutation, CnClusterLeadMutationVariables>;
export const DecAuditDraftDocument = new TypedDocumentString(`
    mutation DecAuditDraft($input: DraftAwardDecisionInput!) {
  draftAwardDecision(input: $input) {
    id
    version
    subject
    authority
    achievement
    bases
    rewardFunding
    rewardBasis
    executors
    receivers
    archive
    place
    recipients {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DecAuditDraftMutation, DecAuditDraftMutationVariables>;
export const DecAuditUpdateDocument = new TypedDocumentString(`
    mutation DecAuditUpdate($input: UpdateAwardDecisionInput!) {
  updateAwardDecision(input: $input) {
    id
    version
    rewardFunding
  }
}
    `) as unknown as TypedDocumentString<DecAuditUpdateMutation, DecAuditUpdateMutationVariables>;
export const DecAuditDeleteDocument = new TypedDocumentString(`
    mutation DecAuditDelete($input: AwardDecisionRefInput!) {
  deleteAwardDecision(input: $input)
}
    `) as unknown as TypedDocumentString<DecAuditDeleteMutation, DecAuditDeleteMutationVariables>;
export const DecAuditIssueDocument = new TypedDocumentString(`
    mutation DecAuditIssue($input: AwardDecisionRefInput!) {
  issueAwardDecision(input: $input) {
    id
    version
    status
    symbol
  }
}
    `) as unknown as TypedDocumentString<DecAuditIssueMutation, DecAuditIssueMutationVariables>;
export const DecListPageDocument = new TypedDocumentString(`
    query DecListPage($filter: AwardDecisionFilter, $sort: AwardDecisionSort, $first: Int!, $after: String) {
  awardDecisions(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DecListPageQuery, DecListPageQueryVariables>;
export const DecListDraftDocument = new TypedDocumentString(`
    mutation DecListDraft($input: DraftAwardDecisionInput!) {
  draftAwardDecision(input: $input) {
    id
    version
    subject
    authority
    achievement
    bases
    rewardFunding
    rewardBasis
    executors
    receivers
    archive
    place
  }
}
    `) as unknown as TypedDocumentString<DecListDraftMutation, DecListDraftMutationVariables>;
export const DecListUpdateDocument = new TypedDocumentString(`
    mutation DecListUpdate($input: UpdateAwardDecisionInput!) {
  updateAwardDecision(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecListUpdateMutation, DecListUpdateMutationVariables>;
export const DecListIssueDocument = new TypedDocumentString(`
    mutation DecListIssue($input: AwardDecisionRefInput!) {
  issueAwardDecision(input: $input) {
    id
    symbol
    decidedOn
    totalAmount
    recipients {
      id
      name
      goldBookNumber
      awardRecordId
    }
  }
}
    `) as unknown as TypedDocumentString<DecListIssueMutation, DecListIssueMutationVariables>;
export const DecScopeListDocument = new TypedDocumentString(`
    query DecScopeList($filter: AwardDecisionFilter) {
  awardDecisions(filter: $filter, first: 50) {
    edges {
      node {
        id
        canManage
        canIssue
        issuerUnit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DecScopeListQuery, DecScopeListQueryVariables>;
export const DecScopeOneDocument = new TypedDocumentString(`
    query DecScopeOne($id: ID!) {
  awardDecision(id: $id) {
    id
    recipients {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DecScopeOneQuery, DecScopeOneQueryVariables>;
export const DecScopeCandidatesDocument = new TypedDocumentString(`
    query DecScopeCandidates($roundId: ID!, $issuerUnitId: ID!) {
  awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {
    nominationId
  }
}
    `) as unknown as TypedDocumentString<DecScopeCandidatesQuery, DecScopeCandidatesQueryVariables>;
export const DecScopeDraftDocument = new TypedDocumentString(`
    mutation DecScopeDraft($input: DraftAwardDecisionInput!) {
  draftAwardDecision(input: $input) {
    id
    version
    subject
    authority
    achievement
    bases
    rewardFunding
    rewardBasis
    executors
    receivers
    archive
    place
  }
}
    `) as unknown as TypedDocumentString<DecScopeDraftMutation, DecScopeDraftMutationVariables>;
export const DecScopeUpdateDocument = new TypedDocumentString(`
    mutation DecScopeUpdate($input: UpdateAwardDecisionInput!) {
  updateAwardDecision(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecScopeUpdateMutation, DecScopeUpdateMutationVariables>;
export const DecScopeDeleteDocument = new TypedDocumentString(`
    mutation DecScopeDelete($input: AwardDecisionRefInput!) {
  deleteAwardDecision(input: $input)
}
    `) as unknown as TypedDocumentString<DecScopeDeleteMutation, DecScopeDeleteMutationVariables>;
export const DecScopeIssueDocument = new TypedDocumentString(`
    mutation DecScopeIssue($input: AwardDecisionRefInput!) {
  issueAwardDecision(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<DecScopeIssueMutation, DecScopeIssueMutationVariables>;
export const DecScopePrintDocument = new TypedDocumentString(`
    mutation DecScopePrint($decisionId: ID!) {
  printAwardCertificates(decisionId: $decisionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecScopePrintMutation, DecScopePrintMutationVariables>;
export const DecCandidatesDocument = new TypedDocumentString(`
    query DecCandidates($roundId: ID!, $issuerUnitId: ID!) {
  awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {
    nominationId
    name
    awardName
    dossierStatus
    decisionId
  }
}
    `) as unknown as TypedDocumentString<DecCandidatesQuery, DecCandidatesQueryVariables>;
export const DecDraftDocument = new TypedDocumentString(`
    mutation DecDraft($input: DraftAwardDecisionInput!) {
  draftAwardDecision(input: $input) {
    id
    version
    status
    awardName
    awardKind
    subject
    authority
    achievement
    bases
    proposal {
      by
      reference
    }
    rewardFunding
    rewardBasis
    executors
    receivers
    archive
    place
    number
    symbol
    totalAmount
    docxPath
    recipients {
      id
      nominationId
      displayName
      name
      detail
      multiplier
      baseSalary
      amount
      goldBookNumber
      certificateCode
    }
  }
}
    `) as unknown as TypedDocumentString<DecDraftMutation, DecDraftMutationVariables>;
export const DecUpdateDocument = new TypedDocumentString(`
    mutation DecUpdate($input: UpdateAwardDecisionInput!) {
  updateAwardDecision(input: $input) {
    id
    version
    signer {
      title
      name
    }
    recipients {
      id
      multiplier
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<DecUpdateMutation, DecUpdateMutationVariables>;
export const DecDeleteDocument = new TypedDocumentString(`
    mutation DecDelete($input: AwardDecisionRefInput!) {
  deleteAwardDecision(input: $input)
}
    `) as unknown as TypedDocumentString<DecDeleteMutation, DecDeleteMutationVariables>;
export const DecIssueDocument = new TypedDocumentString(`
    mutation DecIssue($input: AwardDecisionRefInput!) {
  issueAwardDecision(input: $input) {
    id
    version
    status
    number
    symbol
    decidedOn
    docxPath
    totalAmount
    recipients {
      id
      name
      amount
      baseSalary
      goldBookNumber
      certificateCode
      awardRecordId
    }
  }
}
    `) as unknown as TypedDocumentString<DecIssueMutation, DecIssueMutationVariables>;
export const DecPrintDocument = new TypedDocumentString(`
    mutation DecPrint($decisionId: ID!) {
  printAwardCertificates(decisionId: $decisionId) {
    id
    status
    total
  }
}
    `) as unknown as TypedDocumentString<DecPrintMutation, DecPrintMutationVariables>;
export const DecJobDocument = new TypedDocumentString(`
    query DecJob($id: ID!) {
  job(id: $id) {
    id
    status
    progress
    total
    message
    error
  }
}
    `) as unknown as TypedDocumentString<DecJobQuery, DecJobQueryVariables>;
export const DecOneDocument = new TypedDocumentString(`
    query DecOne($id: ID!) {
  awardDecision(id: $id) {
    id
    status
    certificates {
      docxPath
      pdfPath
      madeAt
    }
  }
}
    `) as unknown as TypedDocumentString<DecOneQuery, DecOneQueryVariables>;
export const DecDossierDocument = new TypedDocumentString(`
    query DecDossier($id: ID!) {
  awardDossier(id: $id) {
    id
    version
    status
    events {
      action
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DecDossierQuery, DecDossierQueryVariables>;
export const DecRecordsDocument = new TypedDocumentString(`
    query DecRecords($filter: AwardRecordFilter) {
  awardRecords(filter: $filter) {
    edges {
      node {
        id
        awardCode
        year
        decisionNumber
        decidedOn
        decidedBy
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DecRecordsQuery, DecRecordsQueryVariables>;
export const DecParamDocument = new TypedDocumentString(`
    mutation DecParam($input: CreateRuleParameterInput!) {
  createRuleParameter(input: $input) {
    id
    value
  }
}
    `) as unknown as TypedDocumentString<DecParamMutation, DecParamMutationVariables>;
export const DecVerifyDocument = new TypedDocumentString(`
    query DecVerify($code: String!) {
  verifyAwardCertificate(code: $code) {
    name
    unitName
    awardName
    year
    decisionNumber
    decidedOn
    issuerName
    goldBookNumber
  }
}
    `) as unknown as TypedDocumentString<DecVerifyQuery, DecVerifyQueryVariables>;
export const DecLookupDocument = new TypedDocumentString(`
    query DecLookup($name: String!, $unitName: String, $year: Int) {
  publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: 10) {
    totalCount
    edges {
      node {
        name
        unitName
        awardName
        year
        decisionNumber
        decidedOn
        issuerName
        goldBookNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DecLookupQuery, DecLookupQueryVariables>;
export const DecPublicFieldsDocument = new TypedDocumentString(`
    query DecPublicFields {
  __type(name: "PublicAward") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DecPublicFieldsQuery, DecPublicFieldsQueryVariables>;
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
export const RecAuditInitCreateDocument = new TypedDocumentString(`
    mutation RecAuditInitCreate($input: CreateInitiativeInput!) {
  createInitiative(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecAuditInitCreateMutation, RecAuditInitCreateMutationVariables>;
export const RecAuditAwardCreateDocument = new TypedDocumentString(`
    mutation RecAuditAwardCreate($input: CreateAwardRecordInput!) {
  createAwardRecord(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecAuditAwardCreateMutation, RecAuditAwardCreateMutationVariables>;
export const RecAuditAwardUpdateDocument = new TypedDocumentString(`
    mutation RecAuditAwardUpdate($input: UpdateAwardRecordInput!) {
  updateAwardRecord(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecAuditAwardUpdateMutation, RecAuditAwardUpdateMutationVariables>;
export const RecScopeEvalCreateDocument = new TypedDocumentString(`
    mutation RecScopeEvalCreate($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecScopeEvalCreateMutation, RecScopeEvalCreateMutationVariables>;
export const RecScopeEvalUpdateDocument = new TypedDocumentString(`
    mutation RecScopeEvalUpdate($input: UpdateEvaluationInput!) {
  updateEvaluation(input: $input) {
    id
    version
    grade
  }
}
    `) as unknown as TypedDocumentString<RecScopeEvalUpdateMutation, RecScopeEvalUpdateMutationVariables>;
export const RecScopeEvalDocument = new TypedDocumentString(`
    query RecScopeEval($id: ID!) {
  evaluation(id: $id) {
    id
    grade
    canEdit
  }
}
    `) as unknown as TypedDocumentString<RecScopeEvalQuery, RecScopeEvalQueryVariables>;
export const RecScopeEvalsDocument = new TypedDocumentString(`
    query RecScopeEvals($filter: EvaluationFilter) {
  evaluations(filter: $filter, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecScopeEvalsQuery, RecScopeEvalsQueryVariables>;
export const RecScopeHoldCreateDocument = new TypedDocumentString(`
    mutation RecScopeHoldCreate($input: CreateHoldInput!) {
  createHold(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecScopeHoldCreateMutation, RecScopeHoldCreateMutationVariables>;
export const RecScopeHoldDocument = new TypedDocumentString(`
    query RecScopeHold($id: ID!) {
  hold(id: $id) {
    id
    canEdit
  }
}
    `) as unknown as TypedDocumentString<RecScopeHoldQuery, RecScopeHoldQueryVariables>;
export const RecScopeHoldDeleteDocument = new TypedDocumentString(`
    mutation RecScopeHoldDelete($input: RecordRefInput!) {
  deleteHold(input: $input)
}
    `) as unknown as TypedDocumentString<RecScopeHoldDeleteMutation, RecScopeHoldDeleteMutationVariables>;
export const RecEvalCreateDocument = new TypedDocumentString(`
    mutation RecEvalCreate($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    id
    version
    subject
    personId
    subjectName
    year
    grade
    source
    canEdit
    unit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecEvalCreateMutation, RecEvalCreateMutationVariables>;
export const RecEvalUpdateDocument = new TypedDocumentString(`
    mutation RecEvalUpdate($input: UpdateEvaluationInput!) {
  updateEvaluation(input: $input) {
    id
    version
    grade
  }
}
    `) as unknown as TypedDocumentString<RecEvalUpdateMutation, RecEvalUpdateMutationVariables>;
export const RecEvalDeleteDocument = new TypedDocumentString(`
    mutation RecEvalDelete($input: RecordRefInput!) {
  deleteEvaluation(input: $input)
}
    `) as unknown as TypedDocumentString<RecEvalDeleteMutation, RecEvalDeleteMutationVariables>;
export const RecEvalsDocument = new TypedDocumentString(`
    query RecEvals($filter: EvaluationFilter, $first: Int) {
  evaluations(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        subjectName
        year
        grade
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecEvalsQuery, RecEvalsQueryVariables>;
export const RecAwardCreateDocument = new TypedDocumentString(`
    mutation RecAwardCreate($input: CreateAwardRecordInput!) {
  createAwardRecord(input: $input) {
    id
    version
    subject
    awardCode
    awardName
    track
    year
    subjectName
    householdAddress
  }
}
    `) as unknown as TypedDocumentString<RecAwardCreateMutation, RecAwardCreateMutationVariables>;
export const RecAwardsDocument = new TypedDocumentString(`
    query RecAwards($filter: AwardRecordFilter, $first: Int) {
  awardRecords(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        subjectName
        awardName
        year
        canEdit
        unit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecAwardsQuery, RecAwardsQueryVariables>;
export const RecInitCreateDocument = new TypedDocumentString(`
    mutation RecInitCreate($input: CreateInitiativeInput!) {
  createInitiative(input: $input) {
    id
    version
    title
    usedFor {
      awardName
      year
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<RecInitCreateMutation, RecInitCreateMutationVariables>;
export const RecInitLockDocument = new TypedDocumentString(`
    mutation RecInitLock($input: LockInitiativeInput!) {
  lockInitiative(input: $input) {
    id
    version
    usedFor {
      awardName
      year
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<RecInitLockMutation, RecInitLockMutationVariables>;
export const RecHoldCreateDocument = new TypedDocumentString(`
    mutation RecHoldCreate($input: CreateHoldInput!) {
  createHold(input: $input) {
    id
    version
    kind
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<RecHoldCreateMutation, RecHoldCreateMutationVariables>;
export const RecHoldLiftDocument = new TypedDocumentString(`
    mutation RecHoldLift($input: LiftHoldInput!) {
  liftHold(input: $input) {
    id
    version
    liftedOn
    liftReason
  }
}
    `) as unknown as TypedDocumentString<RecHoldLiftMutation, RecHoldLiftMutationVariables>;
export const RecHoldsDocument = new TypedDocumentString(`
    query RecHolds($filter: HoldFilter) {
  holds(filter: $filter, first: 50) {
    edges {
      node {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecHoldsQuery, RecHoldsQueryVariables>;
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