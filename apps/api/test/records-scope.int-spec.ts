import type { UnitEntity } from '../src/modules/org/unit.entity';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The records' rows in the denial matrix (ADR 0013, issue 11): an officer in scope reads and changes
 * them, a sibling unit's officer gets NOT_FOUND (nothing says they exist), a global reader reads every
 * unit's and changes none.
 */
const CREATE_EVALUATION = graphql(`
  mutation RecScopeEvalCreate($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_EVALUATION = graphql(`
  mutation RecScopeEvalUpdate($input: UpdateEvaluationInput!) {
    updateEvaluation(input: $input) {
      id
      version
      grade
    }
  }
`);
const EVALUATION = graphql(`
  query RecScopeEval($id: ID!) {
    evaluation(id: $id) {
      id
      grade
      canEdit
    }
  }
`);
const EVALUATIONS = graphql(`
  query RecScopeEvals($filter: EvaluationFilter) {
    evaluations(filter: $filter, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const CREATE_HOLD = graphql(`
  mutation RecScopeHoldCreate($input: CreateHoldInput!) {
    createHold(input: $input) {
      id
      version
    }
  }
`);
const HOLD = graphql(`
  query RecScopeHold($id: ID!) {
    hold(id: $id) {
      id
      canEdit
    }
  }
`);
const DELETE_HOLD = graphql(`
  mutation RecScopeHoldDelete($input: RecordRefInput!) {
    deleteHold(input: $input)
  }
`);

describe('records scope', () => {
  let t: TestApp;
  let province: UnitEntity;
  let mine: UnitEntity;
  let sibling: UnitEntity;
  let officer: GqlClient;
  let siblingOfficer: GqlClient;
  let globalReader: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Phạm Vi Hồ Sơ ${t.uid()}`);
    mine = await t.unit(`Sở Của Tôi ${t.uid()}`, province);
    sibling = await t.unit(`Sở Bên Cạnh ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit: mine, role: 'TDKT_OFFICER' })).username);
    siblingOfficer = await t.loggedIn(
      (await t.user({ unit: sibling, role: 'TDKT_OFFICER' })).username,
    );
    globalReader = await t.loggedIn(
      (await t.user({ unit: province, role: 'LEADER', scope: null })).username,
    );
  });
  afterAll(() => t.close());

  it('an officer reads and changes its unit’s records; a sibling gets NOT_FOUND; a global reader reads all', async () => {
    const { createEvaluation: own } = await officer.ok(CREATE_EVALUATION, {
      input: { unitId: mine.id, year: 2024, grade: 'HTTNV' },
    });
    const { createEvaluation: theirs } = await siblingOfficer.ok(CREATE_EVALUATION, {
      input: { unitId: sibling.id, year: 2024, grade: 'HTNV' },
    });

    expect((await officer.ok(EVALUATION, { id: own.id })).evaluation).toMatchObject({
      canEdit: true,
    });
    const hidden = await officer.fails(EVALUATION, { id: theirs.id });
    expect(hidden.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.message).not.toContain(sibling.name);
    const change = await siblingOfficer.fails(UPDATE_EVALUATION, {
      input: { id: own.id, version: own.version, year: 2024, grade: 'KHTNV' },
    });
    expect(change.extensions?.code).toBe('NOT_FOUND');
    // creating at a unit outside the scope: the unit does not exist for the caller
    const elsewhere = await siblingOfficer.fails(CREATE_EVALUATION, {
      input: { unitId: mine.id, year: 2023, grade: 'HTNV' },
    });
    expect(elsewhere.extensions?.code).toBe('BAD_USER_INPUT');
    expect(elsewhere.message).toBe('Đơn vị không tồn tại.');

    const listed = await officer.ok(EVALUATIONS, { filter: { unitId: province.id } });
    const ids = listed.evaluations.edges.map((e) => e.node.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(theirs.id);

    const all = await globalReader.ok(EVALUATIONS, { filter: { unitId: province.id } });
    expect(all.evaluations.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([own.id, theirs.id]),
    );
    expect((await globalReader.ok(EVALUATION, { id: theirs.id })).evaluation.canEdit).toBe(false);
    const readerChange = await globalReader.fails(UPDATE_EVALUATION, {
      input: { id: theirs.id, version: theirs.version, year: 2024, grade: 'KHTNV' },
    });
    expect(readerChange.extensions?.code).toBe('FORBIDDEN');

    const { updateEvaluation } = await officer.ok(UPDATE_EVALUATION, {
      input: { id: own.id, version: own.version, year: 2024, grade: 'HTXSNV' },
    });
    expect(updateEvaluation.grade).toBe('HTXSNV');
  });

  it('keeps a hold to the unit’s readers', async () => {
    const { createHold } = await officer.ok(CREATE_HOLD, {
      input: {
        unitId: mine.id,
        kind: 'THANH_TRA',
        startsOn: '2025-10-01',
        source: 'Thanh tra tỉnh, Kết luận số 7/KL-TTr',
      },
    });
    expect((await officer.ok(HOLD, { id: createHold.id })).hold.canEdit).toBe(true);
    expect((await siblingOfficer.fails(HOLD, { id: createHold.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const del = await siblingOfficer.fails(DELETE_HOLD, {
      input: { id: createHold.id, version: createHold.version },
    });
    expect(del.extensions?.code).toBe('NOT_FOUND');
    expect((await globalReader.ok(HOLD, { id: createHold.id })).hold.id).toBe(createHold.id);
  });
});
