import { CAMPAIGN_ADDRESSEE_STATUSES, CAMPAIGN_ADDRESSING_RULES } from '@thidua/shared-domain';
import { defineColumns } from '../../core/excel/excel-columns';

/** Label → code, the shape `enumValues` takes. */
const labelled = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([code, label]) => [label, code]));

/** The issuer's cascade table as .xlsx (export only): one row per addressed unit, in tree order. */
export const CAMPAIGN_ADDRESSEE_EXPORT_COLUMNS = defineColumns([
  { key: 'unitCode', header: 'Mã đơn vị', type: 'text', width: 16 },
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 40 },
  { key: 'parentName', header: 'Đơn vị cấp trên', type: 'text', width: 32 },
  {
    key: 'status',
    header: 'Tình trạng',
    type: 'enum',
    width: 28,
    enumValues: labelled(CAMPAIGN_ADDRESSEE_STATUSES),
  },
  { key: 'deadline', header: 'Hạn ban hành kế hoạch', type: 'date', width: 14 },
  { key: 'answerSymbol', header: 'Số, ký hiệu kế hoạch thực hiện', type: 'text', width: 22 },
  { key: 'answerTitle', header: 'Trích yếu kế hoạch thực hiện', type: 'text', width: 40 },
  { key: 'answeredOn', header: 'Ngày ban hành', type: 'date', width: 14 },
  { key: 'reminderCount', header: 'Số lần nhắc', type: 'integer', width: 10 },
  { key: 'lastRemindedAt', header: 'Lần nhắc gần nhất', type: 'date', width: 16 },
  {
    key: 'rule',
    header: 'Giao theo',
    type: 'enum',
    width: 28,
    enumValues: labelled(CAMPAIGN_ADDRESSING_RULES),
  },
  { key: 'inheritedFrom', header: 'Kế thừa từ đơn vị', type: 'text', width: 30 },
] as const);
