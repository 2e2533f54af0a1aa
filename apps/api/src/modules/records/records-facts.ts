import type { EntityManager } from 'typeorm';
import type {
  AwardTrack,
  CollectiveFacts,
  EligibilityFacts,
  EvaluationGrade,
  FactAward,
  FactEvaluation,
  FactHold,
  FactInitiative,
  HoldKind,
  InitiativeKind,
  InitiativeScope,
  IsoDate,
} from '@thidua/shared-domain';
import { readsInTurn } from '../../core/database/reads';
import { AppError } from '../../core/errors/app-error';
import type { OrgService } from '../org/org.service';

/**
 * Who the facts are about: a person, or a unit (judged as a collective); `ownUse` as in FactsOptions,
 * for this subject only (a batch reads the nominees of many dossiers, each with its own reference).
 */
export type FactsSubject = ({ personId: string } | { unitId: string }) & { ownUse?: string };

export interface FactsOptions {
  /** The oldest year of evaluations and awards read (default: all; the rules look back 2–10 years). */
  fromYear?: number;
  /**
   * The reference a nomination locks its sáng kiến under (`lockInitiative`): a sáng kiến locked under
   * it reads as free, so a dossier sent, returned and judged again does not find its own lock as an
   * earlier use (CV 5007/BNV-TĐKT forbids a second award, not the same one judged twice).
   */
  ownUse?: string;
}

/** Share of women from which a collective counts as female for the tie-break (NĐ 152/2025 Điều 4 k.6). */
const FEMALE_COLLECTIVE = 0.7;

/** Grades that count as "hoàn thành nhiệm vụ" or better. */
const COMPLETING: readonly EvaluationGrade[] = ['HTXSNV', 'HTTNV', 'HTNV'];

type Rows<T> = T[];

/** A sáng kiến as the rules read it, with the reference it is locked under (per subject's ownUse). */
interface InitiativeRow {
  fact: FactInitiative;
  usedBy: string | null;
}

