import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { NumberRegisterEntity } from './number-register.entity';

/**
 * A number a register gave, and to which record: kept for good, so a number is never given twice
 * (a document withdrawn later keeps its number; the register never goes back).
 */
@Entity('issued_numbers')
@Unique('issued_numbers_register_number', ['registerId', 'number'])
@Index('issued_numbers_record', ['entityType', 'entityId'])
export class IssuedNumberEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  registerId!: string;

  @ManyToOne(() => NumberRegisterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'register_id' })
  register?: NumberRegisterEntity;

  @Column({ type: 'int' })
  number!: number;

  /** As printed after "Số:": "12/KH-UBND". */
  @Column({ type: 'text' })
  symbol!: string;

  /** The record that carries the number: ('CampaignPlan', id), later decisions and submissions. */
  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** The issue date printed on the document (its year chose the register). */
  @Column({ type: 'date' })
  issuedOn!: string;
}
