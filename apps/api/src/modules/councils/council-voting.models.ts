import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  BALLOT_CHOICES,
  VOTING_MODES,
  type BallotChoice,
  type VotingMode,
} from '@thidua/shared-domain';
import { defineEnum } from '../../core/graphql/enums';
import { CouncilMinutesFile, minutesFile } from './council.models';
import type {
  CouncilVotingRoundEntity,
  StoredRoundResult,
  VotingRoundStatus,
} from './council-voting.entity';

export const VotingModeEnum = defineEnum<VotingMode>(
  'CouncilVotingMode',
  VOTING_MODES,
  'Hình thức bỏ phiếu: phiếu giấy, tại phòng họp bằng mã dùng một lần, từ xa bằng chữ ký mù.',
);
export const BallotChoiceEnum = defineEnum<BallotChoice>(
  'CouncilBallotChoice',
  BALLOT_CHOICES,
  'Lựa chọn trên phiếu bầu.',
);
export const VOTING_ROUND_STATUSES = {
  OPEN: 'Đang bỏ phiếu',
  CLOSED: 'Đã đóng, chờ kiểm phiếu',
  TALLIED: 'Đã kiểm phiếu',
} as const satisfies Record<VotingRoundStatus, string>;
export const VotingRoundStatusEnum = defineEnum<VotingRoundStatus>(
  'CouncilVotingRoundStatus',
  VOTING_ROUND_STATUSES,
  'Trạng thái vòng bỏ phiếu.',
);

/** Agenda item ids of a round: a council session reviews at most a few hundred. */
const MAX_CANDIDATES = 500;

@ObjectType({
  description: 'Khóa công khai ký mù RSA (RFC 9474) của vòng bỏ phiếu từ xa, dạng JWK.',
})
export class CouncilBlindKey {
  @Field()
  kty!: string;

  @Field({ description: 'Modulus, base64url.' })
  n!: string;

  @Field({ description: 'Số mũ công khai, base64url.' })
  e!: string;
}

@ObjectType({
  description: 'Một lần nhập kết quả kiểm phiếu giấy đã lưu (chưa xác nhận thì còn sửa được).',
})
export class CouncilPaperEntryInfo {
  @Field(() => Int, { description: 'Lần nhập 1 hoặc 2.' })
  entry!: number;

  @Field({ description: 'Người nhập.' })
  userName!: string;
}

@ObjectType({ description: 'Kết quả của một nội dung, tính trên tổng số thành viên Hội đồng.' })
export class CouncilRoundResult {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => Int)
  agree!: number;

  @Field(() => Int)
  disagree!: number;

  @Field(() => Int, {
    description: 'Tỷ lệ đồng ý trên tổng số thành viên, phần vạn (8966 = 89,66%).',
  })
  percentHundredths!: number;

  @Field()
  passed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Thứ tự khi vượt số lượng được khen.' })
  rank!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Trong số lượng được khen; null: không có số lượng, hoặc bằng phiếu chờ Chủ tịch quyết định.',
  })
  withinQuota!: boolean | null;

  @Field()
  explanation!: string;
}

