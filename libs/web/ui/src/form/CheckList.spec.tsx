import { fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CheckList, type CheckListItem } from './CheckList';

const ITEMS: CheckListItem<string>[] = [
  { value: 'a', label: 'Nguyễn Văn An' },
  { value: 'b', label: 'Trần Thị Bình' },
  { value: 'c', label: 'Lê Văn Cường', disabled: true },
];

function Controlled({ onChange }: { onChange: (v: string[]) => void }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <CheckList
      aria-label="Người được đề nghị"
      items={ITEMS}
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

/**
 * Commits `node` as a browser does, outside `act`: the DOM is there, the passive effects have not run
 * yet (testing-library's `render` flushes them, which hid the race this control avoids).
 */
function commitWithoutEffects(node: ReactNode): () => void {
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  flushSync(() => root.render(node));
  return () => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
    flushSync(() => root.unmount());
    container.remove();
  };
}

describe('CheckList', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
  });

  it('answers a tick made before the effects of the render that showed the list', () => {
    const onChange = vi.fn();
    cleanup = commitWithoutEffects(<Controlled onChange={onChange} />);
    // antd's Checkbox.Group answers [] here: its boxes register in an effect
    fireEvent.click(screen.getByLabelText('Trần Thị Bình'));
    expect(onChange).toHaveBeenLastCalledWith(['b']);
  });

  it("answers in the list's order and unticks", () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Trần Thị Bình'));
    fireEvent.click(screen.getByLabelText('Nguyễn Văn An'));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b']);
    fireEvent.click(screen.getByLabelText('Trần Thị Bình'));
    expect(onChange).toHaveBeenLastCalledWith(['a']);
    expect(screen.getByRole('group', { name: 'Người được đề nghị' })).toBeTruthy();
  });

  it('keeps a disabled box out of reach', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const box = screen.getByLabelText('Lê Văn Cường') as HTMLInputElement;
    expect(box.disabled).toBe(true);
    fireEvent.click(box);
    expect(onChange).not.toHaveBeenCalled();
  });
});
