/**
 * The benchmark province, built in memory and written with a handful of bulk statements.
 *
 * It mirrors what the application itself writes: `OrgService.create` (path = parent path + the id
 * without hyphens, one open `unit_versions` row) and `RestructuringService.merge` (sources closed with
 * status MERGED, their active children re-parented with a new version, one `unit_lineage` row per
 * source, a MERGE `restructurings` row). Kinds are checked against the catalog the app synced at boot,
 * exactly as `OrgService.assertKindFits` would.
 */
import type { QueryRunner } from 'typeorm';

export const UNIT_TARGET = 10_000;
/** Before any restructuring. */
export const FOUNDED = '2008-01-01';
/** First round (communes merged into a neighbour, as in 2019–2020). */
export const ROUND1 = '2020-01-01';
/** Second round (2025: communes merged three into one new commune). */
export const ROUND2 = '2025-07-01';
/** A day between the two rounds: the as-of queries look at the structure then. */
export const AS_OF = '2024-01-01';

export interface KindRow {
  id: string;
  code: string;
  name: string;
  tree: string;
  allowed_parent_codes: string[];
  can_be_root: boolean;
  legal_person_default: boolean;
}

interface Version {
  validFrom: string;
  validTo: string | null;
  code: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  restructuringId: string | null;
}

export interface GenUnit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  status: 'ACTIVE' | 'MERGED';
  address: string | null;
  phone: string | null;
  versions: Version[];
  path?: string;
  depth?: number;
}

interface GenRestructuring {
  id: string;
  effectiveDate: string;
  legalBasisNumber: string;
  legalBasisDate: string;
  legalBasisTitle: string;
  sourceUnitIds: string[];
  resultUnitIds: string[];
}

interface NewUnitSpec {
  code: string;
  name: string;
  shortName?: string | null;
  kind: string;
  parentId: string | null;
}

