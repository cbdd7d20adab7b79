// A real HTTP endpoint for the tests, served by the test runner's own server:
// /api/feed answers as the query asks (fail N times, a status, not JSON, hang, delay, the demo's
// feed with feed=demo) and
// /api/stats says how many requests each key received and how many were abandoned by the browser.
import { readFileSync } from 'node:fs';

const fixture = readFileSync(new URL('../fixtures/feed.json', import.meta.url), 'utf8');
const demoFeed = readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8');
const photo = readFileSync(new URL('../fixtures/photo.svg', import.meta.url), 'utf8');
const stats = new Map();

const statsOf = (key) => {
  if (!stats.has(key)) stats.set(key, { requests: 0, aborted: 0 });
  return stats.get(key);
};

const feedback = new Map();
const feedbackOf = (key) => {
  if (!feedback.has(key)) feedback.set(key, { mode: 'ok', received: [] });
  return feedback.get(key);
};

async function readBody(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

/**
 * A feedback endpoint: POST /api/feedback?key=K answers as its mode says (ok 201, reject 422,
 * fail 503, fail:N 503 for the next N requests and then 201, hang, answer:S:N:R status S for the
 * next N requests (or always, without N) and then 201, with `Retry-After: R` when R is given: a
 * number of seconds, or `dateT` for an HTTP date T seconds ahead); POST /api/feedback-mode?key=K&mode=M
 * changes the mode; GET /api/feedback-log?key=K lists every request with its submission id, the
 * status it got and its Accept header.
 */
async function feedbackApi(context) {
  const record = feedbackOf(context.query.key ?? 'default');
  if (context.path === '/api/feedback-mode') {
    record.mode = context.query.mode;
    context.body = 'ok';
    return;
  }
  if (context.path === '/api/feedback-log') {
    context.type = 'json';
    context.body = JSON.stringify(record.received);
    return;
  }
  const type = context.get('content-type');
  const body = await readBody(context.req);
  const id = type.startsWith('application/json') ? JSON.parse(body).id : new URLSearchParams(body).get('id');
  let mode = record.mode;
  if (mode.startsWith('fail:')) {
    const left = Number(mode.slice(5));
    record.mode = left > 1 ? `fail:${left - 1}` : 'ok';
    mode = 'fail';
  }
  let status = { ok: 201, reject: 422, fail: 503, hang: 0 }[mode];
  if (mode.startsWith('answer:')) {
    const [, answer, times, retry] = mode.split(':');
    if (times) record.mode = +times > 1 ? `answer:${answer}:${times - 1}:${retry ?? ''}` : 'ok';
    status = +answer;
    if (retry?.startsWith('date'))
      context.set('retry-after', new Date(Date.now() + retry.slice(4) * 1000).toUTCString());
    else if (retry) context.set('retry-after', retry);
  }
  record.received.push({ id, status, type, body, accept: context.get('accept'), at: Date.now() });
  if (!status) {
    await new Promise((resolve) => context.req.on('close', resolve));
    return;
  }
  context.status = status;
  context.body = status === 201 ? 'thanks' : 'no';
}

/**
 * GET /api/org/K/feed.json: a feed whose URLs are all relative to where it is served, as a
 * coalition writes them when the feed sits beside its own pages (feedback goes to key K).
 */
function relativeFeed(context) {
  const key = context.path.split('/')[3];
  context.type = 'json';
  context.body = JSON.stringify({
    version: 1,
    coalition: { name: 'Relative Coalition', url: '/', logo: 'logo.svg' },
    speakers: [
      { id: 'chas', name: 'Chas Moore', photo: { src: 'img/chas.svg' }, links: [{ label: 'Bio', url: '../bio' }] },
    ],
    feedback: { endpoint: `/api/feedback?key=${key}` },
  });
}

export async function testApi(context, next) {
  if (context.path.startsWith('/api/feedback')) return feedbackApi(context);
  if (/^\/api\/org\/\w+\/feed\.json$/.test(context.path)) return relativeFeed(context);
  if (/^\/api\/org\/\w+\/img\/chas\.svg$/.test(context.path)) {
    context.type = 'image/svg+xml';
    context.body = photo;
    return;
  }
  if (context.path === '/api/stats') {
    context.type = 'json';
    context.body = JSON.stringify(statsOf(context.query.key));
    return;
  }
  if (context.path !== '/api/feed') return next();

  const { key = 'default', fail = '0', status, body, hang, delay = '0', feed } = context.query;
  const record = statsOf(key);
  record.requests += 1;
  context.set('cache-control', 'no-store');
  if (hang) {
    await new Promise((resolve) => context.req.on('close', resolve));
    record.aborted += 1;
    return;
  }
  if (+delay) await new Promise((resolve) => setTimeout(resolve, +delay));
  if (record.requests <= +fail) {
    context.status = 503;
    context.body = 'try later';
  } else if (status) {
    context.status = +status;
    context.body = 'no';
  } else if (body === 'not-json') {
    context.type = 'json';
    context.body = '{"version": 1, "coalition": ';
  } else if (body === 'not-a-feed') {
    context.type = 'json';
    context.body = '{"hello": "world"}';
  } else {
    context.type = 'json';
    context.body = feed === 'demo' ? demoFeed : fixture;
  }
}
