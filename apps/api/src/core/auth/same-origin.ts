import type { Request } from 'express';

/** What a refused cross-site REST request reads (no unit, no detail of the check). */
export const CROSS_SITE_MESSAGE =
  'Yêu cầu đến từ một trang web khác nên bị từ chối. Hãy tải tệp lên hoặc tải về từ chính trang của hệ thống.';

function header(req: Request, name: string): string | null {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim().toLowerCase() || null;
}

/**
 * Whether a REST request (uploads, exports, templates) comes from another site and must be refused.
 *
 * The session cookie is `SameSite=Strict`, but that alone leaves two gaps: a browser that ignores
 * SameSite, and a *same-site* page (a sibling sub-domain of the province's portal, where anyone may
 * publish) to which the browser does send a Strict cookie. So:
 * - `Sec-Fetch-Site: cross-site` or `same-site` is refused; the SPA is always served from this origin
 *   (`same-origin`), and `none` is a typed address or a bookmark.
 * - An `Origin` header that is not this server's origin is refused (browsers without Sec-Fetch-*
 *   still send Origin on every POST). `Origin: null` (a sandboxed frame, a file://) is refused too.
 * - Neither header (scripts with a bearer key, curl) is allowed: they carry no ambient credentials.
 *
 * This server's origin is the scheme and host the request was addressed to (`X-Forwarded-*` when
 * TRUST_PROXY is on), so a reverse proxy needs no extra setting.
 */
export function isCrossSiteRequest(req: Request): boolean {
  const site = header(req, 'sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = header(req, 'origin');
  if (origin === null) return false;
  const host = req.host?.toLowerCase();
  return !host || origin !== `${req.protocol}://${host}`;
}
