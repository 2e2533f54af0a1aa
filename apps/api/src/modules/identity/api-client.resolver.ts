import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { mapConnection } from '../../core/graphql/connection';
import { found } from '../../core/errors/app-error';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { ApiClientService, type IssuedKey } from './api-client.service';
import {
  ApiClientsArgs,
  CreateApiClientInput,
  RevokeApiClientInput,
  RotateApiClientSecretInput,
} from './dto/identity.inputs';
import {
  ApiClient,
  ApiClientConnection,
  ApiClientSecretPayload,
  RoleAssignment,
  toApiClient,
} from './models/identity.models';
import { toRoleAssignment } from './role.resolver';
import { RoleService } from './role.service';

function toPayload(issued: IssuedKey): ApiClientSecretPayload {
  return { client: toApiClient(issued.client), token: issued.token };
}

@Resolver(() => ApiClient)
export class ApiClientResolver {
  constructor(
    private readonly clients: ApiClientService,
    private readonly roles: RoleService,
    private readonly org: OrgService,
  ) {}

  @Query(() => ApiClientConnection, {
    description: 'Ứng dụng tích hợp trong phạm vi quản lý, mới nhất trước.',
  })
  @RequirePermission('API_CLIENT_MANAGE')
  async apiClients(
    @Ctx() ctx: RequestContext,
    @Args() args: ApiClientsArgs,
  ): Promise<ApiClientConnection> {
    return mapConnection(await this.clients.list(ctx, args), toApiClient);
  }

  @Mutation(() => ApiClientSecretPayload, {
    description: 'Tạo ứng dụng tích hợp; khóa chỉ hiển thị một lần.',
  })
  @RequirePermission('API_CLIENT_MANAGE')
  async createApiClient(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateApiClientInput,
  ): Promise<ApiClientSecretPayload> {
    return toPayload(await this.clients.create(ctx, input));
  }

  @Mutation(() => ApiClientSecretPayload, {
    description: 'Cấp khóa mới; khóa cũ hết hiệu lực ngay.',
  })
  @RequirePermission('API_CLIENT_MANAGE')
  async rotateApiClientSecret(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RotateApiClientSecretInput,
  ): Promise<ApiClientSecretPayload> {
    return toPayload(await this.clients.rotateSecret(ctx, input.id));
  }

  @Mutation(() => ApiClient, {
    description: 'Thu hồi ứng dụng; mọi yêu cầu bằng khóa của nó bị từ chối ngay.',
  })
  @RequirePermission('API_CLIENT_MANAGE')
  async revokeApiClient(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RevokeApiClientInput,
  ): Promise<ApiClient> {
    return toApiClient(await this.clients.revoke(ctx, input));
  }

  @ResolveField(() => Unit)
  async unit(client: ApiClient, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(client.unitId), 'Đơn vị', client.unitId),
    );
  }

  @ResolveField(() => [RoleAssignment])
  async roleAssignments(
    client: ApiClient,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<RoleAssignment[]> {
    return (await gql.loaders.get(this.roles.assignmentsByApiClientId).load(client.id)).map(
      toRoleAssignment,
    );
  }
}
