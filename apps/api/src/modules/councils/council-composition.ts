import { isoToVn, type IsoDate } from '@thidua/shared-domain';
import { COUNCIL_ROLE_ORDER } from './council-vocabulary';
import type { CouncilMemberEntity } from './council.entity';

/** Members on `on` (null: every period, current and past), per council: the members loader's key. */
export function membersKey(councilId: string, on: IsoDate | null | undefined): string {
  return `${councilId}|${on ?? ''}`;
}

/** Whether a member's period (inclusive days, open end) covers `day`. */
export function memberOn(
  m: Pick<CouncilMemberEntity, 'fromDate' | 'toDate'>,
  day: IsoDate,
): boolean {
  return m.fromDate <= day && (m.toDate === null || day <= m.toDate);
}

/** Whether two periods (inclusive days, open ends) share a day. */
export function overlaps(
  a: { fromDate: IsoDate; toDate: IsoDate | null },
  b: { fromDate: IsoDate; toDate: IsoDate | null },
): boolean {
  return a.fromDate <= (b.toDate ?? '9999-12-31') && b.fromDate <= (a.toDate ?? '9999-12-31');
}

/** "từ 01/01/2024 đến 31/12/2025", "từ 01/01/2024". */
export function period(m: { fromDate: IsoDate; toDate: IsoDate | null }): string {
  return m.toDate
    ? `từ ${isoToVn(m.fromDate)} đến ${isoToVn(m.toDate)}`
    : `từ ${isoToVn(m.fromDate)}`;
}

/** The order a composition is listed in (the minutes' order): role, then who joined first. */
export function byRole(a: CouncilMemberEntity, b: CouncilMemberEntity): number {
  return (
    COUNCIL_ROLE_ORDER[a.role] - COUNCIL_ROLE_ORDER[b.role] ||
    a.fromDate.localeCompare(b.fromDate) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}
