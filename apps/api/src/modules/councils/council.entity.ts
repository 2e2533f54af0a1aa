import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IsoDate } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UserEntity } from '../identity/entities/user.entity';
import { ClusterEntity } from '../org/cluster.entity';
import { UnitEntity } from '../org/unit.entity';
import { PersonEntity } from '../people/person.entity';
import type { CouncilMemberRole } from './council-vocabulary';

/**
 * Hội đồng Thi đua - Khen thưởng of a unit (issue 12; domain §3): the province's (Chủ tịch UBND tỉnh
 * chairs, Sở Nội vụ is the standing body), a sở's, a commune's, an agency's. One active council per
 * unit; a cụm/khối's members' meeting is the council of the cluster's leading unit for that cluster
 * (`cluster_id`), one active per cluster. A council ends (`ended_on`) when a new founding decision
 * replaces it or its unit ends; its sessions stay with it.
 *
 * The quorum shares are its rules: `quorum_share` (default 2/3, NĐ 98 Điều 47 k.4; BN86 Điều 8) and,
 * where the province sets one, `award_presence_share` for sessions reviewing awards (BN86 Điều 8:
 * 80%). `proxies_allowed`: a member absent may be represented by written proxy (TT 25/2025/TT-BKHCN).
 */
@Entity('councils')
@Index('councils_unit_active_uq', ['unitId'], {
  unique: true,
  where: `cluster_id IS NULL AND ended_on IS NULL`,
})
@Index('councils_cluster_active_uq', ['clusterId'], {
  unique: true,
  where: `cluster_id IS NOT NULL AND ended_on IS NULL`,
})
@Check('councils_quorum_share', `quorum_share > 0 AND quorum_share <= 1`)
@Check(
  'councils_award_presence_share',
  `award_presence_share IS NULL OR (award_presence_share > 0 AND award_presence_share <= 1)`,
)
export class CouncilEntity extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** A cụm/khối's members' meeting, held by its leading unit (`unit_id`). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  clusterId!: string | null;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: ClusterEntity | null;

  /** "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn" */
  @Column({ type: 'text' })
  name!: string;

  /** Cơ quan thường trực (Sở Nội vụ for the province; the unit's TĐKT office at cơ sở). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  standingUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standing_unit_id' })
  standingUnit?: UnitEntity | null;

  /** The founding decision: "1234/QĐ-UBND", its date and trích yếu. */
  @Column({ type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decisionDate!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  decisionText!: string | null;

  @Column({ type: 'double precision', default: 2 / 3 })
  quorumShare!: number;

  @Column({ type: 'double precision', nullable: true })
  awardPresenceShare!: number | null;

  @Column({ type: 'boolean', default: false })
  proxiesAllowed!: boolean;

  /** The last day the council acted (replaced by a new decision, or its unit ended); null: active. */
  @Column({ type: 'date', nullable: true })
  endedOn!: IsoDate | null;
}

/**
 * A member of a council over time: the members on a day are those with `from_date` ≤ day ≤ `to_date`
 * (or `to_date` null). The role and the title as the minutes print it ("Phó Giám đốc Sở Nội vụ") are
 * the member's for the period; a change of role is a new period. `user_id` is the account the member
 * signs in with to vote remotely (at most one current member per account in a council).
 */
@Entity('council_members')
@Index(['councilId', 'fromDate'])
@Check('council_members_role', `role IN ('CHU_TICH', 'PHO_CHU_TICH', 'UY_VIEN', 'UY_VIEN_THU_KY')`)
@Check('council_members_dates', `to_date IS NULL OR to_date >= from_date`)
export class CouncilMemberEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  role!: CouncilMemberRole;

  /** Chức vụ as printed in the minutes. */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  fromDate!: IsoDate;

  /** Inclusive; null: still a member. */
  @Column({ type: 'date', nullable: true })
  toDate!: IsoDate | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;
}
