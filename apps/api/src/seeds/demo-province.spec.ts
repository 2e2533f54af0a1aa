import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_UNIT_KINDS, type IsoDate, type SystemUnitKindCode } from '@thidua/shared-domain';
import {
  DEMO_ACCOUNTS,
  DEMO_CLUSTERS,
  DEMO_LINKS,
  DEMO_PEOPLE,
  DEMO_RESTRUCTURINGS,
  DEMO_UNITS,
  type DemoPersonSpec,
} from './demo-province';

interface State {
  kind: SystemUnitKindCode;
  validFrom: IsoDate;
  endedOn?: IsoDate;
}
const kindDef = (k: SystemUnitKindCode) =>
  SYSTEM_UNIT_KINDS[k] as { tree: string; parents: readonly string[]; root: boolean };
const fits = (kind: SystemUnitKindCode, parentKind?: SystemUnitKindCode) =>
  parentKind ? kindDef(kind).parents.includes(parentKind) : kindDef(kind).root;
const plusYears = (d: IsoDate, n: number) => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;

/** Replays the units and restructurings the way the loader does; returns the final state. */
function replay(): Map<string, State> {
  const units = new Map<string, State>();
  for (const u of DEMO_UNITS) units.set(u.code, { kind: u.kind, validFrom: u.validFrom });
  for (const r of DEMO_RESTRUCTURINGS) {
    if (r.kind === 'MERGE') {
      for (const s of r.sources) units.get(s)!.endedOn = r.effectiveDate;
      units.set(r.into.code, { kind: r.into.kind, validFrom: r.effectiveDate });
    } else if (r.kind === 'DISSOLVE') units.get(r.unit)!.endedOn = r.effectiveDate;
  }
  return units;
}
const FINAL = replay();
const current = (code: string) => FINAL.has(code) && !FINAL.get(code)!.endedOn;

describe('demo province: units', () => {
  it('has unique codes, parents before children, kinds that fit their parent', () => {
    const seen = new Map<string, (typeof DEMO_UNITS)[number]>();
    for (const u of DEMO_UNITS) {
      expect(seen.has(u.code)).toBe(false);
      if (u.parent) {
        const parent = seen.get(u.parent);
        expect({ unit: u.code, parentSeen: !!parent }).toEqual({ unit: u.code, parentSeen: true });
        expect({ unit: u.code, fits: fits(u.kind, parent!.kind) }).toEqual({
          unit: u.code,
          fits: true,
        });
        expect(u.validFrom >= parent!.validFrom).toBe(true);
      } else {
        expect({ unit: u.code, root: fits(u.kind) }).toEqual({ unit: u.code, root: true });
      }
      seen.set(u.code, u);
    }
  });

  it('keeps the codes and names the rest of the app relies on', () => {
    const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));
    const expected: [string, string, string | null, SystemUnitKindCode, string?][] = [
      ['VLG', 'Ủy ban nhân dân tỉnh Vĩnh Long', 'UBND', 'PROVINCE'],
      ['VLG-SNV', 'Sở Nội vụ', 'SNV', 'DEPARTMENT', 'VLG'],
      ['VLG-SNV-TDKT', 'Phòng Thi đua, khen thưởng', 'TĐKT', 'DIVISION', 'VLG-SNV'],
      ['VLG-STC', 'Sở Tài chính', 'STC', 'DEPARTMENT', 'VLG'],
      ['VLG-SGDDT', 'Sở Giáo dục và Đào tạo', 'SGDĐT', 'DEPARTMENT', 'VLG'],
      ['VLG-VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP', 'DEPARTMENT', 'VLG'],
      ['VLG-VP-TH', 'Phòng Tổng hợp', 'TH', 'DIVISION', 'VLG-VP'],
      ['VLG-P-ANHOI', 'Ủy ban nhân dân phường An Hội', 'UBND', 'COMMUNE', 'VLG'],
      ['VLG-X-PHUTHUAN', 'Ủy ban nhân dân xã Phú Thuận', 'UBND', 'COMMUNE', 'VLG'],
      ['VLG-X-TANMY', 'Ủy ban nhân dân xã Tân Mỹ', 'UBND', 'COMMUNE', 'VLG'],
    ];
    for (const [code, name, shortName, kind, parent] of expected) {
      expect(byCode.get(code)).toMatchObject({ code, name, shortName, kind });
      expect(byCode.get(code)!.parent).toBe(parent);
      expect(current(code)).toBe(true);
    }
  });

  it('covers the three trees', () => {
    const trees = new Set(DEMO_UNITS.map((u) => kindDef(u.kind).tree));
    expect([...trees].sort()).toEqual(['FRONT', 'GOVERNMENT', 'PARTY']);
    for (const k of [
      'PARTY_PROVINCIAL',
      'PARTY_COMMITTEE',
      'PARTY_BASE',
      'PARTY_CELL',
      'FRONT',
      'MASS_ORG',
      'HAMLET',
      'PUBLIC_SERVICE',
      'ENTERPRISE',
      'COOPERATIVE',
    ])
      expect(DEMO_UNITS.some((u) => u.kind === k)).toBe(true);
  });
});