@ObjectType({
  description:
    'Vòng bỏ phiếu kín của phiên họp Hội đồng: kết quả chỉ có sau khi kiểm phiếu; phiếu bầu không gắn với thành viên.',
})
export class CouncilVotingRound {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int, { description: 'Vòng 1 hoặc 2.' })
  number!: number;

  @Field(() => ID, { nullable: true })
  previousRoundId!: string | null;

  @Field()
  title!: string;

  @Field(() => VotingModeEnum)
  mode!: VotingMode;

  @Field(() => VotingRoundStatusEnum)
  status!: VotingRoundStatus;

  @Field(() => Int, { description: 'Tổng số thành viên Hội đồng (mẫu số của mọi tỷ lệ).' })
  members!: number;

  @Field(() => Int, {
    description: 'Số thành viên biểu quyết: có mặt, ủy quyền, ý kiến bằng văn bản.',
  })
  voters!: number;

  @Field(() => Int, {
    description:
      'Số thành viên bỏ phiếu tại phòng họp, chốt khi mở vòng (có mặt và ủy quyền): số mã in, số phiếu bầu từ xa, số phiếu giấy phát ra tối đa. Ý kiến bằng văn bản không tính ở đây (voters − inRoom).',
  })
  inRoom!: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ đồng ý yêu cầu; null: theo đa số.' })
  threshold!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Số lượng được khen của đợt xét cho các nội dung này; vòng 2: số suất còn lại sau các ứng viên vòng 1 đã trong số lượng.',
  })
  quota!: number | null;

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  talliedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Mã băm khi đóng vòng, ghi vào biên bản.' })
  closeHash!: string | null;

  @Field(() => CouncilBlindKey, {
    nullable: true,
    description: 'Vòng bỏ phiếu từ xa: khóa công khai ký mù.',
  })
  blindKey!: CouncilBlindKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phiếu giấy: mã băm SHA-256 của biên bản kiểm phiếu đã quét.',
  })
  paperScanSha256!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Phiếu giấy: kết quả kiểm phiếu đã được xác nhận (hai lần nhập khớp nhau), điều kiện để kiểm phiếu; null: không phải phiếu giấy.',
  })
  paperTallyConfirmed!: boolean | null;

  @Field(() => CouncilMinutesFile, {
    nullable: true,
    description: 'Biên bản kiểm phiếu lập khi kết thúc phiên họp; null trước đó.',
  })
  tallyMinutes!: CouncilMinutesFile | null;

  /** resolved: null until TALLIED */
  results?: CouncilRoundResult[] | null;
}

export function toCouncilVotingRound(r: CouncilVotingRoundEntity): CouncilVotingRound {
  return {
    id: r.id,
    version: r.version,
    sessionId: r.sessionId,
    number: r.number,
    previousRoundId: r.previousRoundId,
    title: r.title,
    mode: r.mode,
    status: r.status,
    members: r.members,
    voters: r.voters,
    inRoom: r.inRoom,
    threshold:
      r.thresholdNumerator !== null && r.thresholdDenominator !== null
        ? r.thresholdNumerator / r.thresholdDenominator
        : null,
    quota: r.quota,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    talliedAt: r.talliedAt,
    closeHash: r.closeHash,
    blindKey: r.blindPublicJwk,
    paperScanSha256: r.paperScanSha256,
    paperTallyConfirmed: r.mode === 'PAPER' ? r.paperTally !== null : null,
    tallyMinutes: minutesFile(r.tallyMinutesSha256, `/api/council-rounds/${r.id}/tally-minutes`),
    results: r.status === 'TALLIED' ? (r.results as StoredRoundResult[]) : null,
  };
}

function Id(label: string): PropertyDecorator {
  return (target, key) => {
    IsUUID('all', { message: `${label} không hợp lệ.` })(target, key);
  };
}

@InputType()
export class OpenCouncilVotingRoundInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Field(() => VotingModeEnum)
  @IsIn(Object.keys(VOTING_MODES), { message: 'Hình thức bỏ phiếu không hợp lệ.' })
  mode!: VotingMode;

  @Field(() => [ID])
  @IsArray({ message: 'Danh sách nội dung không hợp lệ.' })
  @ArrayMinSize(1, { message: 'Hãy chọn ít nhất một nội dung đưa ra bỏ phiếu.' })
  @ArrayMaxSize(MAX_CANDIDATES, { message: `Một vòng bỏ phiếu tối đa ${MAX_CANDIDATES} nội dung.` })
  @IsUUID('all', { each: true, message: 'Nội dung không hợp lệ.' })
  agendaItemIds!: string[];
}

@InputType()
export class OpenCouncilSecondRoundInput {
  @Field(() => ID, { description: 'Vòng đã kiểm phiếu.' })
  @Id('Vòng bỏ phiếu')
  roundId!: string;

  @Field(() => VotingModeEnum)
  @IsIn(Object.keys(VOTING_MODES), { message: 'Hình thức bỏ phiếu không hợp lệ.' })
  mode!: VotingMode;

