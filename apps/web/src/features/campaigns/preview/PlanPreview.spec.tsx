import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PlanPreview } from '../components/PlanPreview';
import { bacKanPlan } from '../testing/fixtures';
import { previewSheet } from '../testing/dom';
import { planOutline } from './plan-outline';
import { outlineFromPlan } from './plan-preview-input';

describe('PlanPreview — inline markup on the sheet', () => {
  it('sets italic and bold words, raises footnote numbers and lists the notes in order', () => {
    const plan = bacKanPlan();
    const [first, ...rest] = plan.content.sections ?? [];
    if (!first) throw new Error('the fixture has sections');
    render(
      <PlanPreview
        outline={planOutline(
          outlineFromPlan({
            ...plan,
            content: {
              ...plan.content,
              sections: [
                {
                  ...first,
                  paragraphs: ['- *Bước 1.* Xây dựng **điển hình**[^Theo Hướng dẫn số 6980.].'],
                },
                ...rest,
              ],
            },
          }),
        )}
      />,
    );
    const sheet = previewSheet();
    const paragraph = Array.from(sheet.querySelectorAll('p')).find((p) =>
      p.textContent?.startsWith('- Bước 1.'),
    );
    expect(paragraph?.textContent).toBe('- Bước 1. Xây dựng điển hình2.');
    const styled = Array.from(paragraph?.querySelectorAll('span') ?? []).map((s) => [
      s.textContent,
      s.style.fontStyle,
      s.style.fontWeight,
    ]);
    expect(styled).toEqual([
      ['Bước 1.', 'italic', ''],
      ['điển hình', '', '700'],
    ]);
    expect(paragraph?.querySelector('sup')?.textContent).toBe('2');
    // footnote 1 is the section title's (fixture), 2 the one typed in its paragraph
    const notes = Array.from(sheet.querySelectorAll('footer p')).map((p) => p.textContent);
    expect(notes).toEqual([
      '1 Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.',
      '2 Theo Hướng dẫn số 6980.',
    ]);
  });

  it('shows text without markup as before, stars typed as text included', () => {
    const plan = bacKanPlan();
    render(
      <PlanPreview
        outline={planOutline(
          outlineFromPlan({
            ...plan,
            content: { ...plan.content, closing: 'Trên đây là Kế hoạch (*) của Văn phòng' },
          }),
        )}
      />,
    );
    const last = Array.from(previewSheet().querySelectorAll('p')).find((p) =>
      p.textContent?.startsWith('Trên đây'),
    );
    expect(last?.textContent).toBe('Trên đây là Kế hoạch (*) của Văn phòng./.');
    expect(last?.querySelector('span, sup')).toBeNull();
  });
});
