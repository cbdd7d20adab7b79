// A private PostgreSQL for the tests, from Debian's `postgresql` package: a fresh cluster in a
// scratch folder, on a free loopback port, run as the `postgres` user when the tests run as root,
// and removed when stopped.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const exec = promisify(execFile);

/** The newest installed server's programs (initdb, pg_ctl), from 15 on. */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((version) => version >= 15)
        .sort((a, b) => b - a)
    : [];
  if (!versions.length) throw new Error('PostgreSQL 15 or later is needed: apt-get install postgresql');
  return join(root, String(versions[0]), 'bin');
}

/** A free loopback port, as the system gives one. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Postgres {
  /** The address of a new, empty database on this server. */
  database(): Promise<string>;
  /** `pg_ctl restart -m fast`: every session is ended, and the server is back when it resolves. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`, keeping the cluster for `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  remove(): Promise<void>;
}

let databases = 0;

/** Makes and starts a cluster; `remove()` it at the end. */
export async function startPostgres(): Promise<Postgres> {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), 'receive-pg-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: the cluster belongs to the postgres user
  if (asRoot) chownSync(folder, Number((await exec('id', ['-u', 'postgres'])).stdout), 0);
  const as = (program: string, ...args: string[]) =>
    asRoot ? exec('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : exec(join(bin, program), args);
  const port = await freePort();
  await as('initdb', '-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C');
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const pgCtl = (...args: string[]) => as('pg_ctl', '-D', data, '-l', join(folder, 'log'), '-w', '-t', '60', ...args);
  const start = async () => void (await pgCtl('-o', options, 'start'));
  await start();
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    async database() {
      const name = `feedback_${process.pid}_${databases++}`;
      const client = new pg.Client(admin);
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    restart: async () => void (await pgCtl('-m', 'fast', '-o', options, 'restart')),
    stop: async () => void (await pgCtl('-m', 'fast', 'stop')),
    start,
    async remove() {
      await pgCtl('-m', 'fast', 'stop').catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
