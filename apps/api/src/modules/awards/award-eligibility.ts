import { Injectable } from '@nestjs/common';
import {
  isoToVn,
  todayInVietnam,
  type ConditionCheck,
  type EligibilityFacts,
  type EligibilityResult,
  type EligibilityVerdict,
  type IsoDate,
} from '@thidua/shared-domain';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { RulesService, type RuleCheck } from '../legal/rules.service';
import { OrgService } from '../org/org.service';
import { RecordsService } from '../records/records.service';
import { AwardNominationEntity, type AwardDossierEntity } from './award-dossier.entity';
import type { AwardRoundEntity } from './award-round.entity';

/**
 * What `award_nominations.eligibility` keeps (ADR 0019 §7): the verdict as judged, the day its rules
 * and facts were taken at, the rule version, the engine's explained result and the facts it read —
 * so "why was this person eligible on the day" is answered from the row, not recomputed under rules
 * and records that have changed since.
 */
export interface NominationEligibility {
  verdict: EligibilityVerdict;
  /** the day the rules in force and the holds were taken at (judgingDay) */
  on: IsoDate;
  year: number;
  /** when it was judged (ISO instant) and at which step */
  judgedAt: string;
  /** NOMINEE: added or edited; SUBMIT: the send; CHECK: a whole list re-judged (AwardBatchService) */
  stage: 'NOMINEE' | 'SUBMIT' | 'CHECK';
  ruleVersionId: string | null;
  /** why the engine did not judge: a plan's form without a code, a household, no rule in force */
  manualReason: string | null;
  result: EligibilityResult | null;
  facts: EligibilityFacts | null;
}

/** The stable reference a dossier locks its sáng kiến under (records: `used_by_reference`). */
export function initiativeReference(dossierId: string): string {
  return `Hồ sơ đề nghị khen thưởng ${dossierId}`;
}

/**
 * The day a dossier of `round` is judged on: the round's deadline (hạn nộp), the last day the law of
 * the round applies to it ("a dossier is judged under the rules in force for its round"), or the day
 * of judging when that comes first or the round has none. Not a later day: a dossier judged in March
 * for a round due in October is judged on what is known in March (a hold in force today blocks today),
 * and a late send is judged under the round's law, not the one that started after its deadline
 * (lateness is flagged, ADR 0019 §6, not judged under another decree).
 */
export function judgingDay(
  round: Pick<AwardRoundEntity, 'deadline'>,
  today: IsoDate = todayInVietnam(),
): IsoDate {
  return round.deadline && round.deadline < today ? round.deadline : today;
}

/** The top-level conditions (and principles) found unmet, as their sentences. */
export function unmetLabels(e: NominationEligibility): string[] {
  return (e.result?.checks ?? [])
    .filter((c: ConditionCheck) => c.met === false)
    .map((c) => c.label);
}

/** A province's and track's rules, read once (RulesService.checker), judging one nominee's facts. */
export type EligibilityChecker = (awardCode: string, facts: EligibilityFacts) => Promise<RuleCheck>;

/** What a batch (AwardBatchService) shares between the dossiers it judges. */
export interface JudgingOptions {
  /** facts read beforehand for these nominations (`factsOf`); the others are read here */
  facts?: ReadonlyMap<string, EligibilityFacts>;
  /** checkers already built, by province and track (a round's dossiers share one or a few) */
  checkers?: Map<string, Promise<EligibilityChecker>>;
  /**
   * A cited sáng kiến that is no longer the nominee's (or not recognised by the day judged) makes the
   * nominee TO_CONFIRM with that reason instead of refusing: a batch re-judges what was written
   * earlier and edits nothing, so one stale citation must not stop the other 4,999 checks.
   */
  lenient?: boolean;
}

/** Rows per `UPDATE … FROM (VALUES …)`: 2 parameters a row, far below PostgreSQL's 65,535. */
const STORE_CHUNK = 500;

