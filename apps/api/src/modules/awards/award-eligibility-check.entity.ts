import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { DossierSide, EligibilityVerdict } from '@thidua/shared-domain';
import { JobEntity } from '../../core/jobs/job.entity';
import { AwardDossierEntity } from './award-dossier.entity';
import { AwardRoundEntity } from './award-round.entity';

/**
 * A nominee the report names: judged other than ELIGIBLE now, or other than what its row stored (a
 * hold begun since the send, an evaluation corrected). The labels are frozen as they read then.
 */
export interface EligibilityCheckFinding {
  nominationId: string;
  dossierId: string;
  /** the proposing unit's name (a round's report spans many units) */
  unitName: string;
  name: string;
  awardName: string;
  /** the verdict the nominee's row held before this check (null: never judged) */
  storedVerdict: EligibilityVerdict | null;
  verdict: EligibilityVerdict;
  /** the unmet conditions' sentences, or why the engine could not judge */
  reasons: string[];
}

/**
 * A batch eligibility check (`checkAwardEligibility` of a dossier, `checkRoundEligibility` of a round
 * by its receiving unit; job kind `awards.eligibility-check`, ADR 0019 §14): what was asked and the
 * job's report. A dossier with its proposing unit (DRAFT, RETURNED) checked by that unit gets its
 * verdicts rewritten; any other check only reports here, since a sent dossier's stored verdicts are
 * what its unit saw when it sent it. The report is the job's result: only the job's starter (or a
 * global administrator) reads it, as they read the job.
 */
@Entity('award_eligibility_checks')
@Check('award_eligibility_checks_side', `side IN ('SUBMITTER', 'RECEIVER')`)
export class AwardEligibilityCheckEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => JobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobEntity;

  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AwardRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: AwardRoundEntity;

  /** The dossier checked; null: every dossier of the round received by the starter's unit. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  dossierId!: string | null;

  // a draft checked and then deleted takes its report with it
  @ManyToOne(() => AwardDossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity | null;

  /** The proposing unit checking its own list, or the receiving unit checking what it received. */
  @Column({ type: 'text' })
  side!: DossierSide;

  @Column({ type: 'int', default: 0 })
  dossiers!: number;

  @Column({ type: 'int', default: 0 })
  checked!: number;

  @Column({ type: 'int', default: 0 })
  eligible!: number;

  @Column({ type: 'int', default: 0 })
  notEligible!: number;

  /** TO_CONFIRM: the engine could not decide (a MANUAL criterion, a household, no rule in force). */
  @Column({ type: 'int', default: 0 })
  toConfirm!: number;

  /** Judged other than the verdict their rows held. */
  @Column({ type: 'int', default: 0 })
  changed!: number;

  /** Verdicts written on the nominees (0 for a report-only check). */
  @Column({ type: 'int', default: 0 })
  stored!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  findings!: EligibilityCheckFinding[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
