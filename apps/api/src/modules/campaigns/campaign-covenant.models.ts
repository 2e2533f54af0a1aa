import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate } from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import type { CampaignCovenantEntity } from './campaign-covenant.entity';

@ObjectType({
  description:
    'Giao ước thi đua của một cụm, khối theo một kế hoạch: ký tại hội nghị phát động, kèm nội dung cam kết và các đơn vị ký.',
})
export class CampaignCovenant {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  clusterId!: string;

  @Field(() => DateOnly, { description: 'Ngày ký.' })
  signedOn!: IsoDate;

  @Field({ description: 'Địa điểm ký.' })
  place!: string;

  @Field({ description: 'Nội dung giao ước, cam kết.' })
  content!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class CampaignCovenantConnection extends Connection(CampaignCovenant, 'CampaignCovenant') {}

export function toCampaignCovenant(e: CampaignCovenantEntity): CampaignCovenant {
  return {
    id: e.id,
    planId: e.planId,
    clusterId: e.clusterId,
    signedOn: e.signedOn,
    place: e.place,
    content: e.content,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
