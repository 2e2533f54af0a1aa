import { Injectable } from '@nestjs/common';
import type { Tx } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import { RoleService } from '../modules/identity/role.service';
import { UserService } from '../modules/identity/user.service';
import { ClusterService } from '../modules/org/cluster.service';
import { OrgService } from '../modules/org/org.service';
import { RestructuringService } from '../modules/org/restructuring.service';
import { PeopleService } from '../modules/people/people.service';
import { DemoAwardsLoader, type DemoAwardsSummary } from './demo-awards.loader';
import { DemoCampaignLoader, type DemoCampaignSummary } from './demo-campaigns.loader';
import { DemoCouncilsLoader, type DemoCouncilsSummary } from './demo-councils.loader';
import { DemoRecordsLoader, type DemoRecordsSummary } from './demo-records';
import {
  DEMO_ACCOUNTS,
  DEMO_CLUSTERS,
  DEMO_LINKS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_RESTRUCTURINGS,
  DEMO_UNITS,
  type DemoPositionSpec,
} from './demo-province';

export interface DemoSummary {
  units: number;
  restructurings: number;
  clusters: number;
  people: number;
  accounts: number;
  campaigns: DemoCampaignSummary;
  records: DemoRecordsSummary;
  awards: DemoAwardsSummary;
  councils: DemoCouncilsSummary;
}

/**
 * Loads the demo province through the real services (the same validation, history and audit as a
 * user's work), in one transaction: units as they were in 2020, the people working in them, then the
 * 2025 restructurings (whose participants move positions, accounts and memberships), then what only
 * exists after them (positions in merged wards, links, clusters, accounts), then the four seed plans
 * (demo-campaigns.ts), issued, and what followed (demo-campaign-activity.ts), the records, the award
 * rounds and dossiers that read them (demo-awards.ts), and last the councils that meet on them and the
 * decisions that follow (demo-councils.ts).
 */
@Injectable()
export class DemoLoader {
  constructor(
    private readonly org: OrgService,
    private readonly restructuring: RestructuringService,
    private readonly clusters: ClusterService,
    private readonly people: PeopleService,
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly campaigns: DemoCampaignLoader,
    private readonly records: DemoRecordsLoader,
    private readonly awards: DemoAwardsLoader,
    private readonly councils: DemoCouncilsLoader,
  ) {}

