import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  IsoDate,
  NoticeCommentKind,
  NoticeNominee,
  NoticeOutcome,
  NoticeStatus,
} from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { AwardDossierEntity } from './award-dossier.entity';

/**
 * Công khai danh sách đề nghị khen thưởng (issue 11, "Public notice"; ADR 0021): a dossier's list as
 * published on the public page (no sign-in) for its period. The list is frozen at publication
 * (`nominees`: name, the public line, the award — nothing personal), so what the public read is what
 * the dossier carries, whatever the officers edit afterwards. Who reads and manages a notice is its
 * dossier's decision (AwardDossierService.accessOf): the notice keeps no unit path of its own that a
 * restructuring could leave behind; `unitId`/`unitName` are the publishing unit as the public saw it.
 *
 * A dossier may publish again after a change (a closed notice stays as history); at most one is OPEN
 * at a time (partial unique index).
 */
@Entity('award_public_notices')
@Index('award_public_notices_open_uq', { synchronize: false })
@Index(['dossierId', 'publishedAt'])
@Index(['status', 'endsOn'])
export class AwardPublicNoticeEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  dossierId!: string;

  // a never-sent dossier may be deleted (AwardDossierService.delete): its notices go with it
  @ManyToOne(() => AwardDossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity;

  /** The proposing unit when published. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** The unit's name as published (the public page shows no unit ids). */
  @Column({ type: 'text' })
  unitName!: string;

  @Column({ type: 'text' })
  title!: string;

  /** A nominee's rule asked for the notice (else the officer chose to publish). */
  @Column({ type: 'boolean' })
  required!: boolean;

  /** The period asked: the longest of the nominees' rules, or the voluntary period. */
  @Column({ type: 'int' })
  workingDays!: number;

  /** The articles the rules cite ("Điều 44 Nghị định 152/2025/NĐ-CP"). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  articles!: string[];

  @Column({ type: 'date' })
  startsOn!: IsoDate;

  /** The last day comments are taken: `workingDays` working days after `startsOn`, or later. */
  @Column({ type: 'date' })
  endsOn!: IsoDate;

  @Column({ type: 'text', default: 'OPEN' })
  status!: NoticeStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'text' })
  publishedByName!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  closedByName!: string | null;

  /** The list as published (frozen). */
  @Column({ type: 'jsonb' })
  nominees!: NoticeNominee[];

  /** The nominees' names in one text, for the public search (title and unit name beside it). */
  @Column({ type: 'text', default: '' })
  nomineeNames!: string;
}

/**
 * A comment on a published list (góp ý, khiếu nại, tố cáo), sent by anyone without signing in: its
 * text bounded, the author's name and contact optional and never shown publicly (nor carried into the
 * dossier), the address kept only as a hash for the rate limit, counted here in the database (ADR
 * 0005's pattern: every API replica sees the same counts). The proposing unit records the handling.
 */
@Entity('award_notice_comments')
@Index(['noticeId', 'receivedAt'])
@Index(['noticeId', 'ipHash', 'receivedAt'])
export class AwardNoticeCommentEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => AwardPublicNoticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: AwardPublicNoticeEntity;

  /** The nominee's số thứ tự on the published list (null: the list as a whole). */
  @Column({ type: 'int', nullable: true })
  nomineePosition!: number | null;

  /** "3. Nguyễn Văn A", as the list named the nominee. */
  @Column({ type: 'text', nullable: true })
  nomineeLabel!: string | null;

  @Column({ type: 'text' })
  kind!: NoticeCommentKind;

  @Column({ type: 'text', nullable: true })
  authorName!: string | null;

  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  receivedAt!: Date;

  /** SHA-256 of the notice and the sender's address: counts a sender without keeping the address. */
  @Column({ type: 'text' })
  ipHash!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: NoticeOutcome | null;

  @Column({ type: 'text', nullable: true })
  handling!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  handledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  handledById!: string | null;

  @Column({ type: 'text', nullable: true })
  handledByName!: string | null;
}