function rowsOf<T>(result: unknown): Rows<T> {
  return (Array.isArray(result) ? result : []) as Rows<T>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The facts of many nominees in one pass: a fixed number of statements whatever their number (people;
 * units; one per level of merger lineage; evaluations; awards; initiatives; holds; the collectives'
 * members twice), each `= ANY($ids)` over an index (person_id, unit_id). The reads cross into `people`,
 * `positions` and `units` in SQL (read only; docs/architecture.md "Where the code differs") because a
 * collective's counts are one grouped statement over its people's posts, evaluations and titles.
 */
export async function loadFacts(
  em: EntityManager,
  org: OrgService,
  subjects: readonly FactsSubject[],
  year: number,
  on: IsoDate,
  options: FactsOptions,
): Promise<EligibilityFacts[]> {
  const personIds = [...new Set(subjects.flatMap((s) => ('personId' in s ? [s.personId] : [])))];
  const unitIds = [...new Set(subjects.flatMap((s) => ('unitId' in s ? [s.unitId] : [])))];
  const fromYear = options.fromYear ?? 0;

  const people = new Map(
    rowsOf<{ id: string; full_name: string; sex: string }>(
      personIds.length
        ? await em.query(`SELECT id, full_name, sex FROM people WHERE id = ANY($1::uuid[])`, [
            personIds,
          ])
        : [],
    ).map((p) => [p.id, p]),
  );
  for (const id of personIds) if (!people.has(id)) throw AppError.notFound('Cán bộ', id);
  const units = new Map<
    string,
    { id: string; name: string; status: string; validTo: IsoDate | null }
  >();
  if (unitIds.length)
    for (const u of Array.from(await org.unitById.batch(unitIds)))
      if (u && !(u instanceof Error)) units.set(u.id, u);
  for (const id of unitIds) if (!units.has(id)) throw AppError.notFound('Đơn vị', id);

  // merged predecessors of each unit, transitively (a split's new units do not inherit: which part
  // earned the old unit's flag cannot be told, so ADR 0018 leaves it to the one unit a merger forms)
  const predecessorsOf = await mergedPredecessors(org, unitIds);
  const predecessorIds = [...new Set([...predecessorsOf.values()].flat())];
  const predecessorNames = new Map<string, string>();
  if (predecessorIds.length)
    for (const u of Array.from(await org.unitById.batch(predecessorIds)))
      if (u && !(u instanceof Error)) predecessorNames.set(u.id, u.name);
  const awardUnitIds = [...new Set([...unitIds, ...predecessorIds])];

  const [evaluations, awards, initiatives, holds, collective] = await readsInTurn(
    em,
    () =>
      em.query(
        `SELECT person_id, unit_id, subject, year, grade, source FROM evaluations
        WHERE year <= $3 AND year >= $4
          AND (person_id = ANY($1::uuid[]) OR (subject = 'COLLECTIVE' AND unit_id = ANY($2::uuid[])))
        ORDER BY year`,
        [personIds, unitIds, year, fromYear],
      ),
    () =>
      em.query(
        `SELECT id, person_id, unit_id, subject, year, award_code, award_name, track, decision_number,
              decided_on::text AS decided_on, decided_by FROM award_records
        WHERE year <= $3 AND year >= $4
          AND (person_id = ANY($1::uuid[]) OR (subject = 'COLLECTIVE' AND unit_id = ANY($2::uuid[])))
        ORDER BY year, decided_on NULLS FIRST, id`,
        [personIds, awardUnitIds, year, fromYear],
      ),
    () =>
      em.query(
        `SELECT id, person_id, unit_id, subject, title, kind, scope, recognised_on::text AS recognised_on,
              recognised_by, used_for_award_name, used_for_year, used_by_reference FROM initiatives
        WHERE recognised_on <= $3
          AND (person_id = ANY($1::uuid[]) OR (subject = 'COLLECTIVE' AND unit_id = ANY($2::uuid[])))
        ORDER BY recognised_on, id`,
        [personIds, unitIds, on],
      ),
    // a lifted hold ends the day before it was lifted (`least` ignores a null)
    () =>
      em.query(
        `SELECT person_id, unit_id, subject, kind, starts_on::text AS starts_on,
              least(ends_on, lifted_on - 1)::text AS ends_on, source, note FROM holds
        WHERE (person_id = ANY($1::uuid[]) OR (subject = 'COLLECTIVE' AND unit_id = ANY($2::uuid[])))
        ORDER BY starts_on`,
        [personIds, unitIds],
      ),
    () => collectiveFacts(em, unitIds, year),
  );

  const byPerson = {
    evaluations: new Map<string, FactEvaluation[]>(),
    awards: new Map<string, FactAward[]>(),
    initiatives: new Map<string, InitiativeRow[]>(),
    holds: new Map<string, FactHold[]>(),
  };
  const byUnit = {
    evaluations: new Map<string, FactEvaluation[]>(),
    awards: new Map<string, FactAward[]>(),
    initiatives: new Map<string, InitiativeRow[]>(),
    holds: new Map<string, FactHold[]>(),
  };
  const owner = (r: { person_id: string | null }) => (r.person_id ? byPerson : byUnit);
  const key = (r: { person_id: string | null; unit_id: string }) => r.person_id ?? r.unit_id;

  for (const r of rowsOf<{
    person_id: string | null;
    unit_id: string;
    year: number;
    grade: EvaluationGrade;
    source: string | null;
  }>(evaluations))
    push(owner(r).evaluations, key(r), { year: r.year, grade: r.grade, source: r.source });

  const awardRows = rowsOf<{
    id: string;
    person_id: string | null;
    unit_id: string;
    year: number;
    award_code: string | null;
    award_name: string;
    track: AwardTrack;
    decision_number: string | null;
    decided_on: IsoDate | null;
    decided_by: string | null;
  }>(awards);
  const fact = (r: (typeof awardRows)[number], inheritedFrom: string | null): FactAward => ({
    id: r.id,
    year: r.year,
    awardCode: r.award_code,
    awardName: r.award_name,
    track: r.track,
    decisionNumber: r.decision_number,
    decidedOn: r.decided_on,
    decidedBy: r.decided_by,
    inheritedFrom,
  });
  const unitAwards = new Map<string, (typeof awardRows)[number][]>();
  for (const r of awardRows) {
    if (r.person_id) push(byPerson.awards, r.person_id, fact(r, null));
    else push(unitAwards, r.unit_id, r);
  }
  for (const unitId of unitIds) {
    const own = (unitAwards.get(unitId) ?? []).map((r) => fact(r, null));
    const inherited = (predecessorsOf.get(unitId) ?? []).flatMap((p) =>
      (unitAwards.get(p) ?? []).map((r) => fact(r, predecessorNames.get(p) ?? null)),
    );
    byUnit.awards.set(
      unitId,
      [...own, ...inherited].sort(
        (a, b) => a.year - b.year || (a.decidedOn ?? '').localeCompare(b.decidedOn ?? ''),
      ),
    );
  }

  for (const r of rowsOf<{
    id: string;
    person_id: string | null;
    unit_id: string;
    title: string;
    kind: InitiativeKind;
    scope: InitiativeScope;
    recognised_on: IsoDate;
    recognised_by: string | null;
    used_for_award_name: string | null;
    used_for_year: number | null;
    used_by_reference: string | null;
  }>(initiatives))
    push(owner(r).initiatives, key(r), {
      fact: {
        id: r.id,
        title: r.title,
        kind: r.kind,
        scope: r.scope,
        recognisedOn: r.recognised_on,
        recognisedBy: r.recognised_by,
        usedFor:
          r.used_for_award_name !== null
            ? { awardName: r.used_for_award_name, year: r.used_for_year ?? year }
            : null,
      },
      usedBy: r.used_by_reference,
    });
  // a sáng kiến locked under the subject's own reference reads as free (FactsOptions.ownUse)
  const initiativesOf = (rows: InitiativeRow[] | undefined, ownUse: string | undefined) =>
    (rows ?? []).map(({ fact, usedBy }) =>
      fact.usedFor && ownUse && usedBy === ownUse ? { ...fact, usedFor: null } : fact,
    );

  for (const r of rowsOf<{
    person_id: string | null;
    unit_id: string;
    kind: HoldKind;
    starts_on: IsoDate;
    ends_on: IsoDate | null;
    source: string;
    note: string | null;
  }>(holds))
    push(owner(r).holds, key(r), {
      kind: r.kind,
      from: r.starts_on,
      to: r.ends_on,
      source: r.source,
      note: r.note,
    });

  return subjects.map((s): EligibilityFacts => {
    const ownUse = s.ownUse ?? options.ownUse;
    if ('personId' in s) {
      const p = people.get(s.personId) as { full_name: string; sex: string };
      return {
        subject: 'INDIVIDUAL',
        name: p.full_name,
        year,
        on,
        evaluations: byPerson.evaluations.get(s.personId) ?? [],
        awards: byPerson.awards.get(s.personId) ?? [],
        initiatives: initiativesOf(byPerson.initiatives.get(s.personId), ownUse),
        holds: byPerson.holds.get(s.personId) ?? [],
        collective: null,
        active: true,
        female: p.sex === 'FEMALE',
      };
    }
    const u = units.get(s.unitId) as { name: string; status: string; validTo: IsoDate | null };
    const c = collective.get(s.unitId) ?? emptyCollective();
    return {
      subject: 'COLLECTIVE',
      name: u.name,
      year,
      on,
      evaluations: byUnit.evaluations.get(s.unitId) ?? [],
      awards: byUnit.awards.get(s.unitId) ?? [],
      initiatives: initiativesOf(byUnit.initiatives.get(s.unitId), ownUse),
      holds: byUnit.holds.get(s.unitId) ?? [],
      collective: c,
      active: u.status === 'ACTIVE' && (u.validTo === null || u.validTo > on),
      female: c.members ? c.women / c.members >= FEMALE_COLLECTIVE : null,
    };
  });
}

function emptyCollective(): CollectiveFacts {
  return { members: 0, completing: 0, titled: {}, women: 0, disciplined: 0 };
}

/**
 * Each unit's predecessors through mergers, transitively: one lineage and one restructuring lookup
 * per level (through org's loaders' batch functions), a level or two in practice.
 */
async function mergedPredecessors(
  org: OrgService,
  unitIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(unitIds.map((id) => [id, []]));
  // frontier: unit reached → the subject units it counts for
  let frontier = new Map<string, Set<string>>(unitIds.map((id) => [id, new Set([id])]));
  const seen = new Set(unitIds);
  for (let depth = 0; frontier.size && depth < 20; depth++) {
    const ids = [...frontier.keys()];
    const edges = Array.from(await org.predecessorsOf.batch(ids));
    const restructuringIds = [
      ...new Set(
        edges.flatMap((list) => (list instanceof Error ? [] : list.map((e) => e.restructuringId))),
      ),
    ];
    const kinds = new Map<string, string>();
    if (restructuringIds.length)
      for (const r of Array.from(await org.restructuringById.batch(restructuringIds)))
        if (r && !(r instanceof Error)) kinds.set(r.id, r.kind);
    const next = new Map<string, Set<string>>();
    ids.forEach((id, i) => {
      const list = edges[i];
      if (!list || list instanceof Error) return;
      for (const e of list) {
        if (kinds.get(e.restructuringId) !== 'MERGE' || seen.has(e.unitId)) continue;
        seen.add(e.unitId);
        for (const subject of frontier.get(id) ?? []) {
          result.get(subject)?.push(e.unitId);
          const owners = next.get(e.unitId) ?? new Set<string>();
          owners.add(subject);
          next.set(e.unitId, owners);
        }
      }
    });
    frontier = next;
  }
  return result;
}

/**
 * Each unit's people in the judged year (a post in the unit or below it at some time of the year) and
 * what the collective titles count of them: how many completed their tasks, hold each title of the
 * year, are women, were disciplined (a KY_LUAT hold overlapping the year). One statement: the member
 * list is computed once (MATERIALIZED) and both the counts and the titles read it.
 */
async function collectiveFacts(
  em: EntityManager,
  unitIds: string[],
  year: number,
): Promise<Map<string, CollectiveFacts>> {
  const result = new Map<string, CollectiveFacts>();
  if (!unitIds.length) return result;
  const rows = rowsOf<{
    unit_id: string;
    members: number;
    completing: number;
    women: number;
    disciplined: number;
    titled: Record<string, number> | null;
  }>(
    await em.query(
      `WITH u AS (SELECT id, path FROM units WHERE id = ANY($1::uuid[])),
       m AS MATERIALIZED (
         SELECT DISTINCT u.id AS unit_id, p.person_id
           FROM u JOIN units s ON s.path <@ u.path
           JOIN positions p ON p.unit_id = s.id
          WHERE p.started_on <= make_date($2, 12, 31)
            AND (p.ended_on IS NULL OR p.ended_on > make_date($2, 1, 1))),
       c AS (
         SELECT m.unit_id, count(*)::int AS members,
                count(*) FILTER (WHERE EXISTS (
                  SELECT 1 FROM evaluations e WHERE e.person_id = m.person_id AND e.year = $2
                     AND e.grade = ANY($3::text[])
                ))::int AS completing,
                count(*) FILTER (WHERE EXISTS (
                  SELECT 1 FROM people pe WHERE pe.id = m.person_id AND pe.sex = 'FEMALE'
                ))::int AS women,
                count(*) FILTER (WHERE EXISTS (
                  SELECT 1 FROM holds h WHERE h.person_id = m.person_id AND h.kind = 'KY_LUAT'
                     AND h.starts_on <= make_date($2, 12, 31)
                     AND coalesce(least(h.ends_on, h.lifted_on - 1), 'infinity'::date) >= make_date($2, 1, 1)
                ))::int AS disciplined
           -- per member lookups by key, not joins: joined, the planner hashed all 200,000 people and
           -- 1.0M evaluations for a 119-person phòng (bench/awards: 99 ms; this way under 1 ms). One
           -- evaluation per person and year (unique), so EXISTS counts the same members the join did;
           -- the probes read covering indexes only (migration CollectiveFactsIndexes)
           FROM m
          GROUP BY m.unit_id),
       t AS (
         SELECT m.unit_id, a.award_code, count(DISTINCT m.person_id)::int AS n
           FROM m JOIN award_records a
             ON a.person_id = m.person_id AND a.year = $2 AND a.award_code IS NOT NULL
          GROUP BY m.unit_id, a.award_code)
       SELECT c.*, (SELECT jsonb_object_agg(t.award_code, t.n) FROM t WHERE t.unit_id = c.unit_id) AS titled
         FROM c`,
      [unitIds, year, COMPLETING],
    ),
  );
  for (const r of rows)
    result.set(r.unit_id, {
      members: Number(r.members),
      completing: Number(r.completing),
      women: Number(r.women),
      disciplined: Number(r.disciplined),
      titled: Object.fromEntries(Object.entries(r.titled ?? {}).map(([k, n]) => [k, Number(n)])),
    });
  return result;
}