  @Field(() => [ID], { nullable: true, description: 'Nội dung thư ký đề nghị bỏ phiếu lại.' })
  @IsOptional()
  @IsArray({ message: 'Danh sách nội dung không hợp lệ.' })
  @ArrayMaxSize(MAX_CANDIDATES, { message: `Tối đa ${MAX_CANDIDATES} nội dung.` })
  @IsUUID('all', { each: true, message: 'Nội dung không hợp lệ.' })
  alsoRevote?: string[] | null;
}

@InputType()
export class CouncilBallotChoiceInput {
  @Field(() => ID)
  @Id('Nội dung')
  agendaItemId!: string;

  @Field(() => BallotChoiceEnum)
  @IsIn(Object.keys(BALLOT_CHOICES), { message: 'Lựa chọn phải là đồng ý hoặc không đồng ý.' })
  choice!: BallotChoice;
}

@InputType()
export class CouncilVotingTokenInput {
  @Field({ description: 'Thông điệp đã chuẩn bị (base64url).' })
  @IsString()
  @MaxLength(2048, { message: 'Phiếu bầu từ xa không hợp lệ.' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'Phiếu bầu từ xa không hợp lệ.' })
  message!: string;

  @Field({ description: 'Chữ ký đã bỏ làm mù (base64url).' })
  @IsString()
  @MaxLength(2048, { message: 'Phiếu bầu từ xa không hợp lệ.' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'Phiếu bầu từ xa không hợp lệ.' })
  signature!: string;
}

@InputType({ description: 'Một trong hai: mã in (tại phòng họp) hoặc phiếu bầu ký mù (từ xa).' })
export class CouncilVotingCredentialInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Mã bỏ phiếu không đúng hoặc đã được dùng.' })
  code?: string | null;

  @Field(() => CouncilVotingTokenInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CouncilVotingTokenInput)
  token?: CouncilVotingTokenInput | null;
}

@InputType()
export class CastCouncilBallotInput {
  @Field(() => ID)
  @Id('Vòng bỏ phiếu')
  roundId!: string;

  @Field(() => CouncilVotingCredentialInput)
  @ValidateNested()
  @Type(() => CouncilVotingCredentialInput)
  credential!: CouncilVotingCredentialInput;

  @Field(() => [CouncilBallotChoiceInput])
  @IsArray({ message: 'Phiếu bầu không hợp lệ.' })
  @ArrayMinSize(1, { message: 'Hãy chọn cho từng nội dung.' })
  @ArrayMaxSize(MAX_CANDIDATES, { message: `Tối đa ${MAX_CANDIDATES} nội dung.` })
  @ValidateNested({ each: true })
  @Type(() => CouncilBallotChoiceInput)
  choices!: CouncilBallotChoiceInput[];
}

@InputType()
export class IssueCouncilVotingTokenInput {
  @Field(() => ID)
  @Id('Vòng bỏ phiếu')
  roundId!: string;

  @Field({ description: 'Thông điệp đã làm mù (base64url), RFC 9474.' })
  @IsString()
  @MaxLength(2048, { message: 'Yêu cầu ký mù không hợp lệ.' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'Yêu cầu ký mù không đúng định dạng base64url.' })
  blindedMessage!: string;
}

@InputType()
export class CouncilRoundRefInput {
  @Field(() => ID)
  @Id('Vòng bỏ phiếu')
  roundId!: string;
}

@InputType()
export class PaperTallyCandidateInput {
  @Field(() => ID)
  @Id('Nội dung')
  agendaItemId!: string;

  @Field(() => Int)
  @IsInt({ message: 'Số phiếu đồng ý phải là số nguyên.' })
  @Min(0, { message: 'Số phiếu đồng ý không âm.' })
  @Max(100000, { message: 'Số phiếu quá lớn.' })
  agree!: number;

  @Field(() => Int)
  @IsInt({ message: 'Số phiếu không đồng ý phải là số nguyên.' })
  @Min(0, { message: 'Số phiếu không đồng ý không âm.' })
  @Max(100000, { message: 'Số phiếu quá lớn.' })
  disagree!: number;
}

function Count(label: string): PropertyDecorator {
  return (target, key) => {
    IsInt({ message: `${label} phải là số nguyên.` })(target, key);
    Min(0, { message: `${label} không âm.` })(target, key);
    Max(100000, { message: `${label} quá lớn.` })(target, key);
  };
}

