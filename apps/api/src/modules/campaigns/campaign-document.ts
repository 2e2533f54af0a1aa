import { Injectable } from '@nestjs/common';
import { buildPlanDocx, type PlanDocument } from '@thidua/documents';
import { LEGAL_DOCUMENT_KINDS } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { byKeys } from '../../core/graphql/loaders';
import { LegalService } from '../legal/legal.service';
import { OrgService } from '../org/org.service';
import { planDocumentParts } from './campaign-plan-content';
import { CampaignPlanLegalBasisEntity } from './campaign-plan-legal-basis.entity';
import type { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignService } from './campaign.service';

export interface CampaignPlanFile {
  bytes: Uint8Array;
  /** "Kế hoạch 01-KH-UBND.docx" or "Dự thảo kế hoạch.docx". */
  name: string;
  asciiName: string;
}

function dmy(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/**
 * A plan as its NĐ 30/2020 .docx (libs/documents `buildPlanDocx`): the header from the issuer unit and
 * its parent, the number and date once issued (a draft prints "Số:   /KH-…" and a blank day), the căn
 * cứ from the legal registry, the rest from the plan's content. PDF comes later.
 */
@Injectable()
export class CampaignDocuments {
  constructor(
    private readonly plans: CampaignService,
    private readonly org: OrgService,
    private readonly legal: LegalService,
    private readonly db: TransactionRunner,
  ) {}

  async docx(ctx: RequestContext, id: string): Promise<CampaignPlanFile> {
    const plan = await this.plans.get(ctx, id);
    const bytes = await buildPlanDocx(await this.planDocument(plan));
    if (plan.status === 'ISSUED' && plan.symbol) {
      const symbol = plan.symbol.replace(/\//g, '-');
      return {
        bytes,
        name: `Kế hoạch ${symbol}.docx`,
        asciiName: `ke-hoach-${symbol
          .replace(/Đ/g, 'D')
          .normalize('NFD')
          .replace(/[^\x20-\x7e]/g, '')}.docx`,
      };
    }
    return { bytes, name: 'Dự thảo kế hoạch.docx', asciiName: 'du-thao-ke-hoach.docx' };
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
    const cited = ids.map((id, i) => {
      const d = found(docs[i], 'Văn bản', id);
      return [
        `${LEGAL_DOCUMENT_KINDS[d.kind]} số ${d.number}`,
        d.issuedOn ? `ngày ${dmy(d.issuedOn)}` : '',
        `của ${d.issuingBody}`,
        d.title ?? '',
      ]
        .filter(Boolean)
        .join(' ');
    });
    const parts = planDocumentParts(plan.content);
    const issued = plan.status === 'ISSUED';
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
            verb: 'Căn cứ',
            documents: cited,
            resolution: `${unit?.name ?? ''} xây dựng kế hoạch, như sau:`,
          }
        : undefined,
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
}
