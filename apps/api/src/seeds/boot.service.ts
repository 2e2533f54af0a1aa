import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { CampaignPlanStatus, DossierStatus } from '@thidua/shared-domain';
import { Actor } from '../core/auth/actor';
import { databaseConfig, type DatabaseConfig } from '../core/config/database.config';
import { systemContext } from '../core/context/request-context';
import { TransactionRunner } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import { OrgService } from '../modules/org/org.service';
import { UnitKindService } from '../modules/org/unit-kind.service';
import { LegalService } from '../modules/legal/legal.service';
import { RulesService } from '../modules/legal/rules.service';
import { RoleService } from '../modules/identity/role.service';
import { UserService } from '../modules/identity/user.service';
import { DemoLoader } from './demo-loader';

/**
 * At every boot: keep system roles, unit kinds and national legal documents in step with the code, create the bootstrap administrator if asked
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
    private readonly legal: LegalService,
    private readonly rules: RulesService,
    private readonly tx: TransactionRunner,
    private readonly demo: DemoLoader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.roles.syncSystemRoles();
    await this.kinds.syncSystemKinds();
    await this.legal.syncNationalDocuments();
    // after the documents: the shipped rules cite them
    await this.rules.syncNational();
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
    const started = Date.now();
    const n = await this.tx.run(ctx, (tx) => this.demo.load(tx));
    const c = n.campaigns;
    const plans = [...c.plans, ...c.answers];
    const byStatus = (s: CampaignPlanStatus) => plans.filter((p) => p.status === s).length;
    const sent = c.reviews.filter((r) => r.status === 'SUBMITTED').length;
    const a = n.awards.dossiers;
    const dossiers = (s: DossierStatus) => a.filter((d) => d.status === s).length;
    this.logger.log(
      `Đã nạp dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây: ${n.units} đơn vị, ${n.restructurings} lần sắp xếp, ` +
        `${n.clusters} cụm/khối, ${n.people} người, ${n.accounts} tài khoản, ${plans.length} kế hoạch thi đua ` +
        `(${byStatus('RUNNING')} đang triển khai, ${byStatus('MIDTERM_REVIEW')} đang sơ kết, ${byStatus('FINAL_REVIEW')} đang tổng kết, ${byStatus('CLOSED')} đã kết thúc), ` +
        `${c.registrations} đăng ký thi đua, ${c.reviews.length} báo cáo sơ kết, tổng kết (${sent} đã gửi), ` +
        `${c.congresses.length} đại hội, hội nghị thi đua (${c.congresses.filter((x) => x.status === 'HELD').length} đã tổ chức), ${c.covenants.length} giao ước thi đua, ` +
        `${n.awards.rounds.length} đợt xét khen thưởng, ${a.length} hồ sơ đề nghị khen thưởng (${dossiers('DRAFT')} đang lập, ` +
        `${dossiers('SUBMITTED')} chờ tiếp nhận, ${dossiers('RETURNED')} bị trả lại, ${dossiers('RECEIVED') + dossiers('APPRAISED')} đang, đã thẩm định, ` +
        `${dossiers('READY_FOR_COUNCIL')} chờ Hội đồng xét, ${dossiers('WITHDRAWN')} đã rút; ${a.filter((d) => d.late).length} gửi muộn), ` +
        `${n.awards.notices.length} danh sách đang công khai, ${n.councils.councils.length} Hội đồng Thi đua - Khen thưởng, ` +
        `${n.councils.sessions.length} phiên họp đã kiểm phiếu, ${n.councils.decisions.length} quyết định khen thưởng đã ban hành.`,
    );
  }

  /** First administrator of a real installation (BOOTSTRAP_ADMIN_USERNAME / _PASSWORD), on a root unit. */
  private async ensureAdmin(admin: { username: string; password: string }): Promise<void> {
    if (await this.users.findByUsername(admin.username)) return;
    const ctx = systemContext(Actor.system('Hệ thống (khởi tạo quản trị)'));
    await this.tx.run(ctx, async (tx) => {
      let root = (await this.org.rootUnits())[0];
      root ??= await this.org.create(tx, {
        code: 'ROOT',
        name: 'Đơn vị gốc (đổi tên sau khi cài đặt)',
        kindCode: 'PROVINCE',
      });
      const user = await this.users.createInTx(tx, {
        username: admin.username,
        fullName: 'Quản trị hệ thống',
        unitId: root.id,
        password: admin.password,
        mustChangePassword: true,
      });
      const role = found(await this.roles.findByCode('SYSTEM_ADMIN'), 'Vai trò', 'SYSTEM_ADMIN');
      await this.roles.addGrant(
        tx,
        { userId: user.id },
        { roleId: role.id, unitId: null },
        'bootstrap',
      );
    });
    this.logger.log(`Đã tạo tài khoản quản trị ban đầu "${admin.username}".`);
  }
}
