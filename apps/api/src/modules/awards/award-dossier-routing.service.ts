import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  APPRAISAL_VERDICTS,
  AWARD_DOSSIER_LIMITS as L,
  AWARD_TRACKS,
  DOSSIER_STATUSES,
  checkQuotas,
  dossierActionRefusal,
  dossierActionSide,
  dossierChanges,
  dossierNext,
  oneLine,
  sameAwardForm,
  settleChecklist,
  todayInVietnam,
  type AuditOperation,
  type ChecklistAnswer,
  type AwardSubject,
  type DossierAction,
  type DossierStatus,
  type IsoDate,
  type NoticeResult,
  type QuotaFinding,
  type QuotaUse,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { OrgService } from '../org/org.service';
import { RecordsService } from '../records/records.service';
import { awardDossierTarget, nomineeLine } from './award-audit';
import {
  AwardDossierEventEntity,
  type DossierAppraisalItem,
  type DossierRemark,
} from './award-dossier-event.entity';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from './award-dossier.entity';
import { AwardAppraisalService } from './award-appraisal';
import {
  AwardDossierService,
  DOSSIER_MANAGE,
  DOSSIER_RECEIVE,
  documentLabel,
} from './award-dossier.service';
import { AwardDraftingService } from './award-drafting.service';
import { AwardEligibilityService, initiativeReference, unmetLabels } from './award-eligibility';
import { AwardNoticeService } from './award-notice.service';
import { AwardRoundEntity } from './award-round.entity';

const OPERATIONS: Record<DossierAction, AuditOperation | null> = {
  SUBMIT: 'awardDossier.submit',
  RECALL: 'awardDossier.recall',
  WITHDRAW: 'awardDossier.withdraw',
  RECEIVE: 'awardDossier.receive',
  RETURN: 'awardDossier.return',
  APPRAISE: 'awardDossier.appraise',
  FORWARD_TO_COUNCIL: 'awardDossier.forwardToCouncil',
  // recorded by the councils module (issue 12), not here
  DECIDE: null,
};

/** Statuses a dossier's nominees may be escalated from: judged by the lower level. */
const ESCALATABLE = ['APPRAISED', 'READY_FOR_COUNCIL', 'DECIDED'] as const;

export interface ActionExtra {
  reason?: string | null;
  remarks?:
    readonly { nominationId?: string | null; documentId?: string | null; remark: string }[] | null;
  appraisal?:
    | readonly {
        nominationId: string;
        verdict: 'PASS' | 'FAIL';
        remark?: string | null;
        checklist?: readonly ChecklistAnswer[] | null;
      }[]
    | null;
}

/**
 * A nominee found "đạt" at the appraisal, as a quyết định khen thưởng takes it (module decisions, issue
 * 12: `passedForDecision`), with what the decision cites of its dossier.
 */
export interface DecisionCandidate {
  nominationId: string;
  dossierId: string;
  dossierStatus: DossierStatus;
  proposingUnitId: string;
  proposingUnitName: string;
  proposingUnitPath: string;
  receivingUnitId: string;
  subject: AwardSubject;
  personId: string | null;
  subjectUnitId: string | null;
  householdAddress: string | null;
  name: string;
  awardCode: string | null;
  awardName: string;
  achievements: string;
  /** the rule version the nominee was judged under (null: judged by hand) */
  ruleVersionId: string | null;
  /** the dossier's tờ trình as numbered at its first send (null: uploaded, or not numbered) */
  toTrinhSymbol: string | null;
  toTrinhDate: IsoDate | null;
  /** the council session that passed it (module councils); null: decided on the appraisal alone */
  councilSessionId: string | null;
}

/** A council's verdict on one nominee, as the session's close hands it over (module councils). */
export interface CouncilNomineeOutcome {
  nominationId: string;
  passed: boolean;
  /** "đồng ý 8/9 (88,89 %)", printed in the dossier's history */
  votes: string;
}

/** The session and its frozen minutes, as the dossiers' history and documents name them. */
export interface CouncilSessionRef {
  sessionId: string;
  /** "Phiên họp xét khen thưởng năm 2025 của Hội đồng Thi đua - Khen thưởng Sở Nội vụ, ngày 10/12/2025" */
  label: string;
  minutes: { sha256: string; name: string; size: number; mediaType: string };
}

/** Who counts as what against a quota line: a household is not a tập thể, so it counts as one person. */
function quotaSide(subject: AwardSubject): 'collectives' | 'individuals' {
  return subject === 'COLLECTIVE' ? 'collectives' : 'individuals';
}

