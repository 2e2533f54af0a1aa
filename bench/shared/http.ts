import { request, type Agent } from 'node:http';

export interface PostedAnswer {
  status: number;
  body: string;
  cookies: string[];
}

/**
 * POSTs a JSON body to a local server on `agent`'s keep-alive sockets (`node:http`, not `fetch`:
 * undici's fetch cost ~10% of a bench process's CPU, and the benches measure the server).
 */
export function postJson(
  agent: Agent,
  url: string,
  body: string,
  cookie?: string | null,
): Promise<PostedAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