/**
 * Judges a dossier's nominees (issue 11, "Eligibility"; ADR 0019): the facts of all of them in one
 * RecordsService.factsForMany (the round's year, on judgingDay), then a check per nominee (one
 * RulesService.checker per dossier, so the kinds and parameters are read once) under the round's track
 * and the proposing unit's province (its overrides and own rules), and stores the result on each
 * nomination. A nominee the engine cannot judge — a plan's form with no catalog code, a household (no
 * facts kept for one), an award with no rule in force on the day — gets TO_CONFIRM with the reason,
 * never a pass. The sáng kiến counted are the ones the nomination cites: those are the ones its send
 * locks.
 */
@Injectable()
export class AwardEligibilityService {
  constructor(
    private readonly records: RecordsService,
    private readonly rules: RulesService,
    private readonly org: OrgService,
  ) {}

  async judge(
    tx: Tx,
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    nominees: readonly AwardNominationEntity[],
    stage: NominationEligibility['stage'],
  ): Promise<Map<string, NominationEligibility>> {
    const judged = await this.evaluate(d, round, nominees, stage);
    await this.store(tx, judged);
    // the entities read as stored: what runs after in the same send (the public notice's rule
    // versions, `forSend`) reads the verdict just judged, not the one before it
    for (const n of nominees) n.eligibility = judged.get(n.id) ?? n.eligibility;
    return judged;
  }

  /**
   * The verdicts of `nominees` of dossier `d` in `round`, without storing them (`judge` stores; a
   * receiver's re-check only reports, ADR 0019 §14). `options` lets a batch share facts read for many
   * dossiers at once and the checkers of the provinces met.
   */
  async evaluate(
    d: Pick<AwardDossierEntity, 'id' | 'unitPath'>,
    round: AwardRoundEntity,
    nominees: readonly AwardNominationEntity[],
    stage: NominationEligibility['stage'],
    options: JudgingOptions = {},
  ): Promise<Map<string, NominationEligibility>> {
    const judged = new Map<string, NominationEligibility>();
    if (!nominees.length) return judged;
    const on = judgingDay(round);
    const judgedAt = new Date().toISOString();
    const missing = nominees.filter(
      (n) => (n.personId || n.subjectUnitId) && !options.facts?.has(n.id),
    );
    const read = missing.length
      ? await this.factsOf(round, [{ dossierId: d.id, nominees: missing }])
      : new Map<string, EligibilityFacts>();
    const check = await this.checkerFor(d.unitPath, round.track, options.checkers);
    const base = { on, year: round.year, judgedAt, stage };
    for (const n of nominees) {
      const all = options.facts?.get(n.id) ?? read.get(n.id) ?? null;
      let cited: EligibilityFacts | null;
      try {
        cited = this.cited(n, all, on);
      } catch (error) {
        if (!options.lenient || !(error instanceof AppError)) throw error;
        const why = error.fields?.['initiativeIds']?.[0] ?? error.message;
        judged.set(
          n.id,
          manual(base, `${why} Cán bộ sửa sáng kiến, đề tài dùng cho đề nghị.`, all),
        );
        continue;
      }
      let e: NominationEligibility;
      if (!n.awardCode) {
        e = manual(
          base,
          `“${n.awardName}” là hình thức khen thưởng của kế hoạch, không có mã trong danh mục: cán bộ đối chiếu điều kiện, tiêu chuẩn theo văn bản.`,
          cited,
        );
      } else if (!cited) {
        e = manual(
          base,
          `Hộ gia đình: không có hồ sơ thành tích để kiểm tra tự động; cán bộ đối chiếu điều kiện, tiêu chuẩn theo văn bản.`,
          null,
        );
      } else {
        try {
          const { rule, result } = await check(n.awardCode, cited);
          e = {
            ...base,
            verdict: result.verdict,
            ruleVersionId: rule.id,
            manualReason: null,
            result,
            facts: cited,
          };
        } catch (error) {
          // no rule in force on the day, or a province's own kind another province cannot use: the
          // engine has nothing to judge by, the officer does it from the text
          if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
          const why = error.fields?.['awardCode']?.[0] ?? error.message;
          e = manual(base, `${why} Cán bộ đối chiếu điều kiện, tiêu chuẩn theo văn bản.`, cited);
        }
      }
      judged.set(n.id, e);
    }
    return judged;
  }