describe('demo province: restructurings', () => {
  it('are valid when replayed in order', () => {
    const units = new Map<string, State>(
      DEMO_UNITS.map((u) => [u.code, { kind: u.kind, validFrom: u.validFrom }]),
    );
    let last = '';
    for (const r of DEMO_RESTRUCTURINGS) {
      expect(r.effectiveDate >= last).toBe(true);
      last = r.effectiveDate;
      expect(r.effectiveDate <= '2026-11-01').toBe(true);
      expect(r.legalBasis.date <= r.effectiveDate).toBe(true);
      expect(r.legalBasis.number).toBeTruthy();
      const touched = r.kind === 'MERGE' ? r.sources : [r.unit];
      for (const code of touched) {
        const u = units.get(code);
        expect({ code, exists: !!u, ended: u?.endedOn ?? null }).toEqual({
          code,
          exists: true,
          ended: null,
        });
        expect(u!.validFrom < r.effectiveDate).toBe(true);
      }
      if (r.kind === 'MERGE') {
        expect(r.sources).not.toContain('VLG-X-PHUTHUAN');
        expect(new Set(r.sources).size).toBe(r.sources.length);
        expect(r.sources.length).toBeGreaterThanOrEqual(2);
        expect(units.has(r.into.code)).toBe(false);
        expect(r.into.code).toMatch(/^VLG-[PX]-/);
        expect(new Set(r.sources.map((s) => kindDef(units.get(s)!.kind).tree)).size).toBe(1);
        const parent = units.get(r.parent);
        expect(parent && !parent.endedOn).toBeTruthy();
        expect(fits(r.into.kind, parent!.kind)).toBe(true);
        for (const s of r.sources) units.get(s)!.endedOn = r.effectiveDate;
        units.set(r.into.code, { kind: r.into.kind, validFrom: r.effectiveDate });
      } else if (r.kind === 'DISSOLVE') {
        expect(DEMO_UNITS.some((u) => u.parent === r.unit)).toBe(false);
        units.get(r.unit)!.endedOn = r.effectiveDate;
      }
    }
    expect(DEMO_RESTRUCTURINGS.filter((r) => r.kind === 'MERGE').length).toBeGreaterThanOrEqual(3);
    expect(DEMO_RESTRUCTURINGS.some((r) => r.kind === 'RENAME')).toBe(true);
    expect(DEMO_RESTRUCTURINGS.some((r) => r.kind === 'DISSOLVE')).toBe(true);
  });

  it('ends no unit that still has children', () => {
    for (const u of DEMO_UNITS)
      if (u.parent && FINAL.get(u.parent)!.endedOn)
        expect(FINAL.get(u.code)!.endedOn).toBeDefined();
  });
});

