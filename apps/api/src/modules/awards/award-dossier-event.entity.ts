import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  AppraisalVerdict,
  AppraisedChecklistItem,
  DossierAction,
  DossierChanges,
  DossierSnapshot,
  DossierStatus,
  QuotaFinding,
} from '@thidua/shared-domain';
import { AwardDossierEntity } from './award-dossier.entity';

/** A remark on one item of a returned dossier: a nominee or a document. */
export interface DossierRemark {
  nominationId: string | null;
  documentId: string | null;
  /** what the item was called when remarked on (the nominee's name, "Báo cáo thành tích của …") */
  label: string;
  remark: string;
}

/** The appraisal of one nominee. */
export interface DossierAppraisalItem {
  nominationId: string;
  name: string;
  verdict: AppraisalVerdict;
  remark: string | null;
  /** the checklist as settled (absent on appraisals recorded before the checklist existed) */
  checklist?: AppraisedChecklistItem[];
}

/**
 * One move of a dossier (issue 11, "Routing"): append-only, never updated, so the whole history of
 * sends and returns survives resubmission (the widest product keeps one overwritten reason, domain
 * reference §11). A SUBMIT keeps the snapshot of what was sent and, after a return or a recall, what
 * changed since the previous send; a RETURN keeps its reason and remarks per nominee or document; an
 * APPRAISE the verdict per nominee.
 */
@Entity('award_dossier_events')
@Index(['dossierId', 'at'])
export class AwardDossierEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => AwardDossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity;

  @Column({ type: 'text' })
  action!: DossierAction | 'CREATE' | 'ESCALATE' | 'COUNCIL';

  @Column({ type: 'text', nullable: true })
  fromStatus!: DossierStatus | null;

  @Column({ type: 'text' })
  toStatus!: DossierStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  actorName!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  remarks!: DossierRemark[];

  @Column({ type: 'jsonb', nullable: true })
  appraisal!: DossierAppraisalItem[] | null;

  /** SUBMIT after a RETURN or RECALL: what changed since the previous send. */
  @Column({ type: 'jsonb', nullable: true })
  changes!: DossierChanges | null;

  /** SUBMIT: what was sent (nominees and documents), compared by the next send. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: DossierSnapshot | null;

  /** SUBMIT: the quota lines as checked (all within limits, or the send was refused). */
  @Column({ type: 'jsonb', nullable: true })
  quota!: QuotaFinding[] | null;

  /** SUBMIT after the round's deadline. */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  /** The dossier's version after this move. */
  @Column({ type: 'int' })
  dossierVersion!: number;
}
