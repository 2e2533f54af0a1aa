import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { msg } from '../../core/validation/messages';

@ArgsType()
export class AwardCountersArgs {
  @Field(() => ID, { nullable: true, description: 'Một đợt xét.' })
  @IsOptional()
  @IsUUID('all', msg.id('Đợt xét khen thưởng'))
  roundId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Các đợt xét theo một kế hoạch thi đua (đợt theo phong trào).',
  })
  @IsOptional()
  @IsUUID('all', msg.id('Kế hoạch thi đua'))
  campaignPlanId?: string | null;
}
