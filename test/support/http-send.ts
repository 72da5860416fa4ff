// One HTTP request with node:http (not fetch), so a caller chooses the connection: a keep-alive
// agent (bench:load's sessions) or a connection of its own (`agent: false`, to reach any worker).
import http from 'node:http';

export type Sent = { status: number; body: string; cookie?: string };

export function httpSend(
  url: string,
  opts: { method: string; agent: http.Agent | false; cookie?: string; body?: unknown },
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = http.request(
      url,
      {
        method: opts.method,
        agent: opts.agent,
        headers: {
          ...(opts.agent === false ? { connection: 'close' } : {}),
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
