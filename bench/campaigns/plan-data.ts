/**
 * The provincial plan the bench issues (a UBND tỉnh kế hoạch in the shape of the Thái Bình and Bắc Kạn
 * seeds, 3–4 pages printed), and what happens after its issue, written with bulk SQL exactly as the
 * application would have written it: the addressed units' own plans answering it (half of them, some
 * late), and the đăng ký thi đua of every unit and of every person holding a post.
 */
import { performance } from 'node:perf_hooks';
import type { QueryRunner } from 'typeorm';
import {
  ADMINISTRATIVE_DOCUMENT_KINDS,
  documentSymbol,
  type IsoDate,
  type IssuingTree,
} from '@thidua/shared-domain';

/** The plan's trích yếu: a reused database finds its plan by it (with the issuer unit). */
export const PLAN_TITLE =
  'Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm 2027';
/** The drafts of the PDF batch: this, then " (dự thảo n)". */
export const DRAFT_TITLE = 'Phát động Đợt thi đua cao điểm chào mừng các ngày lễ lớn năm 2027';

/** Shares of the addressed units that answered on time, and late (the rest: not yet, overdue). */
export const ANSWERED_ON_TIME = 0.4;
export const ANSWERED_LATE = 0.1;

export function addDays(day: IsoDate, n: number): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** A reproducible draw in [0, 1) from a uuid and a salt, in SQL (md5, so no seed to keep in step). */
function draw(idExpression: string, salt: string): string {
  return `(('x' || substr(md5(${idExpression}::text || '${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`;
}

