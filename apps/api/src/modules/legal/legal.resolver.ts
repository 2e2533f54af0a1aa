import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { todayInVietnam } from '@thidua/shared-domain';
import { Authenticated, Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import {
  CreateLegalDocumentInput,
  LegalDocumentsArgs,
  MarkLegalDocumentReplacedInput,
  UpdateLegalDocumentInput,
} from './legal.inputs';
import { LegalDocument, LegalDocumentConnection, toLegalDocument } from './legal.models';
import { LegalService, type LegalDocumentData } from './legal.service';

function documentData(
  input: CreateLegalDocumentInput | UpdateLegalDocumentInput,
): LegalDocumentData {
  return {
    number: input.number,
    kind: input.kind,
    issuingBody: input.issuingBody,
    issuerUnitId: input.issuerUnitId ?? null,
    issuedOn: input.issuedOn ?? null,
    title: input.title,
    effectiveFrom: input.effectiveFrom ?? null,
    effectiveTo: input.effectiveTo ?? null,
    note: input.note ?? null,
  };
}

/** A save that changed nothing has nothing to record (TransactionRunner demands an audit row). */
function nothingToRecord(tx: Tx): void {
  if (tx.auditCount === 0) tx.skipAudit();
}

@Resolver(() => LegalDocument)
export class LegalResolver {
  constructor(
    private readonly service: LegalService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => LegalDocumentConnection, {
    description:
      'Văn bản căn cứ (mọi người dùng đã đăng nhập đều xem được: đây là văn bản công khai): mới ban hành trước, hoặc theo mức khớp khi tìm kiếm. Mặc định bỏ qua văn bản đã được thay thế.',
  })
  @Authenticated()
  async legalDocuments(@Args() args: LegalDocumentsArgs): Promise<LegalDocumentConnection> {
    const today = todayInVietnam();
    return mapConnection(await this.service.list(args), (d) => toLegalDocument(d, today));
  }

  @Query(() => LegalDocument)
  @Authenticated()
  async legalDocument(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<LegalDocument> {
    return toLegalDocument(await this.service.get(id));
  }

  @Mutation(() => LegalDocument, {
    description:
      'Thêm văn bản căn cứ: văn bản trung ương cần quyền trên toàn hệ thống, văn bản địa phương cần quyền tại đơn vị ban hành.',
  })
  @RequirePermission('LEGAL_MANAGE')
  async createLegalDocument(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateLegalDocumentInput,
  ): Promise<LegalDocument> {
    return toLegalDocument(
      await this.tx.run(ctx, (tx) => this.service.create(tx, documentData(input))),
    );
  }

  @Mutation(() => LegalDocument, {
    description: 'Sửa văn bản căn cứ (khóa lạc quan theo version).',
  })
  @RequirePermission('LEGAL_MANAGE')
  async updateLegalDocument(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateLegalDocumentInput,
  ): Promise<LegalDocument> {
    return toLegalDocument(
      await this.tx.run(ctx, async (tx) => {
        const doc = await this.service.update(tx, input.id, input.version, documentData(input));
        nothingToRecord(tx);
        return doc;
      }),
    );
  }

  @Mutation(() => LegalDocument, {
    description:
      'Ghi nhận văn bản bị thay thế (hoặc bãi bỏ) bởi văn bản khác, hoặc bỏ ghi nhận (replacedById null).',
  })
  @RequirePermission('LEGAL_MANAGE')
  async markLegalDocumentReplaced(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkLegalDocumentReplacedInput,
  ): Promise<LegalDocument> {
    return toLegalDocument(
      await this.tx.run(ctx, (tx) =>
        this.service.markReplaced(
          tx,
          input.id,
          input.version,
          input.replacedById ?? null,
          input.effectiveTo,
        ),
      ),
    );
  }

  @ResolveField(() => Unit, {
    nullable: true,
    description:
      'Đơn vị ban hành trong hệ thống (văn bản địa phương); null: văn bản trung ương. Đơn vị ngoài phạm vi chỉ có tên và mã.',
  })
  async issuerUnit(doc: LegalDocument, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!doc.issuerUnitId) return null;
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(doc.issuerUnitId),
        'Đơn vị',
        doc.issuerUnitId,
      ),
    );
  }

  @ResolveField(() => LegalDocument, {
    nullable: true,
    description: 'Văn bản thay thế văn bản này.',
  })
  async replacedBy(
    doc: LegalDocument,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<LegalDocument | null> {
    if (!doc.replacedById) return null;
    const replacement = await gql.loaders.get(this.service.documentById).load(doc.replacedById);
    return replacement ? toLegalDocument(replacement) : null;
  }

  @ResolveField(() => [LegalDocument], {
    description: 'Các văn bản mà văn bản này thay thế, mới ban hành trước.',
  })
  async replaces(doc: LegalDocument, _args: NoArgs, gql: GraphqlContext): Promise<LegalDocument[]> {
    return (await gql.loaders.get(this.service.replacedDocumentsOf).load(doc.id)).map((d) =>
      toLegalDocument(d),
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng được sửa văn bản này: văn bản trung ương cần quyền LEGAL_MANAGE trên toàn hệ thống, văn bản địa phương cần quyền tại đơn vị ban hành.',
  })
  async canManage(doc: LegalDocument, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    if (!actor) return false;
    if (!doc.issuerUnitId) return this.service.canManage(actor, null);
    const unit = await gql.loaders.get(this.org.unitById).load(doc.issuerUnitId);
    return unit ? this.service.canManage(actor, unit.path) : false;
  }
}
