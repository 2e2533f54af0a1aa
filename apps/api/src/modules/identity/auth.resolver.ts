import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CookieOptions } from 'express';
import { ActorResolver } from '../../core/auth/actor-resolver';
import { Authenticated, Ctx, Public, ReqState } from '../../core/auth/decorators';
import type { RequestState } from '../../core/auth/request-state';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import type { RequestContext } from '../../core/context/request-context';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { selects } from '../../core/graphql/selection';
import { ApiClientService } from './api-client.service';
import { AuthService } from './auth.service';
import { ChangePasswordInput, LoginInput, UpdateMyProfileInput } from './dto/identity.inputs';
import { LoginPayload, User, Viewer, toApiClient, toUser } from './models/identity.models';
import { SessionEntity } from './entities/session.entity';
import { IdentityActorResolver } from './identity-actor.resolver';
import { UserService } from './user.service';

const VIEWER = Symbol('viewer');
const PREVIOUS_LOGIN = Symbol('previousLogin');

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly clients: ApiClientService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
    private readonly actorResolver: ActorResolver,
  ) {}

  private cookieOptions(maxAgeMs?: number): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      ...(maxAgeMs !== undefined ? { maxAge: maxAgeMs } : {}),
    };
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      'Đăng nhập bằng tên đăng nhập và mật khẩu; đặt cookie phiên (httpOnly). Sai tên hoặc sai mật khẩu cho cùng một thông báo.',
  })
  async login(
    @Args('input') input: LoginInput,
    @ReqState() state: RequestState,
    @Context() gql: GraphqlContext,
  ): Promise<LoginPayload> {
    const { user, session, token } = await this.auth.login(input, state);
    gql.res.cookie(
      this.config.cookieName,
      token,
      this.cookieOptions(session.maxExpiresAt.getTime() - Date.now()),
    );
    return { user: toUser(user), expiresAt: session.expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Kết thúc phiên đăng nhập hiện tại và xóa cookie; trả về false nếu không còn phiên nào.',
  })
  async logout(@ReqState() state: RequestState, @Context() gql: GraphqlContext): Promise<boolean> {
    const ended = await this.auth.logout(state);
    gql.res.clearCookie(this.config.cookieName, this.cookieOptions());
    return ended;
  }

  @Query(() => Viewer, { description: 'Người (hoặc ứng dụng) đang gọi, với các quyền của mình.' })
  @Authenticated({ duringPasswordChange: true })
  async me(
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Viewer> {
    // Once per request however many aliases ask: 1,000 aliases of `me` read the user and the session
    // 1,000 times each before.
    const viewer = await gql.loaders.once(VIEWER, () => this.viewerOf(ctx, gql));
    if (!ctx.actor.sessionId || !selects(info, 'previousLoginAt')) return viewer;
    // Only when asked (the home page): a scan of the user's sessions that every `me` paid before.
    const previousLoginAt = await gql.loaders.once(PREVIOUS_LOGIN, () =>
      this.previousLoginOf(ctx.actor.sessionId as string),
    );
    return { ...viewer, previousLoginAt };
  }

  private async viewerOf(ctx: RequestContext, gql: GraphqlContext): Promise<Viewer> {
    const { actor } = ctx;
    const viewer: Viewer = {
      actorType: actor.type,
      user: null,
      apiClient: null,
      permissions: actor.permissions,
      sessionExpiresAt: null,
      previousLoginAt: null,
    };
    if (actor.type === 'USER' && actor.id) {
      // the rows the guard resolved this request's session from (read in this request, so current)
      const signedIn =
        this.actorResolver instanceof IdentityActorResolver
          ? this.actorResolver.signedInOf(gql.req)
          : null;
      const user =
        signedIn?.user.id === actor.id ? signedIn.user : await this.users.findById(actor.id);
      viewer.user = user ? toUser(user) : null;
      if (actor.sessionId) {
        viewer.sessionExpiresAt =
          signedIn?.session.id === actor.sessionId
            ? signedIn.session.expiresAt
            : ((await this.sessions.findOneBy({ id: actor.sessionId }))?.expiresAt ?? null);
      }
    } else if (actor.type === 'API_CLIENT' && actor.id) {
      const client = await this.clients.findById(actor.id);
      viewer.apiClient = client ? toApiClient(client) : null;
    }
    return viewer;
  }

  /**
   * When the user signed in before this session: sessions are kept (revoked, not deleted), so the
   * previous one's start is that sign-in; users.last_login_at is this one's.
   */
  private async previousLoginOf(sessionId: string): Promise<Date | null> {
    const [row] = (await this.sessions.query(
      `SELECT (SELECT max(p.created_at) FROM sessions p
         WHERE p.user_id = s.user_id AND p.created_at < s.created_at) AS previous
       FROM sessions s WHERE s.id = $1`,
      [sessionId],
    )) as { previous: Date | null }[];
    return row?.previous ?? null;
  }

  @Mutation(() => Boolean, {
    description: 'Đổi mật khẩu của chính mình; các phiên khác bị đăng xuất.',
  })
  @Authenticated({ duringPasswordChange: true })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.users.changeOwnPassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }

  @Mutation(() => User, { description: 'Cập nhật họ tên, thư điện tử của chính mình.' })
  @Authenticated()
  async updateMyProfile(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateMyProfileInput,
  ): Promise<User> {
    return toUser(await this.users.updateMyProfile(ctx, input));
  }
}
