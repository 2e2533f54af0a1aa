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

export type AddPositionInput = {
  personId: string | number;
  position: PositionInput;
};

/** Soạn kế hoạch sửa đổi một kế hoạch đã ban hành: một dự thảo mới chép toàn bộ nội dung, kèm nội dung sửa đổi. */
export type AmendCampaignPlanInput = {
  /** Kế hoạch đã ban hành cần sửa đổi. */
  id: string | number;
  /** Nội dung sửa đổi, bổ sung (in trong văn bản: "Nội dung sửa đổi, bổ sung: …"), ví dụ "lùi thời hạn gửi hồ sơ đến 15/10/2025". */
  note: string;
};

export type ApiClientStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã thu hồi */
  | 'REVOKED';

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

/** Lọc danh sách đợt xét khen thưởng. */
export type AwardRoundFilter = {
  kind?: AwardRoundKind | null | undefined;
  receivingUnitId?: string | number | null | undefined;
  /** Tìm theo tên đợt (không phân biệt dấu). */
  search?: string | null | undefined;
  status?: AwardRoundStatus | null | undefined;
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

/** Một đợt xét khen thưởng và phiên bản đã đọc. */
export type AwardRoundRefInput = {
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

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

export type CastCouncilBallotInput = {
  choices: Array<CouncilBallotChoiceInput>;
  credential: CouncilVotingCredentialInput;
  roundId: string | number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

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

/** Kết quả xét của Hội đồng đối với một nội dung (ghi khi kết thúc phiên họp). */
export type CouncilAgendaOutcome =
  /** Không đạt */
  | 'FAILED'
  /** Đạt tỷ lệ, ngoài số lượng */
  | 'OVER_QUOTA'
  /** Đạt */
  | 'PASSED';

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

/** Một trong hai: mã in (tại phòng họp) hoặc phiếu bầu ký mù (từ xa). */
export type CouncilVotingCredentialInput = {
  code?: string | null | undefined;
  token?: CouncilVotingTokenInput | null | undefined;
};

/** Hình thức bỏ phiếu: phiếu giấy, tại phòng họp bằng mã dùng một lần, từ xa bằng chữ ký mù. */
export type CouncilVotingMode =
  /** Phiếu giấy */
  | 'PAPER'
  /** Bỏ phiếu từ xa */
  | 'REMOTE'
  /** Bỏ phiếu tại phòng họp bằng mã */
  | 'ROOM';

/** Trạng thái vòng bỏ phiếu. */
export type CouncilVotingRoundStatus =
  /** Đã đóng, chờ kiểm phiếu */
  | 'CLOSED'
  /** Đang bỏ phiếu */
  | 'OPEN'
  /** Đã kiểm phiếu */
  | 'TALLIED';

export type CouncilVotingTokenInput = {
  /** Thông điệp đã chuẩn bị (base64url). */
  message: string;
  /** Chữ ký đã bỏ làm mù (base64url). */
  signature: string;
};

export type CreateApiClientInput = {
  description?: string | null | undefined;
  name: string;
  roles?: Array<RoleGrantInput>;
  unitId: string | number;
};

/** Lập hồ sơ đề nghị khen thưởng của một đơn vị trong một đợt xét. */
export type CreateAwardDossierInput = {
  note?: string | null | undefined;
  roundId: string | number;
  /** Đơn vị đề nghị (cần quyền DOSSIER_MANAGE tại đơn vị). */
  unitId: string | number;
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

export type CreateRoleInput = {
  code: string;
  description?: string | null | undefined;
  name: string;
  permissions: Array<Permission>;
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

/** Gia hạn công khai: ngày cuối mới, sau ngày cuối hiện tại. */
export type ExtendAwardNoticeInput = {
  endsOn: string;
  id: string | number;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
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

/** Giao vai trò cho đúng một người dùng hoặc một ứng dụng. */
export type GrantRoleInput = {
  apiClientId?: string | number | null | undefined;
  roleId: string | number;
  unitId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
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

/** Loại dữ liệu nhập từ Excel. */
export type ImportKind =
  /** Lịch sử khen thưởng */
  | 'AWARD_RECORDS'
  /** Đăng ký thi đua */
  | 'CAMPAIGN_REGISTRATIONS'
  /** Kết quả đánh giá, xếp loại */
  | 'EVALUATIONS'
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

/** Lọc sáng kiến, đề tài (tìm cả theo tên sáng kiến; năm: năm công nhận). */
export type InitiativeFilter = {
  /** true: chưa dùng; false: đã dùng. */
  free?: boolean | null | undefined;
  /** Với unitId: gồm cả đơn vị trực thuộc; false: chỉ đơn vị đó và các đơn vị đã sáp nhập, chia tách thành nó. */
  includeDescendants?: boolean | null | undefined;
  kind?: InitiativeKind | null | undefined;
  personId?: string | number | null | undefined;
  scope?: InitiativeScope | null | undefined;
  /** Tìm theo tên cá nhân, tập thể (không phân biệt dấu, theo đầu từ). */
  search?: string | null | undefined;
  subject?: AwardSubject | null | undefined;
  /** Bản ghi của đơn vị này (và cấp dưới). */
  unitId?: string | number | null | undefined;
  /** Năm (năm xét, năm đánh giá). */
  year?: number | null | undefined;
};

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

export type LinkUnitsInput = {
  counterpartId: string | number;
  note?: string | null | undefined;
  unitId: string | number;
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

export type LoginInput = {
  password: string;
  username: string;
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

/** Quyền. Vai trò là một tập quyền; quyền áp dụng trên phạm vi đơn vị của phân quyền. */
export type Permission =
  /** Quản lý ứng dụng tích hợp */
  | 'API_CLIENT_MANAGE'
  /** Xem nhật ký hệ thống */
  | 'AUDIT_READ'
  /** Mở, sửa, đóng đợt xét khen thưởng (đơn vị tiếp nhận hồ sơ) */
  | 'AWARD_ROUND_MANAGE'
  /** Quản lý lịch ngày làm việc (ngày nghỉ lễ, tết, ngày làm bù) */
  | 'CALENDAR_MANAGE'
  /** Ký ban hành kế hoạch thi đua (cấp số, ký hiệu) */
  | 'CAMPAIGN_ISSUE'
  /** Soạn, sửa kế hoạch, phong trào thi đua */
  | 'CAMPAIGN_MANAGE'
  /** Xem kế hoạch, phong trào thi đua */
  | 'CAMPAIGN_READ'
  /** Quản lý cụm, khối thi đua */
  | 'CLUSTER_MANAGE'
  /** Quản lý hội đồng thi đua, khen thưởng: thành viên, phiên họp, điểm danh, chương trình xét (thư ký hội đồng) */
  | 'COUNCIL_MANAGE'
  /** Xem hội đồng thi đua, khen thưởng và phiên họp */
  | 'COUNCIL_READ'
  /** Ký ban hành quyết định khen thưởng (cấp số, ký hiệu) */
  | 'DECISION_ISSUE'
  /** Soạn quyết định khen thưởng, in giấy khen, bằng khen */
  | 'DECISION_MANAGE'
  /** Xem quyết định khen thưởng */
  | 'DECISION_READ'
  /** Lập, sửa, gửi hồ sơ đề nghị khen thưởng (đơn vị đề nghị) */
  | 'DOSSIER_MANAGE'
  /** Xem hồ sơ đề nghị khen thưởng */
  | 'DOSSIER_READ'
  /** Tiếp nhận, trả lại, thẩm định hồ sơ đề nghị khen thưởng (đơn vị tiếp nhận) */
  | 'DOSSIER_RECEIVE'
  /** Quản lý văn bản căn cứ (thêm, sửa, đánh dấu bị thay thế) */
  | 'LEGAL_MANAGE'
  /** Quản lý cán bộ, người lao động */
  | 'PERSON_MANAGE'
  /** Xem cán bộ, người lao động */
  | 'PERSON_READ'
  /** Cập nhật hồ sơ thành tích (kết quả đánh giá, lịch sử khen thưởng, sáng kiến, tạm hoãn) */
  | 'RECORDS_MANAGE'
  /** Xem hồ sơ thành tích (kết quả đánh giá, lịch sử khen thưởng, sáng kiến, tạm hoãn) */
  | 'RECORDS_READ'
  /** Phân vai trò và phạm vi */
  | 'ROLE_ASSIGN'
  /** Định nghĩa vai trò */
  | 'ROLE_MANAGE'
  /** Quản lý quy định khen thưởng (phiên bản quy định, tham số; tỉnh: mức riêng và danh hiệu, hình thức riêng) */
  | 'RULES_MANAGE'
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

/** Soạn lại tờ trình từ dữ liệu hiện có (thay nội dung đã sửa). */
export type RedraftToTrinhInput = {
  dossierId: string | number;
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

/** Bỏ một tài liệu khỏi hồ sơ. */
export type RemoveDossierDocumentInput = {
  documentId: string | number;
  dossierId: string | number;
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

/** Đơn vị của giá trị tham số: tỷ lệ (0–1) hoặc đồng. */
export type RuleParameterUnit =
  /** Tỷ lệ */
  | 'SHARE'
  /** Đồng */
  | 'VND';

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

/** Ghi nhận biên bản họp đã ký (bản quét đã ký tải lên trước, nếu có). */
export type SignCouncilSessionInput = {
  id: string | number;
  /** Mã băm SHA-256 của bản quét biên bản đã ký (tệp đã tải lên, module files). */
  scanFileSha256?: string | null | undefined;
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

/** Sửa tên, cấp quyết định, hạn nộp, ghi chú của đợt xét khen thưởng. */
export type UpdateAwardRoundInput = {
  deadline?: string | null | undefined;
  decidingAuthority: string;
  id: string | number;
  note?: string | null | undefined;
  title: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
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

/** Sửa tên, mô tả; mã, loại và đơn vị tổ chức không đổi. */
export type UpdateClusterInput = {
  description?: string | null | undefined;
  id: string | number;
  name: string;
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

/** Sửa một trường hợp tạm hoãn. */
export type UpdateHoldInput = {
  /** Đến ngày (bỏ trống: cho tới khi chấm dứt). */
  endsOn?: string | null | undefined;
  id: string | number;
  kind: HoldKind;
  note?: string | null | undefined;
  /** Nguồn: cơ quan, văn bản thông báo. */
  source: string;
  startsOn: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

/** Sửa một sáng kiến, đề tài chưa được dùng. */
export type UpdateInitiativeInput = {
  certificateNumber?: string | null | undefined;
  id: string | number;
  kind: InitiativeKind;
  note?: string | null | undefined;
  recognisedBy?: string | null | undefined;
  recognisedOn: string;
  scope: InitiativeScope;
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

export type UpdateMyProfileInput = {
  email?: string | null | undefined;
  fullName: string;
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

export type AchievementReportItemFragment = { nominationId: string, dossierId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, draftedAt: string, version: number, signedOffAt: string | null, signedOffByName: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } };

export type ToTrinhDraftItemFragment = { dossierId: string, form: string | null, number: number | null, symbol: string | null, numberedOn: string | null, drafted: boolean, draftedAt: string, version: number, uploaded: boolean, documentId: string | null, downloadPath: string, awards: Array<{ award: string, collectives: number, individuals: number, households: number }>, content: { place: string, subject: string, addressees: Array<string>, bases: Array<string>, summary: string, authority: string, recipients: Array<string>, archive: string, councilMinutes: { date: string | null, body: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> } } };

export type AwardDossierDraftsQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardDossierDraftsQuery = { awardDossier: { id: string, toTrinh: { dossierId: string, form: string | null, number: number | null, symbol: string | null, numberedOn: string | null, drafted: boolean, draftedAt: string, version: number, uploaded: boolean, documentId: string | null, downloadPath: string, awards: Array<{ award: string, collectives: number, individuals: number, households: number }>, content: { place: string, subject: string, addressees: Array<string>, bases: Array<string>, summary: string, authority: string, recipients: Array<string>, archive: string, councilMinutes: { date: string | null, body: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> } } } | null, nominees: Array<{ id: string, report: { nominationId: string, dossierId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, draftedAt: string, version: number, signedOffAt: string | null, signedOffByName: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } } | null }> } };

export type RedraftAchievementReportMutationVariables = Exact<{
  input: RedraftAchievementReportInput;
}>;


export type RedraftAchievementReportMutation = { redraftAchievementReport: { nominationId: string, dossierId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, draftedAt: string, version: number, signedOffAt: string | null, signedOffByName: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } } };

export type UpdateAchievementReportMutationVariables = Exact<{
  input: UpdateAchievementReportInput;
}>;


export type UpdateAchievementReportMutation = { updateAchievementReport: { nominationId: string, dossierId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, draftedAt: string, version: number, signedOffAt: string | null, signedOffByName: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } } };

export type SignOffAchievementReportMutationVariables = Exact<{
  input: AchievementReportRefInput;
}>;


export type SignOffAchievementReportMutation = { signOffAchievementReport: { nominationId: string, dossierId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, draftedAt: string, version: number, signedOffAt: string | null, signedOffByName: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } } };

export type ReopenAchievementReportMutationVariables = Exact<{
  input: AchievementReportRefInput;
}>;


export type ReopenAchievementReportMutation = { reopenAchievementReport: { nominationId: string, dossierId: string, kind: AchievementReportKind, form: string | null, name: string, award: string, drafted: boolean, draftedAt: string, version: number, signedOffAt: string | null, signedOffByName: string | null, uploaded: boolean, documentId: string | null, downloadPath: string, content: { period: string, background: string, commitments: string, measures: string, results: string, lessons: string, profile: Array<{ label: string, value: string }>, targets: Array<{ name: string, planned: string, achieved: string | null }>, evaluations: Array<{ year: number, result: string }>, priorAwards: Array<{ year: number, award: string, decision: string | null }>, initiatives: Array<{ title: string, level: string, recognition: string | null }>, author: { title: string, name: string }, confirmer: { title: string, name: string | null } | null } } };

export type RedraftToTrinhMutationVariables = Exact<{
  input: RedraftToTrinhInput;
}>;


export type RedraftToTrinhMutation = { redraftToTrinh: { dossierId: string, form: string | null, number: number | null, symbol: string | null, numberedOn: string | null, drafted: boolean, draftedAt: string, version: number, uploaded: boolean, documentId: string | null, downloadPath: string, awards: Array<{ award: string, collectives: number, individuals: number, households: number }>, content: { place: string, subject: string, addressees: Array<string>, bases: Array<string>, summary: string, authority: string, recipients: Array<string>, archive: string, councilMinutes: { date: string | null, body: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> } } } };

export type UpdateToTrinhMutationVariables = Exact<{
  input: UpdateToTrinhInput;
}>;


export type UpdateToTrinhMutation = { updateToTrinh: { dossierId: string, form: string | null, number: number | null, symbol: string | null, numberedOn: string | null, drafted: boolean, draftedAt: string, version: number, uploaded: boolean, documentId: string | null, downloadPath: string, awards: Array<{ award: string, collectives: number, individuals: number, households: number }>, content: { place: string, subject: string, addressees: Array<string>, bases: Array<string>, summary: string, authority: string, recipients: Array<string>, archive: string, councilMinutes: { date: string | null, body: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> } } } };

export type AwardConditionItemFragment = { type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null };

export type AwardRuleVersionItemFragment = { id: string, awardCode: string, track: AwardTrack, effectiveFrom: string, effectiveTo: string | null, national: boolean, shipped: boolean, edited: boolean, uncertain: boolean, canManage: boolean, version: number, note: string | null, legalDocument: { id: string, name: string, number: string }, provinceUnit: { id: string, name: string } | null, decidedBy: { text: string, level: AwardLevel, article: string | null, confidence: RuleConfidence, uncertain: boolean }, vote: { required: boolean, thresholdOfMembership: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, publicNotice: { required: boolean, workingDays: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, dossier: Array<{ document: string, form: string | null, confidence: RuleConfidence, uncertain: boolean }>, rewards: Array<{ subject: AwardSubject, multiplier: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }>, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null }> | null }> | null }> };

export type AwardKindsWithRulesQueryVariables = Exact<{
  provinceUnitId?: string | number | null | undefined;
}>;


export type AwardKindsWithRulesQuery = { awardKinds: Array<{ id: string, code: string, name: string, category: AwardCategory, subjects: Array<AwardSubject>, level: AwardLevel, tracks: Array<AwardTrack>, national: boolean, canManage: boolean, provinceUnit: { id: string, name: string } | null, ruleVersions: Array<{ id: string, awardCode: string, track: AwardTrack, effectiveFrom: string, effectiveTo: string | null, national: boolean, shipped: boolean, edited: boolean, uncertain: boolean, canManage: boolean, version: number, note: string | null, legalDocument: { id: string, name: string, number: string }, provinceUnit: { id: string, name: string } | null, decidedBy: { text: string, level: AwardLevel, article: string | null, confidence: RuleConfidence, uncertain: boolean }, vote: { required: boolean, thresholdOfMembership: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, publicNotice: { required: boolean, workingDays: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, dossier: Array<{ document: string, form: string | null, confidence: RuleConfidence, uncertain: boolean }>, rewards: Array<{ subject: AwardSubject, multiplier: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }>, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null }> | null }> | null }> }> }> };

export type RuleParametersQueryVariables = Exact<{
  provinceUnitId?: string | number | null | undefined;
}>;


export type RuleParametersQuery = { ruleParameters: Array<{ id: string, key: RuleParameterKey, label: string, unit: RuleParameterUnit, value: number, effectiveFrom: string, effectiveTo: string | null, article: string | null, confidence: RuleConfidence, uncertain: boolean, note: string | null, national: boolean, shipped: boolean, edited: boolean, canManage: boolean, version: number, legalDocument: { id: string, name: string } | null, provinceUnit: { id: string, name: string } | null }> };

export type CreateAwardRuleVersionMutationVariables = Exact<{
  input: CreateAwardRuleVersionInput;
}>;


export type CreateAwardRuleVersionMutation = { createAwardRuleVersion: { id: string, awardCode: string, track: AwardTrack, effectiveFrom: string, effectiveTo: string | null, national: boolean, shipped: boolean, edited: boolean, uncertain: boolean, canManage: boolean, version: number, note: string | null, legalDocument: { id: string, name: string, number: string }, provinceUnit: { id: string, name: string } | null, decidedBy: { text: string, level: AwardLevel, article: string | null, confidence: RuleConfidence, uncertain: boolean }, vote: { required: boolean, thresholdOfMembership: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, publicNotice: { required: boolean, workingDays: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, dossier: Array<{ document: string, form: string | null, confidence: RuleConfidence, uncertain: boolean }>, rewards: Array<{ subject: AwardSubject, multiplier: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }>, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null }> | null }> | null }> } };

export type UpdateAwardRuleVersionMutationVariables = Exact<{
  input: UpdateAwardRuleVersionInput;
}>;


export type UpdateAwardRuleVersionMutation = { updateAwardRuleVersion: { id: string, awardCode: string, track: AwardTrack, effectiveFrom: string, effectiveTo: string | null, national: boolean, shipped: boolean, edited: boolean, uncertain: boolean, canManage: boolean, version: number, note: string | null, legalDocument: { id: string, name: string, number: string }, provinceUnit: { id: string, name: string } | null, decidedBy: { text: string, level: AwardLevel, article: string | null, confidence: RuleConfidence, uncertain: boolean }, vote: { required: boolean, thresholdOfMembership: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, publicNotice: { required: boolean, workingDays: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }, dossier: Array<{ document: string, form: string | null, confidence: RuleConfidence, uncertain: boolean }>, rewards: Array<{ subject: AwardSubject, multiplier: number | null, article: string | null, confidence: RuleConfidence, uncertain: boolean }>, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null, conditions: Array<{ type: AwardConditionType, sentence: string, confidence: RuleConfidence, uncertain: boolean, article: string | null, subjects: Array<AwardSubject> | null, floor: EvaluationGrade | null, years: number | null, award: string | null, count: number | null, scope: InitiativeScope | null, min: number | null, minParameter: RuleParameterKey | null, text: string | null }> | null }> | null }> } };

export type CreateRuleParameterMutationVariables = Exact<{
  input: CreateRuleParameterInput;
}>;


export type CreateRuleParameterMutation = { createRuleParameter: { id: string } };

export type UpdateRuleParameterMutationVariables = Exact<{
  input: UpdateRuleParameterInput;
}>;


export type UpdateRuleParameterMutation = { updateRuleParameter: { id: string } };

export type AwardRoundItemFragment = { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } };

export type AwardDossierItemFragment = { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, version: number, createdAt: string, updatedAt: string, nomineeCount: number, round: { id: string, title: string, kind: AwardRoundKind, year: number, deadline: string | null }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean } };

export type AwardDossierDetailFragment = { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> };

export type AwardRoundsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AwardRoundFilter | null | undefined;
}>;


export type AwardRoundsQuery = { awardRounds: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } } }> } };

export type CreateAwardRoundMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type CreateAwardRoundMutation = { createAwardRound: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } } };

export type UpdateAwardRoundMutationVariables = Exact<{
  input: UpdateAwardRoundInput;
}>;


export type UpdateAwardRoundMutation = { updateAwardRound: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } } };

export type CloseAwardRoundMutationVariables = Exact<{
  input: AwardRoundRefInput;
}>;


export type CloseAwardRoundMutation = { closeAwardRound: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } } };

export type ReopenAwardRoundMutationVariables = Exact<{
  input: AwardRoundRefInput;
}>;


export type ReopenAwardRoundMutation = { reopenAwardRound: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } } };

export type AwardDossiersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AwardDossierFilter | null | undefined;
}>;


export type AwardDossiersQuery = { awardDossiers: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, version: number, createdAt: string, updatedAt: string, nomineeCount: number, round: { id: string, title: string, kind: AwardRoundKind, year: number, deadline: string | null }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean } } }> } };

export type AwardDossierInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AwardDossierFilter | null | undefined;
}>;


export type AwardDossierInboxQuery = { awardDossierInbox: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, version: number, createdAt: string, updatedAt: string, nomineeCount: number, round: { id: string, title: string, kind: AwardRoundKind, year: number, deadline: string | null }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean } } }> } };

