import { Injectable } from '@nestjs/common';
import {
  foldVietnamese,
  RECORD_FIRST_YEAR,
  recordLastYear,
  todayInVietnam,
  type AwardTrack,
  type IsoDate,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
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
import { AWARD_RECORD_COLUMNS } from './records.columns';
import {
  RecordsService,
  yearEnd,
  type ImportedAwardRecord,
  type ResolvedSubject,
} from './records.service';

const col = (key: string) => columnOf(AWARD_RECORD_COLUMNS, key);
const KEYS = new Set<string>(AWARD_RECORD_COLUMNS.map((c) => c.key));

export const AWARD_IMPORT_MESSAGES = {
  year: (last: number) => `năm phải từ ${RECORD_FIRST_YEAR} đến ${last}.`,
  duplicate: (first: number) => `cùng cá nhân, tập thể, danh hiệu và năm đã có ở dòng ${first}.`,
};

interface AwardRow {
  index: number;
  subject: ResolvedSubject | null;
  fields: ImportedAwardRecord['fields'] | null;
  known: boolean;
  problems: string[];
}

/** Who and what an award row names: a second row or a recorded award with the same key is the same award. */
function awardKey(s: ResolvedSubject, f: { year: number; awardName: string }): string {
  const who =
    s.subject === 'INDIVIDUAL'
      ? s.personId
      : s.subject === 'HOUSEHOLD'
        ? `hh:${s.unit.id}:${foldVietnamese(s.subjectName)}`
        : `unit:${s.unit.id}`;
  return `${who}|${f.year}|${foldVietnamese(f.awardName)}`;
}

/**
 * Lịch sử khen thưởng from Excel (issue 11): the awards a province kept in its own sheets, one row
 * per award of a person ("Mã nhân sự"), a household ("Tên hộ gia đình" under "Mã đơn vị") or a unit.
 * The catalog code is checked as the mutation checks it (subject, track); a row naming an award
 * already recorded for the same subject, year and name is left unchanged (history is added, not
 * rewritten: an officer corrects a recorded award in the form). Written by
 * RecordsService.bulkInsertAwardRecords, one audit row per unit and chunk.
 */
@Injectable()
export class AwardRecordImportHandler implements ImportHandler {
  readonly kind = 'AWARD_RECORDS';
  readonly slug = 'award-records';
  readonly label = 'Lịch sử khen thưởng';
  readonly noun = { ascii: 'lich-su-khen-thuong', name: 'lịch sử khen thưởng' };
  readonly permission = 'RECORDS_MANAGE';
  readonly columns = AWARD_RECORD_COLUMNS;

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
      day: 'decidedOn',
    });
    // the example row is an award of the caller's own unit (a made-up person code would be refused)
    return home['unitCode']
      ? {
          ...home,
          personCode: '',
          fullName: '',
          awardCode: 'TT_LAO_DONG_TIEN_TIEN',
          awardName: 'Tập thể lao động tiên tiến',
        }
      : {};
  }

  async plan(
    ctx: RequestContext,
    source: SourceRow[],
    cellProblems: string[][],
  ): Promise<ImportPlan> {
    const subjects = await ImportSubjects.read(ctx, source, this.org, this.people, this.records);
    const last = recordLastYear(todayInVietnam());
    const rows: AwardRow[] = source.map((r, index) => {
      const problems = [...(cellProblems[index] ?? [])];
      const at = (key: string, message: string) =>
        problems.push(problemAt(r.rowNumber, KEYS.has(key) ? col(key) : null, message));
      const row: AwardRow = { index, subject: null, fields: null, known: false, problems };
      if (problems.length) return row;
      const year = r.values['year'] as number;
      if (!Number.isInteger(year) || year < RECORD_FIRST_YEAR || year > last) {
        at('year', AWARD_IMPORT_MESSAGES.year(last));
        return row;
      }
      row.subject = subjects.subjectOf(r, yearEnd(year), at, true);
      if (!row.subject) return row;
      try {
        row.fields = this.records.awardFields(row.subject.subject, {
          awardCode: text(r.values['awardCode']),
          awardName: text(r.values['awardName']),
          track: (r.values['track'] as AwardTrack | null) ?? null,
          year,
          decisionNumber: text(r.values['decisionNumber']),
          decidedOn: (r.values['decidedOn'] as IsoDate | null) ?? null,
          decidedBy: text(r.values['decidedBy']),
          note: text(r.values['note']),
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // the mutation's messages, put at the row's columns
        for (const [field, messages] of Object.entries(error.fields ?? { '': [error.message] }))
          for (const m of messages) at(field, `${m.charAt(0).toLowerCase()}${m.slice(1)}`);
      }
      return row;
    });

    const valid = rows.filter((r) => !r.problems.length && r.subject && r.fields);
    const recorded = await this.records.awardRecordsOf(
      valid.flatMap((r) => (r.subject?.personId ? [r.subject.personId] : [])),
      valid.flatMap((r) => (r.subject && !r.subject.personId ? [r.subject.unit.id] : [])),
      [...new Set(valid.map((r) => r.fields?.year as number))],
    );
    const known = new Set(
      recorded.map((a) =>
        awardKey(
          {
            subject: a.subject,
            personId: a.personId,
            unit: { id: a.unitId } as ResolvedSubject['unit'],
            subjectName: a.subjectName,
            householdAddress: a.householdAddress,
          },
          a,
        ),
      ),
    );
    const firstRows = firstRowByKey(
      valid.map((row) => ({
        row,
        key: awardKey(
          row.subject as ResolvedSubject,
          row.fields as NonNullable<AwardRow['fields']>,
        ),
        code: null,
        rowNumber: source[row.index]?.rowNumber ?? 0,
        problems: row.problems,
      })),
      col('awardName'),
      (_, first) => AWARD_IMPORT_MESSAGES.duplicate(first),
    );
    for (const { row, key } of firstRows.values()) row.known = known.has(key);

    const verdicts: RowVerdict[] = rows.map((row) => {
      if (row.problems.length || !row.fields) return { action: 'INVALID', problems: row.problems };
      return { action: row.known ? 'UNCHANGED' : 'CREATE', problems: [] };
    });
    return { verdicts, apply: (tx, progress) => this.apply(tx, rows, verdicts, progress) };
  }

  private async apply(
    tx: Tx,
    rows: AwardRow[],
    verdicts: RowVerdict[],
    progress: JobProgress,
  ): Promise<string> {
    const writes = rows.filter((r) => verdicts[r.index]?.action === 'CREATE');
    await progress.setTotal(writes.length);
    await this.records.bulkInsertAwardRecords(
      tx,
      writes.map((r) => ({
        subject: r.subject as ResolvedSubject,
        fields: r.fields as NonNullable<AwardRow['fields']>,
      })),
      (n) => progress.report(n),
    );
    return `Đã thêm ${writes.length} khen thưởng vào lịch sử; ${rows.length - writes.length} dòng đã có.`;
  }
}
