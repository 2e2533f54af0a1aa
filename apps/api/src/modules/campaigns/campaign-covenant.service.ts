import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import { isoToVn, oneLine, type IsoDate } from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { ClusterService, membersKey } from '../org/cluster.service';
import { OrgService } from '../org/org.service';
import {
  CAMPAIGN_COVENANT_AUDIT_FIELDS,
  campaignCovenantAuditView,
  campaignCovenantTarget,
  type CampaignCovenantAuditView,
} from './campaign-covenant-audit';
import { CampaignCovenantEntity, CampaignCovenantMemberEntity } from './campaign-covenant.entity';
import {
  CampaignParticipation,
  MANAGE,
  READ,
  type ReadablePlan,
} from './campaign-registration-access';

const WHAT = 'Giao ước thi đua';

type Cluster = Awaited<ReturnType<ClusterService['getVisible']>>;

export interface CovenantData {
  signedOn: IsoDate;
  place: string;
  content: string;
  /** Null or empty: the cluster's members on the day it was signed. */
  memberUnitIds?: readonly string[] | null;
}

/**
 * Giao ước thi đua (issue 10, "Registrations and pledges"): at a plan's launch conference the members
 * of a cụm or khối (modules/org clusters) sign their commitments. One per plan and cluster, recorded
 * by the plan's issuer or by the cluster's lead unit of that year (cụm trưởng, who organises the
 * signing): CAMPAIGN_MANAGE at either. The signing units default to the cluster's members on the day.
 * Read with the plan: its issuer's readers see every covenant, a member's readers those it signed.
 */
