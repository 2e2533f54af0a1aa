import {
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  PERSON_CODE,
  RECORD_LIMITS as L,
  TEXT_LIMITS,
  UNIT_CODE,
} from '@thidua/shared-domain';
import { defineColumns, labelsToCodes } from '../../core/excel/excel-columns';

export const GRADE_LABELS = labelsToCodes(EVALUATION_GRADES);
export const TRACK_LABELS = labelsToCodes(AWARD_TRACKS);
export const SUBJECT_LABELS = labelsToCodes(AWARD_SUBJECTS);

const personCode = {
  key: 'personCode',
  header: 'Mã nhân sự',
  aliases: ['Mã cán bộ'],
  type: 'text',
  maxLength: PERSON_CODE.maxLength,
  width: 14,
  example: 'NV0001',
} as const;

const fullName = {
  key: 'fullName',
  header: 'Họ và tên',
  aliases: ['Họ tên'],
  type: 'text',
  maxLength: TEXT_LIMITS.personName,
  width: 26,
  example: 'Nguyễn Văn An',
} as const;

const unitCode = {
  key: 'unitCode',
  header: 'Mã đơn vị',
  type: 'text',
  maxLength: UNIT_CODE.maxLength,
  width: 14,
  example: 'SNV',
} as const;

const year = {
  key: 'year',
  header: 'Năm',
  type: 'integer',
  required: true,
  width: 8,
  example: '2024',
} as const;

const note = {
  key: 'note',
  header: 'Ghi chú',
  type: 'text',
  maxLength: TEXT_LIMITS.note,
  width: 30,
} as const;

/**
 * Kết quả đánh giá (template, import, export). A row with "Mã nhân sự" is that person's result
 * ("Mã đơn vị" optional: the unit they worked in that year, found from their posts when blank); a row
 * without it is the unit's own (collective) result.
 */
export const EVALUATION_COLUMNS = defineColumns([
  personCode,
  fullName,
  unitCode,
  year,
  {
    key: 'grade',
    header: 'Xếp loại',
    aliases: ['Kết quả đánh giá', 'Kết quả xếp loại'],
    type: 'enum',
    required: true,
    enumValues: GRADE_LABELS,
    width: 30,
    example: 'Hoàn thành tốt nhiệm vụ',
  },
  {
    key: 'source',
    header: 'Nguồn',
    aliases: ['Căn cứ', 'Quyết định'],
    type: 'text',
    maxLength: L.source,
    width: 36,
    example: 'Quyết định số 15/QĐ-SNV ngày 20/12/2024',
  },
  note,
] as const);

export const EVALUATION_EXPORT_COLUMNS = defineColumns([
  ...EVALUATION_COLUMNS,
  { key: 'subject', header: 'Đối tượng', type: 'enum', enumValues: SUBJECT_LABELS, width: 12 },
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
] as const);

/**
 * Lịch sử khen thưởng (template, import, export): a person's ("Mã nhân sự"), a household's ("Tên hộ
 * gia đình", under the commune of "Mã đơn vị"), or else the unit's own. "Mã danh hiệu" from the
 * catalog, or blank with the name alone for a province's own form or an old record.
 */
export const AWARD_RECORD_COLUMNS = defineColumns([
  personCode,
  fullName,
  unitCode,
  {
    key: 'householdName',
    header: 'Tên hộ gia đình',
    aliases: ['Hộ gia đình'],
    type: 'text',
    maxLength: L.householdName,
    width: 24,
  },
  {
    key: 'householdAddress',
    header: 'Địa chỉ hộ gia đình',
    type: 'text',
    maxLength: TEXT_LIMITS.address,
    width: 30,
  },
  year,
  {
    key: 'awardCode',
    header: 'Mã danh hiệu',
    aliases: ['Mã hình thức'],
    type: 'text',
    maxLength: L.awardCode,
    width: 22,
    example: 'LAO_DONG_TIEN_TIEN',
  },
  {
    key: 'awardName',
    header: 'Danh hiệu, hình thức',
    aliases: ['Danh hiệu', 'Hình thức khen thưởng'],
    type: 'text',
    maxLength: L.awardName,
    width: 36,
    example: 'Lao động tiên tiến',
  },
  {
    key: 'track',
    header: 'Loại hình',
    aliases: ['Loại hình khen thưởng'],
    type: 'enum',
    enumValues: TRACK_LABELS,
    width: 26,
    example: 'Công trạng (thường xuyên)',
  },
  {
    key: 'decisionNumber',
    header: 'Số quyết định',
    type: 'text',
    maxLength: L.decisionNumber,
    width: 20,
    example: '125/QĐ-UBND',
  },
  {
    key: 'decidedOn',
    header: 'Ngày quyết định',
    type: 'date',
    width: 14,
    example: '20/12/2024',
  },
  {
    key: 'decidedBy',
    header: 'Cấp quyết định',
    aliases: ['Người quyết định'],
    type: 'text',
    maxLength: L.decidedBy,
    width: 30,
    example: 'Giám đốc Sở Nội vụ',
  },
  note,
] as const);

export const AWARD_RECORD_EXPORT_COLUMNS = defineColumns([
  ...AWARD_RECORD_COLUMNS,
  { key: 'subject', header: 'Đối tượng', type: 'enum', enumValues: SUBJECT_LABELS, width: 12 },
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
] as const);

export const INITIATIVE_EXPORT_COLUMNS = defineColumns([
  personCode,
  { ...fullName, header: 'Tác giả' },
  unitCode,
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
  {
    key: 'kind',
    header: 'Loại',
    type: 'enum',
    enumValues: labelsToCodes(INITIATIVE_KINDS),
    width: 22,
  },
  { key: 'title', header: 'Tên sáng kiến, đề tài', type: 'text', width: 50 },
  {
    key: 'scope',
    header: 'Phạm vi ảnh hưởng',
    type: 'enum',
    enumValues: labelsToCodes(INITIATIVE_SCOPES),
    width: 20,
  },
  { key: 'recognisedOn', header: 'Ngày công nhận', type: 'date', width: 14 },
  { key: 'recognisedBy', header: 'Cơ quan công nhận', type: 'text', width: 30 },
  { key: 'certificateNumber', header: 'Số giấy chứng nhận', type: 'text', width: 18 },
  { key: 'usedForAwardName', header: 'Đã dùng cho', type: 'text', width: 30 },
  { key: 'usedForYear', header: 'Năm dùng', type: 'integer', width: 10 },
  { key: 'usedByReference', header: 'Hồ sơ đã dùng', type: 'text', width: 30 },
  note,
] as const);

export const HOLD_EXPORT_COLUMNS = defineColumns([
  personCode,
  { ...fullName, header: 'Cá nhân, tập thể' },
  unitCode,
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
  {
    key: 'kind',
    header: 'Lý do tạm hoãn',
    type: 'enum',
    enumValues: labelsToCodes(HOLD_KINDS),
    width: 40,
  },
  { key: 'startsOn', header: 'Từ ngày', type: 'date', width: 14 },
  { key: 'endsOn', header: 'Đến ngày', type: 'date', width: 14 },
  { key: 'source', header: 'Nguồn', type: 'text', width: 40 },
  { key: 'liftedOn', header: 'Ngày chấm dứt', type: 'date', width: 14 },
  { key: 'liftReason', header: 'Lý do chấm dứt', type: 'text', width: 30 },
  note,
] as const);
