import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import plugin from './module-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const rule = plugin.rules['module-boundaries'];
const M = '/repo/apps/api/src/modules';
const options = [{ extraPublic: { org: ['restructuring-participants'] } }];

tester.run('module-boundaries', rule, {
  valid: [
    {
      filename: `${M}/people/people.service.ts`,
      code: `import { OrgService } from '../org/org.service';`,
    },
    {
      filename: `${M}/people/people.module.ts`,
      code: `import { OrgModule } from '../org/org.module';`,
    },
    {
      filename: `${M}/people/people.resolver.ts`,
      code: `import { Unit, toUnit } from '../org/unit.model';`,
    },
    {
      filename: `${M}/audit/audit.models.ts`,
      code: `import { ActorTypeEnum } from '../identity/models/enums';`,
    },
    {
      filename: `${M}/identity/models/identity.models.ts`,
      code: `import { Unit } from '../../org/unit.model';`,
    },
    {
      filename: `${M}/imports/x.ts`,
      code: `import { X } from '../org/org.inputs'; import { Y } from '../org/org.enums';`,
    },
    // a foreign key: an entity file may import another module's entity, at any depth
    {
      filename: `${M}/people/person.entity.ts`,
      code: `import { UnitEntity } from '../org/unit.entity';`,
    },
    {
      filename: `${M}/identity/entities/user.entity.ts`,
      code: `import { UnitEntity } from '../../org/unit.entity';`,
    },
    // inside one module anything goes
    {
      filename: `${M}/people/people.service.ts`,
      code: `import { PersonEntity } from './person.entity'; import { x } from './people.entities';`,
    },
    {
      filename: `${M}/identity/dto/identity.inputs.ts`,
      code: `import type { UserStatus } from '../entities/user.entity';`,
    },
    // what a module lists as published, with its reason, in eslint.config.mjs
    {
      filename: `${M}/people/p.ts`,
      code: `import { RestructuringParticipant } from '../org/restructuring-participants';`,
      options,
    },
    // outside modules/ the rule says nothing; packages and aliases are Nx's business
    {
      filename: '/repo/apps/api/src/entities.ts',
      code: `import { UnitEntity } from './modules/org/unit.entity';`,
    },
    {
      filename: `${M}/people/x.ts`,
      code: `import { Injectable } from '@nestjs/common'; import { P } from '@thidua/shared-domain'; import { tx } from '../../core/database/transaction';`,
    },
  ],
  invalid: [
    // the depth the old pattern knew, and the depths it did not
    {
      filename: `${M}/imports/x.service.ts`,
      code: `import { PersonEntity } from '../people/person.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/identity/sub/x.ts`,
      code: `import { UnitEntity } from '../../org/unit.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/identity/a/b/x.ts`,
      code: `import { UnitEntity } from '../../../org/unit.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/imports/x.ts`,
      code: `import { UnitEntity } from './../org/./unit.entity.ts';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/imports/x.ts`,
      code: `import { UnitEntity } from '../imports/../org/unit.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    // barrels: never, not even in an entity file
    {
      filename: `${M}/imports/x.ts`,
      code: `import { ORG_ENTITIES } from '../org/org.entities';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.entity.ts`,
      code: `import { UnitEntity } from '../org/org.entities';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `import { UserEntity } from '../identity/entities/user.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    // a module's internals that are not entities
    {
      filename: `${M}/people/x.ts`,
      code: `import { restructuringLabel } from '../org/org-audit';`,
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `import { something } from '../org';`,
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `import { RestructuringParticipant } from '../org/restructuring-participants';`,
      errors: [{ messageId: 'internal' }],
    },
    // every form of import, type-only included
    {
      filename: `${M}/people/x.ts`,
      code: `import type { UnitEntity } from '../org/unit.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `export { UnitEntity } from '../org/unit.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `export * from '../org/unit.entity';`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `const m = await import('../org/unit.entity');`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `type U = import('../org/unit.entity').UnitEntity;`,
      errors: [{ messageId: 'entity' }],
    },
    {
      filename: `${M}/people/x.ts`,
      code: `const m = require('../org/unit.entity');`,
      errors: [{ messageId: 'entity' }],
    },
  ],
});
