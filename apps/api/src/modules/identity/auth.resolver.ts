import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CookieOptions } from 'express';
import { Authenticated, Ctx, Public, ReqState } from '../../core/auth/decorators';
import type { RequestState } from '../../core/auth/request-state';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import type { RequestContext } from '../../core/context/request-context';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { ApiClientService } from './api-client.service';
import { AuthService } from './auth.service';
import { ChangePasswordInput, LoginInput, UpdateMyProfileInput } from './dto/identity.inputs';
import { LoginPayload, User, Viewer, toApiClient, toUser } from './models/identity.models';
import { SessionEntity } from './entities/session.entity';
import { UserService } from './user.service';

const VIEWER = Symbol('viewer');

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly clients: ApiClientService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
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
    gql.res.cookie(this.config.cookieName, token, this.cookieOptions(session.maxExpiresAt.getTime() - Date.now()));
    return { user: toUser(user), expiresAt: session.expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Kết thúc phiên đăng nhập hiện tại và xóa cookie; trả về false nếu không còn phiên nào.',
  })
  async logout(@ReqState() state: RequestState, @Context() gql: GraphqlContext): Promise<boolean> {
    const ended = await this.auth.logout(state);
    gql.res.clearCookie(this.config.cookieName, this.cookieOptions());
    return ended;
  }

  @Query(() => Viewer, { description: 'Người (hoặc ứng dụng) đang gọi, với các quyền của mình.' })
  @Authenticated({ duringPasswordChange: true })
  me(@Ctx() ctx: RequestContext, @Context() gql: GraphqlContext): Promise<Viewer> {
    // Once per request however many aliases ask: 1,000 aliases of `me` read the user and the session
    // 1,000 times each before.
    return gql.loaders.once(VIEWER, () => this.viewerOf(ctx));
  }

  private async viewerOf(ctx: RequestContext): Promise<Viewer> {
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
      const user = await this.users.findById(actor.id);
      viewer.user = user ? toUser(user) : null;
      if (actor.sessionId) {
        // the session's expiry and when the user signed in before it: sessions are kept (revoked, not
        // deleted), so the previous one's start is that sign-in; users.last_login_at is this one's
        const [row] = (await this.sessions.query(
          `SELECT s.expires_at, (SELECT max(p.created_at) FROM sessions p
             WHERE p.user_id = s.user_id AND p.created_at < s.created_at) AS previous
           FROM sessions s WHERE s.id = $1`,
          [actor.sessionId],
        )) as { expires_at: Date; previous: Date | null }[];
        viewer.sessionExpiresAt = row?.expires_at ?? null;
        viewer.previousLoginAt = row?.previous ?? null;
      }
    } else if (actor.type === 'API_CLIENT' && actor.id) {
      const client = await this.clients.findById(actor.id);
      viewer.apiClient = client ? toApiClient(client) : null;
    }
    return viewer;
  }

  @Mutation(() => Boolean, { description: 'Đổi mật khẩu của chính mình; các phiên khác bị đăng xuất.' })
  @Authenticated({ duringPasswordChange: true })
  async changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.users.changeOwnPassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }

  @Mutation(() => User, { description: 'Cập nhật họ tên, thư điện tử của chính mình.' })
  @Authenticated()
  async updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMyProfileInput): Promise<User> {
    return toUser(await this.users.updateMyProfile(ctx, input));
  }
}
