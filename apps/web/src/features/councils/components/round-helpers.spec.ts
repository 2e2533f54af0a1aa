import { describe, expect, it } from 'vitest';

import { roundLabel } from './round-helpers';

const award = (awardName: string) => ({ awardName });

describe('roundLabel', () => {
  it('tells two first rounds of one session apart by the awards they vote on', () => {
    const bangKhen = roundLabel({
      number: 1,
      mode: 'ROOM',
      candidates: [
        award('Bằng khen của Chủ tịch UBND tỉnh'),
        award('Bằng khen của Chủ tịch UBND tỉnh'),
      ],
    });
    const giayKhen = roundLabel({
      number: 1,
      mode: 'ROOM',
      candidates: [award('Giấy khen của Chánh Văn phòng')],
    });
    expect(bangKhen).toBe(
      'Vòng 1 – Bỏ phiếu tại phòng họp bằng mã: Bằng khen của Chủ tịch UBND tỉnh',
    );
    expect(giayKhen).toBe('Vòng 1 – Bỏ phiếu tại phòng họp bằng mã: Giấy khen của Chánh Văn phòng');
  });

  it('names two awards and counts the rest', () => {
    const awards = ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến', 'Tập thể lao động xuất sắc'];
    expect(roundLabel({ number: 2, mode: 'PAPER', candidates: awards.map(award) })).toBe(
      'Vòng 2 – Phiếu giấy: Chiến sĩ thi đua cơ sở; Lao động tiên tiến và 1 hình thức khác',
    );
  });

  it('is the number and the way of voting alone when the candidates are not known', () => {
    expect(roundLabel({ number: 1, mode: 'PAPER' })).toBe('Vòng 1 – Phiếu giấy');
  });
});