export type AwardDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardDossierQuery = { awardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type CreateAwardDossierMutationVariables = Exact<{
  input: CreateAwardDossierInput;
}>;


export type CreateAwardDossierMutation = { createAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type DeleteAwardDossierMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type DeleteAwardDossierMutation = { deleteAwardDossier: string };

export type AddAwardNomineeMutationVariables = Exact<{
  input: AddNomineeInput;
}>;


export type AddAwardNomineeMutation = { addAwardNominee: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type UpdateAwardNomineeMutationVariables = Exact<{
  input: UpdateNomineeInput;
}>;


export type UpdateAwardNomineeMutation = { updateAwardNominee: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type RemoveAwardNomineeMutationVariables = Exact<{
  input: RemoveNomineeInput;
}>;


export type RemoveAwardNomineeMutation = { removeAwardNominee: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type WriteAwardDossierDocumentMutationVariables = Exact<{
  input: WriteDossierDocumentInput;
}>;


export type WriteAwardDossierDocumentMutation = { writeAwardDossierDocument: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type RemoveAwardDossierDocumentMutationVariables = Exact<{
  input: RemoveDossierDocumentInput;
}>;


export type RemoveAwardDossierDocumentMutation = { removeAwardDossierDocument: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type SubmitAwardDossierMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type SubmitAwardDossierMutation = { submitAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type RecallAwardDossierMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type RecallAwardDossierMutation = { recallAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type WithdrawAwardDossierMutationVariables = Exact<{
  input: WithdrawAwardDossierInput;
}>;


export type WithdrawAwardDossierMutation = { withdrawAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type ReceiveAwardDossierMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type ReceiveAwardDossierMutation = { receiveAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type ReturnAwardDossierMutationVariables = Exact<{
  input: ReturnAwardDossierInput;
}>;


export type ReturnAwardDossierMutation = { returnAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type AppraiseAwardDossierMutationVariables = Exact<{
  input: AppraiseAwardDossierInput;
}>;


export type AppraiseAwardDossierMutation = { appraiseAwardDossier: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type ForwardAwardDossierToCouncilMutationVariables = Exact<{
  input: AwardDossierRefInput;
}>;


export type ForwardAwardDossierToCouncilMutation = { forwardAwardDossierToCouncil: { id: string, status: DossierStatus, late: boolean, clock: DossierClock | null, dueOn: string | null, deadlineStatus: DeadlineStatus | null, note: string | null, submittedAt: string | null, firstSubmittedAt: string | null, receivedAt: string | null, originDossierId: string | null, version: number, createdAt: string, updatedAt: string, canEdit: boolean, availableActions: Array<DossierAction>, missingDocuments: Array<string>, round: { id: string, title: string, kind: AwardRoundKind, track: AwardTrack, year: number, status: AwardRoundStatus, deadline: string | null, decidingAuthority: string, note: string | null, awardForms: Array<string>, campaignPlanId: string | null, canManage: boolean, version: number, createdAt: string, updatedAt: string, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }>, receivingUnit: { id: string, name: string, canOpen: boolean } }, unit: { id: string, name: string, canOpen: boolean }, receivingUnit: { id: string, name: string, canOpen: boolean }, nominees: Array<{ id: string, position: number, subject: AwardSubject, name: string, personId: string | null, subjectUnitId: string | null, householdAddress: string | null, awardCode: string | null, awardName: string, achievements: string, eligibilityChecked: boolean, initiativeIds: Array<string>, appraisalVerdict: AppraisalVerdict | null, appraisalRemark: string | null, originNominationId: string | null, eligibility: { verdict: EligibilityVerdict, on: string, stage: EligibilityStage, basis: string | null, ruleVersionId: string | null, manualReason: string | null, uncertain: boolean, checks: Array<{ key: string, code: string, principle: boolean, met: boolean | null, requirement: string, label: string, basis: string, uncertain: boolean }> } | null, appraisalChecklist: Array<{ key: string, source: AppraisalChecklistSource, requirement: string, finding: string, met: boolean | null, basis: string | null }> }>, documents: Array<{ id: string, kind: DossierDocumentKind, nominationId: string | null, fileName: string | null, mediaType: string | null, size: number | null, text: string | null, note: string | null, downloadPath: string | null, originDocumentId: string | null, generated: boolean, createdAt: string }>, quotaFindings: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }>, events: Array<{ id: string, action: DossierEventAction, fromStatus: DossierStatus | null, toStatus: DossierStatus, actorName: string, at: string, reason: string | null, late: boolean, dossierVersion: number, remarks: Array<{ nominationId: string | null, documentId: string | null, label: string, remark: string }>, appraisal: Array<{ nominationId: string, name: string, verdict: AppraisalVerdict, remark: string | null, checklist: Array<{ key: string, requirement: string, ok: boolean, remark: string | null, settledBy: AppraisalChecklistSettledBy }> }> | null, quota: Array<{ form: string, limit: number, used: number, over: boolean, explanation: string }> | null, changes: { nomineesAdded: Array<string>, nomineesRemoved: Array<string>, nomineesEdited: Array<string>, documentsAdded: Array<string>, documentsRemoved: Array<string>, documentsReplaced: Array<string> } | null, notice: { noticeId: string, title: string, required: boolean, articles: Array<string>, startsOn: string, endsOn: string, workingDays: number, nominees: number, publishedAt: string, closedAt: string | null, counts: Array<{ kind: NoticeCommentKind, count: number }>, comments: Array<{ kind: NoticeCommentKind, nominee: string | null, excerpt: string, receivedAt: string, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledBy: string | null }> } | null }> } };

export type AwardCountsItemFragment = { proposed: number, eligible: number, notEligible: number, toConfirm: number, unchecked: number, appraisedPass: number, appraisedFail: number, escalated: number, dossiers: number, late: number, overdue: number, byStatus: Array<{ status: DossierStatus, count: number }> };

export type AwardCountersQueryVariables = Exact<{
  roundId?: string | number | null | undefined;
  campaignPlanId?: string | number | null | undefined;
}>;


export type AwardCountersQuery = { awardCounters: { rounds: Array<{ roundId: string, round: { id: string, title: string, year: number, status: AwardRoundStatus, deadline: string | null, canCheckEligibility: boolean }, counts: { proposed: number, eligible: number, notEligible: number, toConfirm: number, unchecked: number, appraisedPass: number, appraisedFail: number, escalated: number, dossiers: number, late: number, overdue: number, byStatus: Array<{ status: DossierStatus, count: number }> } }>, total: { proposed: number, eligible: number, notEligible: number, toConfirm: number, unchecked: number, appraisedPass: number, appraisedFail: number, escalated: number, dossiers: number, late: number, overdue: number, byStatus: Array<{ status: DossierStatus, count: number }> } } };

export type CheckAwardEligibilityMutationVariables = Exact<{
  dossierId: string | number;
}>;


export type CheckAwardEligibilityMutation = { checkAwardEligibility: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } };

export type CheckRoundEligibilityMutationVariables = Exact<{
  roundId: string | number;
}>;


export type CheckRoundEligibilityMutation = { checkRoundEligibility: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } };

export type AwardEligibilityCheckQueryVariables = Exact<{
  jobId: string | number;
}>;


export type AwardEligibilityCheckQuery = { awardEligibilityCheck: { side: EligibilityCheckSide, finished: boolean, roundId: string, dossierId: string | null, dossiers: number, checked: number, eligible: number, notEligible: number, toConfirm: number, changed: number, stored: number, findings: Array<{ nominationId: string, dossierId: string, unitName: string, name: string, awardName: string, storedVerdict: EligibilityVerdict | null, verdict: EligibilityVerdict, reasons: Array<string> }>, job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } } };

export type CalendarDayItemFragment = { id: string, date: string, weekday: string, kind: CalendarDayKind, name: string, note: string | null, source: CalendarDaySource, provisional: boolean, version: number };

export type WorkingCalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkingCalendarYearsQuery = { workingCalendarYears: Array<{ year: number, source: CalendarYearSource }> };

export type WorkingCalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type WorkingCalendarYearQuery = { workingCalendar: { year: number, defined: boolean, source: CalendarYearSource | null, note: string | null, workingDayCount: number, provisionalCount: number, canManage: boolean, days: Array<{ id: string, date: string, weekday: string, kind: CalendarDayKind, name: string, note: string | null, source: CalendarDaySource, provisional: boolean, version: number }> } };

export type CreateCalendarDayMutationVariables = Exact<{
  input: CreateCalendarDayInput;
}>;


export type CreateCalendarDayMutation = { createCalendarDay: { id: string, date: string, weekday: string, kind: CalendarDayKind, name: string, note: string | null, source: CalendarDaySource, provisional: boolean, version: number } };

export type UpdateCalendarDayMutationVariables = Exact<{
  input: UpdateCalendarDayInput;
}>;


export type UpdateCalendarDayMutation = { updateCalendarDay: { id: string, date: string, weekday: string, kind: CalendarDayKind, name: string, note: string | null, source: CalendarDaySource, provisional: boolean, version: number } };

export type DeleteCalendarDayMutationVariables = Exact<{
  input: DeleteCalendarDayInput;
}>;


export type DeleteCalendarDayMutation = { deleteCalendarDay: { id: string } };

export type GenerateCalendarYearMutationVariables = Exact<{
  input: GenerateCalendarYearInput;
}>;


export type GenerateCalendarYearMutation = { generateCalendarYear: { year: number } };

export type CampaignCovenantItemFragment = { id: string, planId: string, clusterId: string, signedOn: string, place: string, content: string, version: number, cluster: { id: string, name: string } | null, members: Array<{ id: string, name: string }> };

export type CampaignCovenantsQueryVariables = Exact<{
  planId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CampaignCovenantsQuery = { campaignCovenants: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, planId: string, clusterId: string, signedOn: string, place: string, content: string, version: number, cluster: { id: string, name: string } | null, members: Array<{ id: string, name: string }> } }> } };

export type CreateCampaignCovenantMutationVariables = Exact<{
  input: CreateCampaignCovenantInput;
}>;


export type CreateCampaignCovenantMutation = { createCampaignCovenant: { id: string, planId: string, clusterId: string, signedOn: string, place: string, content: string, version: number, cluster: { id: string, name: string } | null, members: Array<{ id: string, name: string }> } };

export type DeleteCampaignCovenantMutationVariables = Exact<{
  input: DeleteCampaignCovenantInput;
}>;


export type DeleteCampaignCovenantMutation = { deleteCampaignCovenant: string };

export type CampaignDocumentBatchItemFragment = { planId: string, position: number, status: CampaignDocumentBatchItemStatus, created: boolean, error: string | null, pdfUrl: string | null, plan: { id: string, title: string, symbol: string | null, status: CampaignPlanStatus } | null };

export type RenderCampaignPlanDocumentsMutationVariables = Exact<{
  input: RenderCampaignPlanDocumentsInput;
}>;


export type RenderCampaignPlanDocumentsMutation = { renderCampaignPlanDocuments: { job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null }, items: Array<{ planId: string, position: number, status: CampaignDocumentBatchItemStatus, created: boolean, error: string | null, pdfUrl: string | null, plan: { id: string, title: string, symbol: string | null, status: CampaignPlanStatus } | null }> } };

export type CampaignDocumentBatchQueryVariables = Exact<{
  jobId: string | number;
}>;


export type CampaignDocumentBatchQuery = { campaignDocumentBatch: { job: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null }, items: Array<{ planId: string, position: number, status: CampaignDocumentBatchItemStatus, created: boolean, error: string | null, pdfUrl: string | null, plan: { id: string, title: string, symbol: string | null, status: CampaignPlanStatus } | null }> } };

export type CampaignPlanItemFragment = { id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, canOpen: boolean } };

export type CampaignPlanContentFieldsFragment = { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null };

export type CampaignPlanDetailFragment = { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null };

export type CampaignPlansQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: CampaignPlanStatus | null | undefined;
  kind?: CampaignKind | null | undefined;
  year?: number | null | undefined;
  issuerUnitId?: string | number | null | undefined;
}>;


export type CampaignPlansQuery = { campaignPlans: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, canOpen: boolean } } }> } };

export type CampaignPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignPlanQuery = { campaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type CreateCampaignPlanMutationVariables = Exact<{
  input: CreateCampaignPlanInput;
}>;


export type CreateCampaignPlanMutation = { createCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type UpdateCampaignPlanMutationVariables = Exact<{
  input: UpdateCampaignPlanInput;
}>;


export type UpdateCampaignPlanMutation = { updateCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type DeleteCampaignPlanDraftMutationVariables = Exact<{
  input: DeleteCampaignPlanDraftInput;
}>;


export type DeleteCampaignPlanDraftMutation = { deleteCampaignPlanDraft: string };

export type SubmitCampaignPlanMutationVariables = Exact<{
  input: SubmitCampaignPlanInput;
}>;


export type SubmitCampaignPlanMutation = { submitCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type ReturnCampaignPlanMutationVariables = Exact<{
  input: ReturnCampaignPlanInput;
}>;


export type ReturnCampaignPlanMutation = { returnCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type IssueCampaignPlanMutationVariables = Exact<{
  input: IssueCampaignPlanInput;
}>;


export type IssueCampaignPlanMutation = { issueCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type StartCampaignPlanMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type StartCampaignPlanMutation = { startCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type OpenCampaignPlanReviewMutationVariables = Exact<{
  input: OpenCampaignPlanReviewInput;
}>;


export type OpenCampaignPlanReviewMutation = { openCampaignPlanReview: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type ResumeCampaignPlanMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type ResumeCampaignPlanMutation = { resumeCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type CloseCampaignPlanMutationVariables = Exact<{
  input: CampaignPlanStepInput;
}>;


export type CloseCampaignPlanMutation = { closeCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type AmendCampaignPlanMutationVariables = Exact<{
  input: AmendCampaignPlanInput;
}>;


export type AmendCampaignPlanMutation = { amendCampaignPlan: { issuePlace: string | null, documentUrl: string, canManage: boolean, canIssue: boolean, canAnswer: boolean, answerDeadline: string | null, respondsToPlanId: string | null, amendmentNote: string | null, pdfUrl: string, pdfAvailable: boolean, pdfStatus: CampaignPlanPdfStatus, id: string, title: string, kind: CampaignKind, scope: CampaignScope, status: CampaignPlanStatus, periodFrom: string, periodTo: string, number: number | null, symbol: string | null, issuedOn: string | null, returnReason: string | null, version: number, createdAt: string, updatedAt: string, issuerUnit: { id: string, name: string, shortName: string | null, tree: UnitTree, canOpen: boolean, parent: { id: string, name: string } | null }, legalBases: Array<{ id: string, kind: LegalDocumentKind, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, status: LegalDocumentStatus }>, signer: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null, content: { numbering: PlanNumbering | null, contestOrder: Array<PlanContestItem> | null, schedulePlacement: PlanSchedulePlacement | null, theme: string | null, motto: Array<string> | null, methods: Array<string> | null, measures: Array<string> | null, closing: string | null, opening: { verb: PlanBasisVerb, resolution: string | null } | null, purpose: { aims: Array<string>, requirements: Array<string> | null, numbered: boolean | null }, headings: { purpose: string | null, contest: string | null, theme: string | null, motto: string | null, period: string | null, participants: string | null, content: string | null, targets: string | null, schedule: string | null, measures: string | null, awards: string | null, implementation: string | null } | null, participants: { collectives: string | null, individuals: string | null } | null, sections: Array<{ title: string | null, paragraphs: Array<string>, footnotes: Array<string> | null, subsections: Array<{ title: string, paragraphs: Array<string>, footnotes: Array<string> | null }> | null }>, targets: Array<{ indicator: string, target: string, unit: string | null, year: number | null, responsibleUnitName: string | null, note: string | null }> | null, phases: Array<{ name: string, from: string, to: string, tasks: Array<string> }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { dossier: Array<string> | null, submitTo: string | null, deadline: string | null, deadlineNote: string | null, forms: Array<{ name: string, text: string | null }>, criteria: Array<{ label: string, text: string }>, quotas: Array<{ form: string, collectives: number | null, individuals: number | null, either: number | null, per: string | null, note: string | null }> | null } | null, implementation: Array<{ body: string, tasks: Array<string>, asTyped: boolean | null }> | null, reporting: { who: string, frequency: string, to: string, via: string | null, inText: boolean | null } | null, recipients: { archive: string, groups: Array<{ heading: string | null, names: Array<string> }> } | null, signature: { title: string, name: string, on: Array<{ authority: SigningAuthority, of: string }> | null } | null }, addressing: { unitIds: Array<string>, subtreeUnitIds: Array<string>, unitKindCodes: Array<string>, unitKindsWithinUnitIds: Array<string>, clusterIds: Array<string>, units: Array<{ id: string, name: string }>, subtreeUnits: Array<{ id: string, name: string }>, unitKindsWithinUnits: Array<{ id: string, name: string }> } | null, respondsToPlan: { id: string, title: string, symbol: string | null, issuedOn: string | null, issuerUnit: { id: string, name: string } } | null, amends: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null, supersededBy: { id: string, title: string, symbol: string | null, issuedOn: string | null } | null } };

export type CampaignAddresseeItemFragment = { id: string, rule: CampaignAddressingRule, deadline: string | null, status: CampaignAddresseeStatus, answeredOn: string | null, reminderCount: number, lastRemindedAt: string | null, createdAt: string, unit: { id: string, name: string, code: string, canOpen: boolean }, inheritedFromUnit: { id: string, name: string } | null, answerPlan: { id: string, symbol: string | null, title: string, issuedOn: string | null } | null };

export type CampaignPlanAddresseesQueryVariables = Exact<{
  planId: string | number;
  first: number;
  after?: string | null | undefined;
  status?: CampaignAddresseeStatus | null | undefined;
  underUnitId?: string | number | null | undefined;
  search?: string | null | undefined;
}>;


export type CampaignPlanAddresseesQuery = { campaignPlanAddressees: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, rule: CampaignAddressingRule, deadline: string | null, status: CampaignAddresseeStatus, answeredOn: string | null, reminderCount: number, lastRemindedAt: string | null, createdAt: string, unit: { id: string, name: string, code: string, canOpen: boolean }, inheritedFromUnit: { id: string, name: string } | null, answerPlan: { id: string, symbol: string | null, title: string, issuedOn: string | null } | null } }> } };

export type CampaignCascadeSummaryQueryVariables = Exact<{
  planId: string | number;
  underUnitId?: string | number | null | undefined;
}>;


export type CampaignCascadeSummaryQuery = { campaignCascadeSummary: { planId: string, underUnit: { id: string, name: string } | null, counts: { total: number, answered: number, answeredLate: number, pending: number, overdue: number }, groups: Array<{ addressed: boolean, unit: { id: string, name: string, childCount: number }, counts: { total: number, answered: number, answeredLate: number, pending: number, overdue: number } }> } };

export type CampaignInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: CampaignAddresseeStatus | null | undefined;
  year?: number | null | undefined;
  search?: string | null | undefined;
}>;


export type CampaignInboxQuery = { campaignInbox: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, rule: CampaignAddressingRule, deadline: string | null, status: CampaignAddresseeStatus, answeredOn: string | null, reminderCount: number, lastRemindedAt: string | null, createdAt: string, plan: { id: string, title: string, symbol: string | null, issuedOn: string | null, status: CampaignPlanStatus, periodFrom: string, periodTo: string, issuerUnit: { id: string, name: string } }, unit: { id: string, name: string, code: string, canOpen: boolean }, inheritedFromUnit: { id: string, name: string } | null, answerPlan: { id: string, symbol: string | null, title: string, issuedOn: string | null } | null } }> } };

export type RemindCampaignAddresseesMutationVariables = Exact<{
  input: RemindCampaignAddresseesInput;
}>;


export type RemindCampaignAddresseesMutation = { remindCampaignAddressees: { reminded: number, remindedAt: string } };

export type CampaignRegistrationItemFragment = { id: string, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, commitments: string | null, returnReason: string | null, submittedAt: string | null, reviewedAt: string | null, canDecide: boolean, canEdit: boolean, version: number, titles: Array<{ code: string | null, name: string }>, unit: { id: string, name: string } };

export type CampaignRegistrationsQueryVariables = Exact<{
  planId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: CampaignRegistrationFilter | null | undefined;
}>;


export type CampaignRegistrationsQuery = { campaignRegistrations: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, commitments: string | null, returnReason: string | null, submittedAt: string | null, reviewedAt: string | null, canDecide: boolean, canEdit: boolean, version: number, titles: Array<{ code: string | null, name: string }>, unit: { id: string, name: string } } }> } };

export type CampaignRegistrationSummaryQueryVariables = Exact<{
  planId: string | number;
}>;


export type CampaignRegistrationSummaryQuery = { campaignRegistrationSummary: { total: { units: { total: number, draft: number, submitted: number, returned: number, approved: number }, people: { total: number, draft: number, submitted: number, returned: number, approved: number } } } };

export type ApproveCampaignRegistrationMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type ApproveCampaignRegistrationMutation = { approveCampaignRegistration: { id: string, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, commitments: string | null, returnReason: string | null, submittedAt: string | null, reviewedAt: string | null, canDecide: boolean, canEdit: boolean, version: number, titles: Array<{ code: string | null, name: string }>, unit: { id: string, name: string } } };

export type ReturnCampaignRegistrationMutationVariables = Exact<{
  input: ReturnCampaignRegistrationInput;
}>;


export type ReturnCampaignRegistrationMutation = { returnCampaignRegistration: { id: string, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, commitments: string | null, returnReason: string | null, submittedAt: string | null, reviewedAt: string | null, canDecide: boolean, canEdit: boolean, version: number, titles: Array<{ code: string | null, name: string }>, unit: { id: string, name: string } } };

export type CampaignReviewItemFragment = { id: string, kind: CampaignReviewKind, status: CampaignReviewStatus, report: string, deadline: string | null, late: boolean, submittedAt: string | null, returnReason: string | null, canReturn: boolean, canEdit: boolean, version: number, unit: { id: string, name: string }, figures: Array<{ targetIndex: number, achieved: string, note: string | null, target: { indicator: string, target: string, unit: string | null } | null }>, attachments: Array<{ name: string, url: string }> };

export type CampaignReviewsQueryVariables = Exact<{
  planId: string | number;
  kind: CampaignReviewKind;
  first: number;
  after?: string | null | undefined;
  filter?: CampaignReviewFilter | null | undefined;
}>;


