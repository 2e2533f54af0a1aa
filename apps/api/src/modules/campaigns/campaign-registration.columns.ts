import {
  CAMPAIGN_REGISTRATION_LIMITS as L,
  PERSON_CODE,
  TEXT_LIMITS,
  UNIT_CODE,
} from '@thidua/shared-domain';
import { defineColumns } from '../../core/excel/excel-columns';

/** Titles in one cell: "Lao động tiên tiến; Chiến sĩ thi đua cơ sở" (or one per line). */
export const TITLE_SEPARATOR = /[;\n]/;

/**
 * Columns of the registrations sheet (template, import, export). A row with "Mã nhân sự" registers
 * that person for the unit; a row without it is the unit's own (collective) registration. "Mã kế
 * hoạch" is the plan's id as the SPA and the export show it: an upload carries no other parameter,
 * and a plan's số, ký hiệu repeats across units and years ("01/KH-UBND").
 */
export const CAMPAIGN_REGISTRATION_COLUMNS = defineColumns([
  {
    key: 'planId',
    header: 'Mã kế hoạch',
    type: 'text',
    required: true,
    maxLength: 36,
    width: 38,
    example: '00000000-0000-0000-0000-000000000000',
  },
  {
    key: 'unitCode',
    header: 'Mã đơn vị',
    aliases: ['Mã đơn vị đăng ký'],
    type: 'text',
    required: true,
    maxLength: UNIT_CODE.maxLength,
    width: 14,
    example: 'SNV',
  },
  {
    key: 'personCode',
    header: 'Mã nhân sự',
    aliases: ['Mã cán bộ'],
    type: 'text',
    maxLength: PERSON_CODE.maxLength,
    width: 14,
    example: 'NV0001',
  },
  {
    key: 'fullName',
    header: 'Họ và tên',
    aliases: ['Họ tên'],
    type: 'text',
    maxLength: TEXT_LIMITS.personName,
    width: 26,
    example: 'Nguyễn Văn An',
  },
  {
    key: 'titles',
    header: 'Danh hiệu đăng ký',
    aliases: ['Danh hiệu'],
    type: 'text',
    maxLength: L.titles * (L.title + 2),
    width: 40,
    example: 'Lao động tiên tiến; Chiến sĩ thi đua cơ sở',
  },
  {
    key: 'commitments',
    header: 'Cam kết',
    aliases: ['Nội dung cam kết'],
    type: 'text',
    maxLength: L.commitments,
    width: 50,
    example: 'Hoàn thành xuất sắc nhiệm vụ được giao.',
  },
] as const);

export const REGISTRANT_KIND_LABELS = { 'Tập thể': 'UNIT', 'Cá nhân': 'PERSON' } as const;

export const REGISTRATION_STATUS_LABELS = {
  'Chưa gửi': 'DRAFT',
  'Chờ duyệt': 'SUBMITTED',
  'Trả lại': 'RETURNED',
  'Đã duyệt': 'APPROVED',
} as const;

/** The export adds what an import ignores: who registers, the unit's name, the status. */
export const CAMPAIGN_REGISTRATION_EXPORT_COLUMNS = defineColumns([
  ...CAMPAIGN_REGISTRATION_COLUMNS,
  {
    key: 'kind',
    header: 'Đối tượng',
    type: 'enum',
    enumValues: REGISTRANT_KIND_LABELS,
    width: 10,
  },
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
  {
    key: 'status',
    header: 'Trạng thái',
    type: 'enum',
    enumValues: REGISTRATION_STATUS_LABELS,
    width: 12,
  },
  { key: 'returnReason', header: 'Lý do trả lại', type: 'text', width: 36 },
] as const);