/**
 * The routing of a dossier (issue 11, "Routing"): the moves of libs/shared/domain awards/dossiers.ts
 * between the proposing unit (DOSSIER_MANAGE there: submit, recall, withdraw) and the round's
 * receiving unit (DOSSIER_RECEIVE there: receive, return, appraise, forward to the council). Each move
 * is one transaction: the dossier's status and version, one append-only event (award_dossier_events)
 * and one audit row.
 *
 * On SUBMIT: the completeness check (dossierMissingDocuments) and the award plan's quotas refuse the
 * send with their explanation (the plan writes "không quá 01 tập thể hoặc cá nhân": a ceiling, seed
 * 001, not advice); a send after the round's deadline is accepted and flagged late; the event keeps a
 * snapshot of what was sent and, when a send came before, what changed since. Every nominee is judged
 * again in the send's transaction (AwardEligibilityService, on the round's judging day): one NOT
 * ELIGIBLE refuses the send naming each failing nominee and condition (a hold in force with its
 * reason); TO_CONFIRM goes through, flagged on the nominee for the receiver; then the sáng kiến cited
 * are locked under the dossier (RecordsService.lockInitiative), freed again by a withdrawal. What the
 * system drafted is frozen last (AwardDraftingService.freezeForSend, ADR 0020): a report not uploaded
 * must be signed off (else the completeness check names it), the tờ trình takes its number at the
 * first send, and both are rendered into the dossier's documents before the snapshot is taken.
 */