export type CampaignReviewsQuery = { campaignReviews: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CampaignReviewKind, status: CampaignReviewStatus, report: string, deadline: string | null, late: boolean, submittedAt: string | null, returnReason: string | null, canReturn: boolean, canEdit: boolean, version: number, unit: { id: string, name: string }, figures: Array<{ targetIndex: number, achieved: string, note: string | null, target: { indicator: string, target: string, unit: string | null } | null }>, attachments: Array<{ name: string, url: string }> } }> } };

export type CampaignReviewSummaryQueryVariables = Exact<{
  planId: string | number;
  kind: CampaignReviewKind;
}>;


export type CampaignReviewSummaryQuery = { campaignReviewSummary: { kind: CampaignReviewKind, deadline: string | null, overdue: boolean, addressed: number, submitted: number, onTime: number, late: number, missing: number, drafts: number, returned: number } };

export type ReturnCampaignReviewMutationVariables = Exact<{
  input: ReturnCampaignReviewInput;
}>;


export type ReturnCampaignReviewMutation = { returnCampaignReview: { id: string, kind: CampaignReviewKind, status: CampaignReviewStatus, report: string, deadline: string | null, late: boolean, submittedAt: string | null, returnReason: string | null, canReturn: boolean, canEdit: boolean, version: number, unit: { id: string, name: string }, figures: Array<{ targetIndex: number, achieved: string, note: string | null, target: { indicator: string, target: string, unit: string | null } | null }>, attachments: Array<{ name: string, url: string }> } };

export type CampaignCalendarQueryVariables = Exact<{
  first: number;
  year?: number | null | undefined;
}>;


export type CampaignCalendarQuery = { campaignPlans: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: CampaignPlanStatus, periodFrom: string, periodTo: string, answerDeadline: string | null, content: { phases: Array<{ name: string, from: string, to: string }> | null, milestones: Array<{ date: string, label: string, tentative: boolean | null }> | null, awards: { deadline: string | null, submitTo: string | null } | null } } }> } };

export type CreateCampaignRegistrationMutationVariables = Exact<{
  input: CreateCampaignRegistrationInput;
}>;


export type CreateCampaignRegistrationMutation = { createCampaignRegistration: { id: string, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, commitments: string | null, returnReason: string | null, submittedAt: string | null, reviewedAt: string | null, canDecide: boolean, canEdit: boolean, version: number, titles: Array<{ code: string | null, name: string }>, unit: { id: string, name: string } } };

export type SubmitCampaignRegistrationMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type SubmitCampaignRegistrationMutation = { submitCampaignRegistration: { id: string, kind: CampaignRegistrantKind, status: CampaignRegistrationStatus, registrantName: string, commitments: string | null, returnReason: string | null, submittedAt: string | null, reviewedAt: string | null, canDecide: boolean, canEdit: boolean, version: number, titles: Array<{ code: string | null, name: string }>, unit: { id: string, name: string } } };

export type DeleteCampaignRegistrationMutationVariables = Exact<{
  input: CampaignRegistrationRefInput;
}>;


export type DeleteCampaignRegistrationMutation = { deleteCampaignRegistration: string };

export type CreateCampaignReviewMutationVariables = Exact<{
  input: CreateCampaignReviewInput;
}>;


export type CreateCampaignReviewMutation = { createCampaignReview: { id: string, kind: CampaignReviewKind, status: CampaignReviewStatus, report: string, deadline: string | null, late: boolean, submittedAt: string | null, returnReason: string | null, canReturn: boolean, canEdit: boolean, version: number, unit: { id: string, name: string }, figures: Array<{ targetIndex: number, achieved: string, note: string | null, target: { indicator: string, target: string, unit: string | null } | null }>, attachments: Array<{ name: string, url: string }> } };

export type SubmitCampaignReviewMutationVariables = Exact<{
  input: CampaignReviewRefInput;
}>;


export type SubmitCampaignReviewMutation = { submitCampaignReview: { id: string, kind: CampaignReviewKind, status: CampaignReviewStatus, report: string, deadline: string | null, late: boolean, submittedAt: string | null, returnReason: string | null, canReturn: boolean, canEdit: boolean, version: number, unit: { id: string, name: string }, figures: Array<{ targetIndex: number, achieved: string, note: string | null, target: { indicator: string, target: string, unit: string | null } | null }>, attachments: Array<{ name: string, url: string }> } };

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

export type CongressItemFragment = { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> };

export type CongressDelegateItemFragment = { id: string, personId: string, fullName: string, title: string | null, sector: string | null, toUpper: boolean, directWorker: boolean, position: number, unit: { id: string, name: string } | null, congress: { id: string, name: string } };

export type CongressesQueryVariables = Exact<{
  planId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: CongressFilterInput | null | undefined;
}>;


export type CongressesQuery = { congresses: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } }> } };

export type CongressDetailQueryVariables = Exact<{
  id: string | number;
  includeFromBelow: boolean;
}>;


export type CongressDetailQuery = { congress: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, delegates: { totalCount: number, edges: Array<{ node: { id: string, personId: string, fullName: string, title: string | null, sector: string | null, toUpper: boolean, directWorker: boolean, position: number, unit: { id: string, name: string } | null, congress: { id: string, name: string } } }> }, delegatesFromBelow: { totalCount: number, edges: Array<{ node: { id: string, personId: string, fullName: string, title: string | null, sector: string | null, toUpper: boolean, directWorker: boolean, position: number, unit: { id: string, name: string } | null, congress: { id: string, name: string } } }> }, balance: { met: boolean, total: number, onDate: string, summary: string, lines: Array<{ criterion: BalanceCriterion, label: string, sector: string | null, met: boolean, actual: number, requiredCount: number, missing: number, unknown: number, explanation: string }> }, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type CreateCongressMutationVariables = Exact<{
  input: CreateCongressInput;
}>;


export type CreateCongressMutation = { createCongress: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type UpdateCongressMutationVariables = Exact<{
  input: UpdateCongressInput;
}>;


export type UpdateCongressMutation = { updateCongress: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type DeleteCongressMutationVariables = Exact<{
  input: DeleteCongressInput;
}>;


export type DeleteCongressMutation = { deleteCongress: string };

export type SetCongressDelegatesMutationVariables = Exact<{
  input: SetCongressDelegatesInput;
}>;


export type SetCongressDelegatesMutation = { setCongressDelegates: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type MarkCongressDelegatesToUpperMutationVariables = Exact<{
  input: MarkCongressDelegatesToUpperInput;
}>;


export type MarkCongressDelegatesToUpperMutation = { markCongressDelegatesToUpper: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type HoldCongressMutationVariables = Exact<{
  input: HoldCongressInput;
}>;


export type HoldCongressMutation = { holdCongress: { id: string, planId: string, name: string, level: CongressLevel, form: CongressForm, status: CongressStatus, windowFrom: string, windowTo: string, windowLabel: string, heldOn: string | null, venue: string | null, duration: string | null, delegateTarget: number | null, delegateCount: number, agenda: Array<string>, canManage: boolean, version: number, upperCongressId: string | null, hostUnit: { id: string, name: string }, upperCongress: { id: string, name: string, canOpen: boolean, windowLabel: string } | null, requirements: Array<{ criterion: BalanceCriterion, minShare: number | null, minCount: number | null, maxAge: number | null, sectors: Array<string> | null }> } };

export type CouncilBallotPaperQueryVariables = Exact<{
  roundId: string | number;
  code: string;
}>;


export type CouncilBallotPaperQuery = { councilBallotPaper: { roundId: string, sessionTitle: string, number: number, threshold: number | null, members: number, candidates: Array<{ agendaItemId: string, candidateName: string, awardName: string }> } };

export type MemberVotingRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberVotingRoundQuery = { councilVotingRound: { id: string, sessionId: string, number: number, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, threshold: number | null, members: number, blindKey: { kty: string, n: string, e: string } | null, candidates: Array<{ id: string, candidateName: string, awardName: string }> } };

export type IssueCouncilVotingTokenMutationVariables = Exact<{
  input: IssueCouncilVotingTokenInput;
}>;


export type IssueCouncilVotingTokenMutation = { issueCouncilVotingToken: { blindSignature: string } };

export type CastCouncilBallotMutationVariables = Exact<{
  input: CastCouncilBallotInput;
}>;


export type CastCouncilBallotMutation = { castCouncilBallot: { choices: number } };

export type CouncilVotingRoundItemFragment = { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null };

export type CouncilSessionVotingRoundsQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilSessionVotingRoundsQuery = { councilSession: { id: string, votingRounds: Array<{ id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null }> } };

export type CouncilVotingRoundLiveCountQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilVotingRoundLiveCountQuery = { councilVotingRound: { id: string, status: CouncilVotingRoundStatus, castCount: number | null, voters: number } };

export type OpenCouncilVotingRoundMutationVariables = Exact<{
  input: OpenCouncilVotingRoundInput;
}>;


export type OpenCouncilVotingRoundMutation = { openCouncilVotingRound: { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null } };

export type OpenCouncilSecondRoundMutationVariables = Exact<{
  input: OpenCouncilSecondRoundInput;
}>;


export type OpenCouncilSecondRoundMutation = { openCouncilSecondRound: { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null } };

export type GenerateCouncilVotingCodesMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type GenerateCouncilVotingCodesMutation = { generateCouncilVotingCodes: { roundId: string, codes: Array<string> } };

export type CloseCouncilVotingRoundMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type CloseCouncilVotingRoundMutation = { closeCouncilVotingRound: { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null } };

export type TallyCouncilVotingRoundMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type TallyCouncilVotingRoundMutation = { tallyCouncilVotingRound: { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null } };

export type EnterPaperTallyMutationVariables = Exact<{
  input: EnterPaperTallyInput;
}>;


export type EnterPaperTallyMutation = { enterPaperTally: { id: string, status: CouncilVotingRoundStatus } };

export type ConfirmPaperTallyMutationVariables = Exact<{
  input: CouncilRoundRefInput;
}>;


export type ConfirmPaperTallyMutation = { confirmPaperTally: { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null } };

export type DecideCouncilTieMutationVariables = Exact<{
  input: DecideCouncilTieInput;
}>;


export type DecideCouncilTieMutation = { decideCouncilTie: { id: string, version: number, sessionId: string, number: number, previousRoundId: string | null, title: string, mode: CouncilVotingMode, status: CouncilVotingRoundStatus, members: number, voters: number, inRoom: number, threshold: number | null, quota: number | null, openedAt: string, closedAt: string | null, talliedAt: string | null, closeHash: string | null, paperScanSha256: string | null, paperTallyConfirmed: boolean | null, castCount: number | null, paperEntries: Array<{ entry: number, userName: string }>, tallyMinutes: { sha256: string, docxPath: string, pdfPath: string } | null, candidates: Array<{ id: string, position: number, candidateName: string, awardName: string, subject: AwardSubject, proposingUnitName: string, voteRequired: boolean, threshold: number | null }>, results: Array<{ agendaItemId: string, agree: number, disagree: number, percentHundredths: number, passed: boolean, rank: number | null, withinQuota: boolean | null, explanation: string }> | null } };

export type RecordWrittenOpinionsMutationVariables = Exact<{
  input: RecordWrittenOpinionsInput;
}>;


export type RecordWrittenOpinionsMutation = { recordWrittenOpinions: { id: string } };

export type CouncilItemFragment = { id: string, name: string, unitId: string, clusterId: string | null, standingUnitId: string | null, decisionNumber: string | null, decisionDate: string | null, decisionText: string | null, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, endedOn: string | null, active: boolean, canManage: boolean, version: number, unit: { id: string, name: string, canOpen: boolean }, standingUnit: { id: string, name: string, canOpen: boolean } | null };

export type CouncilMemberItemFragment = { id: string, councilId: string, personId: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, userId: string | null, version: number };

export type CouncilDetailFragment = { id: string, name: string, unitId: string, clusterId: string | null, standingUnitId: string | null, decisionNumber: string | null, decisionDate: string | null, decisionText: string | null, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, endedOn: string | null, active: boolean, canManage: boolean, version: number, members: Array<{ id: string, councilId: string, personId: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, userId: string | null, version: number }>, unit: { id: string, name: string, canOpen: boolean }, standingUnit: { id: string, name: string, canOpen: boolean } | null };

export type CouncilSessionItemFragment = { id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number };

export type CouncilSessionDetailFragment = { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } };

export type CouncilsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unitId?: string | number | null | undefined;
  search?: string | null | undefined;
}>;


export type CouncilsQuery = { councils: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, unitId: string, clusterId: string | null, standingUnitId: string | null, decisionNumber: string | null, decisionDate: string | null, decisionText: string | null, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, endedOn: string | null, active: boolean, canManage: boolean, version: number, unit: { id: string, name: string, canOpen: boolean }, standingUnit: { id: string, name: string, canOpen: boolean } | null } }> } };

export type CouncilQueryVariables = Exact<{
  id: string | number;
  on?: string | null | undefined;
}>;


export type CouncilQuery = { council: { id: string, name: string, unitId: string, clusterId: string | null, standingUnitId: string | null, decisionNumber: string | null, decisionDate: string | null, decisionText: string | null, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, endedOn: string | null, active: boolean, canManage: boolean, version: number, members: Array<{ id: string, councilId: string, personId: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, userId: string | null, version: number }>, unit: { id: string, name: string, canOpen: boolean }, standingUnit: { id: string, name: string, canOpen: boolean } | null } };

export type CouncilMembersOnQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type CouncilMembersOnQuery = { council: { id: string, members: Array<{ id: string, councilId: string, personId: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, userId: string | null, version: number }> } };

export type CreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CreateCouncilMutation = { createCouncil: { id: string, name: string, unitId: string, clusterId: string | null, standingUnitId: string | null, decisionNumber: string | null, decisionDate: string | null, decisionText: string | null, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, endedOn: string | null, active: boolean, canManage: boolean, version: number, unit: { id: string, name: string, canOpen: boolean }, standingUnit: { id: string, name: string, canOpen: boolean } | null } };

export type UpdateCouncilMutationVariables = Exact<{
  input: UpdateCouncilInput;
}>;


export type UpdateCouncilMutation = { updateCouncil: { id: string, name: string, unitId: string, clusterId: string | null, standingUnitId: string | null, decisionNumber: string | null, decisionDate: string | null, decisionText: string | null, quorumShare: number, awardPresenceShare: number | null, proxiesAllowed: boolean, endedOn: string | null, active: boolean, canManage: boolean, version: number, unit: { id: string, name: string, canOpen: boolean }, standingUnit: { id: string, name: string, canOpen: boolean } | null } };

export type AddCouncilMemberMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type AddCouncilMemberMutation = { addCouncilMember: { id: string, councilId: string, personId: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, userId: string | null, version: number } };

export type UpdateCouncilMemberMutationVariables = Exact<{
  input: UpdateCouncilMemberInput;
}>;


export type UpdateCouncilMemberMutation = { updateCouncilMember: { id: string, councilId: string, personId: string, fullName: string, role: CouncilMemberRole, title: string, from: string, to: string | null, userId: string | null, version: number } };

export type RemoveCouncilMemberMutationVariables = Exact<{
  input: CouncilMemberRefInput;
}>;


export type RemoveCouncilMemberMutation = { removeCouncilMember: string };

export type CouncilSessionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  councilId?: string | number | null | undefined;
  status?: CouncilSessionStatus | null | undefined;
}>;


export type CouncilSessionsQuery = { councilSessions: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number } }> } };

export type MyCouncilSessionsQueryVariables = Exact<{
  first: number;
}>;


export type MyCouncilSessionsQuery = { myCouncilSessions: { totalCount: number, totalCountCapped: boolean, edges: Array<{ node: { id: string, councilName: string, title: string, date: string, startTime: string | null, place: string | null, status: CouncilSessionStatus, role: CouncilMemberRole, attendance: CouncilAttendance | null, remoteRounds: Array<{ id: string, number: number, awards: Array<string>, tokenTaken: boolean }> } }> } };

export type CouncilSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilSessionQuery = { councilSession: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type CreateCouncilSessionMutationVariables = Exact<{
  input: CreateCouncilSessionInput;
}>;


export type CreateCouncilSessionMutation = { createCouncilSession: { id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number } };

export type UpdateCouncilSessionMutationVariables = Exact<{
  input: UpdateCouncilSessionInput;
}>;


export type UpdateCouncilSessionMutation = { updateCouncilSession: { id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number } };

export type DeleteCouncilSessionMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type DeleteCouncilSessionMutation = { deleteCouncilSession: string };

export type SetCouncilAttendanceMutationVariables = Exact<{
  input: SetCouncilAttendanceInput;
}>;


export type SetCouncilAttendanceMutation = { setCouncilAttendance: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type AddCouncilGuestMutationVariables = Exact<{
  input: AddCouncilGuestInput;
}>;


export type AddCouncilGuestMutation = { addCouncilGuest: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type RemoveCouncilGuestMutationVariables = Exact<{
  input: RemoveCouncilGuestInput;
}>;


export type RemoveCouncilGuestMutation = { removeCouncilGuest: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type AddCouncilAgendaFromRoundMutationVariables = Exact<{
  input: AddCouncilAgendaFromRoundInput;
}>;


export type AddCouncilAgendaFromRoundMutation = { addCouncilAgendaFromRound: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type RemoveCouncilAgendaItemMutationVariables = Exact<{
  input: RemoveCouncilAgendaItemInput;
}>;


export type RemoveCouncilAgendaItemMutation = { removeCouncilAgendaItem: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type MoveCouncilAgendaItemMutationVariables = Exact<{
  input: MoveCouncilAgendaItemInput;
}>;


export type MoveCouncilAgendaItemMutation = { moveCouncilAgendaItem: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type CloseCouncilSessionMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type CloseCouncilSessionMutation = { closeCouncilSession: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type SignCouncilSessionMutationVariables = Exact<{
  input: SignCouncilSessionInput;
}>;


export type SignCouncilSessionMutation = { signCouncilSession: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type StartCouncilSessionMutationVariables = Exact<{
  input: CouncilSessionRefInput;
}>;


export type StartCouncilSessionMutation = { startCouncilSession: { canManage: boolean, closedAt: string | null, signedAt: string | null, signedScanSha256: string | null, id: string, councilId: string, title: string, kind: CouncilSessionKind, date: string, startTime: string | null, place: string | null, chairMemberId: string | null, secretaryMemberId: string | null, awardRoundId: string | null, status: CouncilSessionStatus, startedAt: string | null, note: string | null, version: number, council: { id: string, name: string, proxiesAllowed: boolean, unit: { id: string, name: string, canOpen: boolean } }, chair: { memberId: string, fullName: string } | null, secretary: { memberId: string, fullName: string } | null, awardRound: { id: string, title: string } | null, members: Array<{ id: string, memberId: string, position: number, fullName: string, role: CouncilMemberRole, title: string, attendance: CouncilAttendance | null, writtenOpinion: string | null, proxyMemberId: string | null }>, guests: Array<{ id: string, position: number, name: string, title: string | null }>, agenda: Array<{ id: string, position: number, nominationId: string | null, subject: AwardSubject, candidateName: string, awardCode: string | null, awardName: string, proposingUnitId: string, proposingUnitName: string, voteRequired: boolean, threshold: number | null, outcome: CouncilAgendaOutcome | null, outcomeAgree: number | null, outcomePercentHundredths: number | null, outcomeRoundId: string | null }>, minutes: { sha256: string, docxPath: string, pdfPath: string } | null, quorum: { members: number, present: number, proxies: number, attending: number, writtenOpinions: number, absent: number, unrecorded: number, share: number, awardShare: boolean, required: number, met: boolean, explanation: string } } };

export type PublicAwardItemFragment = { name: string, unitName: string | null, awardName: string, decisionNumber: string, decidedOn: string, issuerName: string, goldBookNumber: string | null, year: number };

export type VerifyAwardCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyAwardCertificateQuery = { verifyAwardCertificate: { name: string, unitName: string | null, awardName: string, decisionNumber: string, decidedOn: string, issuerName: string, goldBookNumber: string | null, year: number } };

export type PublicAwardLookupQueryVariables = Exact<{
  name: string;
  unitName?: string | null | undefined;
  year?: number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PublicAwardLookupQuery = { publicAwardLookup: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, unitName: string | null, awardName: string, decisionNumber: string, decidedOn: string, issuerName: string, goldBookNumber: string | null, year: number } }> } };

export type AwardDecisionItemFragment = { id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } };

export type AwardDecisionRecipientItemFragment = { id: string, position: number, nominationId: string | null, dossierId: string | null, subject: AwardSubject, displayName: string, name: string, detail: string | null, unitName: string | null, achievement: string, awardName: string, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null };

export type AwardDecisionDetailFragment = { roundId: string, issuerUnitId: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, issuedByName: string | null, docxPath: string, pdfPath: string, rewardsExportPath: string, totalAmount: number, updatedAt: string, id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, councilMinutes: { body: string, date: string | null } | null, proposal: { by: string, reference: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> }, certificates: { docxPath: string, pdfPath: string | null, madeAt: string } | null, recipients: Array<{ id: string, position: number, nominationId: string | null, dossierId: string | null, subject: AwardSubject, displayName: string, name: string, detail: string | null, unitName: string | null, achievement: string, awardName: string, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null }>, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } };

export type AwardDecisionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AwardDecisionFilter | null | undefined;
  sort?: AwardDecisionSort | null | undefined;
}>;


export type AwardDecisionsQuery = { awardDecisions: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } } }> } };

export type AwardDecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardDecisionQuery = { awardDecision: { roundId: string, issuerUnitId: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, issuedByName: string | null, docxPath: string, pdfPath: string, rewardsExportPath: string, totalAmount: number, updatedAt: string, id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, councilMinutes: { body: string, date: string | null } | null, proposal: { by: string, reference: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> }, certificates: { docxPath: string, pdfPath: string | null, madeAt: string } | null, recipients: Array<{ id: string, position: number, nominationId: string | null, dossierId: string | null, subject: AwardSubject, displayName: string, name: string, detail: string | null, unitName: string | null, achievement: string, awardName: string, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null }>, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } } };

export type AwardDecisionCandidatesQueryVariables = Exact<{
  roundId: string | number;
  issuerUnitId: string | number;
}>;


