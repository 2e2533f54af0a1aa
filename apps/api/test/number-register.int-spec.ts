import { randomUUID } from 'node:crypto';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import {
  NumberRegisterService,
  type NumberRequest,
} from '../src/modules/documents/number-register.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10: document numbers per issuing unit, year and series (NĐ 30/2020 Điều 15), taken in the
 * issuing transaction: consecutive under concurrency, unique, from 01 each year, and an issue that
 * rolls back gives its number back.
 */
describe('number registers (issue 10)', () => {
  let t: TestApp;
  let runner: TransactionRunner;
  let registers: NumberRegisterService;
  const ctx = systemContext(Actor.system('Kiểm thử sổ văn bản'));

  beforeAll(async () => {
    t = await startTestApp();
    runner = t.app.get(TransactionRunner);
    registers = t.app.get(NumberRegisterService);
  });
  afterAll(() => t.close());

  const request = (unit: UnitEntity, issuedOn: string, kind: NumberRequest['kind'] = 'KE_HOACH') =>
    ({
      issuer: { unitId: unit.id, tree: 'GOVERNMENT', abbreviation: 'UBND' },
      kind,
      issuedOn,
      record: { entityType: 'Test', entityId: randomUUID() },
    }) as NumberRequest;

  /** Takes a number in its own audited transaction, as an issuing mutation would. */
  const issue = (req: NumberRequest, work?: (tx: Tx) => Promise<void>) =>
    runner.run(ctx, async (tx) => {
      const taken = await registers.take(tx, req);
      await work?.(tx);
      tx.skipAudit();
      return taken;
    });

  it('gives 50 concurrent issues in one unit 50 distinct consecutive numbers', async () => {
    const unit = await t.unit(`Tỉnh Sổ Văn Bản ${t.uid()}`);
    const taken = await Promise.all(
      Array.from({ length: 50 }, () => issue(request(unit, '2026-03-02'))),
    );
    const numbers = taken.map((n) => n.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(taken.map((n) => n.symbol)).size).toBe(50);
    expect(taken.find((n) => n.number === 7)?.symbol).toBe('07/KH-UBND');
  });

  it('starts again from 01 each year and keeps series and units apart', async () => {
    const unit = await t.unit(`Tỉnh Sổ Năm ${t.uid()}`);
    const other = await t.unit(`Tỉnh Sổ Khác ${t.uid()}`);
    expect((await issue(request(unit, '2025-12-31'))).symbol).toBe('01/KH-UBND');
    expect((await issue(request(unit, '2025-12-31'))).number).toBe(2);
    expect((await issue(request(unit, '2026-01-01'))).number).toBe(1);
    expect((await issue(request(unit, '2026-01-02', 'TO_TRINH'))).symbol).toBe('01/TTr-UBND');
    expect((await issue(request(other, '2026-01-02'))).number).toBe(1);
  });

  it('an issue that rolls back gives its number back; a committed one is never given again', async () => {
    const unit = await t.unit(`Tỉnh Sổ Hoàn ${t.uid()}`);
    expect((await issue(request(unit, '2026-05-01'))).number).toBe(1);
    await expect(
      issue(request(unit, '2026-05-01'), async () => {
        throw new Error('the issue fails after taking its number');
      }),
    ).rejects.toThrow('the issue fails');
    expect((await issue(request(unit, '2026-05-01'))).number).toBe(2);
    const rows: { number: number }[] = await t.db.query(
      `SELECT n.number FROM issued_numbers n JOIN number_registers r ON r.id = n.register_id
        WHERE r.issuer_unit_id = $1 ORDER BY n.number`,
      [unit.id],
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
  });

  it('refuses an issue date that is not a day, in Vietnamese, taking nothing', async () => {
    const unit = await t.unit(`Tỉnh Sổ Lỗi ${t.uid()}`);
    await expect(issue(request(unit, '2026-02-30'))).rejects.toMatchObject({
      fields: { issuedOn: ['Ngày ban hành không phải ngày hợp lệ.'] },
    });
    const rows: unknown[] = await t.db.query(
      `SELECT 1 FROM number_registers WHERE issuer_unit_id = $1`,
      [unit.id],
    );
    expect(rows).toEqual([]);
  });
});