/** Deterministic PRNG (mulberry32), so every run builds the same province. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped uuid from the seeded PRNG: the same province (same ids) on every run. */
export function uuidFrom(rand: () => number): string {
  const b = Array.from({ length: 16 }, () => Math.floor(rand() * 256));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class OrgModel {
  private readonly ids = rng(7);
  readonly units: GenUnit[] = [];
  readonly byId = new Map<string, GenUnit>();
  readonly restructurings: GenRestructuring[] = [];
  readonly lineage: { predecessorId: string; successorId: string; restructuringId: string }[] = [];
  private readonly children = new Map<string, Set<string>>();
  private readonly kinds: Map<string, KindRow>;

  constructor(kinds: KindRow[]) {
    this.kinds = new Map(kinds.map((k) => [k.code.toUpperCase(), k]));
  }

  kind(code: string): KindRow {
    const k = this.kinds.get(code);
    if (!k) throw new Error(`unknown unit kind ${code}`);
    return k;
  }

  /** Like OrgService.assertKindFits. */
  private checkFits(kind: string, parentId: string | null): void {
    const k = this.kind(kind);
    if (!parentId) {
      if (!k.can_be_root) throw new Error(`${kind} cannot be a root`);
      return;
    }
    const parent = this.get(parentId);
    if (!k.allowed_parent_codes.map((c) => c.toUpperCase()).includes(parent.kind)) {
      throw new Error(`${kind} cannot be under ${parent.kind}`);
    }
  }

  get(id: string): GenUnit {
    const u = this.byId.get(id);
    if (!u) throw new Error(`no unit ${id}`);
    return u;
  }

  add(
    spec: NewUnitSpec & { address?: string | null; phone?: string | null },
    validFrom = FOUNDED,
    restructuringId: string | null = null,
  ): GenUnit {
    this.checkFits(spec.kind, spec.parentId);
    const u: GenUnit = {
      id: uuidFrom(this.ids),
      code: spec.code,
      name: spec.name,
      shortName: spec.shortName ?? null,
      kind: spec.kind,
      parentId: spec.parentId,
      validFrom,
      validTo: null,
      status: 'ACTIVE',
      address: spec.address ?? null,
      phone: spec.phone ?? null,
      versions: [],
    };
    u.versions.push({
      validFrom,
      validTo: null,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      parentId: u.parentId,
      restructuringId,
    });
    this.units.push(u);
    this.byId.set(u.id, u);
    if (u.parentId) this.childSet(u.parentId).add(u.id);
    return u;
  }

  private childSet(id: string): Set<string> {
    let s = this.children.get(id);
    if (!s) this.children.set(id, (s = new Set()));
    return s;
  }

  private openVersion(u: GenUnit): Version {
    const v = u.versions.at(-1) as Version;
    if (v.validTo !== null) throw new Error(`${u.code} has no open version`);
    return v;
  }

  /**
   * RestructuringService.merge: `sources` end on `date` (MERGED), their active children move to the
   * target (existing, or a new unit created on `date`), lineage source → target.
   */
  merge(
    sources: GenUnit[],
    target: GenUnit | NewUnitSpec,
    date: string,
    basis: { number: string; date: string; title: string },
  ): GenUnit {
    const r: GenRestructuring = {
      id: uuidFrom(this.ids),
      effectiveDate: date,
      legalBasisNumber: basis.number,
      legalBasisDate: basis.date,
      legalBasisTitle: basis.title,
      sourceUnitIds: sources.map((s) => s.id),
      resultUnitIds: [],
    };
    for (const s of sources) {
      if (s.status !== 'ACTIVE') throw new Error(`${s.code} already ended`);
      if (date <= (s.versions.at(-1) as Version).validFrom)
        throw new Error(`${s.code}: date not after its last change`);
    }
    const t = 'id' in target ? target : this.add(target, date, r.id);
    for (const s of sources) {
      this.openVersion(s).validTo = date;
      s.validTo = date;
      s.status = 'MERGED';
      for (const childId of [...this.childSet(s.id)]) {
        const c = this.get(childId);
        if (c.status !== 'ACTIVE') continue;
        this.checkFits(c.kind, t.id);
        const v = this.openVersion(c);
        if (date <= v.validFrom) throw new Error(`${c.code}: date not after its last change`);
        v.validTo = date;
        c.versions.push({
          ...v,
          validFrom: date,
          validTo: null,
          parentId: t.id,
          restructuringId: r.id,
        });
        this.childSet(s.id).delete(c.id);
        this.childSet(t.id).add(c.id);
        c.parentId = t.id;
      }
      this.lineage.push({ predecessorId: s.id, successorId: t.id, restructuringId: r.id });
    }
    r.resultUnitIds = [t.id];
    this.restructurings.push(r);
    return t;
  }

  /** Current paths (ltree labels: the id without hyphens) and depths, as the app keeps them. */
  computePaths(): void {
    const resolve = (u: GenUnit): string => {
      if (u.path) return u.path;
      const label = u.id.replace(/-/g, '');
      if (!u.parentId) {
        u.path = label;
        u.depth = 0;
      } else {
        const p = this.get(u.parentId);
        u.path = `${resolve(p)}.${label}`;
        u.depth = (p.depth as number) + 1;
      }
      return u.path;
    };
    for (const u of this.units) resolve(u);
  }

  /** Writes units, versions, restructurings and lineage (caller's transaction). */
  async write(qr: QueryRunner): Promise<void> {
    this.computePaths();
    const u = this.units;
    await qr.query(
      `INSERT INTO units (id, version, code, name, short_name, parent_id, path, depth, kind_id, tree, legal_person,
                          address, phone, valid_from, valid_to, status)
       SELECT x.id, 1, x.code, x.name, x.short_name, x.parent_id, x.path::ltree, x.depth, k.id, k.tree, k.legal_person_default,
              x.address, x.phone, x.valid_from, x.valid_to, x.status
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[], $8::text[],
                     $9::text[], $10::text[], $11::date[], $12::date[], $13::text[])
              AS x(id, code, name, short_name, parent_id, path, depth, kind, address, phone, valid_from, valid_to, status)
         JOIN unit_kinds k ON k.code = x.kind::citext`,
      [
        u.map((x) => x.id),
        u.map((x) => x.code),
        u.map((x) => x.name),
        u.map((x) => x.shortName),
        u.map((x) => x.parentId),
        u.map((x) => x.path),
        u.map((x) => x.depth),
        u.map((x) => x.kind),
        u.map((x) => x.address),
        u.map((x) => x.phone),
        u.map((x) => x.validFrom),
        u.map((x) => x.validTo),
        u.map((x) => x.status),
      ],
    );
    const r = this.restructurings;
    await qr.query(
      `INSERT INTO restructurings (id, kind, effective_date, legal_basis_number, legal_basis_date, legal_basis_title,
                                   actor_name, source_unit_ids, result_unit_ids)
       SELECT x.id, 'MERGE', x.d, x.n, x.ld, x.t, 'Bench (sinh dữ liệu)', x.s::uuid[], x.r::uuid[]
         FROM unnest($1::uuid[], $2::date[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[])
              AS x(id, d, n, ld, t, s, r)`,
      [
        r.map((x) => x.id),
        r.map((x) => x.effectiveDate),
        r.map((x) => x.legalBasisNumber),
        r.map((x) => x.legalBasisDate),
        r.map((x) => x.legalBasisTitle),
        r.map((x) => `{${x.sourceUnitIds.join(',')}}`),
        r.map((x) => `{${x.resultUnitIds.join(',')}}`),
      ],
    );
    const v = u.flatMap((x) => x.versions.map((ver) => ({ unitId: x.id, ...ver })));
    await qr.query(
      `INSERT INTO unit_versions (unit_id, valid_from, valid_to, code, name, short_name, parent_id, restructuring_id)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::date[], $4::citext[], $5::text[], $6::text[], $7::uuid[], $8::uuid[])`,
      [
        v.map((x) => x.unitId),
        v.map((x) => x.validFrom),
        v.map((x) => x.validTo),
        v.map((x) => x.code),
        v.map((x) => x.name),
        v.map((x) => x.shortName),
        v.map((x) => x.parentId),
        v.map((x) => x.restructuringId),
      ],
    );
    const l = this.lineage;
    await qr.query(
      `INSERT INTO unit_lineage (predecessor_id, successor_id, restructuring_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])`,
      [l.map((x) => x.predecessorId), l.map((x) => x.successorId), l.map((x) => x.restructuringId)],
    );
  }

  /** The unit and, transitively, every unit merged into it (OrgService.predecessorClosure). */
  predecessorsOf(id: string): string[] {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop() as string;
      for (const l of this.lineage) {
        if (l.successorId === cur && !seen.has(l.predecessorId)) {
          seen.add(l.predecessorId);
          stack.push(l.predecessorId);
        }
      }
    }
    return [...seen];
  }

  /** Units valid on `date` in the subtree of `rootId` as it stood then (for the sanity check). */
  countAsOf(rootId: string, date: string): number {
    const on = (ver: Version) =>
      ver.validFrom <= date && (ver.validTo === null || date < ver.validTo);
    const kids = new Map<string, string[]>();
    for (const u of this.units) {
      const ver = u.versions.find(on);
      if (!ver?.parentId) continue;
      if (!kids.has(ver.parentId)) kids.set(ver.parentId, []);
      kids.get(ver.parentId)?.push(u.id);
    }
    let n = 0;
    const stack = [rootId];
    while (stack.length) {
      const id = stack.pop() as string;
      n += 1;
      stack.push(...(kids.get(id) ?? []));
    }
    return n;
  }
}

