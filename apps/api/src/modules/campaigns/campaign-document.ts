import { Injectable } from '@nestjs/common';
import { buildPlanDocx, type PlanDocument } from '@thidua/documents';
import { PLAN_BASIS_VERBS, citedDate, isIssuedStatus, legalCitation } from '@thidua/shared-domain';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { byKeys } from '../../core/graphql/loaders';
import { LegalService } from '../legal/legal.service';
import { OrgService } from '../org/org.service';
import { planDocumentParts } from './campaign-plan-content';
import { CampaignPlanLegalBasisEntity } from './campaign-plan-legal-basis.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

export interface CampaignPlanFileName {
  /** "Kế hoạch 01-KH-UBND.docx" or "Dự thảo kế hoạch.pdf". */
  name: string;
  asciiName: string;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
}

/**
 * A plan as its NĐ 30/2020 document (libs/documents `buildPlanDocx`), built from the plan's data as it
 * is now: the header from the issuer unit and its parent, the number and date once issued (a draft
 * prints "Số:   /KH-…" and a blank day), the căn cứ from the legal registry, the plan it amends, the
 * rest from the plan's content. An issued plan's document is built once, when it is issued, and kept
 * (CampaignDocumentStore); this class is what builds it.
 */
@Injectable()
export class CampaignDocuments {
  constructor(
    private readonly org: OrgService,
    private readonly legal: LegalService,
    private readonly db: TransactionRunner,
  ) {}

  /** The .docx bytes of the plan as it is now (~10 ms). */
  async buildDocx(plan: CampaignPlanEntity): Promise<Uint8Array> {
    return buildPlanDocx(await this.planDocument(plan));
  }

  /** The download name: the plan's số and ký hiệu once issued, "Dự thảo kế hoạch" before. */
  fileName(plan: CampaignPlanEntity, extension: 'docx' | 'pdf'): CampaignPlanFileName {
    if (isIssuedStatus(plan.status) && plan.symbol) {
      const symbol = plan.symbol.replace(/\//g, '-');
      return {
        name: `Kế hoạch ${symbol}.${extension}`,
        asciiName: `ke-hoach-${symbol
          .replace(/Đ/g, 'D')
          .normalize('NFD')
          .replace(/[^\x20-\x7e]/g, '')}.${extension}`,
      };
    }
    return { name: `Dự thảo kế hoạch.${extension}`, asciiName: `du-thao-ke-hoach.${extension}` };
  }

  async planDocument(plan: CampaignPlanEntity): Promise<PlanDocument> {
    const unit = await this.org.findById(plan.issuerUnitId);
    const parent = unit?.parentId ? await this.org.findById(unit.parentId) : null;
    const rows = await this.db
      .repo(CampaignPlanLegalBasisEntity)
      .find({ where: { planId: plan.id }, order: { position: 'ASC' } });
    const ids = rows.map((r) => r.legalDocumentId);
    // the căn cứ in one query, in the order cited
    const docs = byKeys(ids, await this.legal.findByIds(ids), (d) => d.id);
    const cited = ids.map((id, i) => legalCitation(found(docs[i], 'Văn bản', id)));
    const opening = plan.content.opening;
    const parts = planDocumentParts(plan.content);
    const issued = isIssuedStatus(plan.status);
    return {
      ...parts,
      issuer: {
        tree: unit?.tree ?? 'GOVERNMENT',
        parentBody: parent?.name,
        body: unit?.name ?? '',
        code: unit?.shortName ?? '',
      },
      number: issued ? plan.number : null,
      place: plan.issuePlace ?? '',
      date: issued && plan.issuedOn ? plan.issuedOn : { year: Number(plan.periodFrom.slice(0, 4)) },
      title: plan.title,
      basis: cited.length
        ? {
            verb: PLAN_BASIS_VERBS[opening?.verb ?? 'CAN_CU'],
            documents: cited,
            resolution: opening?.resolution || `${unit?.name ?? ''} xây dựng kế hoạch, như sau:`,
          }
        : undefined,
      amends: await this.amended(plan, unit?.name ?? ''),
      period: { from: plan.periodFrom, to: plan.periodTo },
      signature:
        issued && plan.signer
          ? {
              on: plan.signer.on?.length
                ? plan.signer.on.map((l) => ({ mode: l.authority, of: l.of }))
                : undefined,
              title: plan.signer.title,
              name: plan.signer.name,
            }
          : parts.signature,
    };
  }

  /** "Kế hoạch số 01/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh về …" and what changes. */
  private async amended(
    plan: CampaignPlanEntity,
    issuerName: string,
  ): Promise<PlanDocument['amends']> {
    if (!plan.amendsPlanId) return undefined;
    const original = await this.db.repo(CampaignPlanEntity).findOneBy({ id: plan.amendsPlanId });
    if (!original) return undefined;
    const document = [
      original.symbol ? `Kế hoạch số ${original.symbol}` : 'Kế hoạch',
      original.issuedOn ? `ngày ${citedDate(original.issuedOn)}` : '',
      issuerName ? `của ${issuerName}` : '',
      `về ${lowerFirst(original.title)}`,
    ]
      .filter(Boolean)
      .join(' ');
    return { document, changes: plan.amendmentNote ?? '' };
  }
}
