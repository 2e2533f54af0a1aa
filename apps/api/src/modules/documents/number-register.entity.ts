import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';

/**
 * One register (sổ đăng ký văn bản đi) of an issuing unit for a year and a series: the last number it
 * gave. NĐ 30/2020 Điều 15: numbers run from 01 on 1 January, unique per organisation and year.
 */
@Entity('number_registers')
@Unique('number_registers_unit_year_series', ['issuerUnitId', 'year', 'series'])
@Check('number_registers_last_number', 'last_number >= 0')
export class NumberRegisterEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  issuerUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit?: UnitEntity;

  @Column({ type: 'int' })
  year!: number;

  /** The series: a document kind's abbreviation ("KH", "QĐ", "TTr"). */
  @Column({ type: 'text' })
  series!: string;

  @Column({ type: 'int', default: 0 })
  lastNumber!: number;
}