/** The content of the provincial plan: the input of `createCampaignPlan`, also given to the service. */
export function provincePlanContent(periodFrom: IsoDate, periodTo: IsoDate, deadline: IsoDate) {
  const year = Number(periodTo.slice(0, 4));
  return {
    purpose: {
      aims: [
        'Phát huy sức mạnh của cả hệ thống chính trị, tinh thần yêu nước, ý chí tự lực, tự cường của cán bộ, đảng viên, công chức, viên chức, người lao động và Nhân dân trong tỉnh, thi đua thực hiện đạt và vượt các chỉ tiêu kinh tế - xã hội năm ' +
          year +
          '.',
        'Thông qua phong trào thi đua phát hiện, bồi dưỡng, biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc; nhân rộng các điển hình tiên tiến, mô hình hay, cách làm hiệu quả.',
      ],
      requirements: [
        'Các cấp, các ngành, cơ quan, đơn vị, địa phương xây dựng kế hoạch thực hiện cụ thể, gắn với nhiệm vụ chính trị của đơn vị; nội dung thi đua thiết thực, tránh hình thức.',
        'Việc đánh giá, bình xét khen thưởng bảo đảm công khai, dân chủ, chính xác, kịp thời, đúng quy định của Luật Thi đua, khen thưởng.',
      ],
    },
    theme: 'Đoàn kết, kỷ cương, đổi mới, sáng tạo, tăng tốc, bứt phá',
    motto: ['Ngành ngành thi đua, nhà nhà thi đua, người người thi đua'],
    methods: [
      'Xây dựng điển hình, học tập điển hình, bắt kịp điển hình và vượt qua điển hình.',
      'Thi đua thường xuyên gắn với thi đua theo đợt, theo chuyên đề; ký kết giao ước thi đua trong các cụm, khối thi đua.',
    ],
    participants: {
      collectives:
        'Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh; các đơn vị sự nghiệp, doanh nghiệp, hợp tác xã trên địa bàn tỉnh.',
      individuals:
        'Cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và Nhân dân trong tỉnh.',
    },
    sections: [
      {
        title: 'Thi đua thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội',
        paragraphs: [
          'Tập trung thực hiện có hiệu quả các nhiệm vụ, giải pháp chủ yếu về phát triển kinh tế - xã hội; đẩy mạnh chuyển đổi số, cải cách hành chính, cải thiện môi trường đầu tư kinh doanh.',
        ],
        footnotes: [
          'Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm ' +
            year +
            '.',
        ],
        subsections: [
          {
            title: 'Trong lĩnh vực kinh tế',
            paragraphs: [
              'Thi đua phát triển sản xuất, kinh doanh, nâng cao năng suất, chất lượng, hiệu quả; thu hút đầu tư, phát triển hạ tầng.',
            ],
          },
          {
            title: 'Trong lĩnh vực văn hóa - xã hội',
            paragraphs: [
              'Thi đua xây dựng nông thôn mới, đô thị văn minh; giảm nghèo bền vững; chăm lo đời sống Nhân dân, thực hiện tốt chính sách an sinh xã hội.',
            ],
          },
        ],
      },
      {
        title: 'Thi đua xây dựng hệ thống chính trị trong sạch, vững mạnh',
        paragraphs: [
          'Thi đua siết chặt kỷ luật, kỷ cương hành chính; nâng cao tinh thần trách nhiệm, đạo đức công vụ; phòng, chống tham nhũng, lãng phí, tiêu cực.',
        ],
      },
      {
        title: 'Thi đua bảo đảm quốc phòng, an ninh',
        paragraphs: [
          'Thi đua giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội; xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân vững chắc.',
        ],
      },
    ],
    targets: [
      {
        indicator: 'Tốc độ tăng trưởng kinh tế (GRDP)',
        target: 'Từ 8 trở lên',
        unit: '%',
        year,
        responsibleUnitName: 'Sở Tài chính',
      },
      {
        indicator: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
        target: '100',
        unit: '%',
        year,
        responsibleUnitName: 'Văn phòng Ủy ban nhân dân tỉnh',
      },
      {
        indicator: 'Tỷ lệ hộ nghèo giảm',
        target: '1',
        unit: '%',
        year,
        responsibleUnitName: 'Sở Nội vụ',
      },
    ],
    phases: [
      {
        name: 'Phát động',
        from: periodFrom,
        to: deadline,
        tasks: [
          'Các cơ quan, đơn vị, địa phương xây dựng và ban hành kế hoạch thực hiện; tổ chức phát động, ký kết giao ước thi đua.',
        ],
      },
      {
        name: 'Tổ chức thực hiện',
        from: addDays(deadline, 1),
        to: `${year}-10-31` as IsoDate,
        tasks: ['Triển khai các nội dung thi đua; sơ kết 6 tháng, rút kinh nghiệm.'],
      },
      {
        name: 'Tổng kết',
        from: `${year}-11-01` as IsoDate,
        to: periodTo,
        tasks: ['Tổng kết phong trào, bình xét, đề nghị khen thưởng.'],
      },
    ],
    milestones: [
      { date: deadline, label: 'Hạn ban hành kế hoạch thực hiện', tentative: false },
      { date: `${year}-06-30` as IsoDate, label: 'Sơ kết 6 tháng', tentative: true },
      {
        date: `${year}-12-15` as IsoDate,
        label: 'Hạn gửi hồ sơ đề nghị khen thưởng',
        tentative: false,
      },
    ],
    awards: {
      forms: [
        { name: 'Cờ thi đua của Ủy ban nhân dân tỉnh' },
        { name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
      ],
      criteria: [
        {
          label: 'Đối với tập thể',
          text: 'Hoàn thành xuất sắc nhiệm vụ, dẫn đầu cụm, khối thi đua; ban hành kế hoạch thực hiện đúng hạn.',
        },
        {
          label: 'Đối với cá nhân',
          text: 'Có thành tích xuất sắc, tiêu biểu, được tập thể đơn vị suy tôn.',
        },
      ],
      quotas: [
        {
          form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
          either: 1,
          per: 'đơn vị',
          note: 'có thành tích thật sự tiêu biểu xuất sắc',
        },
      ],
      dossier: [
        'Tờ trình đề nghị khen thưởng.',
        'Biên bản họp Hội đồng Thi đua - Khen thưởng.',
        'Báo cáo thành tích (Mẫu số 02, Nghị định số 152/2025/NĐ-CP).',
      ],
      submitTo: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)',
      deadline: `${year}-12-15` as IsoDate,
    },
    implementation: [
      {
        body: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)',
        tasks: [
          'hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
        ],
      },
      {
        body: 'Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường',
        tasks: [
          'xây dựng kế hoạch thực hiện, gửi về Sở Nội vụ trước ngày ' +
            deadline.split('-').reverse().join('/') +
            '.',
        ],
      },
    ],
    reporting: {
      who: 'Các cơ quan, đơn vị, địa phương',
      frequency: 'hằng quý',
      to: 'Ủy ban nhân dân tỉnh',
      via: 'Sở Nội vụ',
    },
    recipients: {
      groups: [
        {
          heading: 'Nơi nhận:',
          names: [
            'Ban Thi đua - Khen thưởng Trung ương',
            'TT. Tỉnh ủy, TT. HĐND tỉnh',
            'CT, các PCT UBND tỉnh',
            'Các sở, ban, ngành tỉnh',
            'UBND các xã, phường',
          ],
        },
      ],
      archive: 'VT, NC',
    },
    signature: {
      on: [
        { authority: 'TM' as const, of: 'Ủy ban nhân dân' },
        { authority: 'KT' as const, of: 'Chủ tịch' },
      ],
      title: 'Phó Chủ tịch',
      name: 'Nguyễn Minh Quang',
    },
  };
}

