import { describe, expect, it } from 'vitest';
import { legalCitation as citation } from './citation';

describe('citation: a căn cứ as the plan prints it', () => {
  it('cites a law by its name, number and date, without "của Quốc hội Luật …"', () => {
    expect(
      citation({
        kind: 'LUAT',
        number: '06/2022/QH15',
        issuedOn: '2022-06-15',
        issuingBody: 'Quốc hội',
        title: 'Luật Thi đua, khen thưởng',
      }),
    ).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022');
  });

  it('cites anything else by kind, number, date and issuer, its trích yếu in lower case', () => {
    expect(
      citation({
        kind: 'CHI_THI',
        number: '34-CT/TW',
        issuedOn: '2014-04-07',
        issuingBody: 'Bộ Chính trị',
        title: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
      }),
    ).toBe(
      'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng',
    );
  });

  it('writes days below 10 and the months 1 and 2 with a leading zero', () => {
    expect(
      citation({
        kind: 'NGHI_DINH',
        number: '152/2025/NĐ-CP',
        issuedOn: '2025-01-05',
        issuingBody: 'Chính phủ',
        title: 'Quy định chi tiết',
      }),
    ).toBe('Nghị định số 152/2025/NĐ-CP ngày 05/01/2025 của Chính phủ quy định chi tiết');
  });

  it('leaves out what the registry does not know', () => {
    expect(
      citation({
        kind: 'NGHI_DINH',
        number: '98/2023/NĐ-CP',
        issuedOn: null,
        issuingBody: 'Chính phủ',
        title: null,
      }),
    ).toBe('Nghị định số 98/2023/NĐ-CP của Chính phủ');
  });
});
