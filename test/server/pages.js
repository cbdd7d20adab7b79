import { readFile } from 'node:fs/promises';

// Partner-like pages for the tests, served with real response headers: each loads the built
// script-tag bundle as a partner site would.
//   /pages/strict.html?policy=csp|tt&key=K  Content-Security-Policy with no 'unsafe-inline', or Trusted Types
//   /pages/theme.html?hostile=1             every widget, on a clean page or under an aggressive theme
//   /pages/embed.html?key=K                 the embed as handed out, widgets between text, the feed late;
//                                           /pages/jump.js records where the text after them sits each frame
//   /pages/mixed.html?scripts=A,B&widgets=W,V&key=K
//                                           partners' embeds side by side: each script tag names a
//                                           built file (dist/A.js: coalition-widgets, embed/event-list);
//                                           the first widget stands alone on the feed, the others sit
//                                           in a <coalition-feed> of the same URL
//   /pages/later.html?folder=own|lonely&key=K
//                                           the one file copied into a folder of its own, with its later
//                                           file beside it (own) or without it (lonely); the page's
//                                           console.error lines are kept in window.logged
//   /dist/builder/published.html?address=URL the built builder as publish hands it out: its page names
//                                           the script address in <meta name="coalition-widgets-script-address">

const policies = {
  csp: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'",
  tt: "require-trusted-types-for 'script'; trusted-types lit-html coalition-widgets",
};

const widgets = (src) => `<coalition-feed src="${src}">
  <coalition-victory-tracker></coalition-victory-tracker>
  <coalition-event-list></coalition-event-list>
  <coalition-speaker-card speaker="ana"></coalition-speaker-card>
  <coalition-feedback-form></coalition-feedback-form>
</coalition-feed>`;

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

// what a strict page reports: its policy violations and uncaught errors, for the test to read
const probe = `window.problems = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.problems.push(event.violatedDirective + ': ' + (event.blockedURI || event.sample)));
window.addEventListener('error', (event) => window.problems.push('error: ' + event.message));
window.addEventListener('unhandledrejection', (event) => window.problems.push('rejection: ' + event.reason));`;

// page CSS that reaches everything it can select, hosts included, and inherits into the widgets
const hostileCss = `*, *::before, *::after { box-sizing: content-box !important; }
* { line-height: 3 !important; text-transform: uppercase !important; letter-spacing: 0.3em !important;
  word-spacing: 1em !important; text-align: center !important; text-indent: 3em !important;
  white-space: nowrap !important; word-break: break-all !important; font-style: italic !important;
  font-weight: 900 !important; list-style: square inside !important; margin: 7px !important;
  padding: 11px !important; border-collapse: separate !important; border-spacing: 9px !important; }
button, input, select, textarea, ul, li, div, img, p, a, span, h3, h4, label, section, article {
  display: inline-block !important; margin: 2em !important; padding: 1em !important;
  border: 4px solid red !important; width: 50px !important; height: 20px !important; float: right !important; }
coalition-victory-tracker, coalition-event-list, coalition-speaker-card, coalition-feedback-form { display: grid; }
coalition-feed { display: flow-root; }`;

// the same fixed width for every widget, on both pages, so their insides can be compared box by box
const frameCss = `coalition-victory-tracker, coalition-event-list, coalition-speaker-card, coalition-feedback-form { width: 560px; }
body { font: 16px/1.2 sans-serif; }`;

// the embed exactly as the README, the builder and the WordPress plugin hand it out
const embedScript = '<script src="/dist/coalition-widgets.js"></script>';

// one font every engine here has (fontconfig's own), so the engines wrap the same text alike
const embedCss = `body { font: 16px/1.5 "DejaVu Sans", sans-serif; }`;

