import { once } from 'node:events';
import { isIP } from 'node:net';
import { Failure, parseOptions, UsageError, wholeNumber } from '../command.js';
import { Notifier } from '../receive/notifier.js';
import { databaseOption, openStore, shownDatabase } from '../receive/open-store.js';
import { createReceiver } from '../receive/server.js';

/** The options, checked: a `UsageError` names the first that is wrong. */
function readOptions(args: string[]) {
  const { values } = parseOptions({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true, default: [] },
      'per-minute': { type: 'string', default: '30' },
      'total-kb-per-minute': { type: 'string', default: '2048' },
      'trust-proxy': { type: 'string', multiple: true, default: [] },
      notify: { type: 'string' },
      'notify-contact': { type: 'boolean', default: false },
    },
  });
  const db = databaseOption(values.db);
  const notify = values.notify ?? (process.env.COALITION_WIDGETS_NOTIFY || undefined);
  if (notify && !/^https?:\/\//.test(notify)) throw new UsageError('--notify: not an http(s) URL');
  const proxy = values['trust-proxy'].find((address) => !isIP(address));
  if (proxy !== undefined) throw new UsageError(`--trust-proxy: "${proxy}" is not an IP address`);
  const origins = values.origin.map((origin) => {
    try {
      return new URL(origin).origin;
    } catch {
      throw new UsageError(`--origin: "${origin}" is not a URL`);
    }
  });
  return {
    db,
    host: values.host,
    origins,
    port: wholeNumber(values.port, 'port', 0, 65535),
    perMinute: wholeNumber(values['per-minute'], 'per-minute', 1, 1_000_000),
    // at least one submission of the largest size fits in a minute
    totalPerMinute: wholeNumber(values['total-kb-per-minute'], 'total-kb-per-minute', 64, 1_000_000_000) * 1024,
    trustProxy: values['trust-proxy'],
    notify,
    contact: values['notify-contact'],
  };
}

/** `coalition-widgets receive`: a feedback receiver storing each submission once, in SQLite or PostgreSQL. */
export async function run(args: string[]): Promise<undefined> {
  const options = readOptions(args);
  const store = await openStore(options.db, { create: true });
  const notifier = options.notify ? new Notifier(options.notify, store, options.contact) : undefined;
  const server = createReceiver({
    store,
    origins: options.origins,
    perMinute: options.perMinute,
    totalPerMinute: options.totalPerMinute,
    trustProxy: options.trustProxy,
    notifier,
  });
  server.listen(options.port, options.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    await store.close();
    throw new Failure(`receive: cannot listen on ${options.host}:${options.port} (${(error as Error).message})`);
  }
  const { port } = server.address() as { port: number };
  console.log(`receive: listening on http://${options.host}:${port}/feedback, storing in ${shownDatabase(options.db)}`);
  // what an earlier run could not tell the chat goes out now
  notifier?.wake();

  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  // finish the requests and the webhook post under way, then close the database
  server.close();
  server.closeIdleConnections();
  await Promise.all([once(server, 'close'), notifier?.stop()]);
  await store.close();
  console.log('receive: stopped');
}