  /**
   * The facts of many dossiers' nominees of one round, keyed by nomination, in one
   * RecordsService.factsForMany: each nominee with its own dossier's reference, so the sáng kiến its
   * dossier locked read as free (`ownUse`; once per dossier, bench/awards: 226 of 232 reads of a
   * 5,000-nominee batch). A household has none (no facts are kept).
   */
  async factsOf(
    round: Pick<AwardRoundEntity, 'deadline' | 'year'>,
    groups: readonly { dossierId: string; nominees: readonly AwardNominationEntity[] }[],
  ): Promise<Map<string, EligibilityFacts>> {
    const nominees = groups.flatMap((g) =>
      g.nominees
        .filter((n) => n.personId || n.subjectUnitId)
        .map((n) => ({ n, ownUse: initiativeReference(g.dossierId) })),
    );
    const found = new Map<string, EligibilityFacts>();
    if (!nominees.length) return found;
    const facts = await this.records.factsForMany(
      nominees.map(({ n, ownUse }) =>
        n.personId
          ? { personId: n.personId, ownUse }
          : { unitId: n.subjectUnitId as string, ownUse },
      ),
      round.year,
      judgingDay(round),
    );
    nominees.forEach(({ n }, i) => found.set(n.id, facts[i] as EligibilityFacts));
    return found;
  }

  /**
   * Stores verdicts on their nominations: one `UPDATE … FROM (VALUES …)` per 500 rows, not one
   * statement per nominee (a list of 200 is one round trip).
   */
  async store(tx: Tx, judged: ReadonlyMap<string, NominationEligibility>): Promise<void> {
    const rows = [...judged];
    for (let i = 0; i < rows.length; i += STORE_CHUNK) {
      const chunk = rows.slice(i, i + STORE_CHUNK);
      await tx.em.query(
        `UPDATE award_nominations n SET eligibility = v.e, updated_at = now()
           FROM (VALUES ${chunk.map((_, j) => `($${2 * j + 1}::uuid, $${2 * j + 2}::jsonb)`).join(', ')}) AS v(id, e)
          WHERE n.id = v.id`,
        chunk.flatMap(([id, e]) => [id, JSON.stringify(e)]),
      );
    }
  }

  /**
   * The checker of the proposing unit's province (ADR 0017), off the path the dossier keeps current
   * (its restructuring participant moves it with the unit) instead of a read per level up the tree;
   * shared through `cache` by a batch's dossiers of one province.
   */
  private checkerFor(
    unitPath: string,
    track: AwardRoundEntity['track'],
    cache?: Map<string, Promise<EligibilityChecker>>,
  ): Promise<EligibilityChecker> {
    const province = this.org.rootIdOf(unitPath);
    const key = `${province}|${track}`;
    let checker = cache?.get(key);
    if (!checker) {
      checker = this.rules.checker(province, track);
      cache?.set(key, checker);
    }
    return checker;
  }

  /**
   * The facts as the check reads them: only the sáng kiến the nomination cites (those its send
   * locks), each of which must be the nominee's and recognised by the day judged.
   */
  private cited(
    n: AwardNominationEntity,
    facts: EligibilityFacts | null,
    on: IsoDate,
  ): EligibilityFacts | null {
    if (!facts) {
      if (n.initiativeIds.length)
        throw AppError.field('initiativeIds', 'Hộ gia đình không có sáng kiến, đề tài để sử dụng.');
      return null;
    }
    const own = new Map(facts.initiatives.map((i) => [i.id, i]));
    const unknown = n.initiativeIds.filter((id) => !own.has(id));
    if (unknown.length)
      throw AppError.field(
        'initiativeIds',
        `Sáng kiến, đề tài không phải của ${n.name} hoặc chưa được công nhận đến ngày ${isoToVn(on)}.`,
      );
    return {
      ...facts,
      initiatives: n.initiativeIds.flatMap((id) => {
        const i = own.get(id);
        return i ? [i] : [];
      }),
    };
  }
}

function manual(
  base: Pick<NominationEligibility, 'on' | 'year' | 'judgedAt' | 'stage'>,
  reason: string,
  facts: EligibilityFacts | null,
): NominationEligibility {
  return {
    ...base,
    verdict: 'TO_CONFIRM',
    ruleVersionId: null,
    manualReason: reason,
    result: null,
    facts,
  };
}