/** What an answering unit's own plan says (the same short content for every one). */
function answerContent(year: string) {
  return {
    purpose: {
      aims: [
        'Triển khai thực hiện kế hoạch của Ủy ban nhân dân tỉnh tại đơn vị, gắn với nhiệm vụ chính trị của đơn vị.',
      ],
    },
    sections: [
      {
        title: 'Nội dung thi đua',
        paragraphs: [`Thi đua hoàn thành xuất sắc nhiệm vụ được giao năm ${year}.`],
      },
    ],
  };
}

/**
 * The cascade after the issue: ANSWERED_ON_TIME of the addressed units issued their own plan by the
 * deadline, ANSWERED_LATE after it (before today). Each answer is an issued plan of the unit that
 * `respondsToPlanId` the provincial one, numbered 01 in the unit's register for kế hoạch of its year
 * (`number_registers` + `issued_numbers`, as NumberRegisterService.take writes them), and the unit's
 * addressee row is ticked with it as CampaignCascadeService.answer does. Not written: their frozen .docx
 * (building 4,500 documents would take minutes; CampaignDocumentService builds an issued plan's .docx
 * when none was kept) and their audit rows.
 */
export async function answerCascade(
  qr: QueryRunner,
  plan: {
    id: string;
    symbol: string;
    title: string;
    issuedOn: IsoDate;
    deadline: IsoDate;
    periodTo: IsoDate;
  },
  today: IsoDate,
): Promise<{ onTime: number; late: number }> {
  const rows: {
    unit_id: string;
    tree: IssuingTree;
    abbreviation: string;
    answered_on: IsoDate;
    late: boolean;
  }[] = await qr.query(
    `SELECT a.unit_id, u.tree, coalesce(nullif(trim(u.short_name), ''), u.code::text) AS abbreviation,
            to_char(CASE WHEN a.r < $2
                         THEN $3::date + 1 + floor(a.r2 * ($4::date - $3::date))::int
                         ELSE $4::date + 1 + floor(a.r2 * GREATEST($5::date - 1 - $4::date, 1))::int END,
                    'YYYY-MM-DD') AS answered_on,
            a.r >= $2 AS late
       FROM (SELECT unit_id, ${draw('unit_id', 'answer')} AS r, ${draw('unit_id', 'day')} AS r2
               FROM campaign_plan_addressees WHERE plan_id = $1) a
       JOIN units u ON u.id = a.unit_id
      WHERE a.r < $6
      ORDER BY a.unit_id`,
    [
      plan.id,
      ANSWERED_ON_TIME,
      plan.issuedOn,
      plan.deadline,
      today,
      ANSWERED_ON_TIME + ANSWERED_LATE,
    ],
  );
  const dmy = (d: IsoDate) => d.split('-').reverse().join('/');
  const series = ADMINISTRATIVE_DOCUMENT_KINDS.KE_HOACH.abbreviation;
  // Units without a short name cannot issue in the app (the ký hiệu needs one); the bench's lower units
  // have none, so their code stands in for it in the symbol.
  const symbols = rows.map((r) =>
    documentSymbol({ tree: r.tree, number: 1, kind: 'KE_HOACH', issuer: r.abbreviation }),
  );
  await qr.query(
    `WITH v AS (
       SELECT gen_random_uuid() AS plan_id, unit_id, answered_on, symbol
         FROM unnest($1::uuid[], $2::date[], $3::text[]) AS x(unit_id, answered_on, symbol)
     ), p AS (
       INSERT INTO campaign_plans (id, version, issuer_unit_id, kind, scope, title, period_from, period_to,
                                   status, content, number, symbol, issued_on, issue_place, signer,
                                   responds_to_plan_id)
       SELECT plan_id, 3, unit_id, 'PERIODIC', 'AGENCY', $4, answered_on, $5::date, 'ISSUED', $6::jsonb, 1,
              symbol, answered_on, 'Bến Tre', $7::jsonb, $8::uuid
         FROM v
     ), r AS (
       INSERT INTO number_registers (issuer_unit_id, year, series, last_number)
       SELECT unit_id, extract(year FROM answered_on)::int, $9, 1 FROM v
       RETURNING id, issuer_unit_id
     ), n AS (
       -- data-modifying CTEs run once, to completion, whether or not the UPDATE reads them
       INSERT INTO issued_numbers (register_id, number, symbol, entity_type, entity_id, issued_on)
       SELECT r.id, 1, v.symbol, 'CampaignPlan', v.plan_id, v.answered_on
         FROM v JOIN r ON r.issuer_unit_id = v.unit_id
     )
     UPDATE campaign_plan_addressees a
        SET answer_plan_id = v.plan_id, answered_on = v.answered_on, updated_at = now()
       FROM v
      WHERE a.plan_id = $8 AND a.unit_id = v.unit_id`,
    [
      rows.map((r) => r.unit_id),
      rows.map((r) => r.answered_on),
      symbols,
      `Thực hiện Kế hoạch số ${plan.symbol} ngày ${dmy(plan.issuedOn)} của Ủy ban nhân dân tỉnh về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`,
      plan.periodTo,
      JSON.stringify(answerContent(plan.periodTo.slice(0, 4))),
      JSON.stringify({ on: [], title: 'Thủ trưởng đơn vị', name: 'Người ký' }),
      plan.id,
      series,
    ],
  );
  const late = rows.filter((r) => r.late).length;
  return { onTime: rows.length - late, late };
}

