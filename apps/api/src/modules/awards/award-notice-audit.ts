import type { IsoDate } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { AwardDossierEntity } from './award-dossier.entity';
import type { AwardPublicNoticeEntity } from './award-notice.entity';

/**
 * A notice's audit rows, the public comments' included, are scoped like its dossier's: to the
 * proposing unit as it stands (one unit per row, ADR 0010), whose readers handle the notice.
 */
export function awardNoticeTarget(
  n: Pick<AwardPublicNoticeEntity, 'id' | 'title'>,
  d: Pick<AwardDossierEntity, 'unitId'>,
): AuditTarget {
  return { entityType: 'AwardNotice', entityId: n.id, label: n.title, scopeUnitId: d.unitId };
}

export interface AwardNoticeAuditView {
  noticeTitle: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  noticeWorkingDays: number;
  status: string;
  nominees: string;
}

export const AWARD_NOTICE_AUDIT_FIELDS = [
  'noticeTitle',
  'startsOn',
  'endsOn',
  'noticeWorkingDays',
  'status',
  'nominees',
] as const satisfies readonly (keyof AwardNoticeAuditView)[];

export function awardNoticeAuditView(n: AwardPublicNoticeEntity): AwardNoticeAuditView {
  return {
    noticeTitle: n.title,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    noticeWorkingDays: n.workingDays,
    status: n.status,
    nominees: n.nominees.map((x) => `${x.position}. ${x.name} — ${x.awardName}`).join('; '),
  };
}
