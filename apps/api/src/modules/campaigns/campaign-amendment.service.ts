import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isIssuedStatus, oneLine } from '@thidua/shared-domain';
import { UnitScopes } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import { campaignPlanTarget } from './campaign-audit';
import { CampaignPlanLegalBasisEntity } from './campaign-plan-legal-basis.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignService } from './campaign.service';

/**
 * Amendments (issue 10: "after issue nothing is edited in place: an amendment is a new issued version
 * that says what it changes"). `amend` drafts a new plan in the same issuer unit with the issued
 * plan's whole content, căn cứ and addressing, `amendsPlanId` pointing back and `amendmentNote` saying
 * what it changes; it is edited, submitted and issued like any draft. When it is issued
 * (CampaignLifecycleHooks), the amended plan gets `supersededById` and stays as it was: its content,
 * its number, its frozen .docx and PDF.
 */
@Injectable()
export class CampaignAmendmentService {
  constructor(
    private readonly plans: CampaignService,
    private readonly org: OrgService,
    private readonly scopes: UnitScopes,
    private readonly db: TransactionRunner,
  ) {}

  /** Plans by id (no access check: the resolver decides what the reader may see). */
  readonly planById = loaderKey<string, CampaignPlanEntity | null>(
    'campaignAmendmentPlanById',
    async (ids) =>
      byKeys(ids, await this.db.repo(CampaignPlanEntity).findBy({ id: In([...ids]) }), (p) => p.id),
  );

  /**
   * Drafts the amendment of an issued plan (CAMPAIGN_MANAGE at its issuer unit). Refused for a plan
   * not issued yet (edit the draft instead), a plan closed or already replaced, and a plan that has an
   * amendment in the works (one at a time, so the second cannot replace what the first replaced).
   */
  async amend(tx: Tx, id: string, note: string): Promise<CampaignPlanEntity> {
    const text = oneLine(note);
    if (!text) throw AppError.field('note', 'Nội dung sửa đổi không được để trống.');
    const readable = await this.plans.get(tx.ctx, id);
    const unit = await this.org.findById(readable.issuerUnitId);
    if (!unit || !(await this.scopes.covers(tx.ctx.actor, 'CAMPAIGN_MANAGE', unit.path))) {
      throw AppError.forbidden(
        `Bạn không có quyền soạn kế hoạch sửa đổi của đơn vị "${unit?.name ?? ''}".`,
      );
    }
    // locked: two amendments drafted at once would both pass the check below
    const original = await tx.em.findOneOrFail(CampaignPlanEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!isIssuedStatus(original.status)) {
      throw AppError.field(
        'id',
        'Kế hoạch chưa ban hành: hãy sửa trực tiếp dự thảo, không cần kế hoạch sửa đổi.',
      );
    }
    if (original.supersededById) {
      throw AppError.readOnly(
        'Kế hoạch này đã được thay thế bởi một kế hoạch sửa đổi: hãy sửa đổi kế hoạch mới nhất.',
      );
    }
    if (original.status === 'CLOSED') {
      throw AppError.field('id', 'Kế hoạch đã kết thúc nên không sửa đổi được nữa.');
    }
    const pending = await tx.em.findOne(CampaignPlanEntity, {
      where: { amendsPlanId: id, status: In(['DRAFT', 'SUBMITTED']) },
    });
    if (pending) {
      throw AppError.field(
        'id',
        `Kế hoạch này đang có một dự thảo sửa đổi chưa ban hành ("${pending.title}"): hãy hoàn thiện hoặc xóa dự thảo đó.`,
      );
    }
    const bases = await tx.em
      .getRepository(CampaignPlanLegalBasisEntity)
      .find({ where: { planId: id }, order: { position: 'ASC' } });
    const draft = await this.plans.create(tx, original.issuerUnitId, {
      kind: original.kind,
      scope: original.scope,
      title: original.title,
      periodFrom: original.periodFrom,
      periodTo: original.periodTo,
      legalDocumentIds: bases.map((b) => b.legalDocumentId),
      content: original.content,
      addressing: original.addressing,
      answerDeadline: original.answerDeadline,
      respondsToPlanId: original.respondsToPlanId,
    });
    // the link is written once, here; no later edit changes it (updateCampaignPlan does not know it)
    await tx.em.update(
      CampaignPlanEntity,
      { id: draft.id },
      { amendsPlanId: id, amendmentNote: text },
    );
    await tx.audit.event('campaignPlan.amend', campaignPlanTarget(draft), [
      { field: 'amendsPlanId', before: null, after: id },
      { field: 'amendmentNote', before: null, after: text },
    ]);
    return tx.em.findOneByOrFail(CampaignPlanEntity, { id: draft.id });
  }

  /** The plan if the reader may read it, else null (a link field names nothing it should not). */
  async visible(
    ctx: RequestContext,
    plan: CampaignPlanEntity | null,
    unitPath: string | null,
  ): Promise<CampaignPlanEntity | null> {
    if (!plan) return null;
    if (unitPath && (await this.scopes.covers(ctx.actor, 'CAMPAIGN_READ', unitPath))) return plan;
    // an addressee of an issued plan reads it too: CampaignService decides
    try {
      return await this.plans.get(ctx, plan.id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