describe('demo province: links, clusters, accounts', () => {
  it('links current units of different trees (government ↔ party/front)', () => {
    for (const l of DEMO_LINKS) {
      expect(current(l.unit) && current(l.counterpart)).toBe(true);
      const trees = [
        kindDef(FINAL.get(l.unit)!.kind).tree,
        kindDef(FINAL.get(l.counterpart)!.kind).tree,
      ];
      expect(trees[0]).toBe('GOVERNMENT');
      expect(trees[1]).not.toBe('GOVERNMENT');
      expect(l.note).toBeTruthy();
    }
  });

  it('has clusters whose members and leaders exist and are members that year', () => {
    expect(new Set(DEMO_CLUSTERS.map((c) => c.code)).size).toBe(DEMO_CLUSTERS.length);
    for (const c of DEMO_CLUSTERS) {
      expect(current(c.organizer)).toBe(true);
      expect(new Set(c.members.map((m) => m.unit)).size).toBe(c.members.length);
      for (const m of c.members) {
        const u = FINAL.get(m.unit);
        expect({ cluster: c.code, unit: m.unit, exists: !!u }).toEqual({
          cluster: c.code,
          unit: m.unit,
          exists: true,
        });
        expect(m.joinedOn >= u!.validFrom).toBe(true);
        if (m.leftOn) expect(m.leftOn > m.joinedOn).toBe(true);
        if (u!.endedOn) expect(m.leftOn && m.leftOn <= u!.endedOn).toBeTruthy();
      }
      const memberIn = (code: string, year: number) =>
        c.members.some(
          (m) =>
            m.unit === code &&
            m.joinedOn <= `${year}-12-31` &&
            (!m.leftOn || m.leftOn > `${year}-01-01`),
        );
      expect(new Set(c.leaderships.map((l) => l.year)).size).toBe(c.leaderships.length);
      for (const l of c.leaderships) {
        expect({ cluster: c.code, year: l.year, lead: memberIn(l.lead, l.year) }).toEqual({
          cluster: c.code,
          year: l.year,
          lead: true,
        });
        if (l.deputy) {
          expect(l.deputy).not.toBe(l.lead);
          expect(memberIn(l.deputy, l.year)).toBe(true);
        }
      }
    }
    expect(DEMO_CLUSTERS.filter((c) => c.kind === 'CUM').length).toBeGreaterThanOrEqual(2);
    expect(DEMO_CLUSTERS.filter((c) => c.kind === 'KHOI').length).toBeGreaterThanOrEqual(2);
  });

  it('has the demo accounts on units that exist after the restructurings', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual(
      expect.arrayContaining([
        'quantri',
        'tdkt.tinh',
        'tdkt.sonoivu',
        'quantri.xa',
        'tdkt.xa',
        'lanhdao',
        'tdkt.phuong',
        'tdkt.dangbo',
      ]),
    );
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.username)).size).toBe(DEMO_ACCOUNTS.length);
    for (const a of DEMO_ACCOUNTS) {
      expect(current(a.unit)).toBe(true);
      if (a.scope) expect(current(a.scope)).toBe(true);
    }
    expect(DEMO_ACCOUNTS.find((a) => a.username === 'quantri')!.scope).toBeUndefined();
  });
});

