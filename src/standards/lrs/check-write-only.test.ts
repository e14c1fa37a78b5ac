// @vitest-environment node
/**
 * The read-refusal check against a stand-in that enforces scopes (DESIGN §8.1: the test LRS
 * accepts any credentials, so it cannot tell a reading key from a writing one).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWriteOnlyKey } from './check-write-only';

let server: Server;
let endpoint = '';
const auth = (k: string) => `Basic ${Buffer.from(k).toString('base64')}`;
beforeAll(async () => {
  server = createServer((req, res) => {
    const a = req.headers.authorization;
    if (req.method === 'GET' && a === auth('reader:s')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end('{"statements":[],"more":""}');
    }
    if (req.method === 'GET' && a === auth('broken:s')) {
      res.writeHead(500);
      return res.end();
    }
    res.writeHead(403);
    res.end('{"message":"this key may only write statements"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  endpoint = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/xAPI`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('a key in an assignment link must be write-only', () => {
  it('a key that can read statements is refused', async () => {
    expect(await checkWriteOnlyKey(endpoint, 'reader:s')).toEqual({ kind: 'can-read' });
  });
  it('a key whose read is refused is write-only', async () => {
    expect(await checkWriteOnlyKey(endpoint, 'writer:s')).toEqual({ kind: 'write-only' });
  });
  it('a server error or no server cannot vouch for the key', async () => {
    expect(await checkWriteOnlyKey(endpoint, 'broken:s')).toMatchObject({ kind: 'unreachable' });
    expect(await checkWriteOnlyKey('http://127.0.0.1:9/xAPI/', 'writer:s')).toMatchObject({
      kind: 'unreachable',
    });
  });
});
