import { Injectable } from '@nestjs/common';
import type { EvaluationGrade, HoldKind, IsoDate } from '@thidua/shared-domain';
import type { Tx } from '../core/database/transaction';
import { RecordsService } from '../modules/records/records.service';
import { DEMO_PEOPLE } from './demo-province';

export interface DemoRecordsSummary {
  evaluations: number;
  awards: number;
  initiatives: number;
  holds: number;
}

/**
 * The people of the demo Sở Nội vụ the records are about: the first few on its staff, by code (the
 * awards demo nominates them by the same list: demo-awards.ts).
 */
export function snvPeople(count: number): string[] {
  return DEMO_PEOPLE.filter((p) =>
    p.positions.some((pos) => pos.unit.startsWith('VLG-SNV') && !pos.endedOn),
  )
    .slice(0, count)
    .map((p) => p.code);
}

const GRADES: readonly EvaluationGrade[] = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTXSNV', 'HTTNV'];

/**
 * Hồ sơ thành tích for the demo (issue 11): three years of evaluations of six people of Sở Nội vụ and
 * of the Sở itself, their titles (LĐTT, CSTĐCS), the Sở's Bằng khen, a commune's Cờ thi đua before the
 * 2025 merger (inherited by the ward it became), two sáng kiến of which one already used for a CSTĐCS,
 * and a person under disciplinary review (a hold in force), so the eligibility checks have something
 * to say yes and no to. Through RecordsService, as a user would enter them.
 */
@Injectable()
export class DemoRecordsLoader {
  constructor(private readonly records: RecordsService) {}

  async load(
    tx: Tx,
    ids: { unit: (code: string) => string; person: (code: string) => string },
  ): Promise<DemoRecordsSummary> {
    const summary: DemoRecordsSummary = { evaluations: 0, awards: 0, initiatives: 0, holds: 0 };
    const people = snvPeople(GRADES.length).map((code) => ids.person(code));
    for (const year of [2023, 2024, 2025]) {
      for (const [i, personId] of people.entries()) {
        const grade = GRADES[(i + year) % GRADES.length] as EvaluationGrade;
        await this.records.createEvaluation(
          tx,
          { personId },
          {
            year,
            grade,
            source: `Quyết định công nhận kết quả đánh giá năm ${year} của Sở Nội vụ`,
          },
        );
        summary.evaluations += 1;
        if (grade === 'HTXSNV' || grade === 'HTTNV') {
          await this.records.createAwardRecord(
            tx,
            { personId },
            {
              awardCode: grade === 'HTXSNV' && i % 2 === 0 ? 'CSTD_CO_SO' : 'LAO_DONG_TIEN_TIEN',
              year,
              decisionNumber: `${10 + year - 2023}/QĐ-SNV`,
              decidedOn: `${year + 1}-01-15` as IsoDate,
              decidedBy: 'Giám đốc Sở Nội vụ',
            },
          );
          summary.awards += 1;
        }
      }
      await this.records.createEvaluation(
        tx,
        { unitId: ids.unit('VLG-SNV') },
        { year, grade: 'HTXSNV', source: `Quyết định của Chủ tịch UBND tỉnh năm ${year}` },
      );
      summary.evaluations += 1;
    }
    await this.records.createAwardRecord(
      tx,
      { unitId: ids.unit('VLG-SNV') },
      {
        awardCode: 'BANG_KHEN_TINH',
        year: 2024,
        decisionNumber: '215/QĐ-UBND',
        decidedOn: '2025-01-20',
        decidedBy: 'Chủ tịch UBND tỉnh',
      },
    );
    // a commune merged on 01/07/2025: its flag counts for the ward it became (inheritedFrom)
    await this.records.createAwardRecord(
      tx,
      { unitId: ids.unit('VLG-C-X-THANHDUC') },
      {
        awardCode: 'CO_THI_DUA_TINH',
        year: 2024,
        decisionNumber: '230/QĐ-UBND',
        decidedOn: '2025-01-25',
        decidedBy: 'Chủ tịch UBND tỉnh',
      },
    );
    summary.awards += 2;

    const [first, second, third] = people;
    if (first && second && third) {
      await this.records.createInitiative(
        tx,
        { personId: first },
        {
          kind: 'SANG_KIEN',
          title: 'Số hóa quy trình xét khen thưởng thường xuyên tại Sở Nội vụ',
          scope: 'UNIT',
          recognisedOn: '2024-11-20',
          recognisedBy: 'Hội đồng sáng kiến Sở Nội vụ',
          certificateNumber: '05/GCN-SNV',
        },
        // already cited by the CSTĐCS 2024 nomination: "một sáng kiến chỉ dùng một lần"
        { awardName: 'Chiến sĩ thi đua cơ sở', year: 2024, reference: 'Tờ trình số 02/TTr-SNV' },
      );
      await this.records.createInitiative(
        tx,
        { personId: second },
        {
          kind: 'DE_TAI',
          title:
            'Giải pháp nâng cao chất lượng phong trào thi đua ở cơ sở sau sắp xếp đơn vị hành chính',
          scope: 'PROVINCE',
          recognisedOn: '2025-09-10',
          recognisedBy: 'Sở Khoa học và Công nghệ',
        },
      );
      summary.initiatives += 2;
      const hold: { kind: HoldKind; startsOn: IsoDate; source: string } = {
        kind: 'KY_LUAT',
        startsOn: '2025-11-05',
        source: 'Hội đồng kỷ luật Sở Nội vụ, Thông báo số 18/TB-SNV ngày 05/11/2025',
      };
      await this.records.createHold(tx, { personId: third }, hold);
      summary.holds += 1;
    }
    return summary;
  }
}
