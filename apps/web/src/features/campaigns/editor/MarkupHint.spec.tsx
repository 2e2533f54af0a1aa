import { render } from '@testing-library/react';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';

import { PurposePart, SectionsPart } from './ContentParts';

describe('MarkupHint — the editor says how to mark up running text', () => {
  it('shows *nghiêng*, **đậm** and [^chú thích] beside the paragraph fields', () => {
    render(
      <Form>
        <PurposePart />
        <SectionsPart />
      </Form>,
    );
    const hints = Array.from(document.querySelectorAll('[data-testid="markup-hint"]'));
    // mục đích, and the sections' part
    expect(hints).toHaveLength(2);
    const text = hints[0]?.textContent ?? '';
    expect(text).toContain('*chữ nghiêng*');
    expect(text).toContain('**chữ đậm**');
    expect(text).toContain('[^Nội dung chú thích]');
    expect(text).toContain('\\*');
    // what it prints as: set in italics and bold
    expect(hints[0]?.querySelector('i')?.textContent).toBe('chữ nghiêng');
    expect(hints[0]?.querySelector('b')?.textContent).toBe('chữ đậm');
  });
});
