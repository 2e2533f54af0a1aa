import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { mapConnection } from '../../core/graphql/connection';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { AuditEntry, AuditEntryConnection, AuditLogArgs, toAuditEntry } from './audit.models';
import { AuditService } from './audit.service';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly org: OrgService,
  ) {}

  @Query(() => AuditEntryConnection, {
    description: 'Nhật ký hệ thống trong phạm vi được xem, mới nhất trước.',
  })
  @RequirePermission('AUDIT_READ')
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args() args: AuditLogArgs,
  ): Promise<AuditEntryConnection> {
    return mapConnection(await this.audit.list(ctx, args), toAuditEntry);
  }

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'Đơn vị mà người thực hiện đại diện khi thao tác.',
  })
  async actingUnit(entry: AuditEntry, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    const ctx = requestContextOf(gql);
    return this.readableUnit(ctx, gql, entry.actingUnitId);
  }

  @ResolveField(() => Unit, {
    nullable: true,
    description:
      'Đơn vị sở hữu bản ghi (quyết định ai được xem dòng này); null với bản ghi toàn hệ thống.',
  })
  async unit(entry: AuditEntry, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    const ctx = requestContextOf(gql);
    return this.readableUnit(ctx, gql, entry.unitId);
  }

  /** A unit the reader may open (`unit(id)` would answer it); otherwise null, nothing revealed. */
  private async readableUnit(
    ctx: RequestContext,
    gql: GraphqlContext,
    id: string | null,
  ): Promise<Unit | null> {
    if (!id) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(id);
    return unit && (await this.org.canRead(ctx.actor, unit)) ? toUnit(unit) : null;
  }
}
