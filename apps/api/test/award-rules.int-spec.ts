import {
  AWARD_KINDS,
  NATIONAL_AWARD_RULES,
  nationalRuleKey,
  type EligibilityFacts,
} from '@thidua/shared-domain';
import { RulesService } from '../src/modules/legal/rules.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { graphql } from './gql';
import type { AwardRuleContentInput } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, rules as dated data (module `legal`, second part; ADR 0017): the shipped catalog, rule
 * versions and parameters synced at boot; province overrides managed at the province; the check
 * explained per condition under the rules of its day.
 */
const KINDS = graphql(`
  query RulesKinds($provinceUnitId: ID) {
    awardKinds(provinceUnitId: $provinceUnitId) {
      id
      code
      name
      national
      version
      canManage
      provinceUnit {
        id
      }
    }
  }
`);

const VERSIONS = graphql(`
  query RulesVersions($awardCode: String, $inForceOn: Date, $provinceUnitId: ID) {
    awardRuleVersions(
      awardCode: $awardCode
      inForceOn: $inForceOn
      provinceUnitId: $provinceUnitId
    ) {
      id
      awardCode
      track
      effectiveFrom
      effectiveTo
      national
      shipped
      edited
      uncertain
      version
      canManage
      note
      legalDocument {
        id
        number
      }
      decidedBy {
        text
        level
        uncertain
      }
      vote {
        required
        thresholdOfMembership
        uncertain
      }
      publicNotice {
        required
        workingDays
      }
      dossier {
        document
        form
        uncertain
      }
      rewards {
        subject
        multiplier
      }
      conditions {
        type
        sentence
        uncertain
        conditions {
          type
          sentence
        }
      }
    }
  }
`);

const PARAMS = graphql(`
  query RulesParams($key: RuleParameterKey, $inForceOn: Date, $provinceUnitId: ID) {
    ruleParameters(key: $key, inForceOn: $inForceOn, provinceUnitId: $provinceUnitId) {
      id
      key
      value
      effectiveFrom
      effectiveTo
      national
      uncertain
      version
      canManage
      legalDocument {
        number
      }
    }
  }
`);

const CREATE_PARAM = graphql(`
  mutation RulesCreateParam($input: CreateRuleParameterInput!) {
    createRuleParameter(input: $input) {
      id
      value
      effectiveFrom
      effectiveTo
      national
      version
      canManage
    }
  }
`);

const UPDATE_PARAM = graphql(`
  mutation RulesUpdateParam($input: UpdateRuleParameterInput!) {
    updateRuleParameter(input: $input) {
      id
      value
      version
    }
  }
`);

const CREATE_RULE = graphql(`
  mutation RulesCreateRule($input: CreateAwardRuleVersionInput!) {
    createAwardRuleVersion(input: $input) {
      id
      effectiveFrom
      effectiveTo
      national
      edited
      version
      conditions {
        type
        sentence
      }
    }
  }
`);

const UPDATE_RULE = graphql(`
  mutation RulesUpdateRule($input: UpdateAwardRuleVersionInput!) {
    updateAwardRuleVersion(input: $input) {
      id
      note
      edited
      version
    }
  }
`);

const CREATE_KIND = graphql(`
  mutation RulesCreateKind($input: CreateAwardKindInput!) {
    createAwardKind(input: $input) {
      id
      code
      national
      version
    }
  }
`);

const UPDATE_KIND = graphql(`
  mutation RulesUpdateKind($input: UpdateAwardKindInput!) {
    updateAwardKind(input: $input) {
      id
      name
      version
    }
  }
`);

const PREVIEW = graphql(`
  query RulesPreview($input: PreviewEligibilityInput!) {
    previewEligibility(input: $input) {
      awardName
      basis
      verdict
      ruleVersionId
      checks {
        key
        code
        principle
        met
        label
        basis
        used {
          kind
          text
          counted
        }
        children {
          key
          met
          label
        }
      }
    }
  }
`);

