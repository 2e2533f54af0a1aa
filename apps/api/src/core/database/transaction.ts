import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type QueryRunner,
  type Repository,
} from 'typeorm';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../context/request-context';
import { AuditTrail, writeAudit } from '../audit/audit.writer';

/** The unit of work a mutation runs in: one transaction, its manager, and its audit trail. */
export class Tx {
  private audited = 0;

  /** The audit helpers (`tx.audit.created(...)`, `changed`, `deleted`, `event`, `bulk`), in this transaction. */
  readonly audit: AuditTrail;

  constructor(
    readonly em: EntityManager,
    readonly ctx: RequestContext,
  ) {
    this.audit = new AuditTrail(async (record) => {
      await writeAudit(this.em, this.ctx, record);
      this.audited += 1;
    });
  }

  private readonly committed: (() => void)[] = [];

  /**
   * Runs `effect` once the whole transaction has committed (never after a rollback or a dry run):
   * forgetting a process cache, waking a worker. An effect that throws is logged, not rethrown: the
   * data is already committed.
   */
  afterCommit(effect: () => void): void {
    this.committed.push(effect);
  }

  /** @internal TransactionRunner, after COMMIT. */
  runCommitEffects(): void {
    for (const effect of this.committed.splice(0)) {
      try {
        effect();
      } catch (error) {
        new Logger('Transaction').error(`an after-commit effect failed: ${String(error)}`);
      }
    }
  }

  /** For the rare mutation that legitimately changed nothing worth recording. */
  skipAudit(): void {
    this.audited = Math.max(this.audited, 1);
  }

  get auditCount(): number {
    return this.audited;
  }

  /**
   * Optimistic locking: applies `patch` only if the row still has `expectedVersion`, bumping the version.
   * A stale version (someone saved in between) fails with CONFLICT naming the record.
   */
  async updateVersioned<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    id: string,
    expectedVersion: number,
    patch: Partial<E>,
    describe: { what: string; label: string; entityType: string },
  ): Promise<void> {
    const result = await this.em
      .createQueryBuilder()
      .update(entity)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    if (!result.affected) {
      throw AppError.conflict(describe.what, describe.label, describe.entityType, id);
    }
  }
}

/** Thrown inside a dry run to roll its transaction back; never escapes `dryRun`. */
class DryRunRollback extends Error {}

/**
 * The transaction the current async call chain runs in (ADR 0012). Services read through
 * `TransactionRunner.manager` / `repo()`, which answer with this transaction's manager while one is
 * open: a reader called from inside a mutation sees the mutation's own writes and, on the embedded
 * database's one connection (ADR 0001), does not wait 15 s for a second connection that never comes.
 */
const current = new AsyncLocalStorage<Tx>();

/**
 * Transactions open in this process. On Node 20 an enabled AsyncLocalStorage runs async hooks on every
 * promise of every request (3% of the CPU of a unit list in bench/http, where no transaction is open):
 * the storage is disabled whenever none is open, and `run` enables it again.
 */
let open = 0;

/**
 * A transaction is one connection, and a connection answers one statement at a time: reads issued
 * together inside a transaction (`Promise.all` of loaders, a draft composing its parts) are sent one
 * after another here. pg 8 queued them itself but warns that pg 9 will not ("Calling client.query()
 * when the client is already executing a query is deprecated"; seen from award drafting).
 */
const serialised = new WeakSet<QueryRunner>();

function oneStatementAtATime(em: EntityManager): void {
  const runner = em.queryRunner;
  if (!runner || serialised.has(runner)) return;
  serialised.add(runner);
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

async function within<T>(tx: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  oneStatementAtATime(tx.em);
  open += 1;
  try {
    return await current.run(tx, () => work(tx));
  } finally {
    open -= 1;
    if (open === 0) current.disable();
  }
}

/**
 * A read may run on credentials answered from memory while they are checked (ADR 0027); no
 * transaction (a mutation's, a preview's) begins before the check says they are current. When it
 * says no, the operation is run again from the start with credentials read anew, and this error is
 * never answered.
 */
async function credentialsConfirmed(ctx: RequestContext): Promise<void> {
  if (ctx.credentialsCheck && !(await ctx.credentialsCheck.catch(() => false)))
    throw AppError.unauthenticated();
}

@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  /** The open transaction of this call chain, if any. */
  get active(): Tx | undefined {
    return current.getStore();
  }

  /** The manager every read and write goes through: the open transaction's, or the pool's. */
  get manager(): EntityManager {
    return current.getStore()?.em ?? this.dataSource.manager;
  }

  /** A repository bound to `manager` (TypeORM caches one per manager and entity). */
  repo<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
    return this.manager.getRepository(entity);
  }

  /**
   * Runs a mutation in one transaction. Every mutation must write at least one audit row (or say
   * explicitly that it has nothing to record); forgetting is a programming error that rolls back.
   * Called inside an open transaction (a service calling another service's mutation), the work joins
   * it: one transaction per request, owned by the outermost service, whose audit check covers both.
   */
  async run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    const outer = current.getStore();
    if (outer) return work(outer);
    await credentialsConfirmed(ctx);
    let tx: Tx | null = null;
    const result = await this.dataSource.transaction(async (em) => {
      tx = new Tx(em, ctx);
      const value = await within(tx, work);
      if (tx.auditCount === 0) {
        throw new Error('Mutation finished without an audit record (Tx.audit was never called).');
      }
      return value;
    });
    (tx as Tx | null)?.runCommitEffects();
    return result;
  }

  /**
   * Runs the same work a mutation would, then rolls everything back and returns what the work
   * returned: previews ("what would this restructuring change?") are computed by the code that commits.
   * Inside an open transaction it rolls back to a savepoint, leaving the outer work intact.
   */
  async dryRun<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    const outer = current.getStore();
    if (!outer) await credentialsConfirmed(ctx);
    let result: { value: T } | null = null;
    const attempt = async (em: EntityManager) => {
      const tx = new Tx(em, ctx);
      result = { value: await within(tx, work) };
      throw new DryRunRollback();
    };
    try {
      await (outer ? outer.em.transaction(attempt) : this.dataSource.transaction(attempt));
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    return (result as unknown as { value: T }).value;
  }
}
