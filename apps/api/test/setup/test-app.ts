import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SystemRoleCode } from '@thidua/shared-domain';
import { createApp } from '../../src/app.factory';
import { Actor } from '../../src/core/auth/actor';
import { systemContext } from '../../src/core/context/request-context';
import { TransactionRunner } from '../../src/core/database/transaction';
import { PasswordService } from '../../src/modules/identity/password.service';
import { RoleService } from '../../src/modules/identity/role.service';
import { UserService } from '../../src/modules/identity/user.service';
import { OrgService } from '../../src/modules/org/org.service';
import { RestructuringService } from '../../src/modules/org/restructuring.service';
import type { UnitEntity } from '../../src/modules/org/unit.entity';
import { workerDatabaseUrl } from './test-databases';
import { GqlClient } from './gql-client';

export const PASSWORD = 'matkhau2025';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  client(): GqlClient;
  /** A unique suffix so test files never collide on codes or user names. */
  uid(): string;
  /** A unit; the kind defaults to a province at the root, a sở under a province, else a phòng/ban. */
  unit(name: string, parent?: UnitEntity | null, kindCode?: string): Promise<UnitEntity>;
  user(opts: {
    unit: UnitEntity;
    role?: SystemRoleCode;
    scope?: UnitEntity | null;
    username?: string;
  }): Promise<{ id: string; username: string }>;
  loggedIn(username: string, password?: string): Promise<GqlClient>;
  /** Merges `sources` into the existing `target` on 01/07/2025 (the 2025 commune mergers). */
  mergeInto(sources: UnitEntity[], target: UnitEntity): Promise<void>;
  close(): Promise<void>;
}

/** Boots the real application on the test database and listens on a random loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = workerDatabaseUrl();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DEMO_DATA: 'false',
    TRUST_PROXY: 'true',
    LOG_LEVEL: 'silent',
    // The committed schema (apps/api/schema.gql) is printed by one file only, graphql-contract.int-spec:
    // sorted, printed and written at every boot it cost each file ~0.1 s
    GRAPHQL_SCHEMA_FILE: '',
    // no LibreOffice run per issued plan unless a test asks (campaign-documents.int-spec)
    PDF_ON_ISSUE: 'false',
    // every operation through graphql-jit from its first run, as production runs it from the second
    GRAPHQL_JIT_AFTER: '1',
    ...env,
  });
  const { app } = await createApp({
    url,
    poolSize: 5,
    embedded: process.env['THIDUA_TEST_EMBEDDED'] === 'true',
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const run = app.get(TransactionRunner);
  const ctx = systemContext(Actor.system('Kiểm thử'));
  const org = app.get(OrgService);
  const users = app.get(UserService);
  const fixtures = fixturePasswords(app.get(PasswordService));
  const roles = app.get(RoleService);
  const uid = () => randomUUID().slice(0, 8);

  return {
    app,
    baseUrl,
    db: app.get(DataSource),
    client: () => new GqlClient(baseUrl),
    uid,
    unit: (name, parent, kindCode) =>
      run.run(ctx, async (tx) => {
        const parentKind = parent
          ? (await tx.em.query(`SELECT code FROM unit_kinds WHERE id = $1`, [parent.kindId]))[0]
              ?.code
          : null;
        const kind =
          kindCode ??
          (!parent ? 'PROVINCE' : parentKind === 'PROVINCE' ? 'DEPARTMENT' : 'DIVISION');
        return org.create(tx, {
          code: `T-${uid()}`,
          name,
          parentId: parent?.id ?? null,
          kindCode: kind,
          validFrom: '2020-01-01',
        });
      }),
    user: ({ unit, role, scope, username }) =>
      fixtures.creating(() =>
        run.run(ctx, async (tx) => {
          const user = await users.createInTx(tx, {
            username: username ?? `u.${uid()}`,
            fullName: `Người Thử ${uid()}`,
            unitId: unit.id,
            password: PASSWORD,
          });
          if (role) {
            const r = await roles.findByCode(role);
            await roles.addGrant(
              tx,
              { userId: user.id },
              { roleId: r!.id, unitId: scope === null ? null : (scope ?? unit).id },
              'test',
            );
          }
          return { id: user.id, username: user.username };
        }),
      ),
    loggedIn: (username, password = PASSWORD) => new GqlClient(baseUrl).login(username, password),
    mergeInto: async (sources, target) => {
      await run.run(ctx, (tx) =>
        app.get(RestructuringService).merge(tx, {
          sourceUnitIds: sources.map((u) => u.id),
          targetUnitId: target.id,
          effectiveDate: '2025-07-01',
          legalBasis: { number: '1656/NQ-UBTVQH15', date: '2025-06-16', title: 'Sắp xếp cấp xã' },
        }),
      );
    },
    close: () => app.close(),
  };
}

/**
 * argon2id costs ~120 ms a hash and as much a verification here (19 MiB, 2 passes: ADR 0002), and the
 * integration suite made ~240 fixture accounts and ~240 sign-ins with one password: about a minute
 * of a worker's time per run, twice in CI. The accounts `user()` makes share one hash (made once per
 * app), and a verification of the same hash and password is answered as it was the first time (the
 * function is deterministic). Hashes the API makes (accounts created, passwords reset or changed
 * through GraphQL) and every other verification stay real.
 */
function fixturePasswords(passwords: PasswordService): {
  creating<T>(make: () => Promise<T>): Promise<T>;
} {
  const hash = passwords.hash.bind(passwords);
  const verify = passwords.verify.bind(passwords);
  let making = 0;
  let shared: Promise<string> | undefined;
  const verified = new Map<string, Promise<boolean>>();
  passwords.hash = (password) =>
    making > 0 && password === PASSWORD ? (shared ??= hash(password)) : hash(password);
  passwords.verify = (passwordHash, password) => {
    if (passwordHash === null) return verify(passwordHash, password);
    const key = `${passwordHash}\u0000${password}`;
    let answer = verified.get(key);
    if (!answer) {
      answer = verify(passwordHash, password);
      verified.set(key, answer);
    }
    return answer;
  };
  return {
    async creating(make) {
      making += 1;
      try {
        return await make();
      } finally {
        making -= 1;
      }
    },
  };
}
