// The receiver bench's reference: `node:http` and the same store as `receive`, with no checks at
// all (no rate limits, no size ceiling, no origin, no validation beyond JSON.parse), so the bench
// can say what the receiver's own work costs. `node bench/receive-reference.mjs DB` (after the
// build); prints the address it listens on, stops on SIGTERM.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { openStore } from '../cli/dist/receive/open-store.js';

const store = await openStore(process.argv[2], { create: true });
const statuses = { stored: 201, duplicate: 200, conflict: 409 };
const server = createServer(async (request, response) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  const { id, answers, message, name = null, email = null, topic = null, page = null } = JSON.parse(body);
  const added = await store.add({
    id,
    answers,
    message,
    name,
    email,
    topic,
    page,
    receivedAt: new Date().toISOString(),
    userAgent: null,
  });
  response.writeHead(statuses[added], { 'content-type': 'application/json; charset=utf-8' });
  response.end('{}\n');
}).listen(0, '127.0.0.1');
await once(server, 'listening');
console.log(`listening on http://127.0.0.1:${server.address().port}/feedback`);
await once(process, 'SIGTERM');
server.close();
server.closeAllConnections();
await store.close();
