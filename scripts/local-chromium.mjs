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

/** Headless Chromium with the flags this machine needs (root, no GPU, no outside network). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