const AUDIT = graphql(`
  query RulesAudit($filter: AuditFilter) {
    auditLog(filter: $filter, first: 20) {
      edges {
        node {
          operation
          entityLabel
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

/** A rule content with one manual criterion, as an administrator would type it. */
function content(text: string): AwardRuleContentInput {
  return {
    decidedBy: { text: 'Chủ tịch Ủy ban nhân dân cấp xã', level: 'UNIT', confidence: 'H' },
    conditions: [
      { type: 'EVALUATION', floor: 'HTTNV', years: 1, confidence: 'H' },
      { type: 'MANUAL', text, confidence: 'L' },
    ],
    vote: { required: false, confidence: 'H' },
    publicNotice: { required: false, confidence: 'H' },
    dossier: [{ document: 'Tờ trình', form: 'Mẫu số 01', confidence: 'M' }],
    rewards: [{ subject: 'INDIVIDUAL', multiplier: 0.3, confidence: 'H' }],
    note: text,
  };
}

describe('award rules as dated data (issue 11)', () => {
  let t: TestApp;
  let provinceA: UnitEntity;
  let provinceB: UnitEntity;
  let communeA: UnitEntity;
  let root: GqlClient;
  let adminA: GqlClient;
  let adminB: GqlClient;
  let reader: GqlClient;
  let nd152Id: string;

  beforeAll(async () => {
    t = await startTestApp();
    provinceA = await t.unit(`Tỉnh Quy Định A ${t.uid()}`);
    provinceB = await t.unit(`Tỉnh Quy Định B ${t.uid()}`);
    communeA = await t.unit(`Xã Quy Định ${t.uid()}`, provinceA, 'COMMUNE');
    const r = await t.user({ unit: provinceA, role: 'SYSTEM_ADMIN', scope: null });
    const a = await t.user({ unit: provinceA, role: 'SYSTEM_ADMIN' });
    const b = await t.user({ unit: provinceB, role: 'SYSTEM_ADMIN' });
    const c = await t.user({ unit: communeA, role: 'REPORTER' });
    root = await t.loggedIn(r.username);
    adminA = await t.loggedIn(a.username);
    adminB = await t.loggedIn(b.username);
    reader = await t.loggedIn(c.username);
    const { awardRuleVersions } = await reader.ok(VERSIONS, {
      awardCode: 'LAO_DONG_TIEN_TIEN',
      inForceOn: '2025-07-01',
    });
    nd152Id = awardRuleVersions[0]!.legalDocument.id;
  });
  afterAll(() => t.close());

  it('ships the catalog and the NĐ 98 → NĐ 152 versions at boot, readable by every signed-in user', async () => {
    const { awardKinds } = await reader.ok(KINDS, {});
    const national = awardKinds.filter((k) => k.national).map((k) => k.code);
    expect(national).toEqual(AWARD_KINDS.map((k) => k.code));
    expect(awardKinds.find((k) => k.code === 'CSTD_CO_SO')?.canManage).toBe(false);

    const { awardRuleVersions } = await reader.ok(VERSIONS, { awardCode: 'CSTD_CO_SO' });
    const national2 = awardRuleVersions.filter((v) => v.national && v.track === 'CONG_TRANG');
    expect(national2.map((v) => [v.legalDocument.number, v.effectiveFrom, v.effectiveTo])).toEqual([
      ['98/2023/NĐ-CP', '2024-01-01', '2025-06-30'],
      ['152/2025/NĐ-CP', '2025-07-01', null],
    ]);
    const [nd98, nd152] = national2;
    expect(nd98?.decidedBy.text).toContain('cấp huyện');
    expect(nd152?.decidedBy.text).toContain('Chủ tịch Ủy ban nhân dân cấp xã');
    expect(nd152?.vote).toEqual({ required: true, thresholdOfMembership: 0.8, uncertain: true });
    expect(nd152?.dossier.slice(0, 2).map((d) => d.form)).toEqual(['Mẫu số 01', 'Mẫu số 05']);
    expect(nd152?.rewards).toEqual([{ subject: 'INDIVIDUAL', multiplier: 1 }]);
    expect(nd152?.conditions[0]?.sentence).toBe(
      'Đạt một trong các điều kiện: đạt danh hiệu “Lao động tiên tiến” trong năm xét; hoặc đạt danh hiệu “Chiến sĩ tiên tiến” trong năm xét.',
    );
    expect(nd152).toMatchObject({ shipped: true, edited: false, canManage: false });

    // in force on a day: one version each side of 01/07/2025
    const on = async (day: string) =>
      (await reader.ok(VERSIONS, { awardCode: 'CSTD_CO_SO', inForceOn: day })).awardRuleVersions
        .filter((v) => v.track === 'CONG_TRANG' && v.national)
        .map((v) => v.legalDocument.number);
    expect(await on('2025-06-30')).toEqual(['98/2023/NĐ-CP']);
    expect(await on('2025-07-01')).toEqual(['152/2025/NĐ-CP']);

    const { ruleParameters } = await reader.ok(PARAMS, { key: 'LUONG_CO_SO' });
    expect(ruleParameters.filter((p) => p.national)).toEqual([
      expect.objectContaining({
        value: 2_340_000,
        effectiveFrom: '2024-07-01',
        legalDocument: { number: '73/2024/NĐ-CP' },
        uncertain: false,
      }),
    ]);
  });

  it('syncs idempotently; an administrator’s edit survives a re-sync, an unedited drift is restored', async () => {
    const keys = NATIONAL_AWARD_RULES.map(nationalRuleKey);
    const count = async () =>
      Number(
        (
          await t.db.query(`SELECT count(*) FROM award_rule_versions WHERE seed_key = ANY($1)`, [
            keys,
          ])
        )[0].count,
      );
    expect(await count()).toBe(keys.length);
    await t.app.get(RulesService).syncNational();
    expect(await count()).toBe(keys.length);

    // an administrator corrects the NĐ 98 version of "Xã, phường, đặc khu tiêu biểu"
    const { awardRuleVersions } = await root.ok(VERSIONS, { awardCode: 'XA_TIEU_BIEU' });
    const target = awardRuleVersions.find(
      (v) => v.national && v.track === 'CONG_TRANG' && v.effectiveTo === '2025-06-30',
    )!;
    const text = `Tiêu chuẩn đã đối chiếu ${t.uid()}`;
    const { updateAwardRuleVersion: edited } = await root.ok(UPDATE_RULE, {
      input: {
        id: target.id,
        version: target.version,
        legalDocumentId: target.legalDocument.id,
        effectiveFrom: '2024-01-01',
        effectiveTo: '2025-06-30',
        content: content(text),
      },
    });
    expect(edited).toMatchObject({ edited: true, note: text, version: target.version + 1 });
    // an unedited shipped row that drifted (an older release's text) is put back by the sync
    const drifted = nationalRuleKey({
      awardCode: 'THON_VAN_HOA',
      track: 'CONG_TRANG',
      basis: '98/2023/NĐ-CP',
    });
    await t.db.query(
      `UPDATE award_rule_versions SET content = jsonb_set(content, '{note}', '"cũ"') WHERE seed_key = $1`,
      [drifted],
    );
    await t.app.get(RulesService).syncNational();
    const after = await root.ok(VERSIONS, { awardCode: 'XA_TIEU_BIEU' });
    expect(after.awardRuleVersions.find((v) => v.id === target.id)).toMatchObject({
      note: text,
      edited: true,
    });
    const restored: { note: string | null }[] = await t.db.query(
      `SELECT content->>'note' AS note FROM award_rule_versions WHERE seed_key = $1`,
      [drifted],
    );
    expect(restored[0]?.note).toBeNull();
  });

  it('judges a dossier under the rules of its day: NĐ 98 on 30/06/2025, NĐ 152 on 01/07/2025', async () => {
    const rules = t.app.get(RulesService);
    const facts = (on: string): EligibilityFacts => ({
      subject: 'INDIVIDUAL',
      name: 'Trần Văn Bình',
      year: 2025,
      on,
      evaluations: [{ year: 2025, grade: 'HTXSNV', source: 'Quyết định số 9/QĐ-UBND' }],
      awards: [
        {
          id: 'x1',
          year: 2025,
          awardCode: 'LAO_DONG_TIEN_TIEN',
          awardName: 'Lao động tiên tiến',
          track: 'CONG_TRANG',
          decisionNumber: '15/QĐ-UBND',
          decidedOn: '2025-06-20',
          decidedBy: null,
          inheritedFrom: null,
        },
      ],
      initiatives: [],
      holds: [],
      collective: null,
      active: true,
      female: false,
    });
    const before = await rules.check('CSTD_CO_SO', facts('2025-06-30'), provinceA.id);
    const after = await rules.check('CSTD_CO_SO', facts('2025-07-01'), provinceA.id);
    expect(before.result.basis).toBe('Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ');
    expect(after.result.basis).toBe('Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ');
    expect(before.rule.id).not.toBe(after.rule.id);
    expect([before.result.verdict, after.result.verdict]).toEqual(['ELIGIBLE', 'ELIGIBLE']);
    expect(after.result.checks.find((c) => c.key === '1')?.label).toContain(
      'Trần Văn Bình được tặng “Lao động tiên tiến” năm 2025 (Quyết định số 15/QĐ-UBND',
    );
    expect((await rules.parametersOn('2025-07-01', null)).LUONG_CO_SO?.value).toBe(2_340_000);
    // before the Law's rules start there is nothing to judge by
    await expect(rules.check('CSTD_CO_SO', facts('2023-12-31'), null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await rules.ruleFor('CSTD_CO_SO', '2023-12-31', null)).toBeNull();
  });

  it('lets a province override the TTLĐTT share; its officers only; the override beats the national value', async () => {
    const note = `Bắc Ninh QĐ 86/2025 ${t.uid()}`;
    const { createRuleParameter: override } = await adminA.ok(CREATE_PARAM, {
      input: {
        key: 'TTLDTT_LDTT_SHARE',
        value: 0.7,
        provinceUnitId: provinceA.id,
        effectiveFrom: '2025-01-01',
        confidence: 'H',
        note,
      },
    });
    expect(override).toMatchObject({ national: false, canManage: true, effectiveTo: null });

    const preview = (provinceUnitId: string) =>
      adminA.ok(PREVIEW, {
        input: {
          awardCode: 'TT_LAO_DONG_TIEN_TIEN',
          provinceUnitId,
          subject: 'COLLECTIVE',
          name: 'Phòng Văn hóa - Xã hội',
          year: 2025,
          on: '2025-12-15',
          evaluations: [{ year: 2025, grade: 'HTTNV' }],
          collective: {
            members: 10,
            completing: 10,
            titled: [{ award: 'LAO_DONG_TIEN_TIEN', count: 6 }],
          },
        },
      });
    const inA = (await preview(provinceA.id)).previewEligibility;
    const share = inA.checks.find((c) => c.code === 'MEMBERS_TITLE_SHARE');
    expect(share).toMatchObject({ met: false });
    expect(share?.label).toBe(
      'Phòng Văn hóa - Xã hội có 6/10 thành viên đạt “Lao động tiên tiến” (60%); yêu cầu từ 70% trở lên (mức tỉnh quy định).',
    );
    expect(inA.verdict).toBe('NOT_ELIGIBLE');
    expect(inA.basis).toContain('152/2025/NĐ-CP');
    // another province keeps the national (uncertain) figure
    const inB = (await preview(provinceB.id)).previewEligibility;
    expect(inB.checks.find((c) => c.code === 'MEMBERS_TITLE_SHARE')?.met).toBe(true);

    // the other province's officer: the row is not there for a change, the province not for a new one
    const foreign = await adminB.fails(UPDATE_PARAM, {
      input: {
        id: override.id,
        version: override.version,
        value: 0.9,
        effectiveFrom: '2025-01-01',
        confidence: 'H',
      },
    });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    const intrude = await adminB.fails(CREATE_PARAM, {
      input: {
        key: 'TTLDTT_LDTT_SHARE',
        value: 0.9,
        provinceUnitId: provinceA.id,
        effectiveFrom: '2026-01-01',
        confidence: 'H',
      },
    });
    expect(intrude.extensions?.fields).toEqual({ provinceUnitId: ['Đơn vị không tồn tại.'] });
    // a province officer cannot change the national value
    const national = await adminA.fails(CREATE_PARAM, {
      input: { key: 'TTLDTT_LDTT_SHARE', value: 0.6, effectiveFrom: '2027-01-01', confidence: 'H' },
    });
    expect(national.extensions?.code).toBe('FORBIDDEN');
    // nor set a province value on a commune
    const commune = await adminA.fails(CREATE_PARAM, {
      input: {
        key: 'TTLDTT_LDTT_SHARE',
        value: 0.6,
        provinceUnitId: communeA.id,
        effectiveFrom: '2027-01-01',
        confidence: 'H',
      },
    });
    expect(commune.extensions?.fields?.['provinceUnitId']?.[0]).toMatch(/không phải cấp tỉnh/);

    // a new value closes the old one the day before; audited, scoped to the province
    const { createRuleParameter: next } = await adminA.ok(CREATE_PARAM, {
      input: {
        key: 'TTLDTT_LDTT_SHARE',
        value: 0.75,
        provinceUnitId: provinceA.id,
        effectiveFrom: '2026-01-01',
        confidence: 'H',
      },
    });
    const { ruleParameters } = await adminA.ok(PARAMS, {
      key: 'TTLDTT_LDTT_SHARE',
      provinceUnitId: provinceA.id,
    });
    expect(
      ruleParameters
        .filter((p) => !p.national)
        .map((p) => [p.value, p.effectiveFrom, p.effectiveTo]),
    ).toEqual([
      [0.7, '2025-01-01', '2025-12-31'],
      [0.75, '2026-01-01', null],
    ]);
    const { auditLog } = await adminA.ok(AUDIT, {
      filter: { entityType: 'RuleParameter', entityId: override.id },
    });
    expect(auditLog.edges.map((e) => e.node.operation)).toEqual([
      'ruleParameter.close',
      'ruleParameter.create',
    ]);
    expect(next.effectiveFrom).toBe('2026-01-01');
    // the reader of another province does not see A's audit rows
    const other = await adminB.ok(AUDIT, {
      filter: { entityType: 'RuleParameter', entityId: override.id },
    });
    expect(other.auditLog.edges).toEqual([]);
  });

  it('keeps a province’s rule versions on a timeline: a new one closes the open one, an earlier one is refused', async () => {
    const create = (client: GqlClient, from: string, text: string) =>
      client.ok(CREATE_RULE, {
        input: {
          awardCode: 'LAO_DONG_TIEN_TIEN',
          track: 'CONG_TRANG',
          provinceUnitId: provinceA.id,
          legalDocumentId: nd152Id,
          effectiveFrom: from,
          content: content(text),
        },
      });
    const uid = t.uid();
    const { createAwardRuleVersion: first } = await create(adminA, '2026-01-01', `Một ${uid}`);
    expect(first).toMatchObject({ national: false, edited: true, effectiveTo: null });
    expect(first.conditions[1]?.sentence).toBe(`Một ${uid}.`);
    const { createAwardRuleVersion: second } = await create(adminA, '2026-07-01', `Hai ${uid}`);
    const rules = t.app.get(RulesService);
    expect((await rules.ruleFor('LAO_DONG_TIEN_TIEN', '2026-03-01', provinceA.id))?.id).toBe(
      first.id,
    );
    expect((await rules.ruleFor('LAO_DONG_TIEN_TIEN', '2026-07-01', provinceA.id))?.id).toBe(
      second.id,
    );
    // the other province keeps the national NĐ 152 version
    const nationalB = await rules.ruleFor('LAO_DONG_TIEN_TIEN', '2026-03-01', provinceB.id);
    expect(nationalB?.provinceUnitId).toBeNull();

    // a version starting inside the first would overlap the second: refused, nothing changed
    const refused = await adminA.fails(CREATE_RULE, {
      input: {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        provinceUnitId: provinceA.id,
        legalDocumentId: nd152Id,
        effectiveFrom: '2026-03-01',
        content: content(`Ba ${uid}`),
      },
    });
    expect(refused.extensions?.fields?.['effectiveFrom']?.[0]).toContain(
      'trùng với phiên bản từ ngày 01/07/2026',
    );
    const { awardRuleVersions } = await adminA.ok(VERSIONS, {
      awardCode: 'LAO_DONG_TIEN_TIEN',
      provinceUnitId: provinceA.id,
    });
    const mine = awardRuleVersions.filter((v) => !v.national);
    expect(mine.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      ['2026-01-01', '2026-06-30'],
      ['2026-07-01', null],
    ]);
    const failedRows: unknown[] = await t.db.query(
      `SELECT 1 FROM award_rule_versions WHERE content->>'note' = $1`,
      [`Ba ${uid}`],
    );
    expect(failedRows).toEqual([]);
    const failedAudit: unknown[] = await t.db.query(
      `SELECT 1 FROM audit_log WHERE changes::text LIKE $1`,
      [`%Ba ${uid}%`],
    );
    expect(failedAudit).toEqual([]);

    // optimistic lock, and the other province's officer gets NOT_FOUND
    const stale = await adminA.fails(UPDATE_RULE, {
      input: {
        id: second.id,
        version: second.version + 5,
        legalDocumentId: nd152Id,
        effectiveFrom: '2026-07-01',
        content: content(`Hai sửa ${uid}`),
      },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const foreign = await adminB.fails(UPDATE_RULE, {
      input: {
        id: second.id,
        version: second.version,
        legalDocumentId: nd152Id,
        effectiveFrom: '2026-07-01',
        content: content(`Hai sửa ${uid}`),
      },
    });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    // a province officer cannot edit a national version (public, so told why)
    const { awardRuleVersions: nat } = await adminA.ok(VERSIONS, {
      awardCode: 'LAO_DONG_TIEN_TIEN',
      inForceOn: '2025-07-01',
    });
    const national = nat.find((v) => v.national)!;
    expect(national.canManage).toBe(false);
    const forbidden = await adminA.fails(UPDATE_RULE, {
      input: {
        id: national.id,
        version: national.version,
        legalDocumentId: nd152Id,
        effectiveFrom: national.effectiveFrom,
        content: content('x'),
      },
    });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses content the type cannot say is wrong, per field, leaving nothing behind', async () => {
    const uid = t.uid();
    const bad = await adminA.fails(CREATE_RULE, {
      input: {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        provinceUnitId: provinceA.id,
        legalDocumentId: nd152Id,
        effectiveFrom: '2030-01-01',
        effectiveTo: '2029-01-01',
        content: {
          ...content(uid),
          conditions: [
            { type: 'MEMBERS_TITLE_SHARE', award: 'LAO_DONG_TIEN_TIEN', confidence: 'H' },
            { type: 'EVALUATION', confidence: 'H' },
          ],
          vote: { required: true, confidence: 'H' },
        },
      },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toEqual({
      effectiveTo: ['Ngày hết áp dụng không được trước ngày áp dụng.'],
      content: [
        'Điều kiện 1: chọn một trong hai — tỷ lệ cụ thể hoặc tham số.',
        'Điều kiện 2: thiếu xếp loại tối thiểu.',
        'Bỏ phiếu: tỷ lệ phiếu đồng ý phải lớn hơn 0 và không quá 1 (100%).',
      ],
    });
    const wrongTrack = await adminA.fails(CREATE_RULE, {
      input: {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        track: 'DOT_XUAT',
        provinceUnitId: provinceA.id,
        legalDocumentId: nd152Id,
        effectiveFrom: '2030-01-01',
        content: content(uid),
      },
    });
    expect(wrongTrack.extensions?.fields?.['track']?.[0]).toContain('không xét theo loại hình');
    const share = await adminA.fails(CREATE_PARAM, {
      input: {
        key: 'TTLDTT_LDTT_SHARE',
        value: 1.5,
        provinceUnitId: provinceA.id,
        effectiveFrom: '2030-01-01',
        confidence: 'H',
        note: uid,
      },
    });
    expect(share.extensions?.fields?.['value']).toEqual([
      'Tỷ lệ phải lớn hơn 0 và không quá 1 (100%).',
    ]);
    const rows: unknown[] = await t.db.query(
      `SELECT 1 FROM award_rule_versions WHERE content->>'note' = $1
       UNION ALL SELECT 1 FROM rule_parameters WHERE note = $1
       UNION ALL SELECT 1 FROM audit_log WHERE changes::text LIKE $2`,
      [uid, `%${uid}%`],
    );
    expect(rows).toEqual([]);
  });

  it('keeps a province’s own award kinds, never a national code twice, national kinds read-only', async () => {
    const code = `KNC_${t.uid().toUpperCase()}`;
    const { createAwardKind: kind } = await adminA.ok(CREATE_KIND, {
      input: {
        provinceUnitId: provinceA.id,
        code,
        name: 'Kỷ niệm chương vì sự nghiệp phát triển tỉnh',
        category: 'COMMENDATION',
        subjects: ['INDIVIDUAL'],
        level: 'PROVINCE',
        tracks: ['CONG_HIEN'],
      },
    });
    expect(kind).toMatchObject({ code, national: false, version: 1 });
    const inA = (await reader.ok(KINDS, { provinceUnitId: provinceA.id })).awardKinds;
    expect(inA.find((k) => k.code === code)?.provinceUnit?.id).toBe(provinceA.id);
    const inB = (await reader.ok(KINDS, { provinceUnitId: provinceB.id })).awardKinds;
    expect(inB.some((k) => k.code === code)).toBe(false);

    const twin = await adminA.fails(CREATE_KIND, {
      input: {
        provinceUnitId: provinceA.id,
        code: 'CSTD_CO_SO',
        name: 'Trùng mã',
        category: 'EMULATION_TITLE',
        subjects: ['INDIVIDUAL'],
        level: 'UNIT',
        tracks: ['CONG_TRANG'],
      },
    });
    expect(twin.extensions?.fields).toEqual({ code: ['Mã “CSTD_CO_SO” đã có trong danh mục.'] });

    const { updateAwardKind: renamed } = await adminA.ok(UPDATE_KIND, {
      input: {
        id: kind.id,
        version: 1,
        name: 'Kỷ niệm chương tỉnh',
        category: 'COMMENDATION',
        subjects: ['INDIVIDUAL'],
        level: 'PROVINCE',
        tracks: ['CONG_HIEN'],
      },
    });
    expect(renamed).toMatchObject({ name: 'Kỷ niệm chương tỉnh', version: 2 });
    const foreign = await adminB.fails(UPDATE_KIND, {
      input: {
        id: kind.id,
        version: 2,
        name: 'X',
        category: 'COMMENDATION',
        subjects: ['INDIVIDUAL'],
        level: 'PROVINCE',
        tracks: ['CONG_HIEN'],
      },
    });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    const nationalKind = inA.find((k) => k.code === 'GIAY_KHEN')!;
    const locked = await root.fails(UPDATE_KIND, {
      input: {
        id: nationalKind.id,
        version: nationalKind.version,
        name: 'Giấy khen sửa',
        category: 'COMMENDATION',
        subjects: ['INDIVIDUAL'],
        level: 'UNIT',
        tracks: ['CONG_TRANG'],
      },
    });
    expect(locked.extensions?.code).toBe('BAD_USER_INPUT');
    // a rule for the province's own kind, judged for the province
    const { createAwardRuleVersion } = await adminA.ok(CREATE_RULE, {
      input: {
        awardCode: code,
        track: 'CONG_HIEN',
        provinceUnitId: provinceA.id,
        legalDocumentId: nd152Id,
        effectiveFrom: '2025-07-01',
        content: content('Có thời gian công tác tại tỉnh từ 15 năm trở lên'),
      },
    });
    expect(createAwardRuleVersion.national).toBe(false);
    const { previewEligibility } = await adminA.ok(PREVIEW, {
      input: {
        awardCode: code,
        track: 'CONG_HIEN',
        provinceUnitId: provinceA.id,
        subject: 'INDIVIDUAL',
        name: 'Lê Thị Cúc',
        year: 2025,
        on: '2025-12-01',
        evaluations: [{ year: 2025, grade: 'HTTNV' }],
        holds: [{ kind: 'THANH_TRA', from: '2025-11-01', source: 'Thanh tra tỉnh' }],
      },
    });
    expect(previewEligibility.awardName).toBe('Kỷ niệm chương tỉnh');
    expect(previewEligibility.verdict).toBe('NOT_ELIGIBLE');
    const hold = previewEligibility.checks.find((c) => c.code === 'HOLD');
    expect(hold?.label).toContain(
      'Đang thanh tra, kiểm tra có dấu hiệu vi phạm từ ngày 01/11/2025',
    );
    // outside province A the kind does not exist
    const elsewhere = await adminB.fails(PREVIEW, {
      input: {
        awardCode: code,
        track: 'CONG_HIEN',
        provinceUnitId: provinceB.id,
        subject: 'INDIVIDUAL',
        name: 'Lê Thị Cúc',
        year: 2025,
        on: '2025-12-01',
      },
    });
    expect(elsewhere.extensions?.fields?.['awardCode']).toEqual([
      'Danh hiệu, hình thức khen thưởng không tồn tại.',
    ]);
  });

  it('needs RULES_MANAGE to preview or change rules', async () => {
    const denied = await reader.fails(PREVIEW, {
      input: {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        subject: 'INDIVIDUAL',
        name: 'A',
        year: 2025,
        on: '2025-12-01',
      },
    });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const change = await reader.fails(CREATE_PARAM, {
      input: { key: 'LUONG_CO_SO', value: 2_500_000, effectiveFrom: '2026-07-01', confidence: 'H' },
    });
    expect(change.extensions?.code).toBe('FORBIDDEN');
  });
});
