import { Injectable } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { campaignPlanTarget } from './campaign-audit';
import { CampaignDocumentStore } from './campaign-document-store';
import { CampaignPlanEntity } from './campaign-plan.entity';

interface SupersedeView {
  supersededById: string | null;
}

/**
 * What issuing a plan sets off besides its number and its cascade (CampaignService.issue calls
 * `onIssued` in the issuing transaction): the plan's .docx is built and frozen, its PDF queued, and an
 * amendment replaces the plan it amends. Kept apart from CampaignService, which it must not depend on
 * (CampaignService depends on it).
 */
@Injectable()
export class CampaignLifecycleHooks {
  constructor(private readonly store: CampaignDocumentStore) {}

  async onIssued(tx: Tx, plan: CampaignPlanEntity): Promise<void> {
    if (plan.amendsPlanId) await this.supersede(tx, plan, plan.amendsPlanId);
    await this.store.freeze(tx, plan);
  }

  /**
   * The amended plan gets `supersededById`; everything else of it stays as issued (its content, its
   * frozen documents, its status). Locked first, so two amendments of one plan issued at once cannot
   * both replace it: the second is refused and its issue rolls back, number included.
   */
  private async supersede(tx: Tx, amendment: CampaignPlanEntity, originalId: string) {
    const original = await tx.em.findOne(CampaignPlanEntity, {
      where: { id: originalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!original) throw AppError.notFound('Kế hoạch', originalId);
    if (original.supersededById && original.supersededById !== amendment.id) {
      throw AppError.field(
        'id',
        `Kế hoạch số ${original.symbol ?? ''} đã được thay thế bởi một kế hoạch sửa đổi khác: không ban hành được bản sửa đổi này.`,
      );
    }
    await tx.updateVersioned(
      CampaignPlanEntity,
      original.id,
      original.version,
      { supersededById: amendment.id },
      { what: 'Kế hoạch', label: original.title, entityType: 'CampaignPlan' },
    );
    await tx.audit.changed<SupersedeView>(
      'campaignPlan.supersede',
      campaignPlanTarget(original),
      { supersededById: original.supersededById },
      { supersededById: amendment.id },
      ['supersededById'],
    );
  }
}
