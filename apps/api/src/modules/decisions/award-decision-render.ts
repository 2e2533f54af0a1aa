import {
  DocumentDataError,
  buildAwardDecision,
  buildCertificates,
  type AwardDecisionDocument,
  type CertificatesDocument,
  type Issuer,
} from '@thidua/documents';
import { todayInVietnam } from '@thidua/shared-domain';
import { AppError } from '../../core/errors/app-error';
import type { AwardDecisionEntity, AwardDecisionRecipientEntity } from './award-decision.entity';

/** The issuing unit as the header prints it: its name, and the body above it. */
export function issuerOf(
  unit: { name: string; shortName: string | null; tree: Issuer['tree'] },
  parent: { name: string } | null,
): Issuer {
  return {
    tree: unit.tree,
    ...(parent ? { parentBody: parent.name } : {}),
    body: unit.name,
    code: unit.shortName ?? '',
  };
}

/** "Bà Nông Thị Hà": a person with the honorific the danh sách and the certificate print. */
export function recipientName(r: Pick<AwardDecisionRecipientEntity, 'honorific' | 'name'>): string {
  return r.honorific ? `${r.honorific} ${r.name}` : r.name;
}

/**
 * The decision as libs/documents' AwardDecisionDocument: the number and date once issued (a draft
 * prints blanks and the current year), Điều 2 only when the decision gives money (`reward_funding`).
 */
export function decisionDocument(
  d: AwardDecisionEntity,
  recipients: readonly AwardDecisionRecipientEntity[],
  issuer: Issuer,
): AwardDecisionDocument {
  const money = d.rewardFunding !== null;
  return {
    issuer,
    number: d.number,
    place: d.place,
    date: d.decidedOn ?? { year: Number(todayInVietnam().slice(0, 4)) },
    subject: d.subject,
    authority: d.authority,
    bases: d.bases,
    councilMinutes: d.councilMinutes,
    proposal: d.proposal,
    award: d.awardName,
    awardKind: d.awardKind,
    achievement: d.achievement,
    awardees: recipients.map((r) => ({
      subject: r.subject,
      name: recipientName(r),
      detail: r.detail,
      amount: money ? r.amount : null,
    })),
    reward: money ? { funding: d.rewardFunding ?? '', basis: d.rewardBasis } : null,
    executors: d.executors,
    recipients: { groups: [{ names: d.receivers }], archive: d.archive },
    signature: {
      on: d.signer.on.map((o) => ({ mode: o.authority, of: o.of })),
      title: d.signer.title,
      name: d.signer.name,
    },
  };
}

/**
 * Every certificate of an issued decision: the decider's title (its authority line), the award, the
 * decision's number and date, each recipient's số sổ vàng and the public verification link of its code.
 */
export function certificatesDocument(
  d: AwardDecisionEntity,
  recipients: readonly AwardDecisionRecipientEntity[],
  issuer: Issuer,
  verifyUrl: (code: string) => string,
): CertificatesDocument {
  if (d.number === null || !d.decidedOn)
    throw AppError.field('id', 'Quyết định chưa ban hành: chưa có số, ngày để in giấy khen.');
  return {
    tree: issuer.tree,
    decider: d.authority,
    awardKind: d.awardKind,
    award: d.awardName,
    decision: { issuerCode: issuer.code, number: d.number, date: d.decidedOn },
    place: d.place,
    date: d.decidedOn,
    signature: {
      on: d.signer.on.map((o) => ({ mode: o.authority, of: o.of })),
      title: d.signer.title,
      name: d.signer.name,
    },
    certificates: recipients.map((r) => ({
      name: recipientName(r),
      detail: r.detail,
      achievement: r.achievement,
      goldenBook: r.goldBookNumber === null ? null : String(r.goldBookNumber).padStart(2, '0'),
      verifyUrl: verifyUrl(r.certificateCode ?? ''),
      code: r.certificateCode ?? '',
    })),
  };
}

/** The builder's refusal of the data (DocumentDataError) as the Vietnamese answer it carries. */
async function printable<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DocumentDataError)
      throw AppError.field('id', `Chưa lập được ${what}: ${error.message}`);
    throw error;
  }
}

export function renderDecision(doc: AwardDecisionDocument): Promise<Uint8Array> {
  return printable('quyết định khen thưởng', () => buildAwardDecision(doc));
}

export function renderCertificates(doc: CertificatesDocument): Promise<Uint8Array> {
  return printable('giấy khen, bằng khen', () => buildCertificates(doc));
}
