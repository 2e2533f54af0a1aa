import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { OrgService } from '../src/modules/org/org.service';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 9, B2 (ADR 0012): the transaction travels with the call chain. A reader called inside a
 * mutation reads through the mutation's transaction without being handed a manager (before, a
 * forgotten `em` read outside it: the row was not there yet, and on the embedded database's one
 * connection the read waited 15 s for a connection that never came).
 */
describe('transaction context (issue 9, B2)', () => {
  let t: TestApp;
  let runner: TransactionRunner;
  let org: OrgService;
  const ctx = systemContext(Actor.system('Kiểm thử giao dịch'));
  const newUnit = (code: string) => ({
    code,
    name: `Đơn vị giao dịch ${code}`,
    parentId: null,
    kindCode: 'PROVINCE',
    validFrom: '2020-01-01',
  });

  beforeAll(async () => {
    t = await startTestApp();
    runner = t.app.get(TransactionRunner);
    org = t.app.get(OrgService);
  });
  afterAll(() => t.close());

  async function exists(code: string): Promise<boolean> {
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM units WHERE code = $1`, [code]);
    return rows.length > 0;
  }

  it('a service reader inside a mutation sees the mutation’s own uncommitted writes', async () => {
    const code = `GD-${t.uid()}`;
    const seen = await runner.run(ctx, async (tx) => {
      const unit = await org.create(tx, newUnit(code));
      // no manager passed: the reader finds the open transaction itself
      return [await org.findById(unit.id), await org.findByCode(code)];
    });
    expect(seen.map((u) => u?.code)).toEqual([code, code]);
    expect(runner.active).toBeUndefined();
    expect(runner.manager).toBe(t.app.get(DataSource).manager);
  });

  it('a mutation called inside another joins its transaction: one commit, or one rollback', async () => {
    const outerCode = `GD-${t.uid()}`;
    const innerCode = `GD-${t.uid()}`;
    await expect(
      runner.run(ctx, async (outer) => {
        await org.create(outer, newUnit(outerCode));
        await runner.run(ctx, async (inner) => {
          expect(inner).toBe(outer);
          await org.create(inner, newUnit(innerCode));
        });
        throw new Error('the outer work fails after the inner one finished');
      }),
    ).rejects.toThrow('the outer work fails');
    expect([await exists(outerCode), await exists(innerCode)]).toEqual([false, false]);
  });

  it('a preview inside a mutation rolls back to a savepoint and leaves the mutation’s work', async () => {
    const keptCode = `GD-${t.uid()}`;
    const previewCode = `GD-${t.uid()}`;
    const previewed = await runner.run(ctx, async (tx) => {
      await org.create(tx, newUnit(keptCode));
      const preview = await runner.dryRun(ctx, async (dry) => {
        await org.create(dry, newUnit(previewCode));
        return (await org.findByCode(previewCode))?.code ?? null;
      });
      // the preview's unit is gone inside the mutation too; the mutation's own unit is still there
      expect(await org.findByCode(previewCode)).toBeNull();
      expect((await org.findByCode(keptCode))?.code).toBe(keptCode);
      return preview;
    });
    expect(previewed).toBe(previewCode);
    expect([await exists(keptCode), await exists(previewCode)]).toEqual([true, false]);
  });

  it('after-commit effects run once the outermost transaction commits, never after a rollback', async () => {
    const ran: string[] = [];
    await runner.run(ctx, async (tx) => {
      await org.create(tx, newUnit(`GD-${t.uid()}`));
      tx.afterCommit(() => ran.push('outer'));
      await runner.run(ctx, async (inner) => {
        inner.afterCommit(() => ran.push('joined'));
      });
      await runner.dryRun(ctx, async (dry) => {
        dry.afterCommit(() => ran.push('preview'));
      });
      // nothing has run while the transaction is open
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['outer', 'joined']);
    await expect(
      runner.run(ctx, async (tx) => {
        await org.create(tx, newUnit(`GD-${t.uid()}`));
        tx.afterCommit(() => ran.push('rolled back'));
        throw new Error('fails');
      }),
    ).rejects.toThrow('fails');
    expect(ran).toEqual(['outer', 'joined']);
  });

  it('concurrent mutations each keep their own transaction', async () => {
    const codes = [`GD-${t.uid()}`, `GD-${t.uid()}`, `GD-${t.uid()}`];
    const results = await Promise.allSettled(
      codes.map((code, i) =>
        runner.run(ctx, async (tx) => {
          await org.create(tx, newUnit(code));
          const mine = await org.findByCode(code);
          // one of them fails after its read: only its own unit rolls back
          if (i === 1) throw new Error('the second fails');
          return mine?.code;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await Promise.all(codes.map(exists))).toEqual([true, false, true]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual([
      codes[0],
      null,
      codes[2],
    ]);
  });

  it('sends statements issued together in one transaction one after another (pg 9 will not queue them)', async () => {
    // pg 8 queues a statement sent while its connection is busy, and warns that pg 9 will not
    const busy: boolean[] = [];
    const original = Client.prototype.query as (...args: unknown[]) => unknown;
    const query = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
      this: Client,
      ...args: unknown[]
    ) {
      const state = this as unknown as { _activeQuery: unknown; _queryQueue: unknown[] };
      busy.push(state._activeQuery !== null || state._queryQueue.length > 0);
      return original.apply(this, args);
    } as never);
    try {
      const answers = await runner.run(ctx, async (tx) => {
        tx.skipAudit();
        return Promise.all(
          [1, 2, 3, 4].map((n) => tx.em.query<{ n: number }[]>(`SELECT $1::int AS n`, [n])),
        );
      });
      expect(answers.map(([row]) => row?.n)).toEqual([1, 2, 3, 4]);
    } finally {
      query.mockRestore();
    }
    expect(busy.length).toBeGreaterThanOrEqual(6); // BEGIN, four reads, COMMIT
    expect(busy.filter(Boolean)).toEqual([]);
  });
});
