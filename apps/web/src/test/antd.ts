import { fireEvent, waitFor, within } from '@testing-library/react';

/** Types a date into an antd DatePicker the way a user does (dd/mm/yyyy, then Enter). */
export function typeDate(input: HTMLElement, text: string): void {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

/**
 * Opens an antd Select, optionally types a search, clicks the option with that title in THIS select's
 * list (other lists may still be in the document), then closes the list (multiple selects stay open).
 */
export async function chooseOption(
  combobox: HTMLElement,
  optionTitle: string,
  search?: string,
  /** Escape closes a multiple select's list, but also the drawer or modal around a select */
  escape = true,
): Promise<void> {
  fireEvent.mouseDown(combobox);
  if (search !== undefined) fireEvent.change(combobox, { target: { value: search } });
  const option = await waitFor(() => {
    const listId = combobox.getAttribute('aria-controls') ?? combobox.getAttribute('aria-owns');
    const popup = listId ? document.getElementById(listId)?.closest('.ant-select-dropdown') : null;
    if (!popup) throw new Error('the option list is not open yet');
    const found = within(popup as HTMLElement)
      .queryAllByTitle(optionTitle)
      .find((el) => el.classList.contains('ant-select-item-option'));
    if (!found) throw new Error(`option ${optionTitle} not shown yet`);
    return found;
  });
  fireEvent.click(option);
  if (escape) fireEvent.keyDown(combobox, { key: 'Escape', code: 'Escape' });
  fireEvent.blur(combobox);
}

/** The text antd shows under an input (its aria-describedby help and error elements). */
export function helpOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/**
 * The messages antd shows under the form item labelled `label` (errors and warnings). Messages on their
 * way out (a leave animation, which jsdom never finishes) are not counted.
 */
export function explainOf(label: string): string {
  const labels = Array.from(document.querySelectorAll('label')).filter(
    (el) => el.textContent?.trim() === label,
  );
  return labels
    .flatMap((el) =>
      Array.from(
        el.closest('.ant-form-item')?.querySelectorAll('.ant-form-item-explain > div') ?? [],
      ),
    )
    .filter((message) => !/-leave/.test(message.className))
    .map((message) => message.textContent ?? '')
    .join(' ');
}

/**
 * The one visible button named `name` (its aria-label or text). A plain DOM walk: `getByRole` computes
 * the accessibility tree of the whole page, which takes seconds on long antd forms.
 */
export function getButton(name: string, container: ParentNode = document): HTMLButtonElement {
  const matches = Array.from(container.querySelectorAll('button')).filter(
    (button) =>
      (button.getAttribute('aria-label') ?? button.textContent?.replace(/\s+/g, ' ').trim()) ===
        name && !button.closest('[hidden]'),
  );
  const [only] = matches;
  if (!only || matches.length > 1) {
    throw new Error(`expected one visible button "${name}", found ${matches.length}`);
  }
  return only;
}

export const findButton = (name: string, container?: ParentNode) =>
  waitFor(() => getButton(name, container));