export type AwardDecisionCandidatesQuery = { awardDecisionCandidates: Array<{ nominationId: string, dossierId: string, dossierStatus: DossierStatus, proposingUnitId: string, proposingUnitName: string, subject: AwardSubject, name: string, awardCode: string | null, awardName: string, toTrinhSymbol: string | null, decisionId: string | null }> };

export type DraftAwardDecisionMutationVariables = Exact<{
  input: DraftAwardDecisionInput;
}>;


export type DraftAwardDecisionMutation = { draftAwardDecision: { roundId: string, issuerUnitId: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, issuedByName: string | null, docxPath: string, pdfPath: string, rewardsExportPath: string, totalAmount: number, updatedAt: string, id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, councilMinutes: { body: string, date: string | null } | null, proposal: { by: string, reference: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> }, certificates: { docxPath: string, pdfPath: string | null, madeAt: string } | null, recipients: Array<{ id: string, position: number, nominationId: string | null, dossierId: string | null, subject: AwardSubject, displayName: string, name: string, detail: string | null, unitName: string | null, achievement: string, awardName: string, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null }>, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } } };

export type UpdateAwardDecisionMutationVariables = Exact<{
  input: UpdateAwardDecisionInput;
}>;


export type UpdateAwardDecisionMutation = { updateAwardDecision: { roundId: string, issuerUnitId: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, issuedByName: string | null, docxPath: string, pdfPath: string, rewardsExportPath: string, totalAmount: number, updatedAt: string, id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, councilMinutes: { body: string, date: string | null } | null, proposal: { by: string, reference: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> }, certificates: { docxPath: string, pdfPath: string | null, madeAt: string } | null, recipients: Array<{ id: string, position: number, nominationId: string | null, dossierId: string | null, subject: AwardSubject, displayName: string, name: string, detail: string | null, unitName: string | null, achievement: string, awardName: string, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null }>, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } } };

export type DeleteAwardDecisionMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type DeleteAwardDecisionMutation = { deleteAwardDecision: string };

export type IssueAwardDecisionMutationVariables = Exact<{
  input: AwardDecisionRefInput;
}>;


export type IssueAwardDecisionMutation = { issueAwardDecision: { roundId: string, issuerUnitId: string, authority: string, achievement: string, bases: Array<string>, rewardFunding: string | null, rewardBasis: string | null, executors: Array<string>, receivers: Array<string>, archive: string, place: string, issuedByName: string | null, docxPath: string, pdfPath: string, rewardsExportPath: string, totalAmount: number, updatedAt: string, id: string, version: number, status: AwardDecisionStatus, year: number, track: AwardTrack, awardCode: string | null, awardName: string, awardKind: AwardDecisionKind, subject: string, number: number | null, symbol: string | null, decidedOn: string | null, issuedAt: string | null, createdAt: string, canManage: boolean, canIssue: boolean, councilMinutes: { body: string, date: string | null } | null, proposal: { by: string, reference: string } | null, signer: { title: string, name: string, on: Array<{ authority: string, of: string }> }, certificates: { docxPath: string, pdfPath: string | null, madeAt: string } | null, recipients: Array<{ id: string, position: number, nominationId: string | null, dossierId: string | null, subject: AwardSubject, displayName: string, name: string, detail: string | null, unitName: string | null, achievement: string, awardName: string, multiplier: number | null, baseSalary: number | null, amount: number | null, goldBookNumber: number | null, certificateCode: string | null, awardRecordId: string | null }>, issuerUnit: { id: string, name: string, canOpen: boolean }, round: { id: string, title: string, year: number } } };

export type PrintAwardCertificatesMutationVariables = Exact<{
  decisionId: string | number;
}>;


export type PrintAwardCertificatesMutation = { printAwardCertificates: { id: string, kind: string, status: JobStatus, progress: number, total: number, message: string | null, error: string | null, startedAt: string | null, finishedAt: string | null } };

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

export type PublicAwardNoticeItemFragment = { id: string, title: string, unitName: string, startsOn: string, endsOn: string, workingDays: number, articles: Array<string>, publishedAt: string, acceptingComments: boolean, nominees: Array<{ position: number, subject: AwardSubject, name: string, detail: string, awardName: string }> };

export type NoticeCommentItemFragment = { id: string, version: number, kind: NoticeCommentKind, nomineePosition: number | null, nomineeLabel: string | null, text: string, receivedAt: string, authorName: string | null, contact: string | null, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledByName: string | null };

export type AwardNoticeDetailFragment = { id: string, version: number, dossierId: string, title: string, unitName: string, required: boolean, workingDays: number, articles: Array<string>, startsOn: string, endsOn: string, status: NoticeStatus, phase: NoticePhase, publishedAt: string, publishedByName: string, closedAt: string | null, closedByName: string | null, publicPath: string, canManage: boolean, unhandledCount: number, counts: Array<{ kind: NoticeCommentKind, count: number }>, nominees: Array<{ position: number, nominationId: string, name: string, detail: string, awardName: string, required: boolean }> };

export type AwardNoticePanelQueryVariables = Exact<{
  dossierId: string | number;
}>;


export type AwardNoticePanelQuery = { awardDossier: { id: string, noticeRequirement: { required: boolean, workingDays: number, articles: Array<string>, nominees: Array<string> } }, awardNotice: { id: string, version: number, dossierId: string, title: string, unitName: string, required: boolean, workingDays: number, articles: Array<string>, startsOn: string, endsOn: string, status: NoticeStatus, phase: NoticePhase, publishedAt: string, publishedByName: string, closedAt: string | null, closedByName: string | null, publicPath: string, canManage: boolean, unhandledCount: number, counts: Array<{ kind: NoticeCommentKind, count: number }>, nominees: Array<{ position: number, nominationId: string, name: string, detail: string, awardName: string, required: boolean }> } | null };

export type AwardNoticeCommentsQueryVariables = Exact<{
  dossierId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AwardNoticeCommentsQuery = { awardNotice: { id: string, comments: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, kind: NoticeCommentKind, nomineePosition: number | null, nomineeLabel: string | null, text: string, receivedAt: string, authorName: string | null, contact: string | null, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledByName: string | null } }> } } | null };

export type PublishAwardNoticeMutationVariables = Exact<{
  input: PublishAwardNoticeInput;
}>;


export type PublishAwardNoticeMutation = { publishAwardNotice: { id: string, version: number, dossierId: string, title: string, unitName: string, required: boolean, workingDays: number, articles: Array<string>, startsOn: string, endsOn: string, status: NoticeStatus, phase: NoticePhase, publishedAt: string, publishedByName: string, closedAt: string | null, closedByName: string | null, publicPath: string, canManage: boolean, unhandledCount: number, counts: Array<{ kind: NoticeCommentKind, count: number }>, nominees: Array<{ position: number, nominationId: string, name: string, detail: string, awardName: string, required: boolean }> } };

export type ExtendAwardNoticeMutationVariables = Exact<{
  input: ExtendAwardNoticeInput;
}>;


export type ExtendAwardNoticeMutation = { extendAwardNotice: { id: string, version: number, dossierId: string, title: string, unitName: string, required: boolean, workingDays: number, articles: Array<string>, startsOn: string, endsOn: string, status: NoticeStatus, phase: NoticePhase, publishedAt: string, publishedByName: string, closedAt: string | null, closedByName: string | null, publicPath: string, canManage: boolean, unhandledCount: number, counts: Array<{ kind: NoticeCommentKind, count: number }>, nominees: Array<{ position: number, nominationId: string, name: string, detail: string, awardName: string, required: boolean }> } };

export type CloseAwardNoticeMutationVariables = Exact<{
  input: CloseAwardNoticeInput;
}>;


export type CloseAwardNoticeMutation = { closeAwardNotice: { id: string, version: number, dossierId: string, title: string, unitName: string, required: boolean, workingDays: number, articles: Array<string>, startsOn: string, endsOn: string, status: NoticeStatus, phase: NoticePhase, publishedAt: string, publishedByName: string, closedAt: string | null, closedByName: string | null, publicPath: string, canManage: boolean, unhandledCount: number, counts: Array<{ kind: NoticeCommentKind, count: number }>, nominees: Array<{ position: number, nominationId: string, name: string, detail: string, awardName: string, required: boolean }> } };

export type HandleNoticeCommentMutationVariables = Exact<{
  input: HandleNoticeCommentInput;
}>;


export type HandleNoticeCommentMutation = { handleNoticeComment: { id: string, version: number, kind: NoticeCommentKind, nomineePosition: number | null, nomineeLabel: string | null, text: string, receivedAt: string, authorName: string | null, contact: string | null, outcome: NoticeOutcome | null, handling: string | null, handledAt: string | null, handledByName: string | null } };

export type PublicAwardNoticesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PublicAwardNoticesQuery = { publicAwardNotices: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, unitName: string, startsOn: string, endsOn: string, workingDays: number, articles: Array<string>, publishedAt: string, acceptingComments: boolean, nominees: Array<{ position: number, subject: AwardSubject, name: string, detail: string, awardName: string }> } }> } };

export type PublicAwardNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicAwardNoticeQuery = { publicAwardNotice: { id: string, title: string, unitName: string, startsOn: string, endsOn: string, workingDays: number, articles: Array<string>, publishedAt: string, acceptingComments: boolean, nominees: Array<{ position: number, subject: AwardSubject, name: string, detail: string, awardName: string }> } };

export type NoticeEndDateQueryVariables = Exact<{
  start: string;
  days: number;
}>;


export type NoticeEndDateQuery = { addWorkingDays: { date: string, missingYears: Array<number> } };

export type SubmitNoticeCommentMutationVariables = Exact<{
  input: SubmitNoticeCommentInput;
}>;


export type SubmitNoticeCommentMutation = { submitNoticeComment: { kind: NoticeCommentKind, nomineeLabel: string | null, receivedAt: string } };

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

export type EvaluationItemFragment = { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, year: number, grade: EvaluationGrade, source: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } };

export type AwardRecordItemFragment = { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, householdAddress: string | null, awardCode: string | null, awardName: string, track: AwardTrack, year: number, decisionNumber: string | null, decidedOn: string | null, decidedBy: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } };

export type InitiativeItemFragment = { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: InitiativeKind, title: string, scope: InitiativeScope, recognisedOn: string, recognisedBy: string | null, certificateNumber: string | null, note: string | null, canEdit: boolean, usedFor: { awardName: string, year: number, reference: string } | null, unit: { id: string, name: string, canOpen: boolean } };

export type HoldItemFragment = { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: HoldKind, startsOn: string, endsOn: string | null, source: string, liftedOn: string | null, liftReason: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } };

export type EvaluationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EvaluationFilter | null | undefined;
}>;


export type EvaluationsQuery = { evaluations: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, year: number, grade: EvaluationGrade, source: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } }> } };

export type AwardRecordsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AwardRecordFilter | null | undefined;
}>;


export type AwardRecordsQuery = { awardRecords: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, householdAddress: string | null, awardCode: string | null, awardName: string, track: AwardTrack, year: number, decisionNumber: string | null, decidedOn: string | null, decidedBy: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } }> } };

export type InitiativesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: InitiativeFilter | null | undefined;
}>;


export type InitiativesQuery = { initiatives: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: InitiativeKind, title: string, scope: InitiativeScope, recognisedOn: string, recognisedBy: string | null, certificateNumber: string | null, note: string | null, canEdit: boolean, usedFor: { awardName: string, year: number, reference: string } | null, unit: { id: string, name: string, canOpen: boolean } } }> } };

export type HoldsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: HoldFilter | null | undefined;
}>;


export type HoldsQuery = { holds: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: HoldKind, startsOn: string, endsOn: string | null, source: string, liftedOn: string | null, liftReason: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } }> } };

export type CreateEvaluationMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type CreateEvaluationMutation = { createEvaluation: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, year: number, grade: EvaluationGrade, source: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type UpdateEvaluationMutationVariables = Exact<{
  input: UpdateEvaluationInput;
}>;


export type UpdateEvaluationMutation = { updateEvaluation: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, year: number, grade: EvaluationGrade, source: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type DeleteEvaluationMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type DeleteEvaluationMutation = { deleteEvaluation: string };

export type CreateAwardRecordMutationVariables = Exact<{
  input: CreateAwardRecordInput;
}>;


export type CreateAwardRecordMutation = { createAwardRecord: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, householdAddress: string | null, awardCode: string | null, awardName: string, track: AwardTrack, year: number, decisionNumber: string | null, decidedOn: string | null, decidedBy: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type UpdateAwardRecordMutationVariables = Exact<{
  input: UpdateAwardRecordInput;
}>;


export type UpdateAwardRecordMutation = { updateAwardRecord: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, householdAddress: string | null, awardCode: string | null, awardName: string, track: AwardTrack, year: number, decisionNumber: string | null, decidedOn: string | null, decidedBy: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type DeleteAwardRecordMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type DeleteAwardRecordMutation = { deleteAwardRecord: string };

export type CreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type CreateInitiativeMutation = { createInitiative: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: InitiativeKind, title: string, scope: InitiativeScope, recognisedOn: string, recognisedBy: string | null, certificateNumber: string | null, note: string | null, canEdit: boolean, usedFor: { awardName: string, year: number, reference: string } | null, unit: { id: string, name: string, canOpen: boolean } } };

export type UpdateInitiativeMutationVariables = Exact<{
  input: UpdateInitiativeInput;
}>;


export type UpdateInitiativeMutation = { updateInitiative: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: InitiativeKind, title: string, scope: InitiativeScope, recognisedOn: string, recognisedBy: string | null, certificateNumber: string | null, note: string | null, canEdit: boolean, usedFor: { awardName: string, year: number, reference: string } | null, unit: { id: string, name: string, canOpen: boolean } } };

export type DeleteInitiativeMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type DeleteInitiativeMutation = { deleteInitiative: string };

export type LockInitiativeMutationVariables = Exact<{
  input: LockInitiativeInput;
}>;


export type LockInitiativeMutation = { lockInitiative: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: InitiativeKind, title: string, scope: InitiativeScope, recognisedOn: string, recognisedBy: string | null, certificateNumber: string | null, note: string | null, canEdit: boolean, usedFor: { awardName: string, year: number, reference: string } | null, unit: { id: string, name: string, canOpen: boolean } } };

export type ReleaseInitiativeMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type ReleaseInitiativeMutation = { releaseInitiative: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: InitiativeKind, title: string, scope: InitiativeScope, recognisedOn: string, recognisedBy: string | null, certificateNumber: string | null, note: string | null, canEdit: boolean, usedFor: { awardName: string, year: number, reference: string } | null, unit: { id: string, name: string, canOpen: boolean } } };

export type CreateHoldMutationVariables = Exact<{
  input: CreateHoldInput;
}>;