  async load(tx: Tx): Promise<DemoSummary> {
    const ids = new Map<string, string>();
    const id = (code: string) => found(ids.get(code), 'Đơn vị mẫu', code);
    // people and clusters by code, for the plans' registrations and addressees (demo-campaigns)
    const personIds = new Map<string, string>();
    const clusterIds = new Map<string, string>();

    for (const u of DEMO_UNITS) {
      const unit = await this.org.create(tx, {
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        kindCode: u.kind,
        parentId: u.parent ? id(u.parent) : null,
        legalPerson: u.legalPerson ?? null,
        address: u.address ?? null,
        phone: u.phone ?? null,
        email: u.email ?? null,
        validFrom: u.validFrom,
      });
      ids.set(u.code, unit.id);
    }

    // people in the structure before the reform; positions in units the reform creates come later
    const later: { personId: string; position: DemoPositionSpec }[] = [];
    for (const p of DEMO_PEOPLE) {
      const person = await this.people.create(tx, {
        code: p.code,
        fullName: p.fullName,
        sex: p.sex,
        dateOfBirth: p.dateOfBirth,
        ethnicity: p.ethnicity,
        religion: p.religion,
        hometown: p.hometown,
        partyMember: p.partyMember,
        partyJoinedOn: p.partyJoinedOn,
      });
      personIds.set(p.code, person.id);
      for (const pos of p.positions) {
        if (!ids.has(pos.unit)) {
          later.push({ personId: person.id, position: pos });
          continue;
        }
        await this.addPosition(tx, person.id, pos, id(pos.unit));
      }
    }

    for (const r of DEMO_RESTRUCTURINGS) {
      const common = { effectiveDate: r.effectiveDate, legalBasis: r.legalBasis };
      if (r.kind === 'MERGE') {
        const outcome = await this.restructuring.merge(tx, {
          ...common,
          sourceUnitIds: r.sources.map(id),
          newUnit: {
            code: r.into.code,
            name: r.into.name,
            shortName: r.into.shortName,
            kindCode: r.into.kind,
          },
          newUnitParentId: id(r.parent),
        });
        ids.set(
          r.into.code,
          found(outcome.restructuring.resultUnitIds[0], 'Đơn vị hợp nhất', r.into.code),
        );
      } else if (r.kind === 'RENAME') {
        await this.restructuring.rename(tx, {
          ...common,
          unitId: id(r.unit),
          newName: r.newName,
          newShortName: r.newShortName,
        });
      } else {
        await this.restructuring.dissolve(tx, { ...common, unitId: id(r.unit) });
      }
    }

    for (const { personId, position } of later)
      await this.addPosition(tx, personId, position, id(position.unit));

    for (const l of DEMO_LINKS) await this.org.link(tx, id(l.unit), id(l.counterpart), l.note);

    for (const c of DEMO_CLUSTERS) {
      const cluster = await this.clusters.create(tx, {
        code: c.code,
        name: c.name,
        kind: c.kind,
        organizerUnitId: id(c.organizer),
        description: c.description,
      });
      clusterIds.set(c.code, cluster.id);
      for (const m of c.members) {
        const membership = await this.clusters.addMember(tx, {
          clusterId: cluster.id,
          unitId: id(m.unit),
          joinedOn: m.joinedOn,
        });
        if (m.leftOn)
          await this.clusters.endMembership(tx, { membershipId: membership.id, leftOn: m.leftOn });
      }
      for (const l of c.leaderships) {
        await this.clusters.setLeadership(tx, {
          clusterId: cluster.id,
          year: l.year,
          leadUnitId: id(l.lead),
          deputyUnitId: l.deputy ? id(l.deputy) : null,
        });
      }
    }

    for (const a of DEMO_ACCOUNTS) {
      const user = await this.users.createInTx(tx, {
        username: a.username,
        fullName: a.fullName,
        unitId: id(a.unit),
        password: DEMO_PASSWORD,
      });
      const role = found(await this.roles.findByCode(a.role), 'Vai trò', a.role);
      for (const scope of [a.scope, ...(a.alsoScopes ?? [])]) {
        await this.roles.addGrant(
          tx,
          { userId: user.id },
          { roleId: role.id, unitId: scope ? id(scope) : null },
          'demo',
        );
      }
    }

    const campaigns = await this.campaigns.load(tx, {
      unit: id,
      cluster: (code) => found(clusterIds.get(code), 'Cụm, khối mẫu', code),
      person: (code) => found(personIds.get(code), 'Người mẫu', code),
    });
    // hồ sơ thành tích of the Sở Nội vụ's people, a held person and a used sáng kiến (demo-records.ts)
    const records = await this.records.load(tx, {
      unit: id,
      person: (code) => found(personIds.get(code), 'Người mẫu', code),
    });

    // rounds and dossiers: the office plan's award plan, the records' people (demo-awards.ts)
    const awardRefs = {
      unit: id,
      person: (code: string) => found(personIds.get(code), 'Người mẫu', code),
      plan: (seed: string) =>
        found(campaigns.plans.find((p) => p.seed === seed)?.id, 'Kế hoạch mẫu', seed),
    };
    const awards = await this.awards.load(tx, awardRefs);

    // the councils of the office and of Sở Nội vụ, their sessions and decisions (demo-councils.ts)
    const councils = await this.councils.load(tx, {
      ...awardRefs,
      round: (key) => found(awards.rounds.find((r) => r.key === key)?.id, 'Đợt xét mẫu', key),
    });

    return {
      units: ids.size,
      restructurings: DEMO_RESTRUCTURINGS.length,
      clusters: DEMO_CLUSTERS.length,
      people: DEMO_PEOPLE.length,
      accounts: DEMO_ACCOUNTS.length,
      campaigns,
      records,
      awards,
      councils,
    };
  }

  private async addPosition(
    tx: Tx,
    personId: string,
    pos: DemoPositionSpec,
    unitId: string,
  ): Promise<void> {
    const position = await this.people.addPosition(tx, personId, {
      unitId,
      title: pos.title,
      startedOn: pos.startedOn,
      isLeader: pos.isLeader,
      staffCategory: pos.staffCategory,
    });
    if (pos.endedOn) await this.people.endPosition(tx, position.id, pos.endedOn);
  }
}
