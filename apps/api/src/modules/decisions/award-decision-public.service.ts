import { Injectable } from '@nestjs/common';
import type { PageArgs } from '../../core/graphql/connection';
import { TransactionRunner } from '../../core/database/transaction';
import { wordsMatch } from '../../core/database/search';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { OrgService } from '../org/org.service';
import { AwardDecisionRecipientEntity } from './award-decision.entity';
import { DECISION_LIMITS as L } from './award-decision.limits';
import { normaliseCode } from './award-decision.service';
import { toPublicAward, type PublicAward } from './award-decision.models';

const WHAT = 'Giấy khen, bằng khen';

export interface PublicLookup extends PageArgs {
  name: string;
  unitName?: string | null;
  year?: number | null;
}

/**
 * What anyone may read of the decided awards, without signing in (ADR 0022): a quyết định khen thưởng
 * is published to its recipients and their units, and a certificate carries a QR code so that whoever
 * is shown one can check it. Only issued decisions, and only what the decision and the certificate
 * print: the name, the unit, the award, the decision's number and date, the issuer, the số sổ vàng and
 * the year — never a birth date, an internal id or an amount. Reads only (no rate limit is needed to
 * protect a write); the lookup needs a name, folded and matched by word prefixes like every search.
 */
@Injectable()
export class AwardDecisionPublicService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly org: OrgService,
  ) {}

  /** The certificate with this code, on an issued decision; NOT_FOUND for anything else. */
  async verify(code: string): Promise<PublicAward> {
    const wanted = normaliseCode(code);
    if (!wanted || wanted.length > L.code) throw AppError.notFound(WHAT);
    const r = await this.db
      .repo(AwardDecisionRecipientEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.decision', 'd')
      .where('r.certificate_code = :code', { code: wanted })
      .andWhere(`d.status = 'ISSUED' AND NOT r.revoked`)
      .getOne();
    if (!r?.decision) throw AppError.notFound(WHAT);
    return toPublicAward(r, r.decision, await this.issuerName(r.decision.issuerUnitId));
  }

  /** Decided awards by name (and unit, year): newest decision first. */
  async lookup(args: PublicLookup): Promise<ConnectionShape<PublicAward>> {
    const qb = this.db
      .repo(AwardDecisionRecipientEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.decision', 'd')
      .where(`d.status = 'ISSUED' AND NOT r.revoked`)
      .andWhere(wordsMatch('r.name'), { search: args.name.trim() });
    const unit = args.unitName?.trim();
    if (unit)
      qb.andWhere(
        `to_tsvector('simple', thidua_words(coalesce(r.unit_name, ''))) @@ thidua_prefix_query(:unit)`,
        { unit },
      );
    if (args.year) qb.andWhere('d.year = :year', { year: args.year });
    const page = await paginate(qb, args, {
      expression: 'd.issued_at',
      direction: 'DESC',
      value: (r) => (r.decision?.issuedAt ?? new Date(0)).toISOString(),
      idExpression: 'r.id',
      id: (r) => r.id,
    });
    const names = new Map<string, string>();
    for (const e of page.edges) {
      const id = e.node.decision?.issuerUnitId;
      if (id && !names.has(id)) names.set(id, await this.issuerName(id));
    }
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: toPublicAward(
          e.node,
          e.node.decision as NonNullable<typeof e.node.decision>,
          names.get(e.node.decision?.issuerUnitId ?? '') ?? '',
        ),
      })),
    };
  }

  private async issuerName(unitId: string): Promise<string> {
    return (await this.org.findById(unitId))?.name ?? '';
  }
}
