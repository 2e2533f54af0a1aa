import { Injectable } from '@nestjs/common';
import {
  documentSymbol,
  isIsoDate,
  type AdministrativeDocumentKind,
  type IsoDate,
  type IssuingTree,
  ADMINISTRATIVE_DOCUMENT_KINDS,
} from '@thidua/shared-domain';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { IssuedNumberEntity } from './issued-number.entity';

export interface NumberRequest {
  /** The unit that issues (its register), its tree and its abbreviation ("UBND", "SNV", "TU"). */
  issuer: { unitId: string; tree: IssuingTree; abbreviation: string };
  kind: AdministrativeDocumentKind;
  /** The issue date: its year chooses the register. */
  issuedOn: IsoDate;
  /** The record that takes the number. */
  record: { entityType: string; entityId: string };
  /** Legal normative documents print their year: `86/2025/QĐ-UBND`. */
  symbolWithYear?: boolean;
}

export interface TakenNumber {
  number: number;
  symbol: string;
}

/**
 * Document numbers (số, ký hiệu), taken inside the issuing transaction. One statement increments the
 * register row (created on the year's first issue) and returns the new number: concurrent issuers
 * in one unit wait on that row's lock until the first commits, so numbers are consecutive and
 * unique; an issue that rolls back gives its number back with it (it was never issued), and the
 * next one takes it. Each given number is recorded with its record, unique per register.
 */
@Injectable()
export class NumberRegisterService {
  async take(tx: Tx, request: NumberRequest): Promise<TakenNumber> {
    if (!isIsoDate(request.issuedOn)) {
      throw AppError.field('issuedOn', 'Ngày ban hành không phải ngày hợp lệ.');
    }
    const year = Number(request.issuedOn.slice(0, 4));
    const series = ADMINISTRATIVE_DOCUMENT_KINDS[request.kind].abbreviation;
    const rows: { id: string; last_number: number }[] = await tx.em.query(
      `INSERT INTO number_registers (issuer_unit_id, year, series, last_number)
       VALUES ($1, $2, $3, 1)
       ON CONFLICT ON CONSTRAINT number_registers_unit_year_series
       DO UPDATE SET last_number = number_registers.last_number + 1, updated_at = now()
       RETURNING id, last_number`,
      [request.issuer.unitId, year, series],
    );
    const register = rows[0];
    if (!register) throw new Error('The number register returned no row.');
    const symbol = documentSymbol({
      tree: request.issuer.tree,
      number: register.last_number,
      kind: request.kind,
      issuer: request.issuer.abbreviation,
      ...(request.symbolWithYear ? { year } : {}),
    });
    await tx.em.insert(IssuedNumberEntity, {
      registerId: register.id,
      number: register.last_number,
      symbol,
      entityType: request.record.entityType,
      entityId: request.record.entityId,
      issuedOn: request.issuedOn,
    });
    return { number: register.last_number, symbol };
  }
}