@Injectable()
export class CampaignCovenantService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly clusters: ClusterService,
    private readonly access: CampaignParticipation,
  ) {}

  private get rows(): Repository<CampaignCovenantEntity> {
    return this.db.repo(CampaignCovenantEntity);
  }

  /** The signing units of each covenant (ids). */
  readonly memberIdsOf = loaderKey<string, string[]>('campaignCovenantMembers', async (ids) =>
    groupByKeys(
      ids,
      await this.db.repo(CampaignCovenantMemberEntity).findBy({ covenantId: In([...ids]) }),
      (m) => m.covenantId,
    ).map((list) => list.map((m) => m.unitId)),
  );

  /**
   * The cluster of each covenant, through the covenant's foreign key: a reader who sees the covenant
   * sees which cluster signed it (a member's officers read the cluster anyway).
   */
  readonly clusterOf = loaderKey<string, CampaignCovenantEntity['cluster'] | null>(
    'campaignCovenantCluster',
    async (ids) => {
      const rows = await this.rows.find({
        where: { id: In([...ids]) },
        relations: { cluster: true },
      });
      const byId = new Map(rows.map((r) => [r.id, r.cluster ?? null]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  );

  async list(
    ctx: RequestContext,
    planId: string,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<CampaignCovenantEntity>> {
    const access = await this.access.readablePlan(ctx, planId);
    const qb = this.rows.createQueryBuilder('c').where('c.plan_id = :planId', {
      planId: access.plan.id,
    });
    if (!access.readsAll) {
      // a member's readers see the covenants their unit signed
      const signed = qb
        .subQuery()
        .select('1')
        .from(CampaignCovenantMemberEntity, 'm')
        .innerJoin('units', 'u', 'u.id = m.unit_id')
        .where('m.covenant_id = c.id');
      whereInScope(signed, await this.scopes.of(ctx.actor, READ), 'u.path');
      qb.andWhere(`EXISTS ${signed.getQuery()}`, signed.getParameters());
    }
    const sort: KeysetSort<CampaignCovenantEntity> = {
      expression: 'c.created_at',
      direction: 'ASC',
      value: (c) => c.createdAt,
      idExpression: 'c.id',
      id: (c) => c.id,
    };
    return paginate(qb, page, sort);
  }

  async create(
    tx: Tx,
    planId: string,
    clusterId: string,
    data: CovenantData,
  ): Promise<CampaignCovenantEntity> {
    const access = await this.access.readablePlan(tx.ctx, planId);
    this.access.assertOpen(access.plan);
    const cluster = await this.visibleCluster(tx.ctx, clusterId);
    const scopeUnitId = await this.assertManages(tx, access, cluster, data.signedOn);
    const checked = await this.checked(cluster, data);
    const existing = await tx.em.findOneBy(CampaignCovenantEntity, {
      planId: access.plan.id,
      clusterId: cluster.id,
    });
    if (existing)
      throw AppError.field(
        'clusterId',
        `"${cluster.name}" đã có giao ước theo kế hoạch này: hãy sửa giao ước đó.`,
      );
    const id = randomUUID();
    await tx.em.getRepository(CampaignCovenantEntity).insert({
      id,
      planId: access.plan.id,
      clusterId: cluster.id,
      signedOn: data.signedOn,
      place: checked.place,
      content: checked.content,
    });
    await this.writeMembers(tx, id, checked.memberUnitIds);
    const row = await tx.em.findOneByOrFail(CampaignCovenantEntity, { id });
    await tx.audit.created<CampaignCovenantAuditView>(
      'campaignCovenant.create',
      campaignCovenantTarget({ id, clusterName: cluster.name, scopeUnitId }),
      campaignCovenantAuditView(row, checked.memberUnitIds),
      CAMPAIGN_COVENANT_AUDIT_FIELDS,
    );
    return row;
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    data: CovenantData,
  ): Promise<CampaignCovenantEntity> {
    const { row, access, cluster } = await this.visible(tx.ctx, id);
    const scopeUnitId = await this.assertManages(tx, access, cluster, row.signedOn);
    if (data.signedOn !== row.signedOn)
      await this.assertManages(tx, access, cluster, data.signedOn);
    const checked = await this.checked(cluster, data);
    const beforeIds = await this.memberIds(tx, id);
    const before = campaignCovenantAuditView(row, beforeIds);
    const patch = { signedOn: data.signedOn, place: checked.place, content: checked.content };
    const after = campaignCovenantAuditView({ ...row, ...patch }, checked.memberUnitIds);
    if (!diffFields(before, after, CAMPAIGN_COVENANT_AUDIT_FIELDS).length) {
      if (version !== row.version) throw this.conflict(row, cluster);
      return row;
    }
    await tx.updateVersioned(CampaignCovenantEntity, id, version, patch, {
      what: WHAT,
      label: cluster.name,
      entityType: 'CampaignCovenant',
    });
    await this.writeMembers(tx, id, checked.memberUnitIds);
    await tx.audit.changed(
      'campaignCovenant.update',
      campaignCovenantTarget({ id, clusterName: cluster.name, scopeUnitId }),
      before,
      after,
      CAMPAIGN_COVENANT_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(CampaignCovenantEntity, { id });
  }

  async delete(tx: Tx, id: string, version: number): Promise<void> {
    const { row, access, cluster } = await this.visible(tx.ctx, id);
    const scopeUnitId = await this.assertManages(tx, access, cluster, row.signedOn);
    if (version !== row.version) throw this.conflict(row, cluster);
    const members = await this.memberIds(tx, id);
    await tx.em.getRepository(CampaignCovenantMemberEntity).delete({ covenantId: id });
    const result = await tx.em
      .getRepository(CampaignCovenantEntity)
      .delete({ id, version: row.version });
    if (!result.affected) throw this.conflict(row, cluster);
    await tx.audit.deleted<CampaignCovenantAuditView>(
      'campaignCovenant.delete',
      campaignCovenantTarget({ id, clusterName: cluster.name, scopeUnitId }),
      campaignCovenantAuditView(row, members),
      CAMPAIGN_COVENANT_AUDIT_FIELDS,
    );
  }

  // ---------------------------------------------------------------------------------------------------

  /** A covenant of a readable plan the caller sees (issuer's reader, or a signing unit's). */
  private async visible(
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: CampaignCovenantEntity; access: ReadablePlan; cluster: Cluster }> {
    const row = await this.rows.findOneBy({ id });
    if (!row) throw AppError.notFound(WHAT, id);
    const access = await this.access.readablePlan(ctx, row.planId, WHAT);
    if (!access.readsAll) {
      const paths = await this.org.pathsByIds(await this.memberIds(null, id));
      let sees = false;
      for (const path of paths.values())
        if (await this.scopes.covers(ctx.actor, READ, path)) sees = true;
      if (!sees) throw AppError.notFound(WHAT, id);
    }
    const cluster = await this.clusters.getVisible(ctx, row.clusterId).catch(() => null);
    if (!cluster) throw AppError.notFound(WHAT, id);
    return { row, access, cluster };
  }

  private async visibleCluster(ctx: RequestContext, clusterId: string): Promise<Cluster> {
    try {
      return await this.clusters.getVisible(ctx, clusterId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw AppError.field('clusterId', 'Cụm, khối thi đua không tồn tại.');
      throw error;
    }
  }

  /**
   * CAMPAIGN_MANAGE at the plan's issuer or at the cluster's lead unit of the signing year (else
   * FORBIDDEN); returns the unit the audit rows are scoped to (the lead unit, else the issuer).
   */
  private async assertManages(
    tx: Tx,
    access: ReadablePlan,
    cluster: Cluster,
    signedOn: IsoDate,
  ): Promise<string> {
    const year = Number(signedOn.slice(0, 4));
    const [leaderships] = Array.from(await this.clusters.leadershipsOf.batch([cluster.id]));
    const lead =
      leaderships && !(leaderships instanceof Error)
        ? leaderships.find((l) => l.year === year)
        : undefined;
    const leadUnit = lead ? await this.org.findById(lead.leadUnitId) : null;
    if (leadUnit && tx.ctx.actor.canAt(MANAGE, leadUnit.path)) return leadUnit.id;
    if (await this.access.decides(tx.ctx, access)) return leadUnit?.id ?? access.issuer.id;
    throw AppError.forbidden(
      `Chỉ đơn vị ban hành kế hoạch hoặc cụm trưởng, khối trưởng năm ${year} của "${cluster.name}" mới được ghi nhận giao ước thi đua.`,
    );
  }

  /** The place and text, and the signing units: members of the cluster on the day. */
  private async checked(
    cluster: Cluster,
    data: CovenantData,
  ): Promise<{ place: string; content: string; memberUnitIds: string[] }> {
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const place = oneLine(data.place);
    if (!place) add('place', 'Địa điểm ký không được để trống.');
    const content = data.content.trim();
    if (!content) add('content', 'Nội dung giao ước không được để trống.');
    const [memberships] = Array.from(
      await this.clusters.membersOf.batch([membersKey(cluster.id, data.signedOn)]),
    );
    const members = new Set(
      memberships && !(memberships instanceof Error) ? memberships.map((m) => m.unitId) : [],
    );
    let memberUnitIds: string[];
    if (data.memberUnitIds?.length) {
      memberUnitIds = [];
      data.memberUnitIds.forEach((unitId, i) => {
        if (!members.has(unitId))
          add(
            `memberUnitIds.${i}`,
            `Đơn vị không là thành viên "${cluster.name}" vào ngày ${isoToVn(data.signedOn)}.`,
          );
        else if (memberUnitIds.includes(unitId))
          add(`memberUnitIds.${i}`, 'Đơn vị được chọn hai lần.');
        else memberUnitIds.push(unitId);
      });
    } else {
      memberUnitIds = [...members];
      if (!memberUnitIds.length)
        add(
          'signedOn',
          `"${cluster.name}" không có đơn vị thành viên nào vào ngày ${isoToVn(data.signedOn)}.`,
        );
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return { place, content, memberUnitIds };
  }

  private async memberIds(tx: Tx | null, covenantId: string): Promise<string[]> {
    const repo = tx
      ? tx.em.getRepository(CampaignCovenantMemberEntity)
      : this.db.repo(CampaignCovenantMemberEntity);
    return (await repo.findBy({ covenantId })).map((m) => m.unitId);
  }

  private async writeMembers(tx: Tx, covenantId: string, unitIds: string[]): Promise<void> {
    const repo = tx.em.getRepository(CampaignCovenantMemberEntity);
    await repo.delete({ covenantId });
    if (unitIds.length) await repo.insert(unitIds.map((unitId) => ({ covenantId, unitId })));
  }

  private conflict(row: CampaignCovenantEntity, cluster: Cluster): AppError {
    return AppError.conflict(WHAT, cluster.name, 'CampaignCovenant', row.id);
  }
}
