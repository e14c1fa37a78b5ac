/**
 * The LMS side of a cmi5 launch, as a small stand-in (DESIGN §8.10: no npm LMS serves cmi5): the
 * one-time fetch URL that hands out the auth token, and the State API (LMS.LaunchData and the AU's
 * own state). Every other xAPI call goes on to the real test LRS, so statements land there.
 */
import { createServer, request } from 'node:http';
import { randomUUID } from 'node:crypto';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization,content-type,x-experience-api-version',
  'Access-Control-Allow-Methods': 'GET,PUT,POST,DELETE,OPTIONS',
};

export async function startCmi5Lms(lrsPort) {
  const state = new Map();
  const profiles = new Map();
  const fetches = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (process.env.CMI5_DEBUG) console.log('stand-in', req.method, req.url.slice(0, 60));
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return res.end();
    }
    if (url.pathname.startsWith('/fetch/')) {
      const f = fetches.get(url.pathname);
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
      if (!f || f.used)
        return res.end(
          JSON.stringify({ 'error-code': '1', 'error-text': 'already used or unknown' }),
        );
      f.used = true;
      f.calls++;
      return res.end(
        JSON.stringify({ 'auth-token': Buffer.from(`cmi5:${f.token}`).toString('base64') }),
      );
    }
    if (url.pathname === '/xAPI/activities/state') {
      const key = ['stateId', 'activityId', 'agent', 'registration']
        .map((k) => url.searchParams.get(k))
        .join('|');
      if (req.method === 'GET') {
        const v = state.get(key);
        res.writeHead(v === undefined ? 404 : 200, { ...CORS, 'Content-Type': 'application/json' });
        return res.end(v ?? '');
      }
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        state.set(key, body);
        res.writeHead(204, CORS);
        res.end();
      });
      return;
    }
    if (url.pathname === '/xAPI/agents/profile') {
      // cmi5 §11: the LMS keeps cmi5LearnerPreferences; the AU only reads it.
      const v = profiles.get(
        `${url.searchParams.get('agent')}|${url.searchParams.get('profileId')}`,
      );
      res.writeHead(v === undefined ? 404 : 200, { ...CORS, 'Content-Type': 'application/json' });
      return res.end(v ?? '');
    }
    const upstream = request(
      { host: '127.0.0.1', port: lrsPort, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    endpoint: `${origin}/xAPI/`,
    /** A launch as the LMS would make it: a fresh fetch URL and session, LMS.LaunchData stored. */
    launch({
      actor,
      registration,
      activityId,
      masteryScore,
      launchMode = 'Normal',
      languagePreference,
    }) {
      if (languagePreference)
        profiles.set(
          `${JSON.stringify(actor)}|cmi5LearnerPreferences`,
          JSON.stringify({ languagePreference, audioPreference: 'on' }),
        );
      const path = `/fetch/${randomUUID()}`;
      const f = { used: false, calls: 0, token: randomUUID() };
      fetches.set(path, f);
      const sessionId = randomUUID();
      const key = ['LMS.LaunchData', activityId, JSON.stringify(actor), registration].join('|');
      state.set(
        key,
        JSON.stringify({
          contextTemplate: {
            contextActivities: {
              grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/course/77' }],
            },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
          },
          launchMode,
          moveOn: 'CompletedAndPassed',
          ...(masteryScore !== undefined ? { masteryScore } : {}),
          returnURL: 'https://lms.example.org/course/77',
        }),
      );
      const query = new URLSearchParams({
        endpoint: `${origin}/xAPI/`,
        fetch: `${origin}${path}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return { query: query.toString(), sessionId, fetchCalls: () => f.calls };
    },
    /** A State API document as the AU left it (the LMS side can read it too). */
    stateOf: (stateId, { actor, registration, activityId }) =>
      state.get([stateId, activityId, JSON.stringify(actor), registration].join('|')),
    stop: () => new Promise((r) => server.close(r)),
  };
}