@InputType()
export class EnterPaperTallyInput {
  @Field(() => ID)
  @Id('Vòng bỏ phiếu')
  roundId!: string;

  @Field(() => Int, { description: 'Lần nhập: 1 hoặc 2 (hai người khác nhau).' })
  @IsIn([1, 2], { message: 'Lần nhập phải là 1 hoặc 2.' })
  entry!: number;

  @Field(() => Int)
  @Count('Số phiếu phát ra')
  issued!: number;

  @Field(() => Int)
  @Count('Số phiếu thu về')
  returned!: number;

  @Field(() => Int)
  @Count('Số phiếu hợp lệ')
  valid!: number;

  @Field(() => Int)
  @Count('Số phiếu không hợp lệ')
  invalid!: number;

  @Field(() => [PaperTallyCandidateInput])
  @IsArray({ message: 'Danh sách ứng viên không hợp lệ.' })
  @ArrayMaxSize(MAX_CANDIDATES, { message: `Tối đa ${MAX_CANDIDATES} nội dung.` })
  @ValidateNested({ each: true })
  @Type(() => PaperTallyCandidateInput)
  candidates!: PaperTallyCandidateInput[];
}

@InputType()
export class AttachPaperTallyScanInput {
  @Field(() => ID)
  @Id('Vòng bỏ phiếu')
  roundId!: string;

  @Field({ description: 'Mã băm SHA-256 của tệp đã tải lên (module files).' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'Mã tệp không hợp lệ.' })
  fileSha256!: string;
}

@InputType()
export class DecideCouncilTieInput {
  @Field(() => ID)
  @Id('Vòng bỏ phiếu')
  roundId!: string;

  @Field(() => [ID], { description: 'Các nội dung Chủ tịch Hội đồng chọn trong số bằng phiếu.' })
  @IsArray({ message: 'Danh sách nội dung không hợp lệ.' })
  @ArrayMinSize(1, { message: 'Hãy chọn ít nhất một nội dung.' })
  @ArrayMaxSize(MAX_CANDIDATES, { message: `Tối đa ${MAX_CANDIDATES} nội dung.` })
  @IsUUID('all', { each: true, message: 'Nội dung không hợp lệ.' })
  agendaItemIds!: string[];
}

@InputType()
export class RecordWrittenOpinionsInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Field(() => ID, { description: 'Thành viên vắng mặt có ý kiến bằng văn bản.' })
  @Id('Thành viên')
  memberId!: string;

  @Field(() => [CouncilBallotChoiceInput])
  @IsArray({ message: 'Danh sách ý kiến không hợp lệ.' })
  @ArrayMaxSize(MAX_CANDIDATES, { message: `Tối đa ${MAX_CANDIDATES} nội dung.` })
  @ValidateNested({ each: true })
  @Type(() => CouncilBallotChoiceInput)
  opinions!: CouncilBallotChoiceInput[];
}

@ObjectType({ description: 'Một nội dung trên phiếu bầu (chỉ tên, không có kết quả).' })
export class CouncilBallotCandidate {
  @Field(() => ID)
  agendaItemId!: string;

  @Field({ description: 'Họ tên cá nhân, tên tập thể, hộ gia đình.' })
  candidateName!: string;

  @Field({ description: 'Danh hiệu, hình thức khen thưởng đề nghị.' })
  awardName!: string;
}

@ObjectType({
  description:
    'Phiếu bầu của một vòng bỏ phiếu tại phòng họp, cho người có mã bỏ phiếu còn hiệu lực (không cần đăng nhập).',
})
export class CouncilBallotPaper {
  @Field(() => ID)
  roundId!: string;

  @Field({ description: 'Tên phiên họp.' })
  sessionTitle!: string;

  @Field(() => Int, { description: 'Vòng 1 hoặc 2.' })
  number!: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ đồng ý yêu cầu; null: theo đa số.' })
  threshold!: number | null;

  @Field(() => Int, { description: 'Tổng số thành viên Hội đồng (mẫu số của tỷ lệ).' })
  members!: number;

  @Field(() => [CouncilBallotCandidate])
  candidates!: CouncilBallotCandidate[];
}
