import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

// /published/…: the site `coalition-widgets publish` writes from demo/feed.json, made once per
// test run by the built command line (as a coalition's job runs it) and served as a static host
// would serve it, so a browser test sees index.html load the widgets from its own js/.

const types = { '.html': 'html', '.js': 'js', '.json': 'json', '.png': 'png', '.ics': 'text/calendar', '.atom': 'xml' };
let published;

function publishOnce() {
  published ??= new Promise((resolve, reject) => {
    const out = join(mkdtempSync(join(tmpdir(), 'published-')), 'site');
    execFile(
      process.execPath,
      [
        'cli/bin/coalition-widgets.js',
        'publish',
        '--feed',
        'demo/feed.json',
        '--site-url',
        'http://localhost/published',
        '--out',
        out,
      ],
      (error, _stdout, stderr) => (error ? reject(new Error(`publish failed: ${stderr}`)) : resolve(out)),
    );
  });
  return published;
}

export async function publishedSite(context, next) {
  if (!context.path.startsWith('/published/')) return next();
  const root = await publishOnce();
  const inside = normalize(decodeURIComponent(context.path.slice('/published/'.length)));
  if (inside.startsWith('..')) return next();
  const path = join(root, inside.endsWith('/') || inside === '.' ? join(inside, 'index.html') : inside);
  try {
    context.body = await readFile(path);
    context.type = types[extname(path)] ?? 'application/octet-stream';
  } catch {
    context.status = 404;
  }
}
