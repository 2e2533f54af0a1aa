import { authMessages } from '../features/auth/messages';
import { commonMessages } from './common';

/**
 * The texts of the login page and of what every page loads before its screen (providers, router
 * errors, form rules, error messages): the common texts and the sign-in page's. Modules of the entry
 * chunk and of the login route read `t` from here, not from ./index.ts: the whole catalog assembles
 * every feature's texts, and imported there it put them all on the login page (with the menu's icons
 * and texts, which features/shell/access.ts keeps out: 328 → 277 KB gzip in bench/web, 7 December 2026).
 * The same objects make up the whole catalog (./vi.ts), so a text reads the same either way.
 */
export const t = { ...commonMessages, ...authMessages };
