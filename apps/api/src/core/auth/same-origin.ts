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
 * - `Sec-Fetch-Site` decides when the browser sends it (every current browser; page scripts cannot
 *   set it): `cross-site` and `same-site` are refused; `same-origin` (the SPA is always served from
 *   this origin) and `none` (a typed address, a bookmark) pass.
 * - Without it, an `Origin` header naming another host is refused (browsers send Origin on every
 *   POST); `Origin: null` (a sandboxed frame, a file://) too. Only the host is compared, not the
 *   scheme: behind a TLS-terminating proxy without TRUST_PROXY the server sees `http` while the
 *   browser says `https`, and the same host over another scheme is not another site's page.
 * - Neither header (scripts with a bearer key, curl) passes: they carry no ambient credentials.
 *
 * This server's host is the one the request was addressed to (`X-Forwarded-Host` when TRUST_PROXY is
 * on), so a reverse proxy needs no extra setting.
 */
export function isCrossSiteRequest(req: Request): boolean {
  const site = header(req, 'sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  if (site === 'same-origin' || site === 'none') return false;
  const origin = header(req, 'origin');
  if (origin === null) return false;
  const host = req.host?.toLowerCase();
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // `null` or garbage: not a page of ours
  }
  return !host || originHost !== host;
}