/**
 * Đăng ký thi đua as CampaignRegistrationService writes them: for every addressed unit (and the issuer
 * unit, whose own people register too) its collective row (kind UNIT, the unit's name, a collective
 * title and a cam kết), then one row per person holding a post today in such a unit (kind PERSON, the
 * person's full name, the unit's path): ~195,000 of the 200,000 people (the 2.4 % who left have no post
 * and cannot be registered). A unit's rows share its status (statuses move together): 25 % not sent,
 * 35 % waiting, 10 % returned with a reason, 30 % approved, with the versions, dates and reason the
 * transitions leave. `sort_key` comes from the table's trigger and `campaign_registration_counts` from
 * its statement triggers, as for any insert.
 */
export async function writeRegistrations(
  qr: QueryRunner,
  planId: string,
  issuerUnitId: string,
): Promise<{ units: number; people: number; ms: Record<string, number> }> {
  const ms: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    ms[name] = now - mark;
    mark = now;
  };
  await qr.query(
    `CREATE TEMP TABLE bench_reg_unit ON COMMIT DROP AS
     SELECT u.id AS unit_id, u.path, u.name,
            CASE WHEN s.r < 0.25 THEN 'DRAFT' WHEN s.r < 0.60 THEN 'SUBMITTED'
                 WHEN s.r < 0.70 THEN 'RETURNED' ELSE 'APPROVED' END AS status, s.r
       FROM units u
       JOIN (SELECT unit_id, ${draw('unit_id', 'registration')} AS r
               FROM (SELECT unit_id FROM campaign_plan_addressees WHERE plan_id = $1
                     UNION SELECT $2::uuid) x) s ON s.unit_id = u.id`,
    [planId, issuerUnitId],
  );
  await qr.query(`ALTER TABLE bench_reg_unit ADD PRIMARY KEY (unit_id)`);
  // what the transitions leave on every row of a unit: submit +1 version, return / approve +1 more
  const lifecycle = `CASE ru.status WHEN 'DRAFT' THEN 1 WHEN 'SUBMITTED' THEN 2 ELSE 3 END,
       ru.status,
       CASE WHEN ru.status = 'RETURNED' THEN 'Đề nghị bổ sung cam kết cụ thể, số liệu của tập thể và cá nhân.' END,
       CASE WHEN ru.status <> 'DRAFT' THEN now() - make_interval(hours => 24 + floor(ru.r * 240)::int) END,
       CASE WHEN ru.status IN ('RETURNED', 'APPROVED') THEN now() - make_interval(hours => floor(ru.r * 24)::int) END`;
  const columns = `id, version, status, return_reason, submitted_at, reviewed_at, plan_id, unit_id, unit_path,
       kind, person_id, registrant_name, titles, commitments`;
  await qr.query(
    `INSERT INTO campaign_registrations (${columns})
     SELECT gen_random_uuid(), ${lifecycle}, $1, ru.unit_id, ru.path, 'UNIT', NULL, ru.name,
            CASE WHEN ${draw('ru.unit_id', 'title')} < 0.7 THEN '[{"name": "Tập thể lao động tiên tiến", "code": null}]'::jsonb
                 ELSE '[{"name": "Tập thể lao động xuất sắc", "code": null}]'::jsonb END,
            'Hoàn thành xuất sắc nhiệm vụ được giao; 100% cán bộ, công chức đăng ký thi đua; không có cá nhân vi phạm kỷ luật.'
       FROM bench_reg_unit ru`,
    [planId],
  );
  step('unit rows');
  // one current post per person (the latest started), in a registering unit
  await qr.query(
    `INSERT INTO campaign_registrations (${columns})
     SELECT gen_random_uuid(), ${lifecycle}, $1, ru.unit_id, ru.path, 'PERSON', p.id, p.full_name,
            CASE WHEN d.r < 0.70 THEN '[{"name": "Lao động tiên tiến", "code": null}]'::jsonb
                 WHEN d.r < 0.95 THEN '[{"name": "Chiến sĩ thi đua cơ sở", "code": null}]'::jsonb
                 ELSE '[{"name": "Chiến sĩ thi đua cơ sở", "code": null}, {"name": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "code": null}]'::jsonb END,
            CASE WHEN d.r >= 0.95 THEN 'Có ít nhất một sáng kiến được công nhận trong năm.' END
       FROM (SELECT DISTINCT ON (person_id) person_id, unit_id
               FROM positions WHERE ended_on IS NULL OR ended_on > CURRENT_DATE
              ORDER BY person_id, started_on DESC) cur
       JOIN people p ON p.id = cur.person_id
       JOIN bench_reg_unit ru ON ru.unit_id = cur.unit_id
       CROSS JOIN LATERAL (SELECT ${draw('p.id', 'titles')} AS r) d`,
    [planId],
  );
  step('person rows');
  // TypeORM answers an INSERT without RETURNING with no row count
  const [n] = (await qr.query(
    `SELECT count(*) FILTER (WHERE kind = 'UNIT')::int AS units, count(*) FILTER (WHERE kind = 'PERSON')::int AS people
       FROM campaign_registrations WHERE plan_id = $1`,
    [planId],
  )) as { units: number; people: number }[];
  return { units: n?.units ?? 0, people: n?.people ?? 0, ms };
}
