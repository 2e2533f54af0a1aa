import type { AuditTarget } from '../../core/audit/audit.writer';
import type { AwardDecisionEntity, DecisionSigner } from './award-decision.entity';

/**
 * A decision's audit rows are read by the issuing unit's readers (ADR 0010): the decision is the
 * issuer's document. What it did to each recipient's history is audited by module records on the
 * recipient's unit (`awardRecord.create`), and to each dossier by module awards on the proposing unit.
 */
export function awardDecisionTarget(
  d: Pick<AwardDecisionEntity, 'id' | 'issuerUnitId' | 'symbol' | 'awardName'>,
): AuditTarget {
  return {
    entityType: 'AwardDecision',
    entityId: d.id,
    label: decisionLabel(d),
    scopeUnitId: d.issuerUnitId,
  };
}

/** "Quyết định số 25/QĐ-UBND (Giấy khen)", "Dự thảo quyết định tặng Giấy khen". */
export function decisionLabel(d: Pick<AwardDecisionEntity, 'symbol' | 'awardName'>): string {
  return d.symbol
    ? `Quyết định số ${d.symbol} (${d.awardName})`
    : `Dự thảo quyết định tặng ${d.awardName}`;
}

export interface AwardDecisionAuditView {
  decisionSubject: string;
  decisionAuthority: string;
  decisionAchievement: string;
  decisionBases: string;
  decisionCouncilMinutes: string | null;
  decisionProposal: string | null;
  rewardFunding: string | null;
  rewardBasis: string | null;
  decisionExecutors: string;
  decisionReceivers: string;
  decisionArchive: string;
  decisionPlace: string;
  decisionSigner: string;
}

export const AWARD_DECISION_AUDIT_FIELDS = [
  'decisionSubject',
  'decisionAuthority',
  'decisionAchievement',
  'decisionBases',
  'decisionCouncilMinutes',
  'decisionProposal',
  'rewardFunding',
  'rewardBasis',
  'decisionExecutors',
  'decisionReceivers',
  'decisionArchive',
  'decisionPlace',
  'decisionSigner',
] as const satisfies readonly (keyof AwardDecisionAuditView)[];

function signerLine(s: DecisionSigner): string {
  return [...s.on.map((o) => `${o.authority}. ${o.of}`), s.title, s.name]
    .filter(Boolean)
    .join(' / ');
}

export function awardDecisionAuditView(d: AwardDecisionEntity): AwardDecisionAuditView {
  return {
    decisionSubject: d.subject,
    decisionAuthority: d.authority,
    decisionAchievement: d.achievement,
    decisionBases: d.bases.join('; '),
    decisionCouncilMinutes: d.councilMinutes
      ? [d.councilMinutes.body, d.councilMinutes.date].filter(Boolean).join(', ')
      : null,
    decisionProposal: d.proposal ? `${d.proposal.by} — ${d.proposal.reference}` : null,
    rewardFunding: d.rewardFunding,
    rewardBasis: d.rewardBasis,
    decisionExecutors: d.executors.join('; '),
    decisionReceivers: d.receivers.join('; '),
    decisionArchive: d.archive,
    decisionPlace: d.place,
    decisionSigner: signerLine(d.signer),
  };
}