export type CreateHoldMutation = { createHold: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: HoldKind, startsOn: string, endsOn: string | null, source: string, liftedOn: string | null, liftReason: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type UpdateHoldMutationVariables = Exact<{
  input: UpdateHoldInput;
}>;


export type UpdateHoldMutation = { updateHold: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: HoldKind, startsOn: string, endsOn: string | null, source: string, liftedOn: string | null, liftReason: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type LiftHoldMutationVariables = Exact<{
  input: LiftHoldInput;
}>;


export type LiftHoldMutation = { liftHold: { id: string, version: number, subject: AwardSubject, personId: string | null, subjectName: string, kind: HoldKind, startsOn: string, endsOn: string | null, source: string, liftedOn: string | null, liftReason: string | null, note: string | null, canEdit: boolean, unit: { id: string, name: string, canOpen: boolean } } };

export type DeleteHoldMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type DeleteHoldMutation = { deleteHold: string };

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
export const AchievementReportItemFragmentDoc = new TypedDocumentString(`
    fragment AchievementReportItem on AchievementReport {
  nominationId
  dossierId
  kind
  form
  name
  award
  drafted
  draftedAt
  version
  signedOffAt
  signedOffByName
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
    `, {"fragmentName":"AchievementReportItem"}) as unknown as TypedDocumentString<AchievementReportItemFragment, unknown>;
export const ToTrinhDraftItemFragmentDoc = new TypedDocumentString(`
    fragment ToTrinhDraftItem on ToTrinhDraft {
  dossierId
  form
  number
  symbol
  numberedOn
  drafted
  draftedAt
  version
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
    `, {"fragmentName":"ToTrinhDraftItem"}) as unknown as TypedDocumentString<ToTrinhDraftItemFragment, unknown>;
export const AwardConditionItemFragmentDoc = new TypedDocumentString(`
    fragment AwardConditionItem on AwardCondition {
  type
  sentence
  confidence
  uncertain
  article
  subjects
  floor
  years
  award
  count
  scope
  min
  minParameter
  text
}
    `, {"fragmentName":"AwardConditionItem"}) as unknown as TypedDocumentString<AwardConditionItemFragment, unknown>;
export const AwardRuleVersionItemFragmentDoc = new TypedDocumentString(`
    fragment AwardRuleVersionItem on AwardRuleVersion {
  id
  awardCode
  track
  effectiveFrom
  effectiveTo
  national
  shipped
  edited
  uncertain
  canManage
  version
  note
  legalDocument {
    id
    name
    number
  }
  provinceUnit {
    id
    name
  }
  decidedBy {
    text
    level
    article
    confidence
    uncertain
  }
  vote {
    required
    thresholdOfMembership
    article
    confidence
    uncertain
  }
  publicNotice {
    required
    workingDays
    article
    confidence
    uncertain
  }
  dossier {
    document
    form
    confidence
    uncertain
  }
  rewards {
    subject
    multiplier
    article
    confidence
    uncertain
  }
  conditions {
    ...AwardConditionItem
    conditions {
      ...AwardConditionItem
      conditions {
        ...AwardConditionItem
      }
    }
  }
}
    fragment AwardConditionItem on AwardCondition {
  type
  sentence
  confidence
  uncertain
  article
  subjects
  floor
  years
  award
  count
  scope
  min
  minParameter
  text
}`, {"fragmentName":"AwardRuleVersionItem"}) as unknown as TypedDocumentString<AwardRuleVersionItemFragment, unknown>;
export const AwardDossierItemFragmentDoc = new TypedDocumentString(`
    fragment AwardDossierItem on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  submittedAt
  firstSubmittedAt
  receivedAt
  version
  createdAt
  updatedAt
  round {
    id
    title
    kind
    year
    deadline
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nomineeCount
}
    `, {"fragmentName":"AwardDossierItem"}) as unknown as TypedDocumentString<AwardDossierItemFragment, unknown>;
export const AwardRoundItemFragmentDoc = new TypedDocumentString(`
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"AwardRoundItem"}) as unknown as TypedDocumentString<AwardRoundItemFragment, unknown>;
export const AwardDossierDetailFragmentDoc = new TypedDocumentString(`
    fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}`, {"fragmentName":"AwardDossierDetail"}) as unknown as TypedDocumentString<AwardDossierDetailFragment, unknown>;
export const AwardCountsItemFragmentDoc = new TypedDocumentString(`
    fragment AwardCountsItem on AwardCounts {
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
    `, {"fragmentName":"AwardCountsItem"}) as unknown as TypedDocumentString<AwardCountsItemFragment, unknown>;
export const CalendarDayItemFragmentDoc = new TypedDocumentString(`
    fragment CalendarDayItem on CalendarDay {
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
    `, {"fragmentName":"CalendarDayItem"}) as unknown as TypedDocumentString<CalendarDayItemFragment, unknown>;
export const CampaignCovenantItemFragmentDoc = new TypedDocumentString(`
    fragment CampaignCovenantItem on CampaignCovenant {
  id
  planId
  clusterId
  signedOn
  place
  content
  version
  cluster {
    id
    name
  }
  members {
    id
    name
  }
}
    `, {"fragmentName":"CampaignCovenantItem"}) as unknown as TypedDocumentString<CampaignCovenantItemFragment, unknown>;
export const CampaignDocumentBatchItemFragmentDoc = new TypedDocumentString(`
    fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {
  planId
  position
  status
  created
  error
  pdfUrl
  plan {
    id
    title
    symbol
    status
  }
}
    `, {"fragmentName":"CampaignDocumentBatchItem"}) as unknown as TypedDocumentString<CampaignDocumentBatchItemFragment, unknown>;
export const CampaignPlanItemFragmentDoc = new TypedDocumentString(`
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
    `, {"fragmentName":"CampaignPlanItem"}) as unknown as TypedDocumentString<CampaignPlanItemFragment, unknown>;
export const CampaignPlanContentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
    `, {"fragmentName":"CampaignPlanContentFields"}) as unknown as TypedDocumentString<CampaignPlanContentFieldsFragment, unknown>;
export const CampaignPlanDetailFragmentDoc = new TypedDocumentString(`
    fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
}`, {"fragmentName":"CampaignPlanDetail"}) as unknown as TypedDocumentString<CampaignPlanDetailFragment, unknown>;
export const CampaignAddresseeItemFragmentDoc = new TypedDocumentString(`
    fragment CampaignAddresseeItem on CampaignAddressee {
  id
  rule
  deadline
  status
  answeredOn
  reminderCount
  lastRemindedAt
  createdAt
  unit {
    id
    name
    code
    canOpen
  }
  inheritedFromUnit {
    id
    name
  }
  answerPlan {
    id
    symbol
    title
    issuedOn
  }
}
    `, {"fragmentName":"CampaignAddresseeItem"}) as unknown as TypedDocumentString<CampaignAddresseeItemFragment, unknown>;
export const CampaignRegistrationItemFragmentDoc = new TypedDocumentString(`
    fragment CampaignRegistrationItem on CampaignRegistration {
  id
  kind
  status
  registrantName
  commitments
  returnReason
  submittedAt
  reviewedAt
  canDecide
  canEdit
  version
  titles {
    code
    name
  }
  unit {
    id
    name
  }
}
    `, {"fragmentName":"CampaignRegistrationItem"}) as unknown as TypedDocumentString<CampaignRegistrationItemFragment, unknown>;
export const CampaignReviewItemFragmentDoc = new TypedDocumentString(`
    fragment CampaignReviewItem on CampaignReview {
  id
  kind
  status
  report
  deadline
  late
  submittedAt
  returnReason
  canReturn
  canEdit
  version
  unit {
    id
    name
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
  attachments {
    name
    url
  }
}
    `, {"fragmentName":"CampaignReviewItem"}) as unknown as TypedDocumentString<CampaignReviewItemFragment, unknown>;
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
export const CongressItemFragmentDoc = new TypedDocumentString(`
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}
    `, {"fragmentName":"CongressItem"}) as unknown as TypedDocumentString<CongressItemFragment, unknown>;
export const CongressDelegateItemFragmentDoc = new TypedDocumentString(`
    fragment CongressDelegateItem on CongressDelegate {
  id
  personId
  fullName
  title
  sector
  toUpper
  directWorker
  position
  unit {
    id
    name
  }
  congress {
    id
    name
  }
}
    `, {"fragmentName":"CongressDelegateItem"}) as unknown as TypedDocumentString<CongressDelegateItemFragment, unknown>;
export const CouncilVotingRoundItemFragmentDoc = new TypedDocumentString(`
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}
    `, {"fragmentName":"CouncilVotingRoundItem"}) as unknown as TypedDocumentString<CouncilVotingRoundItemFragment, unknown>;
export const CouncilItemFragmentDoc = new TypedDocumentString(`
    fragment CouncilItem on Council {
  id
  name
  unitId
  clusterId
  standingUnitId
  decisionNumber
  decisionDate
  decisionText
  quorumShare
  awardPresenceShare
  proxiesAllowed
  endedOn
  active
  canManage
  version
  unit {
    id
    name
    canOpen
  }
  standingUnit {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"CouncilItem"}) as unknown as TypedDocumentString<CouncilItemFragment, unknown>;
export const CouncilMemberItemFragmentDoc = new TypedDocumentString(`
    fragment CouncilMemberItem on CouncilMember {
  id
  councilId
  personId
  fullName
  role
  title
  from
  to
  userId
  version
}
    `, {"fragmentName":"CouncilMemberItem"}) as unknown as TypedDocumentString<CouncilMemberItemFragment, unknown>;
export const CouncilDetailFragmentDoc = new TypedDocumentString(`
    fragment CouncilDetail on Council {
  ...CouncilItem
  members(on: $on) {
    ...CouncilMemberItem
  }
}
    fragment CouncilItem on Council {
  id
  name
  unitId
  clusterId
  standingUnitId
  decisionNumber
  decisionDate
  decisionText
  quorumShare
  awardPresenceShare
  proxiesAllowed
  endedOn
  active
  canManage
  version
  unit {
    id
    name
    canOpen
  }
  standingUnit {
    id
    name
    canOpen
  }
}
fragment CouncilMemberItem on CouncilMember {
  id
  councilId
  personId
  fullName
  role
  title
  from
  to
  userId
  version
}`, {"fragmentName":"CouncilDetail"}) as unknown as TypedDocumentString<CouncilDetailFragment, unknown>;
export const CouncilSessionItemFragmentDoc = new TypedDocumentString(`
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
    `, {"fragmentName":"CouncilSessionItem"}) as unknown as TypedDocumentString<CouncilSessionItemFragment, unknown>;
export const CouncilSessionDetailFragmentDoc = new TypedDocumentString(`
    fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}`, {"fragmentName":"CouncilSessionDetail"}) as unknown as TypedDocumentString<CouncilSessionDetailFragment, unknown>;
export const PublicAwardItemFragmentDoc = new TypedDocumentString(`
    fragment PublicAwardItem on PublicAward {
  name
  unitName
  awardName
  decisionNumber
  decidedOn
  issuerName
  goldBookNumber
  year
}
    `, {"fragmentName":"PublicAwardItem"}) as unknown as TypedDocumentString<PublicAwardItemFragment, unknown>;
export const AwardDecisionItemFragmentDoc = new TypedDocumentString(`
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}
    `, {"fragmentName":"AwardDecisionItem"}) as unknown as TypedDocumentString<AwardDecisionItemFragment, unknown>;
export const AwardDecisionRecipientItemFragmentDoc = new TypedDocumentString(`
    fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
  id
  position
  nominationId
  dossierId
  subject
  displayName
  name
  detail
  unitName
  achievement
  awardName
  multiplier
  baseSalary
  amount
  goldBookNumber
  certificateCode
  awardRecordId
}
    `, {"fragmentName":"AwardDecisionRecipientItem"}) as unknown as TypedDocumentString<AwardDecisionRecipientItemFragment, unknown>;
export const AwardDecisionDetailFragmentDoc = new TypedDocumentString(`
    fragment AwardDecisionDetail on AwardDecision {
  ...AwardDecisionItem
  roundId
  issuerUnitId
  authority
  achievement
  bases
  councilMinutes {
    body
    date
  }
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
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  issuedByName
  docxPath
  pdfPath
  rewardsExportPath
  certificates {
    docxPath
    pdfPath
    madeAt
  }
  totalAmount
  updatedAt
  recipients {
    ...AwardDecisionRecipientItem
  }
}
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}
fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
  id
  position
  nominationId
  dossierId
  subject
  displayName
  name
  detail
  unitName
  achievement
  awardName
  multiplier
  baseSalary
  amount
  goldBookNumber
  certificateCode
  awardRecordId
}`, {"fragmentName":"AwardDecisionDetail"}) as unknown as TypedDocumentString<AwardDecisionDetailFragment, unknown>;
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
export const PublicAwardNoticeItemFragmentDoc = new TypedDocumentString(`
    fragment PublicAwardNoticeItem on PublicAwardNotice {
  id
  title
  unitName
  startsOn
  endsOn
  workingDays
  articles
  publishedAt
  acceptingComments
  nominees {
    position
    subject
    name
    detail
    awardName
  }
}
    `, {"fragmentName":"PublicAwardNoticeItem"}) as unknown as TypedDocumentString<PublicAwardNoticeItemFragment, unknown>;
export const NoticeCommentItemFragmentDoc = new TypedDocumentString(`
    fragment NoticeCommentItem on NoticeComment {
  id
  version
  kind
  nomineePosition
  nomineeLabel
  text
  receivedAt
  authorName
  contact
  outcome
  handling
  handledAt
  handledByName
}
    `, {"fragmentName":"NoticeCommentItem"}) as unknown as TypedDocumentString<NoticeCommentItemFragment, unknown>;
export const AwardNoticeDetailFragmentDoc = new TypedDocumentString(`
    fragment AwardNoticeDetail on AwardNotice {
  id
  version
  dossierId
  title
  unitName
  required
  workingDays
  articles
  startsOn
  endsOn
  status
  phase
  publishedAt
  publishedByName
  closedAt
  closedByName
  publicPath
  canManage
  unhandledCount
  counts {
    kind
    count
  }
  nominees {
    position
    nominationId
    name
    detail
    awardName
    required
  }
}
    `, {"fragmentName":"AwardNoticeDetail"}) as unknown as TypedDocumentString<AwardNoticeDetailFragment, unknown>;
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
export const EvaluationItemFragmentDoc = new TypedDocumentString(`
    fragment EvaluationItem on Evaluation {
  id
  version
  subject
  personId
  subjectName
  year
  grade
  source
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"EvaluationItem"}) as unknown as TypedDocumentString<EvaluationItemFragment, unknown>;
export const AwardRecordItemFragmentDoc = new TypedDocumentString(`
    fragment AwardRecordItem on AwardRecord {
  id
  version
  subject
  personId
  subjectName
  householdAddress
  awardCode
  awardName
  track
  year
  decisionNumber
  decidedOn
  decidedBy
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"AwardRecordItem"}) as unknown as TypedDocumentString<AwardRecordItemFragment, unknown>;
export const InitiativeItemFragmentDoc = new TypedDocumentString(`
    fragment InitiativeItem on Initiative {
  id
  version
  subject
  personId
  subjectName
  kind
  title
  scope
  recognisedOn
  recognisedBy
  certificateNumber
  note
  canEdit
  usedFor {
    awardName
    year
    reference
  }
  unit {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"InitiativeItem"}) as unknown as TypedDocumentString<InitiativeItemFragment, unknown>;
export const HoldItemFragmentDoc = new TypedDocumentString(`
    fragment HoldItem on Hold {
  id
  version
  subject
  personId
  subjectName
  kind
  startsOn
  endsOn
  source
  liftedOn
  liftReason
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}
    `, {"fragmentName":"HoldItem"}) as unknown as TypedDocumentString<HoldItemFragment, unknown>;
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
export const AwardDossierDraftsDocument = new TypedDocumentString(`
    query AwardDossierDrafts($id: ID!) {
  awardDossier(id: $id) {
    id
    toTrinh {
      ...ToTrinhDraftItem
    }
    nominees {
      id
      report {
        ...AchievementReportItem
      }
    }
  }
}
    fragment AchievementReportItem on AchievementReport {
  nominationId
  dossierId
  kind
  form
  name
  award
  drafted
  draftedAt
  version
  signedOffAt
  signedOffByName
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
fragment ToTrinhDraftItem on ToTrinhDraft {
  dossierId
  form
  number
  symbol
  numberedOn
  drafted
  draftedAt
  version
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
}`) as unknown as TypedDocumentString<AwardDossierDraftsQuery, AwardDossierDraftsQueryVariables>;
export const RedraftAchievementReportDocument = new TypedDocumentString(`
    mutation RedraftAchievementReport($input: RedraftAchievementReportInput!) {
  redraftAchievementReport(input: $input) {
    ...AchievementReportItem
  }
}
    fragment AchievementReportItem on AchievementReport {
  nominationId
  dossierId
  kind
  form
  name
  award
  drafted
  draftedAt
  version
  signedOffAt
  signedOffByName
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
}`) as unknown as TypedDocumentString<RedraftAchievementReportMutation, RedraftAchievementReportMutationVariables>;
export const UpdateAchievementReportDocument = new TypedDocumentString(`
    mutation UpdateAchievementReport($input: UpdateAchievementReportInput!) {
  updateAchievementReport(input: $input) {
    ...AchievementReportItem
  }
}
    fragment AchievementReportItem on AchievementReport {
  nominationId
  dossierId
  kind
  form
  name
  award
  drafted
  draftedAt
  version
  signedOffAt
  signedOffByName
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
}`) as unknown as TypedDocumentString<UpdateAchievementReportMutation, UpdateAchievementReportMutationVariables>;
export const SignOffAchievementReportDocument = new TypedDocumentString(`
    mutation SignOffAchievementReport($input: AchievementReportRefInput!) {
  signOffAchievementReport(input: $input) {
    ...AchievementReportItem
  }
}
    fragment AchievementReportItem on AchievementReport {
  nominationId
  dossierId
  kind
  form
  name
  award
  drafted
  draftedAt
  version
  signedOffAt
  signedOffByName
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
}`) as unknown as TypedDocumentString<SignOffAchievementReportMutation, SignOffAchievementReportMutationVariables>;
export const ReopenAchievementReportDocument = new TypedDocumentString(`
    mutation ReopenAchievementReport($input: AchievementReportRefInput!) {
  reopenAchievementReport(input: $input) {
    ...AchievementReportItem
  }
}
    fragment AchievementReportItem on AchievementReport {
  nominationId
  dossierId
  kind
  form
  name
  award
  drafted
  draftedAt
  version
  signedOffAt
  signedOffByName
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
}`) as unknown as TypedDocumentString<ReopenAchievementReportMutation, ReopenAchievementReportMutationVariables>;
export const RedraftToTrinhDocument = new TypedDocumentString(`
    mutation RedraftToTrinh($input: RedraftToTrinhInput!) {
  redraftToTrinh(input: $input) {
    ...ToTrinhDraftItem
  }
}
    fragment ToTrinhDraftItem on ToTrinhDraft {
  dossierId
  form
  number
  symbol
  numberedOn
  drafted
  draftedAt
  version
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
}`) as unknown as TypedDocumentString<RedraftToTrinhMutation, RedraftToTrinhMutationVariables>;
export const UpdateToTrinhDocument = new TypedDocumentString(`
    mutation UpdateToTrinh($input: UpdateToTrinhInput!) {
  updateToTrinh(input: $input) {
    ...ToTrinhDraftItem
  }
}
    fragment ToTrinhDraftItem on ToTrinhDraft {
  dossierId
  form
  number
  symbol
  numberedOn
  drafted
  draftedAt
  version
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
}`) as unknown as TypedDocumentString<UpdateToTrinhMutation, UpdateToTrinhMutationVariables>;
export const AwardKindsWithRulesDocument = new TypedDocumentString(`
    query AwardKindsWithRules($provinceUnitId: ID) {
  awardKinds(provinceUnitId: $provinceUnitId) {
    id
    code
    name
    category
    subjects
    level
    tracks
    national
    canManage
    provinceUnit {
      id
      name
    }
    ruleVersions {
      ...AwardRuleVersionItem
    }
  }
}
    fragment AwardConditionItem on AwardCondition {
  type
  sentence
  confidence
  uncertain
  article
  subjects
  floor
  years
  award
  count
  scope
  min
  minParameter
  text
}
fragment AwardRuleVersionItem on AwardRuleVersion {
  id
  awardCode
  track
  effectiveFrom
  effectiveTo
  national
  shipped
  edited
  uncertain
  canManage
  version
  note
  legalDocument {
    id
    name
    number
  }
  provinceUnit {
    id
    name
  }
  decidedBy {
    text
    level
    article
    confidence
    uncertain
  }
  vote {
    required
    thresholdOfMembership
    article
    confidence
    uncertain
  }
  publicNotice {
    required
    workingDays
    article
    confidence
    uncertain
  }
  dossier {
    document
    form
    confidence
    uncertain
  }
  rewards {
    subject
    multiplier
    article
    confidence
    uncertain
  }
  conditions {
    ...AwardConditionItem
    conditions {
      ...AwardConditionItem
      conditions {
        ...AwardConditionItem
      }
    }
  }
}`) as unknown as TypedDocumentString<AwardKindsWithRulesQuery, AwardKindsWithRulesQueryVariables>;
export const RuleParametersDocument = new TypedDocumentString(`
    query RuleParameters($provinceUnitId: ID) {
  ruleParameters(provinceUnitId: $provinceUnitId) {
    id
    key
    label
    unit
    value
    effectiveFrom
    effectiveTo
    article
    confidence
    uncertain
    note
    national
    shipped
    edited
    canManage
    version
    legalDocument {
      id
      name
    }
    provinceUnit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RuleParametersQuery, RuleParametersQueryVariables>;
export const CreateAwardRuleVersionDocument = new TypedDocumentString(`
    mutation CreateAwardRuleVersion($input: CreateAwardRuleVersionInput!) {
  createAwardRuleVersion(input: $input) {
    ...AwardRuleVersionItem
  }
}
    fragment AwardConditionItem on AwardCondition {
  type
  sentence
  confidence
  uncertain
  article
  subjects
  floor
  years
  award
  count
  scope
  min
  minParameter
  text
}
fragment AwardRuleVersionItem on AwardRuleVersion {
  id
  awardCode
  track
  effectiveFrom
  effectiveTo
  national
  shipped
  edited
  uncertain
  canManage
  version
  note
  legalDocument {
    id
    name
    number
  }
  provinceUnit {
    id
    name
  }
  decidedBy {
    text
    level
    article
    confidence
    uncertain
  }
  vote {
    required
    thresholdOfMembership
    article
    confidence
    uncertain
  }
  publicNotice {
    required
    workingDays
    article
    confidence
    uncertain
  }
  dossier {
    document
    form
    confidence
    uncertain
  }
  rewards {
    subject
    multiplier
    article
    confidence
    uncertain
  }
  conditions {
    ...AwardConditionItem
    conditions {
      ...AwardConditionItem
      conditions {
        ...AwardConditionItem
      }
    }
  }
}`) as unknown as TypedDocumentString<CreateAwardRuleVersionMutation, CreateAwardRuleVersionMutationVariables>;
export const UpdateAwardRuleVersionDocument = new TypedDocumentString(`
    mutation UpdateAwardRuleVersion($input: UpdateAwardRuleVersionInput!) {
  updateAwardRuleVersion(input: $input) {
    ...AwardRuleVersionItem
  }
}
    fragment AwardConditionItem on AwardCondition {
  type
  sentence
  confidence
  uncertain
  article
  subjects
  floor
  years
  award
  count
  scope
  min
  minParameter
  text
}
fragment AwardRuleVersionItem on AwardRuleVersion {
  id
  awardCode
  track
  effectiveFrom
  effectiveTo
  national
  shipped
  edited
  uncertain
  canManage
  version
  note
  legalDocument {
    id
    name
    number
  }
  provinceUnit {
    id
    name
  }
  decidedBy {
    text
    level
    article
    confidence
    uncertain
  }
  vote {
    required
    thresholdOfMembership
    article
    confidence
    uncertain
  }
  publicNotice {
    required
    workingDays
    article
    confidence
    uncertain
  }
  dossier {
    document
    form
    confidence
    uncertain
  }
  rewards {
    subject
    multiplier
    article
    confidence
    uncertain
  }
  conditions {
    ...AwardConditionItem
    conditions {
      ...AwardConditionItem
      conditions {
        ...AwardConditionItem
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateAwardRuleVersionMutation, UpdateAwardRuleVersionMutationVariables>;
export const CreateRuleParameterDocument = new TypedDocumentString(`
    mutation CreateRuleParameter($input: CreateRuleParameterInput!) {
  createRuleParameter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRuleParameterMutation, CreateRuleParameterMutationVariables>;
export const UpdateRuleParameterDocument = new TypedDocumentString(`
    mutation UpdateRuleParameter($input: UpdateRuleParameterInput!) {
  updateRuleParameter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRuleParameterMutation, UpdateRuleParameterMutationVariables>;
export const AwardRoundsDocument = new TypedDocumentString(`
    query AwardRounds($first: Int!, $after: String, $filter: AwardRoundFilter) {
  awardRounds(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AwardRoundItem
      }
    }
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<AwardRoundsQuery, AwardRoundsQueryVariables>;
export const CreateAwardRoundDocument = new TypedDocumentString(`
    mutation CreateAwardRound($input: CreateAwardRoundInput!) {
  createAwardRound(input: $input) {
    ...AwardRoundItem
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateAwardRoundMutation, CreateAwardRoundMutationVariables>;
export const UpdateAwardRoundDocument = new TypedDocumentString(`
    mutation UpdateAwardRound($input: UpdateAwardRoundInput!) {
  updateAwardRound(input: $input) {
    ...AwardRoundItem
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateAwardRoundMutation, UpdateAwardRoundMutationVariables>;
export const CloseAwardRoundDocument = new TypedDocumentString(`
    mutation CloseAwardRound($input: AwardRoundRefInput!) {
  closeAwardRound(input: $input) {
    ...AwardRoundItem
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CloseAwardRoundMutation, CloseAwardRoundMutationVariables>;
export const ReopenAwardRoundDocument = new TypedDocumentString(`
    mutation ReopenAwardRound($input: AwardRoundRefInput!) {
  reopenAwardRound(input: $input) {
    ...AwardRoundItem
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<ReopenAwardRoundMutation, ReopenAwardRoundMutationVariables>;
export const AwardDossiersDocument = new TypedDocumentString(`
    query AwardDossiers($first: Int!, $after: String, $filter: AwardDossierFilter) {
  awardDossiers(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AwardDossierItem
      }
    }
  }
}
    fragment AwardDossierItem on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  submittedAt
  firstSubmittedAt
  receivedAt
  version
  createdAt
  updatedAt
  round {
    id
    title
    kind
    year
    deadline
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nomineeCount
}`) as unknown as TypedDocumentString<AwardDossiersQuery, AwardDossiersQueryVariables>;
export const AwardDossierInboxDocument = new TypedDocumentString(`
    query AwardDossierInbox($first: Int!, $after: String, $filter: AwardDossierFilter) {
  awardDossierInbox(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AwardDossierItem
      }
    }
  }
}
    fragment AwardDossierItem on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  submittedAt
  firstSubmittedAt
  receivedAt
  version
  createdAt
  updatedAt
  round {
    id
    title
    kind
    year
    deadline
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nomineeCount
}`) as unknown as TypedDocumentString<AwardDossierInboxQuery, AwardDossierInboxQueryVariables>;
export const AwardDossierDocument = new TypedDocumentString(`
    query AwardDossier($id: ID!) {
  awardDossier(id: $id) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<AwardDossierQuery, AwardDossierQueryVariables>;
export const CreateAwardDossierDocument = new TypedDocumentString(`
    mutation CreateAwardDossier($input: CreateAwardDossierInput!) {
  createAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<CreateAwardDossierMutation, CreateAwardDossierMutationVariables>;
export const DeleteAwardDossierDocument = new TypedDocumentString(`
    mutation DeleteAwardDossier($input: AwardDossierRefInput!) {
  deleteAwardDossier(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAwardDossierMutation, DeleteAwardDossierMutationVariables>;
export const AddAwardNomineeDocument = new TypedDocumentString(`
    mutation AddAwardNominee($input: AddNomineeInput!) {
  addAwardNominee(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<AddAwardNomineeMutation, AddAwardNomineeMutationVariables>;
export const UpdateAwardNomineeDocument = new TypedDocumentString(`
    mutation UpdateAwardNominee($input: UpdateNomineeInput!) {
  updateAwardNominee(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateAwardNomineeMutation, UpdateAwardNomineeMutationVariables>;
export const RemoveAwardNomineeDocument = new TypedDocumentString(`
    mutation RemoveAwardNominee($input: RemoveNomineeInput!) {
  removeAwardNominee(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<RemoveAwardNomineeMutation, RemoveAwardNomineeMutationVariables>;
export const WriteAwardDossierDocumentDocument = new TypedDocumentString(`
    mutation WriteAwardDossierDocument($input: WriteDossierDocumentInput!) {
  writeAwardDossierDocument(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<WriteAwardDossierDocumentMutation, WriteAwardDossierDocumentMutationVariables>;
export const RemoveAwardDossierDocumentDocument = new TypedDocumentString(`
    mutation RemoveAwardDossierDocument($input: RemoveDossierDocumentInput!) {
  removeAwardDossierDocument(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<RemoveAwardDossierDocumentMutation, RemoveAwardDossierDocumentMutationVariables>;
export const SubmitAwardDossierDocument = new TypedDocumentString(`
    mutation SubmitAwardDossier($input: AwardDossierRefInput!) {
  submitAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<SubmitAwardDossierMutation, SubmitAwardDossierMutationVariables>;
export const RecallAwardDossierDocument = new TypedDocumentString(`
    mutation RecallAwardDossier($input: AwardDossierRefInput!) {
  recallAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<RecallAwardDossierMutation, RecallAwardDossierMutationVariables>;
export const WithdrawAwardDossierDocument = new TypedDocumentString(`
    mutation WithdrawAwardDossier($input: WithdrawAwardDossierInput!) {
  withdrawAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<WithdrawAwardDossierMutation, WithdrawAwardDossierMutationVariables>;
export const ReceiveAwardDossierDocument = new TypedDocumentString(`
    mutation ReceiveAwardDossier($input: AwardDossierRefInput!) {
  receiveAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<ReceiveAwardDossierMutation, ReceiveAwardDossierMutationVariables>;
export const ReturnAwardDossierDocument = new TypedDocumentString(`
    mutation ReturnAwardDossier($input: ReturnAwardDossierInput!) {
  returnAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<ReturnAwardDossierMutation, ReturnAwardDossierMutationVariables>;
export const AppraiseAwardDossierDocument = new TypedDocumentString(`
    mutation AppraiseAwardDossier($input: AppraiseAwardDossierInput!) {
  appraiseAwardDossier(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<AppraiseAwardDossierMutation, AppraiseAwardDossierMutationVariables>;
export const ForwardAwardDossierToCouncilDocument = new TypedDocumentString(`
    mutation ForwardAwardDossierToCouncil($input: AwardDossierRefInput!) {
  forwardAwardDossierToCouncil(input: $input) {
    ...AwardDossierDetail
  }
}
    fragment AwardRoundItem on AwardRound {
  id
  title
  kind
  track
  year
  status
  deadline
  decidingAuthority
  note
  awardForms
  quotas {
    form
    collectives
    individuals
    either
    per
    note
  }
  campaignPlanId
  canManage
  version
  createdAt
  updatedAt
  receivingUnit {
    id
    name
    canOpen
  }
}
fragment AwardDossierDetail on AwardDossier {
  id
  status
  late
  clock
  dueOn
  deadlineStatus
  note
  submittedAt
  firstSubmittedAt
  receivedAt
  originDossierId
  version
  createdAt
  updatedAt
  canEdit
  availableActions
  missingDocuments
  round {
    ...AwardRoundItem
  }
  unit {
    id
    name
    canOpen
  }
  receivingUnit {
    id
    name
    canOpen
  }
  nominees {
    id
    position
    subject
    name
    personId
    subjectUnitId
    householdAddress
    awardCode
    awardName
    achievements
    eligibilityChecked
    eligibility {
      verdict
      on
      stage
      basis
      ruleVersionId
      manualReason
      uncertain
      checks {
        key
        code
        principle
        met
        requirement
        label
        basis
        uncertain
      }
    }
    initiativeIds
    appraisalVerdict
    appraisalRemark
    appraisalChecklist {
      key
      source
      requirement
      finding
      met
      basis
    }
    originNominationId
  }
  documents {
    id
    kind
    nominationId
    fileName
    mediaType
    size
    text
    note
    downloadPath
    originDocumentId
    generated
    createdAt
  }
  quotaFindings {
    form
    limit
    used
    over
    explanation
  }
  events {
    id
    action
    fromStatus
    toStatus
    actorName
    at
    reason
    late
    dossierVersion
    remarks {
      nominationId
      documentId
      label
      remark
    }
    appraisal {
      nominationId
      name
      verdict
      remark
      checklist {
        key
        requirement
        ok
        remark
        settledBy
      }
    }
    quota {
      form
      limit
      used
      over
      explanation
    }
    changes {
      nomineesAdded
      nomineesRemoved
      nomineesEdited
      documentsAdded
      documentsRemoved
      documentsReplaced
    }
    notice {
      noticeId
      title
      required
      articles
      startsOn
      endsOn
      workingDays
      nominees
      publishedAt
      closedAt
      counts {
        kind
        count
      }
      comments {
        kind
        nominee
        excerpt
        receivedAt
        outcome
        handling
        handledAt
        handledBy
      }
    }
  }
}`) as unknown as TypedDocumentString<ForwardAwardDossierToCouncilMutation, ForwardAwardDossierToCouncilMutationVariables>;
export const AwardCountersDocument = new TypedDocumentString(`
    query AwardCounters($roundId: ID, $campaignPlanId: ID) {
  awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {
    rounds {
      roundId
      round {
        id
        title
        year
        status
        deadline
        canCheckEligibility
      }
      counts {
        ...AwardCountsItem
      }
    }
    total {
      ...AwardCountsItem
    }
  }
}
    fragment AwardCountsItem on AwardCounts {
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
}`) as unknown as TypedDocumentString<AwardCountersQuery, AwardCountersQueryVariables>;
export const CheckAwardEligibilityDocument = new TypedDocumentString(`
    mutation CheckAwardEligibility($dossierId: ID!) {
  checkAwardEligibility(dossierId: $dossierId) {
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
}`) as unknown as TypedDocumentString<CheckAwardEligibilityMutation, CheckAwardEligibilityMutationVariables>;
export const CheckRoundEligibilityDocument = new TypedDocumentString(`
    mutation CheckRoundEligibility($roundId: ID!) {
  checkRoundEligibility(roundId: $roundId) {
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
}`) as unknown as TypedDocumentString<CheckRoundEligibilityMutation, CheckRoundEligibilityMutationVariables>;
export const AwardEligibilityCheckDocument = new TypedDocumentString(`
    query AwardEligibilityCheck($jobId: ID!) {
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
      awardName
      storedVerdict
      verdict
      reasons
    }
    job {
      ...JobItem
    }
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
}`) as unknown as TypedDocumentString<AwardEligibilityCheckQuery, AwardEligibilityCheckQueryVariables>;
export const WorkingCalendarYearsDocument = new TypedDocumentString(`
    query WorkingCalendarYears {
  workingCalendarYears {
    year
    source
  }
}
    `) as unknown as TypedDocumentString<WorkingCalendarYearsQuery, WorkingCalendarYearsQueryVariables>;
export const WorkingCalendarYearDocument = new TypedDocumentString(`
    query WorkingCalendarYear($year: Int!) {
  workingCalendar(year: $year) {
    year
    defined
    source
    note
    workingDayCount
    provisionalCount
    canManage
    days {
      ...CalendarDayItem
    }
  }
}
    fragment CalendarDayItem on CalendarDay {
  id
  date
  weekday
  kind
  name
  note
  source
  provisional
  version
}`) as unknown as TypedDocumentString<WorkingCalendarYearQuery, WorkingCalendarYearQueryVariables>;
export const CreateCalendarDayDocument = new TypedDocumentString(`
    mutation CreateCalendarDay($input: CreateCalendarDayInput!) {
  createCalendarDay(input: $input) {
    ...CalendarDayItem
  }
}
    fragment CalendarDayItem on CalendarDay {
  id
  date
  weekday
  kind
  name
  note
  source
  provisional
  version
}`) as unknown as TypedDocumentString<CreateCalendarDayMutation, CreateCalendarDayMutationVariables>;
export const UpdateCalendarDayDocument = new TypedDocumentString(`
    mutation UpdateCalendarDay($input: UpdateCalendarDayInput!) {
  updateCalendarDay(input: $input) {
    ...CalendarDayItem
  }
}
    fragment CalendarDayItem on CalendarDay {
  id
  date
  weekday
  kind
  name
  note
  source
  provisional
  version
}`) as unknown as TypedDocumentString<UpdateCalendarDayMutation, UpdateCalendarDayMutationVariables>;
export const DeleteCalendarDayDocument = new TypedDocumentString(`
    mutation DeleteCalendarDay($input: DeleteCalendarDayInput!) {
  deleteCalendarDay(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteCalendarDayMutation, DeleteCalendarDayMutationVariables>;
export const GenerateCalendarYearDocument = new TypedDocumentString(`
    mutation GenerateCalendarYear($input: GenerateCalendarYearInput!) {
  generateCalendarYear(input: $input) {
    year
  }
}
    `) as unknown as TypedDocumentString<GenerateCalendarYearMutation, GenerateCalendarYearMutationVariables>;
export const CampaignCovenantsDocument = new TypedDocumentString(`
    query CampaignCovenants($planId: ID!, $first: Int!, $after: String) {
  campaignCovenants(planId: $planId, first: $first, after: $after) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CampaignCovenantItem
      }
    }
  }
}
    fragment CampaignCovenantItem on CampaignCovenant {
  id
  planId
  clusterId
  signedOn
  place
  content
  version
  cluster {
    id
    name
  }
  members {
    id
    name
  }
}`) as unknown as TypedDocumentString<CampaignCovenantsQuery, CampaignCovenantsQueryVariables>;
export const CreateCampaignCovenantDocument = new TypedDocumentString(`
    mutation CreateCampaignCovenant($input: CreateCampaignCovenantInput!) {
  createCampaignCovenant(input: $input) {
    ...CampaignCovenantItem
  }
}
    fragment CampaignCovenantItem on CampaignCovenant {
  id
  planId
  clusterId
  signedOn
  place
  content
  version
  cluster {
    id
    name
  }
  members {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateCampaignCovenantMutation, CreateCampaignCovenantMutationVariables>;
export const DeleteCampaignCovenantDocument = new TypedDocumentString(`
    mutation DeleteCampaignCovenant($input: DeleteCampaignCovenantInput!) {
  deleteCampaignCovenant(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteCampaignCovenantMutation, DeleteCampaignCovenantMutationVariables>;
export const RenderCampaignPlanDocumentsDocument = new TypedDocumentString(`
    mutation RenderCampaignPlanDocuments($input: RenderCampaignPlanDocumentsInput!) {
  renderCampaignPlanDocuments(input: $input) {
    job {
      ...JobItem
    }
    items {
      ...CampaignDocumentBatchItem
    }
  }
}
    fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {
  planId
  position
  status
  created
  error
  pdfUrl
  plan {
    id
    title
    symbol
    status
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
}`) as unknown as TypedDocumentString<RenderCampaignPlanDocumentsMutation, RenderCampaignPlanDocumentsMutationVariables>;
export const CampaignDocumentBatchDocument = new TypedDocumentString(`
    query CampaignDocumentBatch($jobId: ID!) {
  campaignDocumentBatch(jobId: $jobId) {
    job {
      ...JobItem
    }
    items {
      ...CampaignDocumentBatchItem
    }
  }
}
    fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {
  planId
  position
  status
  created
  error
  pdfUrl
  plan {
    id
    title
    symbol
    status
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
}`) as unknown as TypedDocumentString<CampaignDocumentBatchQuery, CampaignDocumentBatchQueryVariables>;
export const CampaignPlansDocument = new TypedDocumentString(`
    query CampaignPlans($first: Int!, $after: String, $search: String, $status: CampaignPlanStatus, $kind: CampaignKind, $year: Int, $issuerUnitId: ID) {
  campaignPlans(
    first: $first
    after: $after
    search: $search
    status: $status
    kind: $kind
    year: $year
    issuerUnitId: $issuerUnitId
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CampaignPlanItem
      }
    }
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}`) as unknown as TypedDocumentString<CampaignPlansQuery, CampaignPlansQueryVariables>;
export const CampaignPlanDocument = new TypedDocumentString(`
    query CampaignPlan($id: ID!) {
  campaignPlan(id: $id) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<CampaignPlanQuery, CampaignPlanQueryVariables>;
export const CreateCampaignPlanDocument = new TypedDocumentString(`
    mutation CreateCampaignPlan($input: CreateCampaignPlanInput!) {
  createCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<CreateCampaignPlanMutation, CreateCampaignPlanMutationVariables>;
export const UpdateCampaignPlanDocument = new TypedDocumentString(`
    mutation UpdateCampaignPlan($input: UpdateCampaignPlanInput!) {
  updateCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<UpdateCampaignPlanMutation, UpdateCampaignPlanMutationVariables>;
export const DeleteCampaignPlanDraftDocument = new TypedDocumentString(`
    mutation DeleteCampaignPlanDraft($input: DeleteCampaignPlanDraftInput!) {
  deleteCampaignPlanDraft(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteCampaignPlanDraftMutation, DeleteCampaignPlanDraftMutationVariables>;
export const SubmitCampaignPlanDocument = new TypedDocumentString(`
    mutation SubmitCampaignPlan($input: SubmitCampaignPlanInput!) {
  submitCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<SubmitCampaignPlanMutation, SubmitCampaignPlanMutationVariables>;
export const ReturnCampaignPlanDocument = new TypedDocumentString(`
    mutation ReturnCampaignPlan($input: ReturnCampaignPlanInput!) {
  returnCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<ReturnCampaignPlanMutation, ReturnCampaignPlanMutationVariables>;
export const IssueCampaignPlanDocument = new TypedDocumentString(`
    mutation IssueCampaignPlan($input: IssueCampaignPlanInput!) {
  issueCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<IssueCampaignPlanMutation, IssueCampaignPlanMutationVariables>;
export const StartCampaignPlanDocument = new TypedDocumentString(`
    mutation StartCampaignPlan($input: CampaignPlanStepInput!) {
  startCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<StartCampaignPlanMutation, StartCampaignPlanMutationVariables>;
export const OpenCampaignPlanReviewDocument = new TypedDocumentString(`
    mutation OpenCampaignPlanReview($input: OpenCampaignPlanReviewInput!) {
  openCampaignPlanReview(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<OpenCampaignPlanReviewMutation, OpenCampaignPlanReviewMutationVariables>;
export const ResumeCampaignPlanDocument = new TypedDocumentString(`
    mutation ResumeCampaignPlan($input: CampaignPlanStepInput!) {
  resumeCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<ResumeCampaignPlanMutation, ResumeCampaignPlanMutationVariables>;
export const CloseCampaignPlanDocument = new TypedDocumentString(`
    mutation CloseCampaignPlan($input: CampaignPlanStepInput!) {
  closeCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<CloseCampaignPlanMutation, CloseCampaignPlanMutationVariables>;
export const AmendCampaignPlanDocument = new TypedDocumentString(`
    mutation AmendCampaignPlan($input: AmendCampaignPlanInput!) {
  amendCampaignPlan(input: $input) {
    ...CampaignPlanDetail
  }
}
    fragment CampaignPlanItem on CampaignPlan {
  id
  title
  kind
  scope
  status
  periodFrom
  periodTo
  number
  symbol
  issuedOn
  returnReason
  version
  createdAt
  updatedAt
  issuerUnit {
    id
    name
    shortName
    canOpen
  }
}
fragment CampaignPlanContentFields on CampaignPlanContent {
  opening {
    verb
    resolution
  }
  purpose {
    aims
    requirements
    numbered
  }
  numbering
  headings {
    purpose
    contest
    theme
    motto
    period
    participants
    content
    targets
    schedule
    measures
    awards
    implementation
  }
  contestOrder
  schedulePlacement
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
      footnotes
    }
  }
  targets {
    indicator
    target
    unit
    year
    responsibleUnitName
    note
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
  measures
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
      collectives
      individuals
      either
      per
      note
    }
    dossier
    submitTo
    deadline
    deadlineNote
  }
  implementation {
    body
    tasks
    asTyped
  }
  reporting {
    who
    frequency
    to
    via
    inText
  }
  closing
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
fragment CampaignPlanDetail on CampaignPlan {
  ...CampaignPlanItem
  issuePlace
  documentUrl
  canManage
  canIssue
  canAnswer
  issuerUnit {
    id
    name
    shortName
    tree
    canOpen
    parent {
      id
      name
    }
  }
  legalBases {
    id
    kind
    number
    name
    title
    issuingBody
    issuedOn
    status
  }
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  content {
    ...CampaignPlanContentFields
  }
  addressing {
    unitIds
    subtreeUnitIds
    unitKindCodes
    unitKindsWithinUnitIds
    clusterIds
    units {
      id
      name
    }
    subtreeUnits {
      id
      name
    }
    unitKindsWithinUnits {
      id
      name
    }
  }
  answerDeadline
  respondsToPlanId
  respondsToPlan {
    id
    title
    symbol
    issuedOn
    issuerUnit {
      id
      name
    }
  }
  amendmentNote
  amends {
    id
    title
    symbol
    issuedOn
  }
  supersededBy {
    id
    title
    symbol
    issuedOn
  }
  pdfUrl
  pdfAvailable
  pdfStatus
}`) as unknown as TypedDocumentString<AmendCampaignPlanMutation, AmendCampaignPlanMutationVariables>;
export const CampaignPlanAddresseesDocument = new TypedDocumentString(`
    query CampaignPlanAddressees($planId: ID!, $first: Int!, $after: String, $status: CampaignAddresseeStatus, $underUnitId: ID, $search: String) {
  campaignPlanAddressees(
    planId: $planId
    first: $first
    after: $after
    status: $status
    underUnitId: $underUnitId
    search: $search
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CampaignAddresseeItem
      }
    }
  }
}
    fragment CampaignAddresseeItem on CampaignAddressee {
  id
  rule
  deadline
  status
  answeredOn
  reminderCount
  lastRemindedAt
  createdAt
  unit {
    id
    name
    code
    canOpen
  }
  inheritedFromUnit {
    id
    name
  }
  answerPlan {
    id
    symbol
    title
    issuedOn
  }
}`) as unknown as TypedDocumentString<CampaignPlanAddresseesQuery, CampaignPlanAddresseesQueryVariables>;
export const CampaignCascadeSummaryDocument = new TypedDocumentString(`
    query CampaignCascadeSummary($planId: ID!, $underUnitId: ID) {
  campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {
    planId
    underUnit {
      id
      name
    }
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
        name
        childCount
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
    `) as unknown as TypedDocumentString<CampaignCascadeSummaryQuery, CampaignCascadeSummaryQueryVariables>;
export const CampaignInboxDocument = new TypedDocumentString(`
    query CampaignInbox($first: Int!, $after: String, $status: CampaignAddresseeStatus, $year: Int, $search: String) {
  campaignInbox(
    first: $first
    after: $after
    status: $status
    year: $year
    search: $search
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CampaignAddresseeItem
        plan {
          id
          title
          symbol
          issuedOn
          status
          periodFrom
          periodTo
          issuerUnit {
            id
            name
          }
        }
      }
    }
  }
}
    fragment CampaignAddresseeItem on CampaignAddressee {
  id
  rule
  deadline
  status
  answeredOn
  reminderCount
  lastRemindedAt
  createdAt
  unit {
    id
    name
    code
    canOpen
  }
  inheritedFromUnit {
    id
    name
  }
  answerPlan {
    id
    symbol
    title
    issuedOn
  }
}`) as unknown as TypedDocumentString<CampaignInboxQuery, CampaignInboxQueryVariables>;
export const RemindCampaignAddresseesDocument = new TypedDocumentString(`
    mutation RemindCampaignAddressees($input: RemindCampaignAddresseesInput!) {
  remindCampaignAddressees(input: $input) {
    reminded
    remindedAt
  }
}
    `) as unknown as TypedDocumentString<RemindCampaignAddresseesMutation, RemindCampaignAddresseesMutationVariables>;
export const CampaignRegistrationsDocument = new TypedDocumentString(`
    query CampaignRegistrations($planId: ID!, $first: Int!, $after: String, $filter: CampaignRegistrationFilter) {
  campaignRegistrations(
    planId: $planId
    first: $first
    after: $after
    filter: $filter
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CampaignRegistrationItem
      }
    }
  }
}
    fragment CampaignRegistrationItem on CampaignRegistration {
  id
  kind
  status
  registrantName
  commitments
  returnReason
  submittedAt
  reviewedAt
  canDecide
  canEdit
  version
  titles {
    code
    name
  }
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<CampaignRegistrationsQuery, CampaignRegistrationsQueryVariables>;
export const CampaignRegistrationSummaryDocument = new TypedDocumentString(`
    query CampaignRegistrationSummary($planId: ID!) {
  campaignRegistrationSummary(planId: $planId) {
    total {
      units {
        total
        draft
        submitted
        returned
        approved
      }
      people {
        total
        draft
        submitted
        returned
        approved
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignRegistrationSummaryQuery, CampaignRegistrationSummaryQueryVariables>;
export const ApproveCampaignRegistrationDocument = new TypedDocumentString(`
    mutation ApproveCampaignRegistration($input: CampaignRegistrationRefInput!) {
  approveCampaignRegistration(input: $input) {
    ...CampaignRegistrationItem
  }
}
    fragment CampaignRegistrationItem on CampaignRegistration {
  id
  kind
  status
  registrantName
  commitments
  returnReason
  submittedAt
  reviewedAt
  canDecide
  canEdit
  version
  titles {
    code
    name
  }
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ApproveCampaignRegistrationMutation, ApproveCampaignRegistrationMutationVariables>;
export const ReturnCampaignRegistrationDocument = new TypedDocumentString(`
    mutation ReturnCampaignRegistration($input: ReturnCampaignRegistrationInput!) {
  returnCampaignRegistration(input: $input) {
    ...CampaignRegistrationItem
  }
}
    fragment CampaignRegistrationItem on CampaignRegistration {
  id
  kind
  status
  registrantName
  commitments
  returnReason
  submittedAt
  reviewedAt
  canDecide
  canEdit
  version
  titles {
    code
    name
  }
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReturnCampaignRegistrationMutation, ReturnCampaignRegistrationMutationVariables>;
export const CampaignReviewsDocument = new TypedDocumentString(`
    query CampaignReviews($planId: ID!, $kind: CampaignReviewKind!, $first: Int!, $after: String, $filter: CampaignReviewFilter) {
  campaignReviews(
    planId: $planId
    kind: $kind
    first: $first
    after: $after
    filter: $filter
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CampaignReviewItem
      }
    }
  }
}
    fragment CampaignReviewItem on CampaignReview {
  id
  kind
  status
  report
  deadline
  late
  submittedAt
  returnReason
  canReturn
  canEdit
  version
  unit {
    id
    name
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
  attachments {
    name
    url
  }
}`) as unknown as TypedDocumentString<CampaignReviewsQuery, CampaignReviewsQueryVariables>;
export const CampaignReviewSummaryDocument = new TypedDocumentString(`
    query CampaignReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {
  campaignReviewSummary(planId: $planId, kind: $kind) {
    kind
    deadline
    overdue
    addressed
    submitted
    onTime
    late
    missing
    drafts
    returned
  }
}
    `) as unknown as TypedDocumentString<CampaignReviewSummaryQuery, CampaignReviewSummaryQueryVariables>;
export const ReturnCampaignReviewDocument = new TypedDocumentString(`
    mutation ReturnCampaignReview($input: ReturnCampaignReviewInput!) {
  returnCampaignReview(input: $input) {
    ...CampaignReviewItem
  }
}
    fragment CampaignReviewItem on CampaignReview {
  id
  kind
  status
  report
  deadline
  late
  submittedAt
  returnReason
  canReturn
  canEdit
  version
  unit {
    id
    name
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
  attachments {
    name
    url
  }
}`) as unknown as TypedDocumentString<ReturnCampaignReviewMutation, ReturnCampaignReviewMutationVariables>;
export const CampaignCalendarDocument = new TypedDocumentString(`
    query CampaignCalendar($first: Int!, $year: Int) {
  campaignPlans(first: $first, year: $year) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        periodFrom
        periodTo
        answerDeadline
        content {
          phases {
            name
            from
            to
          }
          milestones {
            date
            label
            tentative
          }
          awards {
            deadline
            submitTo
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCalendarQuery, CampaignCalendarQueryVariables>;
export const CreateCampaignRegistrationDocument = new TypedDocumentString(`
    mutation CreateCampaignRegistration($input: CreateCampaignRegistrationInput!) {
  createCampaignRegistration(input: $input) {
    ...CampaignRegistrationItem
  }
}
    fragment CampaignRegistrationItem on CampaignRegistration {
  id
  kind
  status
  registrantName
  commitments
  returnReason
  submittedAt
  reviewedAt
  canDecide
  canEdit
  version
  titles {
    code
    name
  }
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateCampaignRegistrationMutation, CreateCampaignRegistrationMutationVariables>;
export const SubmitCampaignRegistrationDocument = new TypedDocumentString(`
    mutation SubmitCampaignRegistration($input: CampaignRegistrationRefInput!) {
  submitCampaignRegistration(input: $input) {
    ...CampaignRegistrationItem
  }
}
    fragment CampaignRegistrationItem on CampaignRegistration {
  id
  kind
  status
  registrantName
  commitments
  returnReason
  submittedAt
  reviewedAt
  canDecide
  canEdit
  version
  titles {
    code
    name
  }
  unit {
    id
    name
  }
}`) as unknown as TypedDocumentString<SubmitCampaignRegistrationMutation, SubmitCampaignRegistrationMutationVariables>;
export const DeleteCampaignRegistrationDocument = new TypedDocumentString(`
    mutation DeleteCampaignRegistration($input: CampaignRegistrationRefInput!) {
  deleteCampaignRegistration(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteCampaignRegistrationMutation, DeleteCampaignRegistrationMutationVariables>;
export const CreateCampaignReviewDocument = new TypedDocumentString(`
    mutation CreateCampaignReview($input: CreateCampaignReviewInput!) {
  createCampaignReview(input: $input) {
    ...CampaignReviewItem
  }
}
    fragment CampaignReviewItem on CampaignReview {
  id
  kind
  status
  report
  deadline
  late
  submittedAt
  returnReason
  canReturn
  canEdit
  version
  unit {
    id
    name
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
  attachments {
    name
    url
  }
}`) as unknown as TypedDocumentString<CreateCampaignReviewMutation, CreateCampaignReviewMutationVariables>;
export const SubmitCampaignReviewDocument = new TypedDocumentString(`
    mutation SubmitCampaignReview($input: CampaignReviewRefInput!) {
  submitCampaignReview(input: $input) {
    ...CampaignReviewItem
  }
}
    fragment CampaignReviewItem on CampaignReview {
  id
  kind
  status
  report
  deadline
  late
  submittedAt
  returnReason
  canReturn
  canEdit
  version
  unit {
    id
    name
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
  attachments {
    name
    url
  }
}`) as unknown as TypedDocumentString<SubmitCampaignReviewMutation, SubmitCampaignReviewMutationVariables>;
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
export const CongressesDocument = new TypedDocumentString(`
    query Congresses($planId: ID!, $first: Int!, $after: String, $filter: CongressFilterInput) {
  congresses(planId: $planId, first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CongressItem
      }
    }
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}`) as unknown as TypedDocumentString<CongressesQuery, CongressesQueryVariables>;
export const CongressDetailDocument = new TypedDocumentString(`
    query CongressDetail($id: ID!, $includeFromBelow: Boolean!) {
  congress(id: $id) {
    ...CongressItem
    delegates(first: 100) {
      totalCount
      edges {
        node {
          ...CongressDelegateItem
        }
      }
    }
    delegatesFromBelow(first: 100) {
      totalCount
      edges {
        node {
          ...CongressDelegateItem
        }
      }
    }
    balance(includeFromBelow: $includeFromBelow) {
      met
      total
      onDate
      summary
      lines {
        criterion
        label
        sector
        met
        actual
        requiredCount
        missing
        unknown
        explanation
      }
    }
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}
fragment CongressDelegateItem on CongressDelegate {
  id
  personId
  fullName
  title
  sector
  toUpper
  directWorker
  position
  unit {
    id
    name
  }
  congress {
    id
    name
  }
}`) as unknown as TypedDocumentString<CongressDetailQuery, CongressDetailQueryVariables>;
export const CreateCongressDocument = new TypedDocumentString(`
    mutation CreateCongress($input: CreateCongressInput!) {
  createCongress(input: $input) {
    ...CongressItem
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}`) as unknown as TypedDocumentString<CreateCongressMutation, CreateCongressMutationVariables>;
export const UpdateCongressDocument = new TypedDocumentString(`
    mutation UpdateCongress($input: UpdateCongressInput!) {
  updateCongress(input: $input) {
    ...CongressItem
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}`) as unknown as TypedDocumentString<UpdateCongressMutation, UpdateCongressMutationVariables>;
export const DeleteCongressDocument = new TypedDocumentString(`
    mutation DeleteCongress($input: DeleteCongressInput!) {
  deleteCongress(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteCongressMutation, DeleteCongressMutationVariables>;
export const SetCongressDelegatesDocument = new TypedDocumentString(`
    mutation SetCongressDelegates($input: SetCongressDelegatesInput!) {
  setCongressDelegates(input: $input) {
    ...CongressItem
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}`) as unknown as TypedDocumentString<SetCongressDelegatesMutation, SetCongressDelegatesMutationVariables>;
export const MarkCongressDelegatesToUpperDocument = new TypedDocumentString(`
    mutation MarkCongressDelegatesToUpper($input: MarkCongressDelegatesToUpperInput!) {
  markCongressDelegatesToUpper(input: $input) {
    ...CongressItem
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}`) as unknown as TypedDocumentString<MarkCongressDelegatesToUpperMutation, MarkCongressDelegatesToUpperMutationVariables>;
export const HoldCongressDocument = new TypedDocumentString(`
    mutation HoldCongress($input: HoldCongressInput!) {
  holdCongress(input: $input) {
    ...CongressItem
  }
}
    fragment CongressItem on Congress {
  id
  planId
  name
  level
  form
  status
  windowFrom
  windowTo
  windowLabel
  heldOn
  venue
  duration
  delegateTarget
  delegateCount
  agenda
  canManage
  version
  hostUnit {
    id
    name
  }
  upperCongressId
  upperCongress {
    id
    name
    canOpen
    windowLabel
  }
  requirements {
    criterion
    minShare
    minCount
    maxAge
    sectors
  }
}`) as unknown as TypedDocumentString<HoldCongressMutation, HoldCongressMutationVariables>;
export const CouncilBallotPaperDocument = new TypedDocumentString(`
    query CouncilBallotPaper($roundId: ID!, $code: String!) {
  councilBallotPaper(roundId: $roundId, code: $code) {
    roundId
    sessionTitle
    number
    threshold
    members
    candidates {
      agendaItemId
      candidateName
      awardName
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilBallotPaperQuery, CouncilBallotPaperQueryVariables>;
export const MemberVotingRoundDocument = new TypedDocumentString(`
    query MemberVotingRound($id: ID!) {
  councilVotingRound(id: $id) {
    id
    sessionId
    number
    title
    mode
    status
    threshold
    members
    blindKey {
      kty
      n
      e
    }
    candidates {
      id
      candidateName
      awardName
    }
  }
}
    `) as unknown as TypedDocumentString<MemberVotingRoundQuery, MemberVotingRoundQueryVariables>;
export const IssueCouncilVotingTokenDocument = new TypedDocumentString(`
    mutation IssueCouncilVotingToken($input: IssueCouncilVotingTokenInput!) {
  issueCouncilVotingToken(input: $input) {
    blindSignature
  }
}
    `) as unknown as TypedDocumentString<IssueCouncilVotingTokenMutation, IssueCouncilVotingTokenMutationVariables>;
export const CastCouncilBallotDocument = new TypedDocumentString(`
    mutation CastCouncilBallot($input: CastCouncilBallotInput!) {
  castCouncilBallot(input: $input) {
    choices
  }
}
    `) as unknown as TypedDocumentString<CastCouncilBallotMutation, CastCouncilBallotMutationVariables>;
export const CouncilSessionVotingRoundsDocument = new TypedDocumentString(`
    query CouncilSessionVotingRounds($id: ID!) {
  councilSession(id: $id) {
    id
    votingRounds {
      ...CouncilVotingRoundItem
    }
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<CouncilSessionVotingRoundsQuery, CouncilSessionVotingRoundsQueryVariables>;
export const CouncilVotingRoundLiveCountDocument = new TypedDocumentString(`
    query CouncilVotingRoundLiveCount($id: ID!) {
  councilVotingRound(id: $id) {
    id
    status
    castCount
    voters
  }
}
    `) as unknown as TypedDocumentString<CouncilVotingRoundLiveCountQuery, CouncilVotingRoundLiveCountQueryVariables>;
export const OpenCouncilVotingRoundDocument = new TypedDocumentString(`
    mutation OpenCouncilVotingRound($input: OpenCouncilVotingRoundInput!) {
  openCouncilVotingRound(input: $input) {
    ...CouncilVotingRoundItem
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<OpenCouncilVotingRoundMutation, OpenCouncilVotingRoundMutationVariables>;
export const OpenCouncilSecondRoundDocument = new TypedDocumentString(`
    mutation OpenCouncilSecondRound($input: OpenCouncilSecondRoundInput!) {
  openCouncilSecondRound(input: $input) {
    ...CouncilVotingRoundItem
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<OpenCouncilSecondRoundMutation, OpenCouncilSecondRoundMutationVariables>;
export const GenerateCouncilVotingCodesDocument = new TypedDocumentString(`
    mutation GenerateCouncilVotingCodes($input: CouncilRoundRefInput!) {
  generateCouncilVotingCodes(input: $input) {
    roundId
    codes
  }
}
    `) as unknown as TypedDocumentString<GenerateCouncilVotingCodesMutation, GenerateCouncilVotingCodesMutationVariables>;
export const CloseCouncilVotingRoundDocument = new TypedDocumentString(`
    mutation CloseCouncilVotingRound($input: CouncilRoundRefInput!) {
  closeCouncilVotingRound(input: $input) {
    ...CouncilVotingRoundItem
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<CloseCouncilVotingRoundMutation, CloseCouncilVotingRoundMutationVariables>;
export const TallyCouncilVotingRoundDocument = new TypedDocumentString(`
    mutation TallyCouncilVotingRound($input: CouncilRoundRefInput!) {
  tallyCouncilVotingRound(input: $input) {
    ...CouncilVotingRoundItem
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<TallyCouncilVotingRoundMutation, TallyCouncilVotingRoundMutationVariables>;
export const EnterPaperTallyDocument = new TypedDocumentString(`
    mutation EnterPaperTally($input: EnterPaperTallyInput!) {
  enterPaperTally(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EnterPaperTallyMutation, EnterPaperTallyMutationVariables>;
export const ConfirmPaperTallyDocument = new TypedDocumentString(`
    mutation ConfirmPaperTally($input: CouncilRoundRefInput!) {
  confirmPaperTally(input: $input) {
    ...CouncilVotingRoundItem
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<ConfirmPaperTallyMutation, ConfirmPaperTallyMutationVariables>;
export const DecideCouncilTieDocument = new TypedDocumentString(`
    mutation DecideCouncilTie($input: DecideCouncilTieInput!) {
  decideCouncilTie(input: $input) {
    ...CouncilVotingRoundItem
  }
}
    fragment CouncilVotingRoundItem on CouncilVotingRound {
  id
  version
  sessionId
  number
  previousRoundId
  title
  mode
  status
  members
  voters
  inRoom
  threshold
  quota
  openedAt
  closedAt
  talliedAt
  closeHash
  paperScanSha256
  paperTallyConfirmed
  paperEntries {
    entry
    userName
  }
  tallyMinutes {
    sha256
    docxPath
    pdfPath
  }
  castCount
  candidates {
    id
    position
    candidateName
    awardName
    subject
    proposingUnitName
    voteRequired
    threshold
  }
  results {
    agendaItemId
    agree
    disagree
    percentHundredths
    passed
    rank
    withinQuota
    explanation
  }
}`) as unknown as TypedDocumentString<DecideCouncilTieMutation, DecideCouncilTieMutationVariables>;
export const RecordWrittenOpinionsDocument = new TypedDocumentString(`
    mutation RecordWrittenOpinions($input: RecordWrittenOpinionsInput!) {
  recordWrittenOpinions(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordWrittenOpinionsMutation, RecordWrittenOpinionsMutationVariables>;
export const CouncilsDocument = new TypedDocumentString(`
    query Councils($first: Int!, $after: String, $unitId: ID, $search: String) {
  councils(first: $first, after: $after, unitId: $unitId, search: $search) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CouncilItem
      }
    }
  }
}
    fragment CouncilItem on Council {
  id
  name
  unitId
  clusterId
  standingUnitId
  decisionNumber
  decisionDate
  decisionText
  quorumShare
  awardPresenceShare
  proxiesAllowed
  endedOn
  active
  canManage
  version
  unit {
    id
    name
    canOpen
  }
  standingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CouncilsQuery, CouncilsQueryVariables>;
export const CouncilDocument = new TypedDocumentString(`
    query Council($id: ID!, $on: Date) {
  council(id: $id) {
    ...CouncilDetail
  }
}
    fragment CouncilItem on Council {
  id
  name
  unitId
  clusterId
  standingUnitId
  decisionNumber
  decisionDate
  decisionText
  quorumShare
  awardPresenceShare
  proxiesAllowed
  endedOn
  active
  canManage
  version
  unit {
    id
    name
    canOpen
  }
  standingUnit {
    id
    name
    canOpen
  }
}
fragment CouncilMemberItem on CouncilMember {
  id
  councilId
  personId
  fullName
  role
  title
  from
  to
  userId
  version
}
fragment CouncilDetail on Council {
  ...CouncilItem
  members(on: $on) {
    ...CouncilMemberItem
  }
}`) as unknown as TypedDocumentString<CouncilQuery, CouncilQueryVariables>;
export const CouncilMembersOnDocument = new TypedDocumentString(`
    query CouncilMembersOn($id: ID!, $on: Date!) {
  council(id: $id) {
    id
    members(on: $on) {
      ...CouncilMemberItem
    }
  }
}
    fragment CouncilMemberItem on CouncilMember {
  id
  councilId
  personId
  fullName
  role
  title
  from
  to
  userId
  version
}`) as unknown as TypedDocumentString<CouncilMembersOnQuery, CouncilMembersOnQueryVariables>;
export const CreateCouncilDocument = new TypedDocumentString(`
    mutation CreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    ...CouncilItem
  }
}
    fragment CouncilItem on Council {
  id
  name
  unitId
  clusterId
  standingUnitId
  decisionNumber
  decisionDate
  decisionText
  quorumShare
  awardPresenceShare
  proxiesAllowed
  endedOn
  active
  canManage
  version
  unit {
    id
    name
    canOpen
  }
  standingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateCouncilMutation, CreateCouncilMutationVariables>;
export const UpdateCouncilDocument = new TypedDocumentString(`
    mutation UpdateCouncil($input: UpdateCouncilInput!) {
  updateCouncil(input: $input) {
    ...CouncilItem
  }
}
    fragment CouncilItem on Council {
  id
  name
  unitId
  clusterId
  standingUnitId
  decisionNumber
  decisionDate
  decisionText
  quorumShare
  awardPresenceShare
  proxiesAllowed
  endedOn
  active
  canManage
  version
  unit {
    id
    name
    canOpen
  }
  standingUnit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateCouncilMutation, UpdateCouncilMutationVariables>;
export const AddCouncilMemberDocument = new TypedDocumentString(`
    mutation AddCouncilMember($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    ...CouncilMemberItem
  }
}
    fragment CouncilMemberItem on CouncilMember {
  id
  councilId
  personId
  fullName
  role
  title
  from
  to
  userId
  version
}`) as unknown as TypedDocumentString<AddCouncilMemberMutation, AddCouncilMemberMutationVariables>;
export const UpdateCouncilMemberDocument = new TypedDocumentString(`
    mutation UpdateCouncilMember($input: UpdateCouncilMemberInput!) {
  updateCouncilMember(input: $input) {
    ...CouncilMemberItem
  }
}
    fragment CouncilMemberItem on CouncilMember {
  id
  councilId
  personId
  fullName
  role
  title
  from
  to
  userId
  version
}`) as unknown as TypedDocumentString<UpdateCouncilMemberMutation, UpdateCouncilMemberMutationVariables>;
export const RemoveCouncilMemberDocument = new TypedDocumentString(`
    mutation RemoveCouncilMember($input: CouncilMemberRefInput!) {
  removeCouncilMember(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveCouncilMemberMutation, RemoveCouncilMemberMutationVariables>;
export const CouncilSessionsDocument = new TypedDocumentString(`
    query CouncilSessions($first: Int!, $after: String, $councilId: ID, $status: CouncilSessionStatus) {
  councilSessions(
    first: $first
    after: $after
    councilId: $councilId
    status: $status
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CouncilSessionItem
      }
    }
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}`) as unknown as TypedDocumentString<CouncilSessionsQuery, CouncilSessionsQueryVariables>;
export const MyCouncilSessionsDocument = new TypedDocumentString(`
    query MyCouncilSessions($first: Int!) {
  myCouncilSessions(first: $first) {
    totalCount
    totalCountCapped
    edges {
      node {
        id
        councilName
        title
        date
        startTime
        place
        status
        role
        attendance
        remoteRounds {
          id
          number
          awards
          tokenTaken
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCouncilSessionsQuery, MyCouncilSessionsQueryVariables>;
export const CouncilSessionDocument = new TypedDocumentString(`
    query CouncilSession($id: ID!) {
  councilSession(id: $id) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<CouncilSessionQuery, CouncilSessionQueryVariables>;
export const CreateCouncilSessionDocument = new TypedDocumentString(`
    mutation CreateCouncilSession($input: CreateCouncilSessionInput!) {
  createCouncilSession(input: $input) {
    ...CouncilSessionItem
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}`) as unknown as TypedDocumentString<CreateCouncilSessionMutation, CreateCouncilSessionMutationVariables>;
export const UpdateCouncilSessionDocument = new TypedDocumentString(`
    mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {
  updateCouncilSession(input: $input) {
    ...CouncilSessionItem
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}`) as unknown as TypedDocumentString<UpdateCouncilSessionMutation, UpdateCouncilSessionMutationVariables>;
export const DeleteCouncilSessionDocument = new TypedDocumentString(`
    mutation DeleteCouncilSession($input: CouncilSessionRefInput!) {
  deleteCouncilSession(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteCouncilSessionMutation, DeleteCouncilSessionMutationVariables>;
export const SetCouncilAttendanceDocument = new TypedDocumentString(`
    mutation SetCouncilAttendance($input: SetCouncilAttendanceInput!) {
  setCouncilAttendance(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<SetCouncilAttendanceMutation, SetCouncilAttendanceMutationVariables>;
export const AddCouncilGuestDocument = new TypedDocumentString(`
    mutation AddCouncilGuest($input: AddCouncilGuestInput!) {
  addCouncilGuest(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<AddCouncilGuestMutation, AddCouncilGuestMutationVariables>;
export const RemoveCouncilGuestDocument = new TypedDocumentString(`
    mutation RemoveCouncilGuest($input: RemoveCouncilGuestInput!) {
  removeCouncilGuest(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<RemoveCouncilGuestMutation, RemoveCouncilGuestMutationVariables>;
export const AddCouncilAgendaFromRoundDocument = new TypedDocumentString(`
    mutation AddCouncilAgendaFromRound($input: AddCouncilAgendaFromRoundInput!) {
  addCouncilAgendaFromRound(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<AddCouncilAgendaFromRoundMutation, AddCouncilAgendaFromRoundMutationVariables>;
export const RemoveCouncilAgendaItemDocument = new TypedDocumentString(`
    mutation RemoveCouncilAgendaItem($input: RemoveCouncilAgendaItemInput!) {
  removeCouncilAgendaItem(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<RemoveCouncilAgendaItemMutation, RemoveCouncilAgendaItemMutationVariables>;
export const MoveCouncilAgendaItemDocument = new TypedDocumentString(`
    mutation MoveCouncilAgendaItem($input: MoveCouncilAgendaItemInput!) {
  moveCouncilAgendaItem(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<MoveCouncilAgendaItemMutation, MoveCouncilAgendaItemMutationVariables>;
export const CloseCouncilSessionDocument = new TypedDocumentString(`
    mutation CloseCouncilSession($input: CouncilSessionRefInput!) {
  closeCouncilSession(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<CloseCouncilSessionMutation, CloseCouncilSessionMutationVariables>;
export const SignCouncilSessionDocument = new TypedDocumentString(`
    mutation SignCouncilSession($input: SignCouncilSessionInput!) {
  signCouncilSession(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<SignCouncilSessionMutation, SignCouncilSessionMutationVariables>;
export const StartCouncilSessionDocument = new TypedDocumentString(`
    mutation StartCouncilSession($input: CouncilSessionRefInput!) {
  startCouncilSession(input: $input) {
    ...CouncilSessionDetail
  }
}
    fragment CouncilSessionItem on CouncilSession {
  id
  councilId
  title
  kind
  date
  startTime
  place
  chairMemberId
  secretaryMemberId
  awardRoundId
  status
  startedAt
  note
  version
}
fragment CouncilSessionDetail on CouncilSession {
  ...CouncilSessionItem
  canManage
  council {
    id
    name
    proxiesAllowed
    unit {
      id
      name
      canOpen
    }
  }
  chair {
    memberId
    fullName
  }
  secretary {
    memberId
    fullName
  }
  awardRound {
    id
    title
  }
  members {
    id
    memberId
    position
    fullName
    role
    title
    attendance
    writtenOpinion
    proxyMemberId
  }
  guests {
    id
    position
    name
    title
  }
  agenda {
    id
    position
    nominationId
    subject
    candidateName
    awardCode
    awardName
    proposingUnitId
    proposingUnitName
    voteRequired
    threshold
    outcome
    outcomeAgree
    outcomePercentHundredths
    outcomeRoundId
  }
  closedAt
  minutes {
    sha256
    docxPath
    pdfPath
  }
  signedAt
  signedScanSha256
  quorum {
    members
    present
    proxies
    attending
    writtenOpinions
    absent
    unrecorded
    share
    awardShare
    required
    met
    explanation
  }
}`) as unknown as TypedDocumentString<StartCouncilSessionMutation, StartCouncilSessionMutationVariables>;
export const VerifyAwardCertificateDocument = new TypedDocumentString(`
    query VerifyAwardCertificate($code: String!) {
  verifyAwardCertificate(code: $code) {
    ...PublicAwardItem
  }
}
    fragment PublicAwardItem on PublicAward {
  name
  unitName
  awardName
  decisionNumber
  decidedOn
  issuerName
  goldBookNumber
  year
}`) as unknown as TypedDocumentString<VerifyAwardCertificateQuery, VerifyAwardCertificateQueryVariables>;
export const PublicAwardLookupDocument = new TypedDocumentString(`
    query PublicAwardLookup($name: String!, $unitName: String, $year: Int, $first: Int!, $after: String) {
  publicAwardLookup(
    name: $name
    unitName: $unitName
    year: $year
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
        ...PublicAwardItem
      }
    }
  }
}
    fragment PublicAwardItem on PublicAward {
  name
  unitName
  awardName
  decisionNumber
  decidedOn
  issuerName
  goldBookNumber
  year
}`) as unknown as TypedDocumentString<PublicAwardLookupQuery, PublicAwardLookupQueryVariables>;
export const AwardDecisionsDocument = new TypedDocumentString(`
    query AwardDecisions($first: Int!, $after: String, $filter: AwardDecisionFilter, $sort: AwardDecisionSort) {
  awardDecisions(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AwardDecisionItem
      }
    }
  }
}
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}`) as unknown as TypedDocumentString<AwardDecisionsQuery, AwardDecisionsQueryVariables>;
export const AwardDecisionDocument = new TypedDocumentString(`
    query AwardDecision($id: ID!) {
  awardDecision(id: $id) {
    ...AwardDecisionDetail
  }
}
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}
fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
  id
  position
  nominationId
  dossierId
  subject
  displayName
  name
  detail
  unitName
  achievement
  awardName
  multiplier
  baseSalary
  amount
  goldBookNumber
  certificateCode
  awardRecordId
}
fragment AwardDecisionDetail on AwardDecision {
  ...AwardDecisionItem
  roundId
  issuerUnitId
  authority
  achievement
  bases
  councilMinutes {
    body
    date
  }
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
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  issuedByName
  docxPath
  pdfPath
  rewardsExportPath
  certificates {
    docxPath
    pdfPath
    madeAt
  }
  totalAmount
  updatedAt
  recipients {
    ...AwardDecisionRecipientItem
  }
}`) as unknown as TypedDocumentString<AwardDecisionQuery, AwardDecisionQueryVariables>;
export const AwardDecisionCandidatesDocument = new TypedDocumentString(`
    query AwardDecisionCandidates($roundId: ID!, $issuerUnitId: ID!) {
  awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {
    nominationId
    dossierId
    dossierStatus
    proposingUnitId
    proposingUnitName
    subject
    name
    awardCode
    awardName
    toTrinhSymbol
    decisionId
  }
}
    `) as unknown as TypedDocumentString<AwardDecisionCandidatesQuery, AwardDecisionCandidatesQueryVariables>;
export const DraftAwardDecisionDocument = new TypedDocumentString(`
    mutation DraftAwardDecision($input: DraftAwardDecisionInput!) {
  draftAwardDecision(input: $input) {
    ...AwardDecisionDetail
  }
}
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}
fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
  id
  position
  nominationId
  dossierId
  subject
  displayName
  name
  detail
  unitName
  achievement
  awardName
  multiplier
  baseSalary
  amount
  goldBookNumber
  certificateCode
  awardRecordId
}
fragment AwardDecisionDetail on AwardDecision {
  ...AwardDecisionItem
  roundId
  issuerUnitId
  authority
  achievement
  bases
  councilMinutes {
    body
    date
  }
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
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  issuedByName
  docxPath
  pdfPath
  rewardsExportPath
  certificates {
    docxPath
    pdfPath
    madeAt
  }
  totalAmount
  updatedAt
  recipients {
    ...AwardDecisionRecipientItem
  }
}`) as unknown as TypedDocumentString<DraftAwardDecisionMutation, DraftAwardDecisionMutationVariables>;
export const UpdateAwardDecisionDocument = new TypedDocumentString(`
    mutation UpdateAwardDecision($input: UpdateAwardDecisionInput!) {
  updateAwardDecision(input: $input) {
    ...AwardDecisionDetail
  }
}
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}
fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
  id
  position
  nominationId
  dossierId
  subject
  displayName
  name
  detail
  unitName
  achievement
  awardName
  multiplier
  baseSalary
  amount
  goldBookNumber
  certificateCode
  awardRecordId
}
fragment AwardDecisionDetail on AwardDecision {
  ...AwardDecisionItem
  roundId
  issuerUnitId
  authority
  achievement
  bases
  councilMinutes {
    body
    date
  }
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
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  issuedByName
  docxPath
  pdfPath
  rewardsExportPath
  certificates {
    docxPath
    pdfPath
    madeAt
  }
  totalAmount
  updatedAt
  recipients {
    ...AwardDecisionRecipientItem
  }
}`) as unknown as TypedDocumentString<UpdateAwardDecisionMutation, UpdateAwardDecisionMutationVariables>;
export const DeleteAwardDecisionDocument = new TypedDocumentString(`
    mutation DeleteAwardDecision($input: AwardDecisionRefInput!) {
  deleteAwardDecision(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAwardDecisionMutation, DeleteAwardDecisionMutationVariables>;
export const IssueAwardDecisionDocument = new TypedDocumentString(`
    mutation IssueAwardDecision($input: AwardDecisionRefInput!) {
  issueAwardDecision(input: $input) {
    ...AwardDecisionDetail
  }
}
    fragment AwardDecisionItem on AwardDecision {
  id
  version
  status
  year
  track
  awardCode
  awardName
  awardKind
  subject
  number
  symbol
  decidedOn
  issuedAt
  createdAt
  canManage
  canIssue
  issuerUnit {
    id
    name
    canOpen
  }
  round {
    id
    title
    year
  }
}
fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
  id
  position
  nominationId
  dossierId
  subject
  displayName
  name
  detail
  unitName
  achievement
  awardName
  multiplier
  baseSalary
  amount
  goldBookNumber
  certificateCode
  awardRecordId
}
fragment AwardDecisionDetail on AwardDecision {
  ...AwardDecisionItem
  roundId
  issuerUnitId
  authority
  achievement
  bases
  councilMinutes {
    body
    date
  }
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
  signer {
    on {
      authority
      of
    }
    title
    name
  }
  issuedByName
  docxPath
  pdfPath
  rewardsExportPath
  certificates {
    docxPath
    pdfPath
    madeAt
  }
  totalAmount
  updatedAt
  recipients {
    ...AwardDecisionRecipientItem
  }
}`) as unknown as TypedDocumentString<IssueAwardDecisionMutation, IssueAwardDecisionMutationVariables>;
export const PrintAwardCertificatesDocument = new TypedDocumentString(`
    mutation PrintAwardCertificates($decisionId: ID!) {
  printAwardCertificates(decisionId: $decisionId) {
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
}`) as unknown as TypedDocumentString<PrintAwardCertificatesMutation, PrintAwardCertificatesMutationVariables>;
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
export const AwardNoticePanelDocument = new TypedDocumentString(`
    query AwardNoticePanel($dossierId: ID!) {
  awardDossier(id: $dossierId) {
    id
    noticeRequirement {
      required
      workingDays
      articles
      nominees
    }
  }
  awardNotice(dossierId: $dossierId) {
    ...AwardNoticeDetail
  }
}
    fragment AwardNoticeDetail on AwardNotice {
  id
  version
  dossierId
  title
  unitName
  required
  workingDays
  articles
  startsOn
  endsOn
  status
  phase
  publishedAt
  publishedByName
  closedAt
  closedByName
  publicPath
  canManage
  unhandledCount
  counts {
    kind
    count
  }
  nominees {
    position
    nominationId
    name
    detail
    awardName
    required
  }
}`) as unknown as TypedDocumentString<AwardNoticePanelQuery, AwardNoticePanelQueryVariables>;
export const AwardNoticeCommentsDocument = new TypedDocumentString(`
    query AwardNoticeComments($dossierId: ID!, $first: Int!, $after: String) {
  awardNotice(dossierId: $dossierId) {
    id
    comments(first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NoticeCommentItem
        }
      }
    }
  }
}
    fragment NoticeCommentItem on NoticeComment {
  id
  version
  kind
  nomineePosition
  nomineeLabel
  text
  receivedAt
  authorName
  contact
  outcome
  handling
  handledAt
  handledByName
}`) as unknown as TypedDocumentString<AwardNoticeCommentsQuery, AwardNoticeCommentsQueryVariables>;
export const PublishAwardNoticeDocument = new TypedDocumentString(`
    mutation PublishAwardNotice($input: PublishAwardNoticeInput!) {
  publishAwardNotice(input: $input) {
    ...AwardNoticeDetail
  }
}
    fragment AwardNoticeDetail on AwardNotice {
  id
  version
  dossierId
  title
  unitName
  required
  workingDays
  articles
  startsOn
  endsOn
  status
  phase
  publishedAt
  publishedByName
  closedAt
  closedByName
  publicPath
  canManage
  unhandledCount
  counts {
    kind
    count
  }
  nominees {
    position
    nominationId
    name
    detail
    awardName
    required
  }
}`) as unknown as TypedDocumentString<PublishAwardNoticeMutation, PublishAwardNoticeMutationVariables>;
export const ExtendAwardNoticeDocument = new TypedDocumentString(`
    mutation ExtendAwardNotice($input: ExtendAwardNoticeInput!) {
  extendAwardNotice(input: $input) {
    ...AwardNoticeDetail
  }
}
    fragment AwardNoticeDetail on AwardNotice {
  id
  version
  dossierId
  title
  unitName
  required
  workingDays
  articles
  startsOn
  endsOn
  status
  phase
  publishedAt
  publishedByName
  closedAt
  closedByName
  publicPath
  canManage
  unhandledCount
  counts {
    kind
    count
  }
  nominees {
    position
    nominationId
    name
    detail
    awardName
    required
  }
}`) as unknown as TypedDocumentString<ExtendAwardNoticeMutation, ExtendAwardNoticeMutationVariables>;
export const CloseAwardNoticeDocument = new TypedDocumentString(`
    mutation CloseAwardNotice($input: CloseAwardNoticeInput!) {
  closeAwardNotice(input: $input) {
    ...AwardNoticeDetail
  }
}
    fragment AwardNoticeDetail on AwardNotice {
  id
  version
  dossierId
  title
  unitName
  required
  workingDays
  articles
  startsOn
  endsOn
  status
  phase
  publishedAt
  publishedByName
  closedAt
  closedByName
  publicPath
  canManage
  unhandledCount
  counts {
    kind
    count
  }
  nominees {
    position
    nominationId
    name
    detail
    awardName
    required
  }
}`) as unknown as TypedDocumentString<CloseAwardNoticeMutation, CloseAwardNoticeMutationVariables>;
export const HandleNoticeCommentDocument = new TypedDocumentString(`
    mutation HandleNoticeComment($input: HandleNoticeCommentInput!) {
  handleNoticeComment(input: $input) {
    ...NoticeCommentItem
  }
}
    fragment NoticeCommentItem on NoticeComment {
  id
  version
  kind
  nomineePosition
  nomineeLabel
  text
  receivedAt
  authorName
  contact
  outcome
  handling
  handledAt
  handledByName
}`) as unknown as TypedDocumentString<HandleNoticeCommentMutation, HandleNoticeCommentMutationVariables>;
export const PublicAwardNoticesDocument = new TypedDocumentString(`
    query PublicAwardNotices($first: Int!, $after: String, $search: String) {
  publicAwardNotices(first: $first, after: $after, search: $search) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PublicAwardNoticeItem
      }
    }
  }
}
    fragment PublicAwardNoticeItem on PublicAwardNotice {
  id
  title
  unitName
  startsOn
  endsOn
  workingDays
  articles
  publishedAt
  acceptingComments
  nominees {
    position
    subject
    name
    detail
    awardName
  }
}`) as unknown as TypedDocumentString<PublicAwardNoticesQuery, PublicAwardNoticesQueryVariables>;
export const PublicAwardNoticeDocument = new TypedDocumentString(`
    query PublicAwardNotice($id: ID!) {
  publicAwardNotice(id: $id) {
    ...PublicAwardNoticeItem
  }
}
    fragment PublicAwardNoticeItem on PublicAwardNotice {
  id
  title
  unitName
  startsOn
  endsOn
  workingDays
  articles
  publishedAt
  acceptingComments
  nominees {
    position
    subject
    name
    detail
    awardName
  }
}`) as unknown as TypedDocumentString<PublicAwardNoticeQuery, PublicAwardNoticeQueryVariables>;
export const NoticeEndDateDocument = new TypedDocumentString(`
    query NoticeEndDate($start: Date!, $days: Int!) {
  addWorkingDays(start: $start, days: $days) {
    date
    missingYears
  }
}
    `) as unknown as TypedDocumentString<NoticeEndDateQuery, NoticeEndDateQueryVariables>;
export const SubmitNoticeCommentDocument = new TypedDocumentString(`
    mutation SubmitNoticeComment($input: SubmitNoticeCommentInput!) {
  submitNoticeComment(input: $input) {
    kind
    nomineeLabel
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitNoticeCommentMutation, SubmitNoticeCommentMutationVariables>;
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
export const EvaluationsDocument = new TypedDocumentString(`
    query Evaluations($first: Int!, $after: String, $filter: EvaluationFilter) {
  evaluations(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...EvaluationItem
      }
    }
  }
}
    fragment EvaluationItem on Evaluation {
  id
  version
  subject
  personId
  subjectName
  year
  grade
  source
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<EvaluationsQuery, EvaluationsQueryVariables>;
export const AwardRecordsDocument = new TypedDocumentString(`
    query AwardRecords($first: Int!, $after: String, $filter: AwardRecordFilter) {
  awardRecords(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AwardRecordItem
      }
    }
  }
}
    fragment AwardRecordItem on AwardRecord {
  id
  version
  subject
  personId
  subjectName
  householdAddress
  awardCode
  awardName
  track
  year
  decisionNumber
  decidedOn
  decidedBy
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<AwardRecordsQuery, AwardRecordsQueryVariables>;
export const InitiativesDocument = new TypedDocumentString(`
    query Initiatives($first: Int!, $after: String, $filter: InitiativeFilter) {
  initiatives(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...InitiativeItem
      }
    }
  }
}
    fragment InitiativeItem on Initiative {
  id
  version
  subject
  personId
  subjectName
  kind
  title
  scope
  recognisedOn
  recognisedBy
  certificateNumber
  note
  canEdit
  usedFor {
    awardName
    year
    reference
  }
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<InitiativesQuery, InitiativesQueryVariables>;
export const HoldsDocument = new TypedDocumentString(`
    query Holds($first: Int!, $after: String, $filter: HoldFilter) {
  holds(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...HoldItem
      }
    }
  }
}
    fragment HoldItem on Hold {
  id
  version
  subject
  personId
  subjectName
  kind
  startsOn
  endsOn
  source
  liftedOn
  liftReason
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<HoldsQuery, HoldsQueryVariables>;
export const CreateEvaluationDocument = new TypedDocumentString(`
    mutation CreateEvaluation($input: CreateEvaluationInput!) {
  createEvaluation(input: $input) {
    ...EvaluationItem
  }
}
    fragment EvaluationItem on Evaluation {
  id
  version
  subject
  personId
  subjectName
  year
  grade
  source
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateEvaluationMutation, CreateEvaluationMutationVariables>;
export const UpdateEvaluationDocument = new TypedDocumentString(`
    mutation UpdateEvaluation($input: UpdateEvaluationInput!) {
  updateEvaluation(input: $input) {
    ...EvaluationItem
  }
}
    fragment EvaluationItem on Evaluation {
  id
  version
  subject
  personId
  subjectName
  year
  grade
  source
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateEvaluationMutation, UpdateEvaluationMutationVariables>;
export const DeleteEvaluationDocument = new TypedDocumentString(`
    mutation DeleteEvaluation($input: RecordRefInput!) {
  deleteEvaluation(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteEvaluationMutation, DeleteEvaluationMutationVariables>;
export const CreateAwardRecordDocument = new TypedDocumentString(`
    mutation CreateAwardRecord($input: CreateAwardRecordInput!) {
  createAwardRecord(input: $input) {
    ...AwardRecordItem
  }
}
    fragment AwardRecordItem on AwardRecord {
  id
  version
  subject
  personId
  subjectName
  householdAddress
  awardCode
  awardName
  track
  year
  decisionNumber
  decidedOn
  decidedBy
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateAwardRecordMutation, CreateAwardRecordMutationVariables>;
export const UpdateAwardRecordDocument = new TypedDocumentString(`
    mutation UpdateAwardRecord($input: UpdateAwardRecordInput!) {
  updateAwardRecord(input: $input) {
    ...AwardRecordItem
  }
}
    fragment AwardRecordItem on AwardRecord {
  id
  version
  subject
  personId
  subjectName
  householdAddress
  awardCode
  awardName
  track
  year
  decisionNumber
  decidedOn
  decidedBy
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateAwardRecordMutation, UpdateAwardRecordMutationVariables>;
export const DeleteAwardRecordDocument = new TypedDocumentString(`
    mutation DeleteAwardRecord($input: RecordRefInput!) {
  deleteAwardRecord(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAwardRecordMutation, DeleteAwardRecordMutationVariables>;
export const CreateInitiativeDocument = new TypedDocumentString(`
    mutation CreateInitiative($input: CreateInitiativeInput!) {
  createInitiative(input: $input) {
    ...InitiativeItem
  }
}
    fragment InitiativeItem on Initiative {
  id
  version
  subject
  personId
  subjectName
  kind
  title
  scope
  recognisedOn
  recognisedBy
  certificateNumber
  note
  canEdit
  usedFor {
    awardName
    year
    reference
  }
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateInitiativeMutation, CreateInitiativeMutationVariables>;
export const UpdateInitiativeDocument = new TypedDocumentString(`
    mutation UpdateInitiative($input: UpdateInitiativeInput!) {
  updateInitiative(input: $input) {
    ...InitiativeItem
  }
}
    fragment InitiativeItem on Initiative {
  id
  version
  subject
  personId
  subjectName
  kind
  title
  scope
  recognisedOn
  recognisedBy
  certificateNumber
  note
  canEdit
  usedFor {
    awardName
    year
    reference
  }
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateInitiativeMutation, UpdateInitiativeMutationVariables>;
export const DeleteInitiativeDocument = new TypedDocumentString(`
    mutation DeleteInitiative($input: RecordRefInput!) {
  deleteInitiative(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteInitiativeMutation, DeleteInitiativeMutationVariables>;
export const LockInitiativeDocument = new TypedDocumentString(`
    mutation LockInitiative($input: LockInitiativeInput!) {
  lockInitiative(input: $input) {
    ...InitiativeItem
  }
}
    fragment InitiativeItem on Initiative {
  id
  version
  subject
  personId
  subjectName
  kind
  title
  scope
  recognisedOn
  recognisedBy
  certificateNumber
  note
  canEdit
  usedFor {
    awardName
    year
    reference
  }
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<LockInitiativeMutation, LockInitiativeMutationVariables>;
export const ReleaseInitiativeDocument = new TypedDocumentString(`
    mutation ReleaseInitiative($input: RecordRefInput!) {
  releaseInitiative(input: $input) {
    ...InitiativeItem
  }
}
    fragment InitiativeItem on Initiative {
  id
  version
  subject
  personId
  subjectName
  kind
  title
  scope
  recognisedOn
  recognisedBy
  certificateNumber
  note
  canEdit
  usedFor {
    awardName
    year
    reference
  }
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<ReleaseInitiativeMutation, ReleaseInitiativeMutationVariables>;
export const CreateHoldDocument = new TypedDocumentString(`
    mutation CreateHold($input: CreateHoldInput!) {
  createHold(input: $input) {
    ...HoldItem
  }
}
    fragment HoldItem on Hold {
  id
  version
  subject
  personId
  subjectName
  kind
  startsOn
  endsOn
  source
  liftedOn
  liftReason
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<CreateHoldMutation, CreateHoldMutationVariables>;
export const UpdateHoldDocument = new TypedDocumentString(`
    mutation UpdateHold($input: UpdateHoldInput!) {
  updateHold(input: $input) {
    ...HoldItem
  }
}
    fragment HoldItem on Hold {
  id
  version
  subject
  personId
  subjectName
  kind
  startsOn
  endsOn
  source
  liftedOn
  liftReason
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<UpdateHoldMutation, UpdateHoldMutationVariables>;
export const LiftHoldDocument = new TypedDocumentString(`
    mutation LiftHold($input: LiftHoldInput!) {
  liftHold(input: $input) {
    ...HoldItem
  }
}
    fragment HoldItem on Hold {
  id
  version
  subject
  personId
  subjectName
  kind
  startsOn
  endsOn
  source
  liftedOn
  liftReason
  note
  canEdit
  unit {
    id
    name
    canOpen
  }
}`) as unknown as TypedDocumentString<LiftHoldMutation, LiftHoldMutationVariables>;
export const DeleteHoldDocument = new TypedDocumentString(`
    mutation DeleteHold($input: RecordRefInput!) {
  deleteHold(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteHoldMutation, DeleteHoldMutationVariables>;
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