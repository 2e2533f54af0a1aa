import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** The app's security headers: a strict Content-Security-Policy for the SPA, helmet's defaults else. */
export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
};

/** The headers helmet sets and removes for `options`, recorded once on a stand-in response. */
export function helmetHeaders(options: Readonly<HelmetOptions>): {
  set: [string, string][];
  removed: string[];
} {
  const set = new Map<string, string>();
  const removed = new Set<string>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.set(name, String(value));
      removed.delete(name);
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.add(name);
    },
    getHeader: (name: string) => set.get(name),
  };
  let done = false;
  helmet(options as HelmetOptions)(
    { headers: {}, method: 'GET', url: '/' } as IncomingMessage,
    res as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error;
      done = true;
    },
  );
  if (!done)
    throw new Error('helmet did not finish synchronously: its headers depend on the request');
  return { set: [...set], removed: [...removed] };
}

/**
 * helmet's headers, computed once. helmet is twelve middlewares that each set a constant header (and
 * the policy string is rebuilt for every request): ~1% of a request in bench/http. Ours depend on no
 * request (no nonce), so one middleware sets the recorded values; `security-headers.spec.ts` checks
 * they equal what helmet sets on a real response.
 */
export function securityHeaders(
  options: Readonly<HelmetOptions> = HELMET_OPTIONS,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { set, removed } = helmetHeaders(options);
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
