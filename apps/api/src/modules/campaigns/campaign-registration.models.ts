import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CAMPAIGN_REGISTRANT_KINDS,
  CAMPAIGN_REGISTRATION_STATUSES,
  type CampaignRegistrantKind,
  type CampaignRegistrationStatus,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { defineEnum } from '../../core/graphql/enums';
import type { CampaignRegistrationEntity } from './campaign-registration.entity';

export const CampaignRegistrationStatusEnum = defineEnum<CampaignRegistrationStatus>(
  'CampaignRegistrationStatus',
  CAMPAIGN_REGISTRATION_STATUSES,
  'Trạng thái đăng ký thi đua của một đơn vị, như cấp trên thấy.',
);

export const CampaignRegistrantKindEnum = defineEnum<CampaignRegistrantKind>(
  'CampaignRegistrantKind',
  CAMPAIGN_REGISTRANT_KINDS,
  'Đối tượng đăng ký: tập thể (đơn vị) hoặc cá nhân.',
);

@ObjectType('CampaignRegistrationTitle', {
  description: 'Một danh hiệu, hình thức đăng ký phấn đấu.',
})
export class RegistrationTitleModel {
  @Field({ description: '"Tập thể lao động xuất sắc", "Chiến sĩ thi đua cơ sở".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mã trong danh mục danh hiệu (khi có).' })
  code!: string | null;
}

@ObjectType({
  description:
    'Đăng ký thi đua của một đơn vị (tập thể) hoặc một cá nhân theo một kế hoạch đã ban hành.',
})
export class CampaignRegistration {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => CampaignRegistrantKindEnum)
  kind!: CampaignRegistrantKind;

  @Field(() => ID, { description: 'Đơn vị đăng ký (với cá nhân: đơn vị đăng ký cho người đó).' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'Cán bộ đăng ký (đối tượng cá nhân).' })
  personId!: string | null;

  @Field({ description: 'Tên đơn vị hoặc họ tên cá nhân khi đăng ký.' })
  registrantName!: string;

  @Field(() => [RegistrationTitleModel], { description: 'Danh hiệu đăng ký phấn đấu.' })
  titles!: RegistrationTitleModel[];

  @Field(() => String, { nullable: true, description: 'Nội dung cam kết.' })
  commitments!: string | null;

  @Field(() => CampaignRegistrationStatusEnum)
  status!: CampaignRegistrationStatus;

  @Field(() => String, { nullable: true, description: 'Lý do cấp trên trả lại.' })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Lần gửi lên cấp trên gần nhất.' })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Lần cấp trên trả lại hoặc duyệt gần nhất.' })
  reviewedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: decides `canEdit`. */
  unitPath!: string;
}

@ObjectType()
export class CampaignRegistrationConnection extends Connection(
  CampaignRegistration,
  'CampaignRegistration',
) {}

@ObjectType({ description: 'Số đăng ký theo trạng thái.' })
export class CampaignRegistrationTally {
  @Field(() => Int, { description: 'Chưa gửi.' })
  draft!: number;

  @Field(() => Int, { description: 'Chờ duyệt.' })
  submitted!: number;

  @Field(() => Int, { description: 'Trả lại.' })
  returned!: number;

  @Field(() => Int, { description: 'Đã duyệt.' })
  approved!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Số đăng ký tập thể và cá nhân của một nhánh đơn vị.' })
export class CampaignRegistrationRollup {
  @Field(() => ID, {
    nullable: true,
    description:
      'Đơn vị gốc của nhánh (đơn vị con của đơn vị đang xem); null ở dòng tổng và dòng của chính đơn vị đang xem.',
  })
  unitId!: string | null;

  @Field(() => CampaignRegistrationTally, { description: 'Đăng ký tập thể (đơn vị).' })
  units!: CampaignRegistrationTally;

  @Field(() => CampaignRegistrationTally, { description: 'Đăng ký cá nhân.' })
  people!: CampaignRegistrationTally;
}

@ObjectType({
  description:
    'Tổng hợp đăng ký thi đua của một kế hoạch theo từng đơn vị con (cộng dồn cả các đơn vị cấp dưới), trong phạm vi người xem.',
})
export class CampaignRegistrationSummary {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Đơn vị đang xem; null: gộp theo đơn vị cấp cao nhất của từng hệ thống.',
  })
  underUnitId!: string | null;

  @Field(() => CampaignRegistrationRollup, { description: 'Tổng cộng.' })
  total!: CampaignRegistrationRollup;

  @Field(() => CampaignRegistrationRollup, {
    description: 'Đăng ký của chính đơn vị đang xem (không tính đơn vị cấp dưới).',
  })
  own!: CampaignRegistrationRollup;

  @Field(() => [CampaignRegistrationRollup], {
    description: 'Mỗi đơn vị con có đăng ký, cộng dồn cả cấp dưới của nó.',
  })
  children!: CampaignRegistrationRollup[];
}

export function toCampaignRegistration(e: CampaignRegistrationEntity): CampaignRegistration {
  return {
    id: e.id,
    planId: e.planId,
    kind: e.kind,
    unitId: e.unitId,
    personId: e.personId,
    registrantName: e.registrantName,
    titles: e.titles.map((t) => ({ name: t.name, code: t.code ?? null })),
    commitments: e.commitments,
    status: e.status,
    returnReason: e.returnReason,
    submittedAt: e.submittedAt,
    reviewedAt: e.reviewedAt,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    unitPath: e.unitPath,
  };
}
