import { Field, ObjectType } from '@nestjs/graphql';
import {
  CHECKLIST_SETTLED_BY,
  CHECKLIST_SOURCES,
  type ChecklistSettledBy,
  type ChecklistSource,
} from '@thidua/shared-domain';
import { defineEnum } from '../../core/graphql/enums';

export const ChecklistSourceEnum = defineEnum<ChecklistSource>(
  'AppraisalChecklistSource',
  CHECKLIST_SOURCES,
  'Loại mục của danh mục thẩm định.',
);
export const ChecklistSettledByEnum = defineEnum<ChecklistSettledBy>(
  'AppraisalChecklistSettledBy',
  CHECKLIST_SETTLED_BY,
  'Ai kết luận một mục của danh mục thẩm định.',
);

@ObjectType({
  description:
    'Một mục của danh mục thẩm định (theo quy tắc đã dùng để kiểm tra đề nghị): tiêu chuẩn, nguyên tắc hoặc thành phần hồ sơ.',
})
export class AppraisalChecklistItemModel {
  @Field({ description: 'Khóa ổn định của mục: "c:1", "p:HOLD", "d:0"; dùng khi trả lời.' })
  key!: string;

  @Field(() => ChecklistSourceEnum)
  source!: ChecklistSource;

  @Field({ description: 'Điều quy tắc yêu cầu.' })
  requirement!: string;

  @Field({ description: 'Điều đã tìm thấy: câu của bước kiểm tra hoặc tài liệu trong hồ sơ.' })
  finding!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Kết quả kiểm tra tự động; null: cán bộ thẩm định xác nhận.',
  })
  met!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý của mục.' })
  basis!: string | null;
}

@ObjectType({ description: 'Một mục của danh mục thẩm định như đã ghi khi hoàn thành thẩm định.' })
export class AppraisedChecklistItemModel extends AppraisalChecklistItemModel {
  @Field({ description: 'Mục đạt.' })
  ok!: boolean;

  @Field(() => String, { nullable: true })
  remark!: string | null;

  @Field(() => ChecklistSettledByEnum)
  settledBy!: ChecklistSettledBy;
}
