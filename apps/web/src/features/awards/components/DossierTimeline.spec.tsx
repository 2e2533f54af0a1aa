import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { dossier } from '../testing/fixtures';
import { DossierTimeline } from './DossierTimeline';

describe('Lịch sử hồ sơ', () => {
  it('names the council’s verdicts event and shows the session and verdicts it carries', () => {
    const [created] = dossier().events;
    const reason =
      'Hội đồng Thi đua - Khen thưởng xét tại phiên họp "Phiên họp xét khen thưởng" ngày 10/12/2025 của Hội đồng Thi đua - Khen thưởng Văn phòng. Đạt: Lê Thị Hoa (Chiến sĩ thi đua cơ sở): đồng ý 3/3 (100 %). Biên bản họp: Biên bản họp Hội đồng TĐKT 10-12-2025.docx (SHA-256 abc).';
    render(
      <DossierTimeline
        events={[
          created!,
          {
            ...created!,
            id: 'e-2',
            action: 'COUNCIL',
            fromStatus: 'READY_FOR_COUNCIL',
            toStatus: 'READY_FOR_COUNCIL',
            actorName: 'Phạm Thị Cúc',
            at: '2025-12-10T08:30:00.000Z',
            reason,
            dossierVersion: 7,
          },
        ]}
      />,
    );
    const event = screen.getByRole('article', { name: 'Hội đồng xét' });
    expect(event.textContent).toContain('Phiên họp và kết quả xét');
    expect(event.textContent).toContain('Đạt: Lê Thị Hoa (Chiến sĩ thi đua cơ sở): đồng ý 3/3');
    expect(event.textContent).not.toContain('Lý do');
  });
});
