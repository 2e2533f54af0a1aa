import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@thidua/shared-domain';
import type { Tx } from '../../core/database/transaction';
import type { RestructuringKind } from './restructuring.entity';
import type { UnitEntity } from './unit.entity';

/** What a restructuring did to the structure, told to every module that keeps data on units. */
export interface RestructuringEvent {
  kind: RestructuringKind;
  restructuringId: string;
  effectiveDate: IsoDate;
  /** MERGE, SPLIT, DISSOLVE: the units that end; RENAME, MOVE: the unit that changed. */
  sources: UnitEntity[];
  /** MERGE: [the target]; SPLIT: the new units, the first being where children and accounts go; else []. */
  successors: UnitEntity[];
}

export interface ScopeCarryData {
  holderName: string;
  roleName: string;
  fromUnit: string;
  toUnit: string;
}

export interface OpenWorkData {
  module: string;
  label: string;
  count: number;
}

/**
 * What a module changed (or, in a preview, would change). Every field is optional. `carried` and
 * `openWork` are generic `{ module, label, count }` items: a new module reports what follows the units
 * (its plans, dossiers…) and what is left open, and the preview shows it with no edit to org, the
 * schema or the SPA.
 */
export interface ParticipantReport {
  /** Rows moved to the successor units: "Vị trí công tác chuyển sang đơn vị kế thừa", 12. */
  carried?: OpenWorkData[];
  scopesCarried?: ScopeCarryData[];
  openWork?: OpenWorkData[];
  warnings?: string[];
}

/**
 * A module that keeps data on units and must follow restructurings (accounts and scopes, positions,
 * cluster memberships; later campaigns, reports and dossiers). It runs inside the restructuring's
 * transaction: a preview runs it too and rolls back, so previews and commits never disagree.
 */
export interface RestructuringParticipant {
  readonly name: string;
  onRestructure(tx: Tx, event: RestructuringEvent): Promise<ParticipantReport>;
}

/**
 * Registry the org module owns and other modules register into at start-up, so dependencies stay
 * one-way (modules depend on org; org never imports them).
 */
@Injectable()
export class RestructuringParticipants {
  private readonly participants: RestructuringParticipant[] = [];

  register(participant: RestructuringParticipant): void {
    if (!this.participants.some((p) => p.name === participant.name))
      this.participants.push(participant);
  }

  async notify(tx: Tx, event: RestructuringEvent): Promise<ParticipantReport[]> {
    const reports: ParticipantReport[] = [];
    for (const p of this.participants) reports.push(await p.onRestructure(tx, event));
    return reports;
  }
}
