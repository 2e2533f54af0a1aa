import { Injectable } from '@nestjs/common';
import {
  RECORD_FIRST_YEAR,
  recordLastYear,
  todayInVietnam,
  type EvaluationGrade,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
import {
  columnOf,
  examplesAtHomeUnit,
  firstRowByKey,
  problemAt,
  text,
  type ImportPlan,
  type RowVerdict,
  type SourceRow,
} from '../../core/excel/excel-import';
import { ExcelRegistry, type ImportHandler } from '../../core/excel/excel-registry';
import type { JobProgress } from '../../core/jobs/job.service';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { ImportSubjects } from './records-import-subjects';
import { EVALUATION_COLUMNS } from './records.columns';
import {
  RecordsService,
  yearEnd,
  type ImportedEvaluation,
  type ResolvedSubject,
} from './records.service';

const col = (key: string) => columnOf(EVALUATION_COLUMNS, key);

export const EVALUATION_IMPORT_MESSAGES = {
  year: (last: number) => `năm phải từ ${RECORD_FIRST_YEAR} đến ${last}.`,
  duplicate: (first: number) =>
    `đã có kết quả của cùng cá nhân, tập thể và năm ở dòng ${first}; mỗi năm chỉ một kết quả.`,
};

interface EvaluationRow {
  index: number;
  subject: ResolvedSubject | null;
  data: Omit<ImportedEvaluation, 'subject' | 'existing'> | null;
  existing: ImportedEvaluation['existing'];
  problems: string[];
}

/**
 * Kết quả đánh giá from Excel (issue 11): the year's sheet of a unit, one row per person ("Mã nhân
 * sự") or for the unit itself. A result already recorded for the person (or unit) and year is
 * updated when the grade, source or note differs. Every row needs RECORDS_MANAGE at its unit, as the
 * mutation does; the rows are written by RecordsService.bulkWriteEvaluations in statements of 1,000,
 * one audit row per unit and chunk.
 */
@Injectable()
export class EvaluationImportHandler implements ImportHandler {
  readonly kind = 'EVALUATIONS';
  readonly slug = 'evaluations';
  readonly label = 'Kết quả đánh giá, xếp loại';
  readonly noun = { ascii: 'ket-qua-danh-gia', name: 'kết quả đánh giá' };
  readonly permission = 'RECORDS_MANAGE';
  readonly columns = EVALUATION_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly records: RecordsService,
  ) {
    registry.addImport(this);
  }

  async templateExamples(ctx: RequestContext): Promise<Record<string, string>> {
    const home = await examplesAtHomeUnit(ctx, (id) => this.org.findById(id), {
      unit: 'unitCode',
      day: 'unused',
    });
    // the example row is the caller's own unit's result (a made-up person code would be refused)
    return home['unitCode'] ? { unitCode: home['unitCode'], personCode: '', fullName: '' } : {};
  }

  async plan(
    ctx: RequestContext,
    source: SourceRow[],
    cellProblems: string[][],
  ): Promise<ImportPlan> {
    const subjects = await ImportSubjects.read(ctx, source, this.org, this.people, this.records);
    const last = recordLastYear(todayInVietnam());
    const rows: EvaluationRow[] = source.map((r, index) => {
      const problems = [...(cellProblems[index] ?? [])];
      const at = (key: string, message: string) =>
        problems.push(problemAt(r.rowNumber, col(key), message));
      const row: EvaluationRow = { index, subject: null, data: null, existing: null, problems };
      if (problems.length) return row;
      const year = r.values['year'] as number;
      if (!Number.isInteger(year) || year < RECORD_FIRST_YEAR || year > last) {
        at('year', EVALUATION_IMPORT_MESSAGES.year(last));
        return row;
      }
      row.subject = subjects.subjectOf(r, yearEnd(year), at, false);
      row.data = {
        year,
        grade: r.values['grade'] as EvaluationGrade,
        source: text(r.values['source']),
        note: text(r.values['note']),
      };
      return row;
    });

    // one result per subject and year, in the file and against what is recorded
    firstRowByKey(
      rows.flatMap((row, i) =>
        row.subject && row.data && !row.problems.length
          ? [
              {
                key: `${row.subject.personId ?? `unit:${row.subject.unit.id}`}|${row.data.year}`,
                code: null,
                rowNumber: source[i]?.rowNumber ?? 0,
                problems: row.problems,
              },
            ]
          : [],
      ),
      col('year'),
      (_, first) => EVALUATION_IMPORT_MESSAGES.duplicate(first),
    );
    const valid = rows.filter((r) => !r.problems.length && r.subject && r.data);
    const years = [...new Set(valid.map((r) => r.data?.year as number))];
    const byPerson = await this.records.personEvaluations(
      valid.flatMap((r) => (r.subject?.personId ? [r.subject.personId] : [])),
      years,
    );
    const byUnit = await this.records.unitEvaluations(
      valid.flatMap((r) => (r.subject && !r.subject.personId ? [r.subject.unit.id] : [])),
      years,
    );
    for (const row of valid) {
      const s = row.subject as ResolvedSubject;
      const year = row.data?.year as number;
      row.existing =
        (s.personId ? byPerson.get(`${s.personId}|${year}`) : byUnit.get(`${s.unit.id}|${year}`)) ??
        null;
    }

    const verdicts: RowVerdict[] = rows.map((row) => {
      if (row.problems.length || !row.data) return { action: 'INVALID', problems: row.problems };
      const e = row.existing;
      if (!e) return { action: 'CREATE', problems: [] };
      const same =
        e.grade === row.data.grade && e.source === row.data.source && e.note === row.data.note;
      return { action: same ? 'UNCHANGED' : 'UPDATE', problems: [] };
    });
    return { verdicts, apply: (tx, progress) => this.apply(tx, rows, verdicts, progress) };
  }

  private async apply(
    tx: Tx,
    rows: EvaluationRow[],
    verdicts: RowVerdict[],
    progress: JobProgress,
  ): Promise<string> {
    const writes = rows.filter((r) => {
      const action = verdicts[r.index]?.action;
      return action === 'CREATE' || action === 'UPDATE';
    });
    await progress.setTotal(writes.length);
    await this.records.bulkWriteEvaluations(
      tx,
      writes.map((r) => ({
        ...(r.data as NonNullable<EvaluationRow['data']>),
        subject: r.subject as ResolvedSubject,
        existing: r.existing,
      })),
      (n) => progress.report(n),
    );
    const created = writes.filter((r) => !r.existing).length;
    return `Đã thêm ${created} kết quả đánh giá, cập nhật ${writes.length - created} kết quả; ${rows.length - writes.length} dòng không thay đổi.`;
  }
}
