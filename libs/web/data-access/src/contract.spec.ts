import type { ErrorCode, Permission as DomainPermission } from '@thidua/shared-domain';
import { describe, expectTypeOf, it } from 'vitest';

import type { Permission } from './gql/graphql';

describe('generated types agree with @thidua/shared-domain', () => {
  it('has the same permission codes (checked by typecheck)', () => {
    expectTypeOf<Permission>().toEqualTypeOf<DomainPermission>();
  });

  it('knows the error codes the client branches on', () => {
    expectTypeOf<'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT'>().toExtend<ErrorCode>();
  });
});
