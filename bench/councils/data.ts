/**
 * bench/councils' world, built through the application's services as the council and decision int
 * specs build theirs (apps/api/test/councils.int-spec.ts, decision-fixtures.ts `appraisedDossier`):
 * a province, its Sở Nội vụ (issuer of the decisions, seat of the council) with its Phòng Thi đua -
 * Khen thưởng (receives the dossiers, the council's standing body) and ten phòng proposing; 1,230
 * people with a post; their evaluations and award history; two rounds whose dossiers are written,
 * sent, received and appraised "đạt" by the services:
 *
 * - the council's round: 200 Chiến sĩ thi đua cơ sở (HTXSNV, LĐTT the same year, a sáng kiến paper),
 *   whose rule asks a ballot with 80 % of the total membership: the 200 agenda items;
 * - the decision's round: 1,000 Lao động tiên tiến (HTTNV): one quyết định of 1,000 recipients.
 */
import type { IsoDate } from '@thidua/shared-domain';
import type { RequestContext } from '../../apps/api/src/core/context/request-context';
import type { Tx } from '../../apps/api/src/core/database/transaction';
import type { AwardDossierEntity } from '../../apps/api/src/modules/awards/award-dossier.entity';
import type { AwardDossierRoutingService } from '../../apps/api/src/modules/awards/award-dossier-routing.service';
import type { AwardDossierService } from '../../apps/api/src/modules/awards/award-dossier.service';
import type { AwardRoundService } from '../../apps/api/src/modules/awards/award-round.service';
import type { OrgService } from '../../apps/api/src/modules/org/org.service';
import type { PeopleService } from '../../apps/api/src/modules/people/people.service';
import type { RecordsService } from '../../apps/api/src/modules/records/records.service';

/** Proposing phòng: 10, each with 100 LĐTT and 20 CSTĐ nominees (a dossier holds at most 200). */
export const PROPOSING_UNITS = 10;
export const LDTT_PER_UNIT = 100;
export const CSTD_PER_UNIT = 20;
export const COUNCIL_MEMBERS = 30;
export const CANDIDATES = PROPOSING_UNITS * CSTD_PER_UNIT;
export const RECIPIENTS = PROPOSING_UNITS * LDTT_PER_UNIT;

export const CODES = {
  province: 'BCN-TINH',
  office: 'BCN-SNV',
  receiving: 'BCN-TDKT',
  proposing: (i: number) => `BCN-P${String(i + 1).padStart(2, '0')}`,
} as const;

export const councilRoundTitle = (year: number) =>
  `Bench: xét danh hiệu Chiến sĩ thi đua cơ sở năm ${year}`;
export const decisionRoundTitle = (year: number) =>
  `Bench: xét danh hiệu Lao động tiên tiến năm ${year}`;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Nông',
  'Triệu',
  'Hà',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Hương',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
];
const PHONG = [
  'Phòng Tổ chức, biên chế',
  'Phòng Cải cách hành chính',
  'Phòng Công chức, viên chức',
  'Phòng Chính quyền địa phương',
  'Phòng Văn thư, lưu trữ',
  'Phòng Tôn giáo',
  'Phòng Lao động, việc làm',
  'Phòng Thanh niên',
  'Văn phòng Sở',
  'Thanh tra Sở',
];

