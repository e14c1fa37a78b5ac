/**
 * A loopback proxy in front of the test LRS that the delivery tests can cut: `down` refuses and
 * drops connections (the network is gone), `lose-answer` forwards the request but drops the
 * answer (the LRS stored it, the device never heard), `hang` never answers (a timeout), and
 * `answer` replies with a status of the test's choosing (401, 429 + Retry-After, 503: faults the
 * test LRS does not produce by itself). `write-only` refuses reads (403) and forwards the rest, as an
 * LRS enforcing a write-only key's scope would. `up` forwards everything.
 */
import { createServer, request } from 'node:http';

export async function startFaultProxy(lrsPort) {
  let mode = { kind: 'up' };
  const sockets = new Set();
  const seen = [];
  const server = createServer((req, res) => {
    const m = mode;
    seen.push(`${req.method} ${m.kind}`);
    if (m.kind === 'down' || m.kind === 'hang') {
      if (m.kind === 'down') req.socket.destroy();
      return;
    }
    if (m.kind === 'write-only' && req.method === 'GET') {
      res.writeHead(403, { 'Access-Control-Allow-Origin': req.headers.origin ?? '*' });
      return res.end(JSON.stringify({ message: 'this key may only write statements' }));
    }
    if (m.kind === 'answer' && req.method !== 'OPTIONS') {
      res.writeHead(m.status, { 'Access-Control-Allow-Origin': '*', ...m.headers });
      res.end(JSON.stringify({ message: `injected ${m.status}` }));
      if (m.once) mode = { kind: 'up' };
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: lrsPort, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        if (m.kind === 'lose-answer') {
          up.resume();
          up.on('end', () => req.socket.destroy());
          if (m.once) mode = { kind: 'up' };
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    port,
    seen,
    /** @param {{kind: 'up'|'down'|'hang'|'lose-answer'|'answer', status?: number, headers?: object, once?: boolean}} next */
    set(next) {
      mode = next;
      if (next.kind === 'down') for (const s of sockets) s.destroy();
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