export async function testPages(context, next) {
  const { path, query } = context;
  if (path === '/pages/probe.js') {
    context.type = 'js';
    context.body = probe;
  } else if (path === '/pages/hostile.css' || path === '/pages/frame.css' || path === '/pages/embed.css') {
    context.type = 'css';
    context.body = { '/pages/hostile.css': hostileCss, '/pages/frame.css': frameCss, '/pages/embed.css': embedCss }[
      path
    ];
  } else if (path === '/pages/strict.html') {
    context.set('content-security-policy', policies[query.policy]);
    context.type = 'html';
    context.body = page(`<script src="/pages/probe.js"></script>${embedScript}`, widgets(`/api/feed?key=${query.key}`));
  } else if (path === '/pages/jump.js') {
    context.type = 'js';
    context.body = await readFile(new URL('./jump.js', import.meta.url), 'utf8');
  } else if (path === '/pages/embed.html') {
    context.type = 'html';
    context.body = page(
      `<script src="/pages/jump.js"></script>${embedScript}<link rel="stylesheet" href="/pages/embed.css">`,
      `<h1>A partner's page</h1><p>Some introduction above the widgets.</p>
      <coalition-feed src="/api/feed?key=${query.key}&feed=demo&delay=400">
        <coalition-victory-tracker layout="highlight"></coalition-victory-tracker>
        <coalition-event-list limit="3"></coalition-event-list>
        <coalition-speaker-card speaker="chas-moore"></coalition-speaker-card>
        <coalition-feedback-form></coalition-feedback-form>
      </coalition-feed>
      <p id="after">This paragraph must not jump when the widgets arrive.</p>`,
    );
  } else if (path === '/pages/theme.html') {
    context.type = 'html';
    context.body = page(
      `<link rel="stylesheet" href="/pages/frame.css">${query.hostile ? '<link rel="stylesheet" href="/pages/hostile.css">' : ''}
      ${embedScript}`,
      widgets('/api/feed?key=theme'),
    );
  } else if (path === '/pages/mixed.html') {
    const scripts = String(query.scripts)
      .split(',')
      .filter((name) => /^[\w/-]+$/.test(name));
    const [first, ...others] = String(query.widgets).split(',');
    const src = `/api/feed?key=${encodeURIComponent(query.key)}`;
    const widget = (name, attributes = '') =>
      `<coalition-${name}${name === 'speaker-card' ? ' speaker="ana"' : ''}${attributes}></coalition-${name}>`;
    context.type = 'html';
    context.body = page(
      `<script src="/pages/probe.js"></script>${scripts
        .map((name) => `<script src="/dist/${name}.js"></script>`)
        .join('')}`,
      `${widget(first, ` src="${src}"`)}<coalition-feed src="${src}">${others.map((name) => widget(name)).join('')}</coalition-feed>`,
    );
  } else if (path === '/pages/later.html') {
    const folder = query.folder === 'own' ? 'own' : 'lonely';
    context.type = 'html';
    context.body = page(
      `<script src="/pages/probe.js"></script><script src="/pages/log.js"></script><script src="/pages/${folder}/coalition-widgets.js"></script>`,
      `<coalition-event-list src="/api/feed?key=${encodeURIComponent(query.key)}"></coalition-event-list>`,
    );
  } else if (path === '/pages/log.js') {
    context.type = 'js';
    context.body = `window.logged = [];
const error = console.error.bind(console);
console.error = (...args) => (window.logged.push(args.join(' ')), error(...args));`;
  } else if (
    path === '/pages/own/coalition-widgets.js' ||
    path === '/pages/own/coalition-widgets-later.js' ||
    path === '/pages/lonely/coalition-widgets.js'
  ) {
    context.type = 'js';
    context.body = await readFile(new URL(`../../dist/${path.split('/').pop()}`, import.meta.url), 'utf8');
  } else if (path === '/dist/builder/published.html') {
    const builder = await readFile(new URL('../../dist/builder/index.html', import.meta.url), 'utf8');
    const address = String(query.address).replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
    context.type = 'html';
    context.body = builder.replace(
      '<head>',
      `<head><meta name="coalition-widgets-script-address" content="${address}">`,
    );
  } else {
    return next();
  }
}