describe('demo province: people', () => {
  const leaderTitle = /^(Phó |Chủ tịch|Giám đốc|Trưởng|Bí thư|Hiệu trưởng|Chánh|Chi cục trưởng)/;

  it('are many, with unique codes and a plausible mix', () => {
    expect(DEMO_PEOPLE.length).toBeGreaterThanOrEqual(320);
    expect(DEMO_PEOPLE.length).toBeLessThanOrEqual(380);
    DEMO_PEOPLE.forEach((p, i) => expect(p.code).toBe(`NS-${String(i + 1).padStart(5, '0')}`));
    const share = (f: (p: DemoPersonSpec) => boolean) =>
      DEMO_PEOPLE.filter(f).length / DEMO_PEOPLE.length;
    expect(share((p) => p.sex === 'FEMALE')).toBeGreaterThan(0.4);
    expect(share((p) => p.sex === 'FEMALE')).toBeLessThan(0.5);
    expect(share((p) => p.partyMember)).toBeGreaterThan(0.3);
    expect(share((p) => p.partyMember)).toBeLessThan(0.55);
    expect(share((p) => p.ethnicity === 'Kinh')).toBeGreaterThan(0.75);
    expect(share((p) => p.religion === null)).toBeGreaterThan(0.6);
    expect(new Set(DEMO_PEOPLE.map((p) => p.ethnicity))).toEqual(new Set(['Kinh', 'Khmer', 'Hoa']));
  });

  it('have consistent personal data', () => {
    for (const p of DEMO_PEOPLE) {
      expect(p.fullName.split(' ').length).toBeGreaterThanOrEqual(2);
      const year = Number(p.dateOfBirth.slice(0, 4));
      expect(year >= 1965 && year <= 2000).toBe(true);
      expect(Number.isNaN(Date.parse(p.dateOfBirth))).toBe(false);
      expect(p.partyMember).toBe(p.partyJoinedOn !== null);
      if (p.partyJoinedOn) {
        expect(p.partyJoinedOn >= plusYears(p.dateOfBirth, 18)).toBe(true);
        expect(p.partyJoinedOn <= '2025-12-31').toBe(true);
      }
    }
  });

  it('hold positions in units that exist, in date order, at most one open', () => {
    for (const p of DEMO_PEOPLE) {
      expect(p.positions.length).toBeGreaterThanOrEqual(1);
      expect(p.positions.filter((x) => !x.endedOn).length).toBeLessThanOrEqual(1);
      let prevEnd = '';
      for (const x of p.positions) {
        const u = FINAL.get(x.unit);
        expect({ person: p.code, unit: x.unit, exists: !!u }).toEqual({
          person: p.code,
          unit: x.unit,
          exists: true,
        });
        expect(x.startedOn >= u!.validFrom).toBe(true);
        expect(x.startedOn >= plusYears(p.dateOfBirth, 18)).toBe(true);
        expect(x.startedOn >= prevEnd).toBe(true);
        if (x.endedOn) expect(x.endedOn > x.startedOn).toBe(true);
        if (u!.endedOn) expect(x.endedOn && x.endedOn <= u!.endedOn).toBeTruthy();
        expect({ title: x.title, isLeader: x.isLeader }).toEqual({
          title: x.title,
          isLeader: leaderTitle.test(x.title),
        });
        expect(x.title.trim()).toBe(x.title);
        prevEnd = x.endedOn ?? '9999-12-31';
      }
    }
  });

  it('use the staff category of the unit kind', () => {
    const kindOf = (code: string) => FINAL.get(code)!.kind;
    for (const x of DEMO_PEOPLE.flatMap((p) => p.positions)) {
      const k = kindOf(x.unit);
      if (k === 'DEPARTMENT' || k === 'COMMUNE') expect(x.staffCategory).toBe('CIVIL_SERVANT');
      if (k === 'PUBLIC_SERVICE') expect(x.staffCategory).toBe('PUBLIC_EMPLOYEE');
      if (k === 'ENTERPRISE' || k === 'COOPERATIVE') expect(x.staffCategory).toBe('WORKER');
      if (kindDef(k).tree !== 'GOVERNMENT') expect(x.staffCategory).toBe('OTHER');
    }
  });

  it('include the staff of merged communes and people who moved between sở', () => {
    const merges = DEMO_RESTRUCTURINGS.flatMap((r) => (r.kind === 'MERGE' ? [r] : []));
    const merged = DEMO_PEOPLE.filter((p) =>
      merges.some(
        (r) =>
          p.positions.some((x) => r.sources.includes(x.unit) && x.endedOn === r.effectiveDate) &&
          p.positions.some(
            (x) => x.unit === r.into.code && x.startedOn === r.effectiveDate && !x.endedOn,
          ),
      ),
    );
    expect(merged.length).toBeGreaterThanOrEqual(35);
    const so = (code: string): string | undefined => {
      const u = DEMO_UNITS.find((x) => x.code === code);
      return !u
        ? undefined
        : u.kind === 'DEPARTMENT'
          ? u.code
          : u.parent
            ? so(u.parent)
            : undefined;
    };
    const movers = DEMO_PEOPLE.filter((p) => {
      const [past, now] = [p.positions.find((x) => x.endedOn), p.positions.find((x) => !x.endedOn)];
      return past && now && so(past.unit) && so(now.unit) && so(past.unit) !== so(now.unit);
    });
    expect(movers.length).toBeGreaterThanOrEqual(20);
    // every current unit of the government tree that has staff slots gets somebody
    for (const code of [
      'VLG',
      'VLG-SNV-TDKT',
      'VLG-X-PHUTHUAN',
      'VLG-P-PHUKHUONG',
      'VLG-SYT-BVDK',
      'VLG-SGDDT-THPTLVL',
      'VLG-TU',
    ])
      expect(DEMO_PEOPLE.some((p) => p.positions.some((x) => x.unit === code && !x.endedOn))).toBe(
        true,
      );
  });

  it('is deterministic and the data module imports only types', () => {
    let again: DemoPersonSpec[] = [];
    jest.isolateModules(() => {
      again = (jest.requireActual('./demo-province') as { DEMO_PEOPLE: DemoPersonSpec[] })
        .DEMO_PEOPLE;
    });
    expect(again).toEqual(DEMO_PEOPLE);
    const source = readFileSync(join(__dirname, 'demo-province.ts'), 'utf8');
    expect(source).not.toContain('Math.random(');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports).toEqual([
      expect.stringMatching(/^import type \{.*\} from '@thidua\/shared-domain';$/),
    ]);
  });
});