// ---------------------------------------------------------------------------------------------------
// The province

const FIRST = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Thạnh',
  'Long',
  'Mỹ',
  'Hòa',
  'Hưng',
  'Phước',
  'Thới',
  'Vĩnh',
  'Đại',
  'Hiệp',
  'Lộc',
  'Tiên',
  'Sơn',
  'Quới',
  'Châu',
  'Giao',
  'Thành',
  'Lương',
];
const SECOND = [
  'Thuận',
  'Hòa',
  'Lợi',
  'Phong',
  'Thạnh',
  'Hưng',
  'Khánh',
  'Định',
  'Mỹ',
  'An',
  'Đức',
  'Nhơn',
  'Thủy',
  'Phú',
  'Long',
  'Điền',
  'Xuân',
  'Bình',
  'Hội',
  'Trung',
  'Quới',
  'Tây',
];

const DEPARTMENTS: [string, string, string][] = [
  ['VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP'],
  ['SNV', 'Sở Nội vụ', 'SNV'],
  ['STC', 'Sở Tài chính', 'STC'],
  ['STP', 'Sở Tư pháp', 'STP'],
  ['SCT', 'Sở Công Thương', 'SCT'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['SYT', 'Sở Y tế', 'SYT'],
  ['SXD', 'Sở Xây dựng', 'SXD'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', 'SNN&MT'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'SKH&CN'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTT&DL'],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', 'SDT&TG'],
  ['TTR', 'Thanh tra tỉnh', 'TTr'],
  ['BQLKCN', 'Ban Quản lý các khu công nghiệp', 'BQLKCN'],
  ['BQLDA', 'Ban Quản lý dự án đầu tư xây dựng', 'BQLDA'],
  ['DPTTH', 'Đài Phát thanh và Truyền hình', 'ĐPTTH'],
  ['TCDN', 'Trường Cao đẳng Đồng Khởi', 'TCĐ'],
  ['BVDK', 'Bệnh viện Nguyễn Đình Chiểu', 'BVĐK'],
  ['CAT', 'Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh', 'VPĐĐBQH'],
  ['SNGV', 'Sở Ngoại vụ', 'SNgV'],
];
const DIVISIONS = [
  'Văn phòng',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch – Tài chính',
  'Thanh tra',
  'Phòng Nghiệp vụ 1',
  'Phòng Nghiệp vụ 2',
];
const DEPT_PSU = [
  'Trung tâm Dịch vụ',
  'Trung tâm Thông tin',
  'Trung tâm Đào tạo',
  'Trung tâm Kiểm định',
  'Chi cục',
];
const PSU_DIVISIONS = ['Phòng Hành chính – Tổng hợp', 'Phòng Chuyên môn', 'Phòng Dịch vụ'];
const COMMUNE_PSU = ['Trường Mầm non', 'Trường Tiểu học', 'Trạm Y tế'];
const PROVINCE_MASS = [
  ['CDT', 'Liên đoàn Lao động tỉnh'],
  ['DTN', 'Tỉnh đoàn'],
  ['HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh'],
  ['HND', 'Hội Nông dân tỉnh'],
  ['HCCB', 'Hội Cựu chiến binh tỉnh'],
];
const COMMUNE_MASS = [
  ['DTN', 'Đoàn Thanh niên'],
  ['PN', 'Hội Liên hiệp Phụ nữ'],
  ['ND', 'Hội Nông dân'],
];

export const COMMUNES_INITIAL = 330;
/** Round 1: communes 300..329 merged into communes 0..29. */
export const ROUND1_MERGES = 30;
/** Round 2: communes 0..269, three by three, into 90 new communes. */
export const ROUND2_GROUPS = 90;
const HAMLETS = 4;
const GROUPS_PER_HAMLET = 2;

export interface Province {
  model: OrgModel;
  provinceId: string;
  partyRootId: string;
  frontRootId: string;
  /** A Sở (mid-level, ~27 units below). */
  departmentId: string;
  /** The new commune "Phú Thuận" (2025 merge of three communes, one of which absorbed another in 2020). */
  mergedCommuneId: string;
  /** The three communes merged into it. */
  mergedSourceIds: string[];
  /** Units created by round 2 → the units merged into them (people's positions follow). */
  successors: Map<string, string[]>;
}

export function buildProvince(kinds: KindRow[]): Province {
  const m = new OrgModel(kinds);
  const rand = rng(20250701);
  const phone = () =>
    `0275 ${String(Math.floor(rand() * 1e7))
      .padStart(7, '0')
      .replace(/(\d{3})(\d{4})/, '$1 $2')}`;

  // names for 330 old communes + 90 new: pairs of syllables, shuffled, "Phú Thuận" kept for a new one
  const names: string[] = [];
  for (const a of FIRST) for (const b of SECOND) if (a !== b) names.push(`${a} ${b}`);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  const phuThuan = names.indexOf('Phú Thuận');
  names.splice(phuThuan, 1);
  const oldNames = names.slice(0, COMMUNES_INITIAL);
  const newNames = [
    'Phú Thuận',
    ...names.slice(COMMUNES_INITIAL, COMMUNES_INITIAL + ROUND2_GROUPS - 1),
  ];

  // ---- government tree
  const province = m.add({
    code: 'BTR',
    name: 'Ủy ban nhân dân tỉnh Bến Tre',
    shortName: 'UBND',
    kind: 'PROVINCE',
    parentId: null,
    address: '07 Đồng Khởi, phường An Hội, tỉnh Bến Tre',
    phone: phone(),
  });
  const departments: GenUnit[] = [];
  for (const [code, name, short] of DEPARTMENTS) {
    const d = m.add({
      code: `BTR-${code}`,
      name,
      shortName: short,
      kind: 'DEPARTMENT',
      parentId: province.id,
      phone: phone(),
    });
    departments.push(d);
    DIVISIONS.forEach((dv, i) =>
      m.add({
        code: `${d.code}-P${i + 1}`,
        name: `${dv} – ${name}`,
        kind: 'DIVISION',
        parentId: d.id,
      }),
    );
    DEPT_PSU.forEach((ps, i) => {
      const p = m.add({
        code: `${d.code}-DV${i + 1}`,
        name: `${ps} thuộc ${name}`,
        kind: 'PUBLIC_SERVICE',
        parentId: d.id,
      });
      PSU_DIVISIONS.forEach((pd, j) =>
        m.add({
          code: `${p.code}-P${j + 1}`,
          name: `${pd} – ${ps}`,
          kind: 'DIVISION',
          parentId: p.id,
        }),
      );
    });
  }
  // ---- Party and Front roots
  const partyRoot = m.add({
    code: 'TU-BTR',
    name: 'Tỉnh ủy Bến Tre',
    shortName: 'TU',
    kind: 'PARTY_PROVINCIAL',
    parentId: null,
  });
  const committees = [
    'Đảng ủy các cơ quan Đảng tỉnh',
    'Đảng ủy Ủy ban nhân dân tỉnh',
    'Đảng ủy Doanh nghiệp tỉnh',
    'Đảng ủy Quân sự tỉnh',
  ].map((n, i) =>
    m.add({
      code: `TU-BTR-DU${i + 1}`,
      name: n,
      shortName: 'ĐU',
      kind: 'PARTY_COMMITTEE',
      parentId: partyRoot.id,
    }),
  );
  departments.forEach((d, i) => {
    const base = m.add({
      code: `${d.code}-DB`,
      name: `Đảng bộ ${d.name}`,
      kind: 'PARTY_BASE',
      parentId: (committees[1] as GenUnit).id,
    });
    for (let c = 1; c <= 3; c++)
      m.add({
        code: `${base.code}-CB${c}`,
        name: `Chi bộ ${c} – Đảng bộ ${d.name}`,
        kind: 'PARTY_CELL',
        parentId: base.id,
      });
    void i;
  });
  const frontRoot = m.add({
    code: 'MT-BTR',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre',
    shortName: 'MTTQ',
    kind: 'FRONT',
    parentId: null,
  });
  for (const [code, name] of PROVINCE_MASS)
    m.add({
      code: `MT-BTR-${code}`,
      name: name as string,
      kind: 'MASS_ORG',
      parentId: frontRoot.id,
    });

  // ---- communes (government, Party, Front), as founded
  interface Commune {
    gov: GenUnit;
    party: GenUnit;
    front: GenUnit;
  }
  const communes: Commune[] = oldNames.map((cn, i) => {
    const code = `${28000 + i * 3}`;
    const ward = i % 7 === 0;
    const title = ward ? 'phường' : 'xã';
    const gov = m.add({
      code: `X${code}`,
      name: `Ủy ban nhân dân ${title} ${cn}`,
      shortName: 'UBND',
      kind: 'COMMUNE',
      parentId: province.id,
      address: `${title} ${cn}, tỉnh Bến Tre`,
      phone: phone(),
    });
    const party = m.add({
      code: `DB-X${code}`,
      name: `Đảng bộ ${title} ${cn}`,
      kind: 'PARTY_BASE',
      parentId: partyRoot.id,
    });
    const front = m.add({
      code: `MT-X${code}`,
      name: `Ủy ban MTTQ ${title} ${cn}`,
      kind: 'FRONT',
      parentId: frontRoot.id,
    });
    for (let h = 1; h <= HAMLETS; h++) {
      const hamlet = m.add({
        code: `${gov.code}-A${h}`,
        name: `${ward ? 'Khu phố' : 'Ấp'} ${h}, ${title} ${cn}`,
        kind: 'HAMLET',
        parentId: gov.id,
      });
      for (let g = 1; g <= GROUPS_PER_HAMLET; g++) {
        m.add({
          code: `${hamlet.code}-T${g}`,
          name: `Tổ ${g}, ${ward ? 'khu phố' : 'ấp'} ${h}, ${title} ${cn}`,
          kind: 'HOUSEHOLD_GROUP',
          parentId: hamlet.id,
        });
      }
      m.add({
        code: `${party.code}-CB${h}`,
        name: `Chi bộ ${ward ? 'khu phố' : 'ấp'} ${h} – Đảng bộ ${title} ${cn}`,
        kind: 'PARTY_CELL',
        parentId: party.id,
      });
    }
    COMMUNE_PSU.forEach((ps, j) =>
      m.add({
        code: `${gov.code}-DV${j + 1}`,
        name: `${ps} ${cn}`,
        kind: 'PUBLIC_SERVICE',
        parentId: gov.id,
      }),
    );
    m.add({
      code: `${gov.code}-HTX`,
      name: `Hợp tác xã nông nghiệp ${cn}`,
      kind: 'COOPERATIVE',
      parentId: gov.id,
    });
    for (const [mc, mn] of COMMUNE_MASS)
      m.add({
        code: `${front.code}-${mc}`,
        name: `${mn} ${title} ${cn}`,
        kind: 'MASS_ORG',
        parentId: front.id,
      });
    return { gov, party, front };
  });

  // ---- fill up to 10,000 with enterprises under the Sở (state-owned companies and their branches)
  const planned = m.units.length + ROUND2_GROUPS * 3;
  for (let i = 0; planned + i < UNIT_TARGET; i++) {
    const d = departments[i % departments.length] as GenUnit;
    m.add({
      code: `${d.code}-DN${Math.floor(i / departments.length) + 1}`,
      name: `Công ty TNHH MTV ${FIRST[i % FIRST.length]} ${SECOND[(i * 7) % SECOND.length]} ${i + 1}`,
      kind: 'ENTERPRISE',
      parentId: d.id,
    });
  }

  // ---- round 1 (2020): a commune merged into its neighbour, in all three trees
  const basis1 = (i: number) => ({
    number: `${820 + i}/NQ-UBTVQH14`,
    date: '2019-11-21',
    title: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã',
  });
  for (let i = 0; i < ROUND1_MERGES; i++) {
    const from = communes[300 + i] as Commune;
    const to = communes[i] as Commune;
    m.merge([from.gov], to.gov, ROUND1, basis1(i));
    m.merge([from.party], to.party, ROUND1, basis1(i));
    m.merge([from.front], to.front, ROUND1, basis1(i));
  }
  // ---- round 2 (2025): three communes into a new one
  const successors = new Map<string, string[]>();
  const basis2 = (i: number) => ({
    number: `${1680 + i}/NQ-UBTVQH15`,
    date: '2025-06-16',
    title: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Bến Tre năm 2025',
  });
  let merged: { id: string; sources: string[] } | null = null;
  for (let g = 0; g < ROUND2_GROUPS; g++) {
    const group = communes.slice(g * 3, g * 3 + 3);
    const cn = newNames[g] as string;
    const code = `${29000 + g}`;
    const title = g % 7 === 3 ? 'phường' : 'xã';
    const gov = m.merge(
      group.map((c) => c.gov),
      {
        code: `X${code}`,
        name: `Ủy ban nhân dân ${title} ${cn}`,
        shortName: 'UBND',
        kind: 'COMMUNE',
        parentId: province.id,
      },
      ROUND2,
      basis2(g),
    );
    const party = m.merge(
      group.map((c) => c.party),
      {
        code: `DB-X${code}`,
        name: `Đảng bộ ${title} ${cn}`,
        kind: 'PARTY_BASE',
        parentId: partyRoot.id,
      },
      ROUND2,
      basis2(g),
    );
    const front = m.merge(
      group.map((c) => c.front),
      {
        code: `MT-X${code}`,
        name: `Ủy ban MTTQ ${title} ${cn}`,
        kind: 'FRONT',
        parentId: frontRoot.id,
      },
      ROUND2,
      basis2(g),
    );
    successors.set(
      gov.id,
      group.map((c) => c.gov.id),
    );
    successors.set(
      party.id,
      group.map((c) => c.party.id),
    );
    successors.set(
      front.id,
      group.map((c) => c.front.id),
    );
    if (g === 0) merged = { id: gov.id, sources: group.map((c) => c.gov.id) };
  }
  if (m.units.length !== UNIT_TARGET)
    throw new Error(`built ${m.units.length} units, wanted ${UNIT_TARGET}`);
  const dept = departments[1] as GenUnit;
  return {
    model: m,
    provinceId: province.id,
    partyRootId: partyRoot.id,
    frontRootId: frontRoot.id,
    departmentId: dept.id,
    mergedCommuneId: (merged as { id: string }).id,
    mergedSourceIds: (merged as { sources: string[] }).sources,
    successors,
  };
}
