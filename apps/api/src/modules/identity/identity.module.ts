import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorResolver } from '../../core/auth/actor-resolver';
import { AuthGuard } from '../../core/auth/auth.guard';
import { ExcelModule } from '../../core/excel/excel.module';
import { OrgModule } from '../org/org.module';
import { AccessService } from './access.service';
import { ApiClientResolver } from './api-client.resolver';
import { ApiClientService } from './api-client.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IdentityActorResolver } from './identity-actor.resolver';
import { IdentityRestructuringParticipant } from './identity-restructuring.participant';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { RoleResolver } from './role.resolver';
import { RoleService } from './role.service';
import { SessionService } from './session.service';
import { UserExport } from './user-export';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), OrgModule, ExcelModule],
  providers: [
    PasswordService,
    SessionService,
    LoginThrottleService,
    RoleService,
    UserService,
    ApiClientService,
    AccessService,
    IdentityRestructuringParticipant,
    AuthService,
    AuthResolver,
    UserResolver,
    RoleResolver,
    ApiClientResolver,
    UserExport,
    { provide: ActorResolver, useClass: IdentityActorResolver },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UserService, RoleService],
})
export class IdentityModule {}
