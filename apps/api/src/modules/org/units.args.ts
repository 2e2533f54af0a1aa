import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { msg } from '../../core/validation/messages';

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hoặc mã, không phân biệt dấu.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Chỉ lấy các đơn vị con trực tiếp của đơn vị này.' })
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị cha'))
  parentId?: string | null;
}
