import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
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

@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs a mutation in one transaction. Every mutation must write at least one audit row (or say
   * explicitly that it has nothing to record); forgetting is a programming error that rolls back.
   */
  async run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const tx = new Tx(em, ctx);
      const result = await work(tx);
      if (tx.auditCount === 0) {
        throw new Error('Mutation finished without an audit record (Tx.audit was never called).');
      }
      return result;
    });
  }

  /**
   * Runs the same work a mutation would, then rolls everything back and returns what the work
   * returned: previews ("what would this restructuring change?") are computed by the code that commits.
   */
  async dryRun<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    let result: { value: T } | null = null;
    try {
      await this.dataSource.transaction(async (em) => {
        result = { value: await work(new Tx(em, ctx)) };
        throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    return (result as unknown as { value: T }).value;
  }
}
