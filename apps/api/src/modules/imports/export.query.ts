import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { UnitTree } from '@thidua/shared-domain';
import { msg } from '../../core/validation/messages';

/** Query strings: a blank value means "not given". */
const blank = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
/** "true"/"false" (also 1/0) → boolean; anything else stays and fails validation. */
const bool = ({ value }: { value: unknown }) => {
  if (value === '' || value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};
const BOOLEAN_MESSAGE = (label: string) => ({ message: `${label} phải là true hoặc false.` });

/** GET /api/exports/units.xlsx — the filters of the `units` query. */
export class UnitExportQuery {
  @Transform(blank)
  @IsOptional()
  @IsIn(['GOVERNMENT', 'PARTY', 'FRONT'], msg.oneOf('Hệ thống'))
  tree?: UnitTree;

  @Transform(blank)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blank)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị cấp trên'))
  parentId?: string;

  @Transform(bool)
  @IsOptional()
  @IsBoolean(BOOLEAN_MESSAGE('includeEnded'))
  includeEnded?: boolean;
}

/** GET /api/exports/people.xlsx — the filters of the `people` query. */
export class PeopleExportQuery {
  @Transform(blank)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blank)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(bool)
  @IsOptional()
  @IsBoolean(BOOLEAN_MESSAGE('includeDescendants'))
  includeDescendants?: boolean;

  @Transform(blank)
  @IsOptional()
  @IsIn(['MALE', 'FEMALE'], msg.oneOf('Giới tính'))
  sex?: 'MALE' | 'FEMALE';

  @Transform(bool)
  @IsOptional()
  @IsBoolean(BOOLEAN_MESSAGE('partyMember'))
  partyMember?: boolean;

  @Transform(blank)
  @IsOptional()
  @IsIn(
    ['CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'WORKER', 'OFFICER', 'OTHER'],
    msg.oneOf('Loại cán bộ'),
  )
  staffCategory?: 'CIVIL_SERVANT' | 'PUBLIC_EMPLOYEE' | 'WORKER' | 'OFFICER' | 'OTHER';

  @Transform(bool)
  @IsOptional()
  @IsBoolean(BOOLEAN_MESSAGE('includeFormer'))
  includeFormer?: boolean;
}

/** GET /api/exports/users.xlsx — the filters of the `users` query. */
export class UserExportQuery {
  @Transform(blank)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blank)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(blank)
  @IsOptional()
  @IsIn(['ACTIVE', 'DISABLED'], msg.oneOf('Trạng thái'))
  status?: 'ACTIVE' | 'DISABLED';
}

/** GET /api/exports/clusters.xlsx — the filters of the `clusters` query. */
export class ClusterExportQuery {
  @Transform(blank)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blank)
  @IsOptional()
  @IsIn(['CUM', 'KHOI'], msg.oneOf('Loại cụm, khối'))
  kind?: 'CUM' | 'KHOI';
}
