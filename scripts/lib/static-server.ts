// Serves a built site (dist/) on loopback, optionally under a sub-path, like an intranet web
// server would; used by the browser tests and the search benchmark. sirv does the static
// serving; we only mount it at the base and count requests and body bytes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  url: string;
  /** Body bytes sent since start (or the last reset). */
  bytes: () => number;
  requests: () => number;
  reset: () => void;
  close: () => Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<Served> {
  const handler = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  let bytes = 0;
  let requests = 0;
  const count = (chunk: unknown) => {
    if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
  };
  const server: Server = createServer((req, res) => {
    requests++;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') count(chunk);
      return (end as (...a: unknown[]) => typeof res)(chunk, ...rest);
    }) as typeof res.end;
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under base');
      return;
    }
    req.url = '/' + url.slice(base.length);
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    bytes: () => bytes,
    requests: () => requests,
    reset: () => {
      bytes = 0;
      requests = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
