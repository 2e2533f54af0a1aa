/*
 * Plain DOM walks for the plan editor's specs: Testing Library's getByLabelText and getByRole look at
 * every element of the page, and the editor keeps all its parts mounted (~1,700 elements for the
 * Bắc Kạn plan): one call took 8 s on a loaded 2-core runner, against milliseconds here.
 */

/** The inputs named `label`: by their form label (`for` → id) or their own aria-label. */
export function fieldsLabelled(label: string): HTMLElement[] {
  const byLabel = Array.from(document.querySelectorAll('label'))
    .filter((el) => el.textContent?.trim() === label && el.htmlFor)
    .map((el) => document.getElementById(el.htmlFor))
    .filter((el): el is HTMLElement => el !== null);
  const byAria = Array.from(document.querySelectorAll<HTMLElement>('[aria-label]')).filter(
    (el) => el.getAttribute('aria-label') === label && !(el instanceof HTMLLabelElement),
  );
  return [...byLabel, ...byAria];
}

/** The one input named `label` (the first, with `index`, when the label repeats). */
export function fieldLabelled(label: string, index = 0): HTMLElement {
  const found = fieldsLabelled(label)[index];
  if (!found) throw new Error(`no field labelled "${label}"`);
  return found;
}

/** The preview sheet. */
export function previewSheet(): HTMLElement {
  const sheet = document.querySelector<HTMLElement>(
    'article[aria-label="Văn bản kế hoạch (xem trước)"]',
  );
  if (!sheet) throw new Error('no preview');
  return sheet;
}

/** The editor's tab whose label starts with `name`. */
export function partTab(name: string): HTMLElement {
  const tab = Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]')).find((el) =>
    el.textContent?.startsWith(name),
  );
  if (!tab) throw new Error(`no tab ${name}`);
  return tab;
}
