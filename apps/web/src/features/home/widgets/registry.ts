import type { Permission } from '@thidua/shared-domain';
import type { ComponentType } from 'react';

/**
 * A card of the home page. Each feature contributes its own (campaigns, dossiers and councils will add
 * theirs here): the page shows the cards the viewer's permissions allow, in `order`, and knows
 * nothing else about them.
 */
export interface HomeWidget {
  key: string;
  /** lower first */
  order: number;
  /** the viewer needs at least one of these; none = every signed-in user */
  anyOf?: readonly Permission[];
  /** a full row on a wide screen, or half of one */
  wide?: boolean;
  Card: ComponentType;
}

/** The cards a viewer sees, in order. */
export function visibleWidgets(
  widgets: readonly HomeWidget[],
  can: (...anyOf: Permission[]) => boolean,
): HomeWidget[] {
  return widgets
    .filter((widget) => !widget.anyOf || can(...widget.anyOf))
    .sort((a, b) => a.order - b.order);
}
