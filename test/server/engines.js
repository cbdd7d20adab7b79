// The three engines residents use, from Debian's packages: Chromium and Firefox ESR through
// puppeteer-core (Firefox over WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver
// under a private Xvfb display (it has no headless mode). `ENGINE=firefox` picks one.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../../scripts/local-chromium.mjs';

export const engines = ['chromium', 'firefox', 'webkit'];

const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Processes this run started, stopped when Node exits. */
const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

function start(command, args, env = process.env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A private X display: Xvfb picks a free number and writes it on the given descriptor. */
function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1000x24', '-nolisten', 'tcp']);
  return new Promise((resolve, reject) => {
    xvfb.stdout.once('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

async function waitForDriver(port) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** WebKitWebDriver on a private display; the options webdriverio's `remote()` takes to drive MiniBrowser. */
export async function startWebKitDriver() {
  const display = await startXvfb();
  const port = await freePort();
  // en_US.UTF-8: under C, WebKit's default collation compares case-sensitively
  start('WebKitWebDriver', [`--port=${port}`], { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8' });
  await waitForDriver(port);
  return {
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  };
}

async function webkit() {
  const launcher = webdriverLauncher(await startWebKitDriver());
  // the launcher names itself after the capabilities' browserName; reports should say the engine
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize(config);
    launcher.name = 'WebKit';
  };
  return launcher;
}

/** How puppeteer-core starts Debian's Firefox ESR, over WebDriver BiDi. */
export const firefoxOptions = {
  browser: 'firefox',
  executablePath: '/usr/bin/firefox-esr',
  headless: true,
  // as for Chromium, nothing beyond this machine: every other host goes to a closed proxy port
  extraPrefsFirefox: {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  },
};

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  firefox: () => chromeLauncher({ puppeteer, launchOptions: firefoxOptions }),
  webkit,
};

/** The launchers for `ENGINE` (one name or a comma-separated list), every engine when unset. */
export async function browsers(selection = process.env.ENGINE) {
  const names = selection ? selection.split(',') : engines;
  for (const name of names) if (!launchers[name]) throw new Error(`ENGINE: no engine named ${name} (${engines})`);
  return Promise.all(names.map((name) => launchers[name]()));
}
