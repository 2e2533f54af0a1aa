import { vi, type Messages } from './vi';

/** The active message catalog. Vietnamese today; a second language would be chosen here. */
export const t: Messages = vi;

export type { Messages };
