import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { defineEnum } from '../graphql/enums';
import type { JobEntity, JobStatus } from './job.entity';

export const JobStatusEnum = defineEnum<JobStatus>(
  'JobStatus',
  {
    QUEUED: 'Đang chờ',
    RUNNING: 'Đang chạy',
    SUCCEEDED: 'Hoàn thành',
    FAILED: 'Thất bại',
    CANCELLED: 'Đã hủy',
  },
  'Trạng thái của một tác vụ chạy nền.',
);

@ObjectType({ description: 'Tác vụ chạy nền (ví dụ: ghi dữ liệu nhập từ Excel), có tiến độ.' })
export class Job {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Loại tác vụ, ví dụ "import.units", "import.people".' })
  kind!: string;

  @Field(() => JobStatusEnum)
  status!: JobStatus;

  @Field(() => Int, {
    description: 'Số bước đã xong (trên PGlite nhúng chỉ cập nhật khi kết thúc).',
  })
  progress!: number;

  @Field(() => Int, { description: 'Tổng số bước.' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'Kết quả khi hoàn thành.' })
  message!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Lý do khi thất bại hoặc bị hủy; khi đang chờ chạy lại: lỗi của lần trước.',
  })
  error!: string | null;

  @Field(() => Int, {
    description: 'Số lần đã bắt đầu chạy (lỗi hệ thống được tự chạy lại, có giãn cách).',
  })
  attempts!: number;

  @Field(() => Int, { description: 'Số lần chạy tối đa.' })
  maxAttempts!: number;

  @Field({
    description:
      'Đã có yêu cầu hủy tác vụ đang chạy; tác vụ dừng ở bước tiếp theo và không ghi gì.',
  })
  cancelRequested!: boolean;

  @Field(() => Date, { description: 'Lúc tác vụ được tạo (xếp hàng).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export function toJob(j: JobEntity): Job {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    progress: j.progress,
    total: j.total,
    message: j.message,
    error: j.error,
    attempts: j.attempts,
    maxAttempts: j.maxAttempts,
    cancelRequested: j.cancelRequested,
    createdAt: j.createdAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
  };
}
