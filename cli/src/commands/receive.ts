import { once } from 'node:events';
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { wholeNumber, type Command } from '../command.js';
import { Notifier } from '../receive/notifier.js';
import { createReceiver } from '../receive/server.js';
import type { FeedbackStore } from '../receive/store.js';

const usage =
  '--db FILE [--port 8787] [--host 127.0.0.1] [--origin URL]… [--per-minute 30] [--total-kb-per-minute 2048] ' +
  '[--trust-proxy ADDR]… [--notify URL] [--notify-contact]\n' +
  '  (the webhook address may come from COALITION_WIDGETS_NOTIFY instead of --notify, to keep it out of ps)';

/** `coalition-widgets receive`: a feedback receiver storing each submission once, in SQLite. */
export const receive: Command = {
  summary: 'receive feedback from the widgets and store it in SQLite',
  usage,
  async run(args) {
    let options;
    try {
      const { values } = parseArgs({
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
      if (!values.db) throw new Error('--db: required');
      const notify = values.notify ?? (process.env.COALITION_WIDGETS_NOTIFY || undefined);
      if (notify && !/^https?:\/\//.test(notify)) throw new Error('--notify: not an http(s) URL');
      const proxy = values['trust-proxy'].find((address) => !isIP(address));
      if (proxy !== undefined) throw new Error(`--trust-proxy: "${proxy}" is not an IP address`);
      const origins = values.origin.map((origin) => {
        try {
          return new URL(origin).origin;
        } catch {
          throw new Error(`--origin: "${origin}" is not a URL`);
        }
      });
      options = {
        db: values.db,
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
    } catch (error) {
      console.error(`receive: ${(error as Error).message}\nusage: coalition-widgets receive ${usage}`);
      return 2;
    }

    let store: FeedbackStore;
    try {
      // better-sqlite3, a native module, is loaded by the commands that store only: validate, build and ics run without it
      const { FeedbackStore } = await import('../receive/store.js');
      store = new FeedbackStore(options.db);
    } catch (error) {
      console.error(`${options.db}: cannot be opened as a database (${(error as Error).message})`);
      return 1;
    }
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
      console.error(`receive: cannot listen on ${options.host}:${options.port} (${(error as Error).message})`);
      store.close();
      return 1;
    }
    const { port } = server.address() as { port: number };
    console.log(`receive: listening on http://${options.host}:${port}/feedback, storing in ${options.db}`);
    // what an earlier run could not tell the chat goes out now
    notifier?.wake();

    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    // finish the requests and the webhook post under way, then close the database
    server.close();
    server.closeIdleConnections();
    await Promise.all([once(server, 'close'), notifier?.stop()]);
    store.close();
    console.log('receive: stopped');
    return 0;
  },
};
