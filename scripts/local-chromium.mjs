// A static server on a free loopback port and headless Debian Chromium, for the bench and story checks.
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

/** Serves `rootDir` on 127.0.0.1; returns the server and its port. */
export async function serve(rootDir, { middleware = [], nodeResolve = false } = {}) {
  const server = await startDevServer({
    config: { rootDir, port: 0, hostname: '127.0.0.1', nodeResolve, watch: false, middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, port: server.server.address().port };
}

/**
 * The flags this machine needs (root, no GPU, no background traffic), and one more: no host but
 * this machine resolves, so a test that names an outside address fails here instead of reaching out.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Headless Chromium with those flags. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)),
    headless: true,
    args: chromiumArgs,
  });
}