/** A stable Vietnamese full name for the n-th person. */
export function nameOf(n: number): string {
  return `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;
}

export interface World {
  provinceId: string;
  officeId: string;
  receivingId: string;
  proposing: string[];
  /** council members' people, at the Sở */
  members: string[];
  councilRoundId: string;
  decisionRoundId: string;
}

export interface Services {
  run: <T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>) => Promise<T>;
  org: OrgService;
  people: PeopleService;
  records: RecordsService;
  rounds: AwardRoundService;
  dossiers: AwardDossierService;
  routing: AwardDossierRoutingService;
}

interface Step {
  (label: string, ms: number): void;
}

/**
 * Units, people, records and both rounds' appraised dossiers. `sys` builds the organisation (as an
 * administrator would), `officer` (TDKT_OFFICER at the Sở) does the dossier work of both sides, as the
 * decision fixtures' officer does.
 */
export async function buildWorld(
  s: Services,
  sys: RequestContext,
  officer: () => Promise<RequestContext>,
  units: { provinceId: string; officeId: string; receivingId: string; proposing: string[] },
  year: number,
  step: Step,
): Promise<World> {
  let t0 = performance.now();
  const lap = (label: string) => {
    step(label, performance.now() - t0);
    t0 = performance.now();
  };
  const started: IsoDate = '2020-01-01';
  // people: 30 council members at the Sở; per phòng 100 LĐTT and 20 CSTĐ nominees
  const newPeople = async (unitId: string, from: number, count: number, title: string) => {
    const ids: string[] = [];
    await s.run(sys, async (tx) => {
      for (let i = 0; i < count; i++) {
        const n = from + i;
        const p = await s.people.create(tx, {
          code: `BCN${String(n).padStart(5, '0')}`,
          fullName: nameOf(n),
          sex: n % 2 ? 'FEMALE' : 'MALE',
          dateOfBirth: `${1970 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}` as IsoDate,
          partyMember: n % 3 === 0,
          position: {
            unitId,
            title,
            startedOn: started,
            isLeader: false,
            staffCategory: 'CIVIL_SERVANT',
          },
        });
        ids.push(p.id);
      }
    });
    return ids;
  };
  const members = await newPeople(units.officeId, 0, COUNCIL_MEMBERS, 'Trưởng phòng');
  const ldtt: string[][] = [];
  const cstd: string[][] = [];
  for (const [i, unitId] of units.proposing.entries()) {
    const base = 1000 + i * (LDTT_PER_UNIT + CSTD_PER_UNIT);
    ldtt.push(await newPeople(unitId, base, LDTT_PER_UNIT, 'Chuyên viên'));
    cstd.push(await newPeople(unitId, base + LDTT_PER_UNIT, CSTD_PER_UNIT, 'Chuyên viên chính'));
  }
  lap(`${COUNCIL_MEMBERS + RECIPIENTS + CANDIDATES} people (PeopleService.create)`);

  // hồ sơ thành tích: HTTNV for the LĐTT nominees; HTXSNV and this year's LĐTT for the CSTĐ ones
  const source = `Quyết định số 12/QĐ-SNV ngày 20/12/${year}`;
  for (const [i, unitId] of units.proposing.entries()) {
    await s.run(sys, async (tx) => {
      for (const personId of ldtt[i] as string[])
        await s.records.createEvaluation(tx, { personId }, { year, grade: 'HTTNV', source });
      for (const personId of cstd[i] as string[]) {
        await s.records.createEvaluation(tx, { personId }, { year, grade: 'HTXSNV', source });
        await s.records.createAwardRecord(
          tx,
          { personId, unitId },
          { awardCode: 'LAO_DONG_TIEN_TIEN', year, decisionNumber: `${year % 100}/QĐ-SNV` },
        );
      }
    });
  }
  lap(`${RECIPIENTS + CANDIDATES} evaluations, ${CANDIDATES} award records (RecordsService)`);

  const ctx = await officer();
  const round = (title: string) =>
    s.run(ctx, (tx) =>
      s.rounds.create(tx, {
        kind: 'ANNUAL',
        title,
        year,
        track: 'CONG_TRANG',
        receivingUnitId: units.receivingId,
        decidingAuthority: 'Giám đốc Sở Nội vụ',
      }),
    );
  const councilRound = await round(councilRoundTitle(year));
  const decisionRound = await round(decisionRoundTitle(year));

  // one dossier per phòng and round: nominees added, papers written in, sent, received, appraised
  const dossier = async (roundId: string, unitId: string, people: string[], awardCode: string) => {
    let d: AwardDossierEntity = await s.run(ctx, (tx) =>
      s.dossiers.create(tx, { roundId, unitId }),
    );
    d = await s.run(ctx, async (tx) => {
      let x = d;
      for (const personId of people)
        x = await s.dossiers.addNominee(tx, x.id, x.version, {
          subject: 'INDIVIDUAL',
          personId,
          awardCode,
          achievements: `Năm ${year} hoàn thành xuất sắc nhiệm vụ được giao; tích cực tham gia các phong trào thi đua của Sở.`,
        });
      return x;
    });
    const nominees = (await s.dossiers.nomineesOf.batch([d.id]))[0] as { id: string }[];
    d = await s.run(ctx, async (tx) => {
      let x = d;
      const write = async (
        kind: 'TO_TRINH' | 'BIEN_BAN' | 'BAO_CAO_THANH_TICH' | 'SANG_KIEN',
        nominationId: string | null,
      ) => {
        x = await s.dossiers.writeDocument(tx, x.id, x.version, {
          kind,
          nominationId,
          text: `Nội dung ${kind} (bench)`,
        });
      };
      await write('TO_TRINH', null);
      await write('BIEN_BAN', null);
      for (const n of nominees) {
        await write('BAO_CAO_THANH_TICH', n.id);
        if (awardCode.startsWith('CSTD')) await write('SANG_KIEN', n.id);
      }
      return x;
    });
    for (const [action, extra] of [
      ['SUBMIT', {}],
      ['RECEIVE', {}],
      [
        'APPRAISE',
        { appraisal: nominees.map((n) => ({ nominationId: n.id, verdict: 'PASS' as const })) },
      ],
    ] as const)
      d = await s.run(ctx, (tx) => s.routing.act(tx, d.id, d.version, action, extra));
  };
  for (const [i, unitId] of units.proposing.entries())
    await dossier(councilRound.id, unitId, cstd[i] as string[], 'CSTD_CO_SO');
  lap(
    `${PROPOSING_UNITS} dossiers of ${CANDIDATES} CSTĐ cơ sở, appraised (AwardDossierService, routing)`,
  );
  for (const [i, unitId] of units.proposing.entries())
    await dossier(decisionRound.id, unitId, ldtt[i] as string[], 'LAO_DONG_TIEN_TIEN');
  lap(`${PROPOSING_UNITS} dossiers of ${RECIPIENTS} LĐTT, appraised`);
  return {
    ...units,
    members,
    councilRoundId: councilRound.id,
    decisionRoundId: decisionRound.id,
  };
}

/** The units (OrgService.create), the Sở with its short name for the QĐ numbers. */
export async function buildUnits(
  s: Services,
  sys: RequestContext,
): Promise<{ provinceId: string; officeId: string; receivingId: string; proposing: string[] }> {
  return s.run(sys, async (tx) => {
    const unit = (
      code: string,
      name: string,
      kindCode: string,
      parentId: string | null,
      shortName?: string,
    ) =>
      s.org.create(tx, {
        code,
        name,
        kindCode,
        parentId,
        validFrom: '2020-01-01',
        shortName: shortName ?? null,
      });
    const province = await unit(CODES.province, 'Tỉnh Bắc Kạn (bench)', 'PROVINCE', null, 'BK');
    const office = await unit(CODES.office, 'Sở Nội vụ', 'DEPARTMENT', province.id, 'SNV');
    const receiving = await unit(
      CODES.receiving,
      'Phòng Thi đua - Khen thưởng',
      'DIVISION',
      office.id,
    );
    const proposing: string[] = [];
    for (let i = 0; i < PROPOSING_UNITS; i++)
      proposing.push(
        (await unit(CODES.proposing(i), PHONG[i] as string, 'DIVISION', office.id)).id,
      );
    return { provinceId: province.id, officeId: office.id, receivingId: receiving.id, proposing };
  });
}
