import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Actor } from '../core/auth/actor';
import { databaseConfig, type DatabaseConfig } from '../core/config/database.config';
import { systemContext } from '../core/context/request-context';
import { TransactionRunner } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import { OrgService } from '../modules/org/org.service';
import { UnitKindService } from '../modules/org/unit-kind.service';
import { RoleService } from '../modules/identity/role.service';
import { UserService } from '../modules/identity/user.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from './demo-data';

/**
 * At every boot: keep system roles in step with the code, create the bootstrap administrator if asked
 * and absent, and load demo data into an empty database when demo data is on.
 */
@Injectable()
export class BootService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootService.name);
  /** True when this boot loaded the demo data (the launcher prints the accounts). */
  demoLoaded = false;

  constructor(
    @Inject(databaseConfig.KEY) private readonly config: DatabaseConfig,
    private readonly roles: RoleService,
    private readonly users: UserService,
    private readonly org: OrgService,
    private readonly kinds: UnitKindService,
    private readonly tx: TransactionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.roles.syncSystemRoles();
    await this.kinds.syncSystemKinds();
    if (this.config.demoData && (await this.org.count()) === 0) {
      await this.loadDemo();
      this.demoLoaded = true;
    }
    if (this.config.bootstrapAdmin) await this.ensureAdmin(this.config.bootstrapAdmin);
  }

  get demoEnabled(): boolean {
    return this.config.demoData;
  }

  private async loadDemo(): Promise<void> {
    const ctx = systemContext(Actor.system('Hệ thống (dữ liệu mẫu)'));
    await this.tx.run(ctx, async (tx) => {
      const ids = new Map<string, string>();
      for (const u of DEMO_UNITS) {
        const unit = await this.org.create(tx, {
          code: u.code,
          name: u.name,
          shortName: u.shortName,
          kindCode: !u.parent ? 'PROVINCE' : /-[XP]-/.test(u.code) ? 'COMMUNE' : u.parent === 'VLG' ? 'DEPARTMENT' : 'DIVISION',
          parentId: u.parent ? ids.get(u.parent) : null,
        });
        ids.set(u.code, unit.id);
      }
      for (const a of DEMO_ACCOUNTS) {
        const user = await this.users.createInTx(tx, {
          username: a.username,
          fullName: a.fullName,
          unitId: ids.get(a.unit) as string,
          password: DEMO_PASSWORD,
        });
        const role = found(await this.roles.findByCode(a.role, tx.em), 'Vai trò', a.role);
        await this.roles.addGrant(
          tx,
          { userId: user.id },
          { roleId: role.id, unitId: a.scope ? (ids.get(a.scope) as string) : null },
          'demo',
        );
      }
    });
    this.logger.log(`Đã nạp dữ liệu mẫu: ${DEMO_UNITS.length} đơn vị, ${DEMO_ACCOUNTS.length} tài khoản.`);
  }

  /** First administrator of a real installation (BOOTSTRAP_ADMIN_USERNAME / _PASSWORD), on a root unit. */
  private async ensureAdmin(admin: { username: string; password: string }): Promise<void> {
    if (await this.users.findByUsername(admin.username)) return;
    const ctx = systemContext(Actor.system('Hệ thống (khởi tạo quản trị)'));
    await this.tx.run(ctx, async (tx) => {
      let root = (await this.org.rootUnits(tx.em))[0];
      root ??= await this.org.create(tx, { code: 'ROOT', name: 'Đơn vị gốc (đổi tên sau khi cài đặt)', kindCode: 'PROVINCE' });
      const user = await this.users.createInTx(tx, {
        username: admin.username,
        fullName: 'Quản trị hệ thống',
        unitId: root.id,
        password: admin.password,
        mustChangePassword: true,
      });
      const role = found(await this.roles.findByCode('SYSTEM_ADMIN', tx.em), 'Vai trò', 'SYSTEM_ADMIN');
      await this.roles.addGrant(tx, { userId: user.id }, { roleId: role.id, unitId: null }, 'bootstrap');
    });
    this.logger.log(`Đã tạo tài khoản quản trị ban đầu "${admin.username}".`);
  }
}
