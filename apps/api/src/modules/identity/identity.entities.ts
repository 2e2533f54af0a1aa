import { ApiClientEntity } from './entities/api-client.entity';
import { LoginAttemptEntity } from './entities/login-attempt.entity';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { RoleEntity } from './entities/role.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

export const IDENTITY_ENTITIES = [
  UserEntity,
  RoleEntity,
  RoleAssignmentEntity,
  SessionEntity,
  ApiClientEntity,
  LoginAttemptEntity,
];