@Injectable()
export class AwardDossierRoutingService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly dossiers: AwardDossierService,
    private readonly org: OrgService,
    private readonly eligibility: AwardEligibilityService,
    private readonly records: RecordsService,
    private readonly notices: AwardNoticeService,
    private readonly appraisals: AwardAppraisalService,
    private readonly drafting: AwardDraftingService,
  ) {}

  async act(
    tx: Tx,
    id: string,
    version: number,
    action: DossierAction,
    extra: ActionExtra = {},
  ): Promise<AwardDossierEntity> {
    const operation = OPERATIONS[action];
    if (!operation)
      throw AppError.field('action', 'Quyết định khen thưởng được ghi nhận ở phiên họp Hội đồng.');
    const d = await this.dossiers.locked(tx, id);
    const side = dossierActionSide(action);
    if (side === 'SUBMITTER' && !tx.ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath))
      throw AppError.forbidden('Chỉ cán bộ của đơn vị đề nghị mới được gửi, rút hồ sơ này.');
    if (side === 'RECEIVER' && !tx.ctx.actor.canAt(DOSSIER_RECEIVE, d.receivingPath))
      throw AppError.forbidden(
        'Chỉ cán bộ của đơn vị tiếp nhận mới được tiếp nhận, trả lại, thẩm định hồ sơ này.',
      );
    const next = dossierNext(d.status, action);
    if (!next) {
      const message = dossierActionRefusal(d.status, action);
      if (d.status === 'DECIDED' || d.status === 'WITHDRAWN') throw AppError.readOnly(message);
      throw AppError.field('id', message);
    }
    if (d.version !== version) throw this.dossiers.conflict(d, await this.dossiers.label(d));
    const now = new Date();
    const patch: Partial<AwardDossierEntity> = { status: next };
    const event: Partial<AwardDossierEventEntity> = {
      action,
      fromStatus: d.status,
      toStatus: next,
    };
    const auditExtra: { field: string; before?: unknown; after?: unknown }[] = [];

    switch (action) {
      case 'SUBMIT': {
        const round = await tx.em.findOneByOrFail(AwardRoundEntity, { id: d.roundId });
        if (round.status !== 'OPEN' && !d.firstSubmittedAt)
          throw AppError.field('id', `Đợt "${round.title}" đã đóng: không nhận hồ sơ mới.`);
        const nominees = await tx.em.find(AwardNominationEntity, {
          where: { dossierId: d.id },
          order: { position: 'ASC' },
        });
        const documents = await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: d.id });
        // the tờ trình and signed-off reports the system drafted count: they are frozen below
        const missing = await this.drafting.sendMissing(d, round.kind, nominees, documents);
        if (missing.length)
          throw AppError.badInput(
            { id: missing },
            `Hồ sơ chưa đủ thành phần: ${missing.join(' ')}`,
          );
        const findings = this.quotas(round, nominees);
        const over = findings.filter((f) => f.over);
        if (over.length)
          throw AppError.badInput(
            { id: over.map((f) => f.explanation) },
            `Vượt số lượng khen thưởng của kế hoạch: ${over.map((f) => f.explanation).join(' ')}`,
          );
        await this.judgeForSend(tx, d, round, nominees);
        // the public notice's result travels with the send (refused while one runs or waits, ADR
        // 0021); asked before the freeze, so a refused send renders nothing (~0.4 s a dossier)
        const notice = await this.notices.forSend(tx, d, round, nominees);
        auditExtra.push(...(await this.drafting.freezeForSend(tx, d, round, nominees)));
        const late = !!round.deadline && todayInVietnam(now) > round.deadline;
        const snapshot = { ...(await this.dossiers.snapshot(tx, d.id)), notice };
        const previous = await tx.em.findOne(AwardDossierEventEntity, {
          where: { dossierId: d.id, action: 'SUBMIT' },
          order: { at: 'DESC', dossierVersion: 'DESC' },
        });
        Object.assign(patch, {
          submittedAt: now,
          firstSubmittedAt: d.firstSubmittedAt ?? now,
          late,
        });
        Object.assign(event, {
          snapshot,
          quota: findings,
          late,
          changes: previous?.snapshot ? dossierChanges(previous.snapshot, snapshot) : null,
        });
        auditExtra.push({ field: 'nominees', after: nominees.map(nomineeLine).join('; ') });
        if (late) auditExtra.push({ field: 'late', after: true });
        break;
      }
      case 'WITHDRAW': {
        event.reason = oneLine(extra.reason) || null;
        const nominees = await tx.em.findBy(AwardNominationEntity, { dossierId: d.id });
        await this.dossiers.releaseInitiatives(
          tx,
          d,
          nominees.flatMap((n) => n.initiativeIds),
        );
        break;
      }
      case 'RECEIVE':
        patch.receivedAt = now;
        break;
      case 'RETURN': {
        const reason = oneLine(extra.reason);
        if (!reason) throw AppError.field('reason', 'Lý do trả lại không được để trống.');
        event.reason = reason;
        event.remarks = await this.remarks(tx, d, extra.remarks ?? []);
        // the appraisal belonged to what was sent: the resent dossier is appraised afresh (the
        // verdicts stay in the APPRAISE event)
        await tx.em.update(
          AwardNominationEntity,
          { dossierId: d.id },
          {
            appraisalVerdict: null,
            appraisalRemark: null,
            councilVerdict: null,
            councilSessionId: null,
          },
        );
        auditExtra.push({ field: 'returnReason', after: reason });
        if (event.remarks.length)
          auditExtra.push({
            field: 'remarks',
            after: event.remarks.map((r) => `${r.label}: ${r.remark}`).join('; '),
          });
        break;
      }
      case 'APPRAISE': {
        const items = await this.appraisal(tx, d, extra.appraisal ?? []);
        for (const item of items)
          await tx.em.update(
            AwardNominationEntity,
            { id: item.nominationId },
            { appraisalVerdict: item.verdict, appraisalRemark: item.remark },
          );
        event.appraisal = items;
        auditExtra.push({
          field: 'appraisal',
          after: items.map((i) => `${i.name}: ${APPRAISAL_VERDICTS[i.verdict]}`).join('; '),
        });
        break;
      }
      case 'FORWARD_TO_COUNCIL': {
        const passed = await tx.em.countBy(AwardNominationEntity, {
          dossierId: d.id,
          appraisalVerdict: 'PASS',
        });
        if (!passed)
          throw AppError.field(
            'id',
            'Không có đề nghị nào đạt khi thẩm định: hãy trả lại hồ sơ thay vì chuyển Hội đồng.',
          );
        break;
      }
      default:
        break;
    }

    const after = await this.dossiers.touch(tx, d, version, patch);
    await this.dossiers.event(tx, after, { ...event, action, dossierVersion: after.version });
    await tx.audit.event(operation, awardDossierTarget(after, await this.dossiers.label(after)), [
      { field: 'status', before: d.status, after: after.status },
      ...auditExtra,
    ]);
    return after;
  }

  /**
   * The send's eligibility: every nominee judged again in this transaction (the verdicts stored are
   * the send's); NOT_ELIGIBLE refuses with each failing nominee and its unmet conditions; then the
   * cited sáng kiến are locked for the dossier. A sáng kiến another dossier locked first refuses the
   * send naming the nominee and that use (records' CONFLICT, said on the send's `id`).
   */
  private async judgeForSend(
    tx: Tx,
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<void> {
    const judged = await this.eligibility.judge(tx, d, round, nominees, 'SUBMIT');
    const failing = nominees.flatMap((n) => {
      const e = judged.get(n.id);
      return e?.verdict === 'NOT_ELIGIBLE'
        ? [`${n.name} (${n.awardName}): ${unmetLabels(e).join('; ')}`]
        : [];
    });
    if (failing.length)
      throw AppError.badInput(
        { id: failing },
        `Chưa gửi được: ${failing.length} đề nghị chưa đủ điều kiện, tiêu chuẩn khen thưởng. ${failing.join('. ')}.`,
      );
    const reference = initiativeReference(d.id);
    for (const n of nominees)
      for (const id of n.initiativeIds) {
        try {
          await this.records.lockInitiative(tx, id, {
            awardName: n.awardName,
            year: round.year,
            reference,
          });
        } catch (error) {
          if (error instanceof AppError && error.code === 'CONFLICT')
            throw AppError.field('id', `${n.name}: ${error.message}`);
          throw error;
        }
      }
  }

  /** The quota lines of the round against the dossier's nominees (per proposing unit). */
  quotas(
    round: AwardRoundEntity,
    nominees: readonly Pick<AwardNominationEntity, 'awardName' | 'subject'>[],
  ): QuotaFinding[] {
    const uses = new Map<string, { form: string; collectives: number; individuals: number }>();
    for (const n of nominees) {
      const use = uses.get(n.awardName) ?? { form: n.awardName, collectives: 0, individuals: 0 };
      use[quotaSide(n.subject)] += 1;
      uses.set(n.awardName, use);
    }
    return checkQuotas(round.quotas, [...uses.values()] as QuotaUse[], sameAwardForm);
  }

  /**
   * Đề nghị cấp trên khen cao: the officers of the origin's receiving unit put nominees it judged into
   * their own unit's dossier of a higher round (created if missing, and still editable), each linked
   * to its origin nominee, with the nominee's báo cáo thành tích and certificates reused by reference
   * (the same stored files) and the origin's biên bản attached as a related document.
   */
  async escalate(
    tx: Tx,
    data: {
      originDossierId: string;
      roundId: string;
      nominees: readonly {
        nominationId: string;
        awardCode?: string | null;
        awardName?: string | null;
        achievements?: string | null;
      }[];
    },
  ): Promise<AwardDossierEntity> {
    const origin = await this.dossiers.get(tx.ctx, data.originDossierId);
    if (!tx.ctx.actor.canAt(DOSSIER_MANAGE, origin.receivingPath))
      throw AppError.forbidden(
        'Chỉ cán bộ của đơn vị đã tiếp nhận hồ sơ mới được đề nghị cấp trên khen thưởng.',
      );
    if (!(ESCALATABLE as readonly string[]).includes(origin.status))
      throw AppError.field(
        'originDossierId',
        `Chỉ đề nghị cấp trên từ hồ sơ đã thẩm định; hồ sơ này đang "${DOSSIER_STATUSES[origin.status]}".`,
      );
    const round = await tx.em.findOneBy(AwardRoundEntity, { id: data.roundId });
    if (!round) throw AppError.field('roundId', 'Đợt xét khen thưởng không tồn tại.');
    if (round.id === origin.roundId)
      throw AppError.field(
        'roundId',
        'Hãy chọn đợt xét của cấp trên, không phải đợt của hồ sơ gốc.',
      );
    const originRound = await tx.em.findOneByOrFail(AwardRoundEntity, { id: origin.roundId });
    // NĐ 152/2025 Điều 4 k.3: a campaign's or đột xuất result is never a công trạng one, so a nominee
    // goes up only within its track
    if (round.track !== originRound.track)
      throw AppError.field(
        'roundId',
        `Đợt cấp trên xét theo loại hình "${AWARD_TRACKS[round.track]}", hồ sơ gốc theo "${AWARD_TRACKS[originRound.track]}": không đề nghị chuyển loại hình được.`,
      );
    const originNominees = await tx.em.findBy(AwardNominationEntity, { dossierId: origin.id });
    const picked = data.nominees.map((p, i) => {
      const n = originNominees.find((x) => x.id === p.nominationId);
      if (!n)
        throw AppError.field(`nominees.${i}.nominationId`, 'Đề nghị không có trong hồ sơ gốc.');
      if (n.appraisalVerdict === 'FAIL')
        throw AppError.field(
          `nominees.${i}.nominationId`,
          `${n.name} không đạt khi thẩm định: không đề nghị cấp trên được.`,
        );
      return { n, p };
    });
    if (new Set(picked.map((x) => x.n.id)).size !== picked.length)
      throw AppError.field('nominees', 'Một đề nghị được chọn hai lần.');
    let target = await tx.em.findOneBy(AwardDossierEntity, {
      roundId: round.id,
      unitId: origin.receivingUnitId,
    });
    target ??= await this.dossiers.create(tx, {
      roundId: round.id,
      unitId: origin.receivingUnitId,
    });
    let d = await this.dossiers.editable(tx, target.id);
    if (!d.originDossierId)
      d = await this.dossiers.touch(tx, d, d.version, { originDossierId: origin.id });
    const existing = await tx.em.findBy(AwardNominationEntity, { dossierId: d.id });
    if (existing.length + picked.length > L.nominees)
      throw AppError.field('nominees', `Một hồ sơ đề nghị tối đa ${L.nominees} tập thể, cá nhân.`);
    const originDocs = await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: origin.id });
    const nomRepo = tx.em.getRepository(AwardNominationEntity);
    const docRepo = tx.em.getRepository(AwardDossierDocumentEntity);
    let position = Math.max(0, ...existing.map((x) => x.position));
    const lines: string[] = [];
    const copies: AwardNominationEntity[] = [];
    for (const [i, { n, p }] of picked.entries()) {
      if (
        existing.some(
          (x) =>
            x.originNominationId === n.id ||
            (n.personId && x.personId === n.personId) ||
            (n.subjectUnitId && x.subjectUnitId === n.subjectUnitId),
        )
      )
        throw AppError.field(
          `nominees.${i}.nominationId`,
          `${n.name} đã có trong hồ sơ của đợt này.`,
        );
      let award: Pick<AwardNominationEntity, 'awardCode' | 'awardName'>;
      try {
        award = this.dossiers.award(round, n.subject, p);
      } catch (error) {
        if (error instanceof AppError && error.fields) {
          const [[field, messages] = ['awardName', []]] = Object.entries(error.fields);
          throw AppError.field(`nominees.${i}.${field}`, messages[0] ?? error.message);
        }
        throw error;
      }
      const copy = await nomRepo.save(
        nomRepo.create({
          dossierId: d.id,
          position: (position += 1),
          subject: n.subject,
          personId: n.personId,
          subjectUnitId: n.subjectUnitId,
          householdAddress: n.householdAddress,
          name: n.name,
          ...award,
          achievements: (p.achievements ?? '').trim() || n.achievements,
          // a sáng kiến served the lower award (and is locked for it): the higher one cites its own
          initiativeIds: [],
          eligibility: null,
          appraisalVerdict: null,
          appraisalRemark: null,
          originNominationId: n.id,
        }),
      );
      for (const doc of originDocs.filter((x) => x.nominationId === n.id)) {
        await docRepo.save(
          docRepo.create({
            ...reused(doc),
            dossierId: d.id,
            nominationId: copy.id,
          }),
        );
      }
      lines.push(nomineeLine(copy));
      copies.push(copy);
    }
    // judged for the higher award under the higher round's rules (the lower verdict was for another)
    await this.eligibility.judge(tx, d, round, copies, 'NOMINEE');
    const minutes = originDocs.find((x) => x.kind === 'BIEN_BAN');
    if (minutes && !(await docRepo.findOneBy({ dossierId: d.id, originDocumentId: minutes.id }))) {
      const unit = await this.org.findById(origin.unitId);
      await docRepo.save(
        docRepo.create({
          ...reused(minutes),
          dossierId: d.id,
          kind: 'OTHER',
          nominationId: null,
          note: `Biên bản họp xét khen thưởng của ${unit?.name ?? 'đơn vị đề nghị'} (hồ sơ gốc)`,
        }),
      );
    }
    const after = await this.dossiers.touch(tx, d, d.version);
    await this.dossiers.event(tx, after, {
      action: 'ESCALATE',
      fromStatus: after.status,
      toStatus: after.status,
      reason: `Đề nghị từ hồ sơ gốc: ${lines.join('; ')}`,
      dossierVersion: after.version,
    });
    await tx.audit.event(
      'awardDossier.escalate',
      awardDossierTarget(after, await this.dossiers.label(after)),
      [
        { field: 'originDossierId', after: origin.id },
        { field: 'nominees', after: lines.join('; ') },
      ],
    );
    return after;
  }

  // ---------------------------------------------------------------------------------------------------
  // module decisions (issue 12)

  /**
   * The nominees a quyết định khen thưởng may decide: found "đạt" at the appraisal in the dossiers of
   * `roundId` that are appraised (APPRAISED, READY_FOR_COUNCIL) and were received by the unit at
   * `issuerPath` or a unit below it; `nominationIds` narrows them. In the order the dossiers were
   * received, then each dossier's own. Not scoped by the caller's DOSSIER_READ: module decisions has
   * decided the caller's DECISION_MANAGE or DECISION_ISSUE at the issuer, whose reach is the subtree.
   */
  async passedForDecision(
    roundId: string,
    issuerPath: string,
    nominationIds?: readonly string[] | null,
  ): Promise<DecisionCandidate[]> {
    const qb = this.db
      .repo(AwardNominationEntity)
      .createQueryBuilder('n')
      .innerJoin(AwardDossierEntity, 'd', 'd.id = n.dossier_id')
      .innerJoin('units', 'u', 'u.id = d.unit_id')
      .leftJoin(
        'award_document_drafts',
        't',
        't.dossier_id = d.id AND t.nomination_id IS NULL AND t.symbol IS NOT NULL',
      )
      .where('d.round_id = :roundId', { roundId })
      .andWhere(`d.status IN ('APPRAISED', 'READY_FOR_COUNCIL')`)
      .andWhere(`n.appraisal_verdict = 'PASS'`)
      // a dossier sent to the council is decided on the council's vote (NĐ 98/2023 Điều 30 k.7):
      // only its nominees the council passed; one decided on the appraisal alone keeps that verdict
      .andWhere(
        `(n.council_verdict = 'PASS' OR (n.council_verdict IS NULL AND d.status = 'APPRAISED'))`,
      )
      .andWhere('d.receiving_path <@ CAST(:issuerPath AS ltree)', { issuerPath });
    if (nominationIds) {
      if (!nominationIds.length) return [];
      qb.andWhere('n.id = ANY(CAST(:ids AS uuid[]))', { ids: [...nominationIds] });
    }
    const rows = await qb
      .addSelect('d.status', 'dossier_status')
      .addSelect('d.unit_id', 'proposing_unit_id')
      .addSelect('u.name', 'proposing_unit_name')
      .addSelect('u.path::text', 'proposing_unit_path')
      .addSelect('d.receiving_unit_id', 'receiving_unit_id')
      .addSelect('t.symbol', 'to_trinh_symbol')
      .addSelect('t.numbered_on::text', 'to_trinh_date')
      .orderBy('d.received_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .addOrderBy('n.position', 'ASC')
      .addOrderBy('n.created_at', 'ASC')
      .getRawAndEntities<{
        n_id: string;
        dossier_status: DossierStatus;
        proposing_unit_id: string;
        proposing_unit_name: string;
        proposing_unit_path: string;
        receiving_unit_id: string;
        to_trinh_symbol: string | null;
        to_trinh_date: IsoDate | null;
      }>();
    const raw = new Map(rows.raw.map((r) => [r.n_id, r]));
    return rows.entities.flatMap((n) => {
      const r = raw.get(n.id);
      if (!r) return [];
      return [
        {
          nominationId: n.id,
          dossierId: n.dossierId,
          dossierStatus: r.dossier_status,
          proposingUnitId: r.proposing_unit_id,
          proposingUnitName: r.proposing_unit_name,
          proposingUnitPath: r.proposing_unit_path,
          receivingUnitId: r.receiving_unit_id,
          subject: n.subject,
          personId: n.personId,
          subjectUnitId: n.subjectUnitId,
          householdAddress: n.householdAddress,
          name: n.name,
          awardCode: n.awardCode,
          awardName: n.awardName,
          achievements: n.achievements,
          ruleVersionId: n.eligibility?.ruleVersionId ?? null,
          toTrinhSymbol: r.to_trinh_symbol,
          toTrinhDate: r.to_trinh_date,
          councilSessionId: n.councilSessionId,
        },
      ];
    });
  }

  /**
   * The public notices' results of the nominees' dossiers as their last send carried them (SUBMIT
   * event's snapshot, ADR 0021), for the council's biên bản (NĐ 98 Điều 46: the result of the công
   * khai and the handling of comments are stated in it). One per dossier that held a notice.
   */
  async noticeResultsOf(nominationIds: readonly string[]): Promise<NoticeResult[]> {
    if (!nominationIds.length) return [];
    const rows: { notice: NoticeResult | null }[] = await this.db
      .repo(AwardDossierEventEntity)
      .createQueryBuilder('e')
      .select(`e.snapshot -> 'notice'`, 'notice')
      .distinctOn(['e.dossier_id'])
      .where(
        `e.dossier_id IN (SELECT n.dossier_id FROM award_nominations n WHERE n.id = ANY(CAST(:ids AS uuid[])))`,
        { ids: [...nominationIds] },
      )
      .andWhere(`e.action = 'SUBMIT'`)
      .orderBy('e.dossier_id')
      .addOrderBy('e.at', 'DESC')
      .getRawMany();
    return rows.flatMap((r) => (r.notice ? [r.notice] : []));
  }

  /**
   * The council's verdicts at its session's close (module councils, issue 12): each nominee's
   * `council_verdict` (the decisions take only the passed ones of a dossier sent to the council), the
   * frozen biên bản họp attached to each dossier as a document (the same stored file), and a COUNCIL
   * event naming the session, the minutes and each verdict, with an audit row on the proposing unit.
   * Dossiers no longer appraised or waiting for the council (returned, withdrawn, decided) are left as
   * they are; the agenda keeps the outcome. The council's manager acts by the council's authority, so
   * the caller's DOSSIER_* grants are not asked. Returns how many dossiers were recorded.
   */
  async recordCouncilOutcome(
    tx: Tx,
    session: CouncilSessionRef,
    outcomes: readonly CouncilNomineeOutcome[],
  ): Promise<number> {
    if (!outcomes.length) return 0;
    const nominees = await tx.em.findBy(AwardNominationEntity, {
      id: In(outcomes.map((o) => o.nominationId)),
    });
    const byDossier = new Map<string, AwardNominationEntity[]>();
    for (const n of nominees)
      byDossier.set(n.dossierId, [...(byDossier.get(n.dossierId) ?? []), n]);
    let recorded = 0;
    // in id order: two closes touching the same dossiers lock them in the same order
    for (const dossierId of [...byDossier.keys()].sort()) {
      const d = await tx.em
        .getRepository(AwardDossierEntity)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .where('d.id = :id', { id: dossierId })
        .getOne();
      if (!d || (d.status !== 'APPRAISED' && d.status !== 'READY_FOR_COUNCIL')) continue;
      const mine = byDossier.get(dossierId) ?? [];
      const lines = { passed: [] as string[], failed: [] as string[] };
      for (const n of mine) {
        const o = outcomes.find((x) => x.nominationId === n.id) as CouncilNomineeOutcome;
        await tx.em.update(
          AwardNominationEntity,
          { id: n.id },
          { councilVerdict: o.passed ? 'PASS' : 'FAIL', councilSessionId: session.sessionId },
        );
        (o.passed ? lines.passed : lines.failed).push(`${n.name} (${n.awardName}): ${o.votes}`);
      }
      await tx.em.getRepository(AwardDossierDocumentEntity).insert({
        dossierId: d.id,
        kind: 'OTHER',
        nominationId: null,
        fileSha256: session.minutes.sha256,
        fileName: session.minutes.name,
        mediaType: session.minutes.mediaType,
        size: session.minutes.size,
        text: null,
        note: `Biên bản họp Hội đồng Thi đua - Khen thưởng: ${session.label}`,
        originDocumentId: null,
        generated: false,
      });
      const verdicts = [
        ...(lines.passed.length ? [`Đạt: ${lines.passed.join('; ')}`] : []),
        ...(lines.failed.length ? [`Không đạt: ${lines.failed.join('; ')}`] : []),
      ].join('. ');
      const after = await this.dossiers.touch(tx, d, d.version);
      await this.dossiers.event(tx, after, {
        action: 'COUNCIL',
        reason: `${session.label}. ${verdicts}. Biên bản họp: ${session.minutes.name} (SHA-256 ${session.minutes.sha256}).`,
        dossierVersion: after.version,
      });
      await tx.audit.event(
        'awardDossier.council',
        awardDossierTarget(after, await this.dossiers.label(after)),
        [
          { field: 'councilSessionId', after: session.label },
          { field: 'councilVerdicts', after: verdicts },
          { field: 'minutesSha256', after: session.minutes.sha256 },
        ],
      );
      recorded += 1;
    }
    return recorded;
  }

  /**
   * An issued quyết định decided every "đạt" nominee of the dossier (module decisions, issue 12): the
   * DECIDE move where the routing table opens it (from APPRAISED: decided on the appraisal alone; from
   * READY_FOR_COUNCIL: after the council), with its event naming the decision and an audit row on the
   * proposing unit. A dossier the table does not let move is left as it is; returns whether it moved. The decision's
   * issuer acts on the dossier by the decision's authority, so the caller's DOSSIER_* grants are not
   * asked.
   */
  async recordDecision(tx: Tx, dossierId: string, decision: string): Promise<boolean> {
    const d = await tx.em
      .getRepository(AwardDossierEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id: dossierId })
      .getOne();
    if (!d) return false;
    const next = dossierNext(d.status, 'DECIDE');
    if (!next) return false;
    const after = await this.dossiers.touch(tx, d, d.version, { status: next });
    await this.dossiers.event(tx, after, {
      action: 'DECIDE',
      fromStatus: d.status,
      toStatus: next,
      reason: decision,
      dossierVersion: after.version,
    });
    await tx.audit.event(
      'awardDossier.decide',
      awardDossierTarget(after, await this.dossiers.label(after)),
      [
        { field: 'status', before: d.status, after: next },
        { field: 'decisionSymbol', after: decision },
      ],
    );
    return true;
  }

  /** Which actions the caller may take on the dossier now (the screen's buttons). */
  actionsFor(
    ctx: RequestContext,
    d: Pick<AwardDossierEntity, 'status' | 'unitPath' | 'receivingPath'>,
  ): DossierAction[] {
    const actor = ctx.actor;
    const actions: DossierAction[] = [];
    for (const action of Object.keys(OPERATIONS) as DossierAction[]) {
      if (!OPERATIONS[action] || !dossierNext(d.status, action)) continue;
      const side = dossierActionSide(action);
      if (
        side === 'SUBMITTER'
          ? actor.canAt(DOSSIER_MANAGE, d.unitPath)
          : actor.canAt(DOSSIER_RECEIVE, d.receivingPath)
      )
        actions.push(action);
    }
    return actions;
  }

  /** The remarks of a return, each on a nominee or a document of this dossier, with its label. */
  private async remarks(
    tx: Tx,
    d: AwardDossierEntity,
    input: NonNullable<ActionExtra['remarks']>,
  ): Promise<DossierRemark[]> {
    if (!input.length) return [];
    const nominees = new Map(
      (await tx.em.findBy(AwardNominationEntity, { dossierId: d.id })).map((n) => [n.id, n]),
    );
    const docs = new Map(
      (await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: d.id })).map((x) => [x.id, x]),
    );
    return input.map((r, i) => {
      const remark = oneLine(r.remark);
      if (!remark) throw AppError.field(`remarks.${i}.remark`, 'Ý kiến không được để trống.');
      if (!!r.nominationId === !!r.documentId)
        throw AppError.field(`remarks.${i}`, 'Mỗi ý kiến gắn với một đề nghị hoặc một tài liệu.');
      if (r.nominationId) {
        const n = nominees.get(r.nominationId);
        if (!n) throw AppError.field(`remarks.${i}.nominationId`, 'Đề nghị không có trong hồ sơ.');
        return { nominationId: n.id, documentId: null, label: n.name, remark };
      }
      const doc = docs.get(r.documentId as string);
      if (!doc) throw AppError.field(`remarks.${i}.documentId`, 'Tài liệu không có trong hồ sơ.');
      return {
        nominationId: doc.nominationId,
        documentId: doc.id,
        label: documentLabel(doc, nominees),
        remark,
      };
    });
  }

  /**
   * One verdict per nominee, every nominee judged; "không đạt" says why. Each nominee's checklist
   * (the checks and the dossier list of the rule it was judged under) is settled with the
   * appraiser's answers: "đạt" is refused while an item stands unmet, and the settled list is kept
   * in the APPRAISE event.
   */
  private async appraisal(
    tx: Tx,
    d: AwardDossierEntity,
    input: NonNullable<ActionExtra['appraisal']>,
  ): Promise<DossierAppraisalItem[]> {
    const nominees = await tx.em.find(AwardNominationEntity, {
      where: { dossierId: d.id },
      order: { position: 'ASC' },
    });
    const byId = new Map(input.map((item, i) => [item.nominationId, { item, i }]));
    if (byId.size !== input.length)
      throw AppError.field('items', 'Một đề nghị được thẩm định hai lần.');
    const unknown = input.findIndex((item) => !nominees.some((n) => n.id === item.nominationId));
    if (unknown >= 0)
      throw AppError.field(`items.${unknown}.nominationId`, 'Đề nghị không có trong hồ sơ.');
    const missing = nominees.filter((n) => !byId.has(n.id));
    if (missing.length)
      throw AppError.field(
        'items',
        `Chưa có kết quả thẩm định của: ${missing.map((n) => n.name).join(', ')}.`,
      );
    const checklists = await this.appraisals.checklists(
      nominees,
      await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: d.id }),
    );
    return nominees.map((n) => {
      const { item, i } = byId.get(n.id) as {
        item: NonNullable<ActionExtra['appraisal']>[number];
        i: number;
      };
      const remark = oneLine(item.remark) || null;
      if (item.verdict === 'FAIL' && !remark)
        throw AppError.field(`items.${i}.remark`, `Hãy ghi lý do ${n.name} không đạt.`);
      const settled = settleChecklist(
        n.name,
        checklists.get(n.id) ?? [],
        item.checklist ?? [],
        item.verdict,
      );
      const problem = settled.problems[0];
      if (problem) throw AppError.field(`items.${i}.${problem.path}`, problem.message);
      return {
        nominationId: n.id,
        name: n.name,
        verdict: item.verdict,
        remark,
        checklist: settled.items,
      };
    });
  }
}

/** A document of a lower dossier, reused by reference (same stored file or text, linked to it). */
function reused(doc: AwardDossierDocumentEntity) {
  return {
    kind: doc.kind,
    fileSha256: doc.fileSha256,
    fileName: doc.fileName,
    mediaType: doc.mediaType,
    size: doc.size,
    text: doc.text,
    note: doc.note,
    originDocumentId: doc.id,
  };
}
