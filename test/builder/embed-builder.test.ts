import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../builder/embed-builder.js';
import { embedCode, initialState, shippedLanguages, stateFromQuery, stateToQuery } from '../../builder/embed-code.js';
import { findTranslation } from '../../src/core/translations.js';
import '../../src/translations/en.js';
import '../../src/translations/es.js';
import '../../src/translations/vi.js';
import '../../src/translations/zh-Hans.js';
import '../../src/translations/zh-Hant.js';
import '../../src/translations/ar.js';
import '../../src/translations/ht.js';
import { pressSpace } from '../fixtures/engine.js';
import { uniqueKey } from '../fixtures/feeds.js';
import { openFrame } from '../fixtures/frames.js';

interface Builder {
  frame: HTMLIFrameElement;
  root: ShadowRoot;
}

/** Opens the built builder page (dist/builder/index.html) in a frame, as a partner would. */
async function openBuilder(query = ''): Promise<Builder> {
  const frame = await openFrame(`/dist/builder/index.html${query}`, {
    title: 'builder',
    width: '1100px',
    height: '900px',
  });
  await waitUntil(() =>
    frame.contentDocument!.querySelector('coalition-embed-builder')?.shadowRoot?.querySelector('form'),
  );
  return { frame, root: frame.contentDocument!.querySelector('coalition-embed-builder')!.shadowRoot! };
}

/** The text a label shows (its own words, not its control's). */
const labelText = (label: Element): string =>
  [...label.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** The form control whose label says exactly `name`, inside `scope`. */
function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, name: string): T {
  const label = [...scope.querySelectorAll('label')].find((each) => labelText(each) === name);
  if (!label) throw new Error(`no control named "${name}"`);
  return label.querySelector<T>('input, select, textarea')!;
}

/** The fieldset whose legend says `name`. */
const group = (scope: ParentNode, name: string): HTMLFieldSetElement =>
  [...scope.querySelectorAll('fieldset')].find((each) => each.querySelector('legend')!.textContent!.trim() === name)!;

function change(element: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
  else element.value = value;
  element.dispatchEvent(new Event(element.type === 'color' ? 'input' : 'change', { bubbles: true }));
}

const embed = (root: ShadowRoot) => control<HTMLTextAreaElement>(root, 'Embed code').value;
const settled = async (builder: Builder) => {
  const element = builder.frame.contentDocument!.querySelector('coalition-embed-builder') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  await element.updateComplete;
};

/** The text a screen reader hears: what `aria-hidden` hides (a number counting up) is left out. */
const heardText = (node: Node): string =>
  node.nodeType === Node.ELEMENT_NODE && (node as Element).getAttribute('aria-hidden') === 'true'
    ? ''
    : node.nodeType === Node.TEXT_NODE
      ? node.textContent!
      : [...node.childNodes].map(heardText).join('');

/** Every widget's heard text inside `scope`, once each has shown its feed. */
async function widgetTexts(scope: ParentNode): Promise<string[]> {
  const widgets = () => [
    ...scope.querySelectorAll(
      'coalition-victory-tracker, coalition-event-list, coalition-speaker-card, coalition-speaker-list, coalition-feedback-form',
    ),
  ];
  await waitUntil(
    () =>
      widgets().length &&
      widgets().every(
        (widget) =>
          widget.shadowRoot?.querySelector('[part="base"]') && !widget.shadowRoot.querySelector('[part="loading"]'),
      ),
    'the widgets show the feed',
    { timeout: 5000 },
  );
  return widgets().map((widget) => `${widget.localName}: ${heardText(widget.shadowRoot!).replace(/\s+/g, ' ').trim()}`);
}

const feedUrl = `${location.origin}/demo/feed.json`;

describe('the embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('has every control by its name, a Preview region and a read-only Embed code', async () => {
    const { root } = await openBuilder();
    for (const name of ['Feed address', 'Theme', 'Language', 'Accent colour', 'Embed code']) {
      expect(control(root, name), name).to.exist;
    }
    expect(control(root, 'Embed code').hasAttribute('readonly')).to.be.true;
    const boxes = [...group(root, 'Widget').querySelectorAll('label')].map(labelText);
    expect(boxes).to.deep.equal(['Victory tracker', 'Event list', 'Speaker card', 'Speaker list', 'Feedback form']);
    const preview = root.querySelector('section[aria-labelledby]')!;
    expect(root.getElementById(preview.getAttribute('aria-labelledby')!)!.textContent).to.equal('Preview');
    expect([...root.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.include('Copy');
  });

  it('loads Lit once, inside the one file beside it, as a partner page does', async () => {
    const { frame } = await openBuilder();
    // every copy of lit-html, LitElement or ReactiveElement that runs adds its version to these lists
    const page = frame.contentWindow as Window & Record<string, string[] | undefined>;
    for (const list of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) {
      expect(page[list], list).to.have.length(1);
    }
    const scripts = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .filter(({ name }) => name.endsWith('.js'))
      .map(({ name }) => new URL(name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expect(scripts).to.deep.equal(['/dist/coalition-widgets.js', '/dist/builder/builder.js']);
  });

  it('fills Tag, Neighborhood and Speaker from the feed, and writes the smallest correct code', async () => {
    const builder = await openBuilder();
    const { root } = builder;
    change(control(root, 'Feed address'), feedUrl);
    await waitUntil(
      () => root.querySelector('#feed-check')?.textContent?.includes('The feed is fine'),
      'the feed is checked',
    );
    // one widget: its own file and its own src, no <coalition-feed>
    await settled(builder);
    expect(embed(root)).to.equal(
      [
        `<script src="${location.origin}/dist/embed/event-list.js"></script>`,
        `<coalition-event-list src="${feedUrl}"></coalition-event-list>`,
        '<noscript><a href="https://austinjustice.org/">Austin Justice Coalition</a></noscript>',
      ].join('\n'),
    );

    const widgets = group(root, 'Widget');
    change(
      [...widgets.querySelectorAll('input')].find((box) =>
        box.parentElement!.textContent!.includes('Victory tracker'),
      )!,
      true,
    );
    change(
      [...widgets.querySelectorAll('input')].find((box) => box.parentElement!.textContent!.includes('Speaker card'))!,
      true,
    );
    await settled(builder);
    const tracker = group(root, 'Victory tracker');
    expect([...control<HTMLSelectElement>(tracker, 'Tag').options].map((option) => option.value)).to.deep.equal([
      '',
      'health access',
      'housing',
      'mobility',
      'public safety',
    ]);
    expect(
      [...control<HTMLSelectElement>(group(root, 'Speaker card'), 'Speaker').options].map((o) => o.value),
    ).to.include('chas-moore');
    change(control<HTMLSelectElement>(tracker, 'Layout'), 'grid');
    change(control(tracker, 'Limit'), '2');
    change(control<HTMLSelectElement>(group(root, 'Event list'), 'Neighborhood'), 'East Austin');
    change(control<HTMLSelectElement>(group(root, 'Speaker card'), 'Speaker'), 'devin-davis');
    change(control<HTMLSelectElement>(root, 'Theme'), 'dark');
    change(control<HTMLSelectElement>(root, 'Language'), 'es');
    await settled(builder);
    const code = embed(root);
    expect(code).to.equal(
      [
        `<script src="${location.origin}/dist/coalition-widgets.js"></script>`,
        `<coalition-feed src="${feedUrl}" lang="es">`,
        '  <coalition-victory-tracker layout="grid" limit="2" theme="dark"></coalition-victory-tracker>',
        '  <coalition-event-list neighborhood="East Austin" theme="dark"></coalition-event-list>',
        '  <coalition-speaker-card speaker="devin-davis" theme="dark"></coalition-speaker-card>',
        '</coalition-feed>',
        '<noscript><a href="https://austinjustice.org/">Austin Justice Coalition</a></noscript>',
      ].join('\n'),
    );
    // no blank line for WordPress's classic editor to turn into paragraphs, and one script however many widgets
    expect(code).not.to.match(/\n\s*\n/);
    expect(code.match(/<script/g)).to.have.length(1);
  });

  it('gives code that, pasted into an empty page beside the bundle, shows what the preview showed', async () => {
    const builder = await openBuilder(
      `?feed=${encodeURIComponent(feedUrl)}&widgets=victory-tracker,event-list,speaker-card&victory-tracker.layout=highlight&event-list.limit=2&speaker-card.speaker=chris-harris&accent=%23b0005a`,
    );
    await settled(builder);
    const preview = await widgetTexts(builder.root.querySelector('.preview')!);
    const pasted = document.createElement('iframe');
    pasted.style.width = builder.root.querySelector('.preview')!.getBoundingClientRect().width + 'px';
    pasted.srcdoc = `<!doctype html><html lang="en"><body>${embed(builder.root)}</body></html>`;
    document.body.append(pasted);
    await waitUntil(() => pasted.contentDocument?.body?.children.length, 'the page loads');
    const page = await widgetTexts(pasted.contentDocument!);
    expect(page).to.deep.equal(preview);
    expect(page[0]).to.contain('victories since');
    // the accent colour came through as the partner will see it
    const tracker = pasted.contentDocument!.querySelector('coalition-victory-tracker')!;
    const button = tracker.shadowRoot!.querySelector('[part="share-button"]')!;
    expect(getComputedStyle(button).color).to.equal('rgb(176, 0, 90)');
  });

  it('gives one widget its own file, which alone renders what the preview showed', async () => {
    const builder = await openBuilder(
      `?feed=${encodeURIComponent(feedUrl)}&widgets=speaker-card&speaker-card.speaker=chris-harris`,
    );
    await settled(builder);
    const preview = await widgetTexts(builder.root.querySelector('.preview')!);
    const code = embed(builder.root);
    expect(code).to.contain(`src="${location.origin}/dist/embed/speaker-card.js"`);
    const pasted = document.createElement('iframe');
    pasted.srcdoc = `<!doctype html><html lang="en"><body>${code}</body></html>`;
    document.body.append(pasted);
    await waitUntil(() => pasted.contentDocument?.body?.children.length, 'the page loads');
    const page = await widgetTexts(pasted.contentDocument!);
    expect(page).to.deep.equal(preview);
    expect(page[0]).to.contain('Chris Harris');
    // the page loaded that one file and nothing else of the library
    const scripts = pasted
      .contentWindow!.performance.getEntriesByType('resource')
      .filter(({ name }) => name.endsWith('.js'));
    expect(scripts.map(({ name }) => new URL(name).pathname)).to.deep.equal(['/dist/embed/speaker-card.js']);
  });

  it('offers the speaker list its layouts, its speakers and an event’s speakers', async () => {
    const builder = await openBuilder(`?feed=${encodeURIComponent(feedUrl)}&widgets=speaker-list`);
    const { root } = builder;
    await waitUntil(() => root.querySelector('#feed-check')?.textContent?.includes('The feed is fine'), 'checked');
    const options = group(root, 'Speaker list');
    const layout = control<HTMLSelectElement>(options, 'Layout');
    expect([...layout.options].map((option) => option.value)).to.deep.equal(['grid', 'list']);
    const event = control<HTMLSelectElement>(options, 'Speakers of the event');
    expect(event.options[0]!.textContent).to.equal('Every speaker');
    change(event, 'example-safety-town-hall');
    await settled(builder);
    expect(embed(root)).to.contain(`<coalition-speaker-list src="${feedUrl}" event="example-safety-town-hall">`);
    expect(embed(root)).to.contain(`src="${location.origin}/dist/embed/speaker-list.js"`);
    const speakers = control(group(root, 'Speaker list'), 'Speakers');
    const hint = root.getElementById(speakers.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('chas-moore, chris-harris');
    change(speakers, ' chris-harris   chas-moore ');
    change(control<HTMLSelectElement>(group(root, 'Speaker list'), 'Layout'), 'list');
    await settled(builder);
    expect(embed(root)).to.contain('speakers="chris-harris chas-moore"');
    expect(embed(root)).to.contain('layout="list"');
    const [preview] = await widgetTexts(root.querySelector('.preview')!);
    expect(preview!.indexOf('Chris Harris')).to.be.below(preview!.indexOf('Chas Moore'));
    history.replaceState(null, '', `?feed=${encodeURIComponent(feedUrl)}&widgets=speaker-list`);
    try {
      const element = await fixture(html`<coalition-embed-builder></coalition-embed-builder>`);
      const shadow = element.shadowRoot!;
      await waitUntil(() => shadow.querySelector('#feed-check')?.textContent?.includes('The feed is fine'), 'checked');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('offers every shipped language, and its code for Vietnamese adds vi.js and shows Vietnamese when pasted', async () => {
    const builder = await openBuilder(`?feed=${encodeURIComponent(feedUrl)}&widgets=victory-tracker,event-list`);
    const { root } = builder;
    const chooser = control<HTMLSelectElement>(root, 'Language');
    expect([...chooser.options].map((option) => option.value)).to.deep.equal([
      '',
      ...shippedLanguages.map(([code]) => code),
    ]);
    change(chooser, 'vi');
    await settled(builder);
    const preview = root.querySelector('.preview')!;
    const vietnamese = async (scope: ParentNode) => (await widgetTexts(scope))[0]!.includes('thắng lợi kể từ năm');
    await waitUntil(() => vietnamese(preview), 'the preview switches to Vietnamese', { timeout: 5000 });
    const code = embed(root);
    expect(code.split('\n').slice(0, 2)).to.deep.equal([
      `<script src="${location.origin}/dist/coalition-widgets.js"></script>`,
      `<script src="${location.origin}/dist/translations/vi.js"></script>`,
    ]);
    const pasted = document.createElement('iframe');
    pasted.style.width = preview.getBoundingClientRect().width + 'px';
    pasted.srcdoc = `<!doctype html><html lang="en"><body>${code}</body></html>`;
    document.body.append(pasted);
    await waitUntil(() => pasted.contentDocument?.body?.children.length, 'the page loads');
    await waitUntil(() => vietnamese(pasted.contentDocument!), 'the pasted page shows Vietnamese', { timeout: 5000 });
    expect(await widgetTexts(pasted.contentDocument!)).to.deep.equal(await widgetTexts(preview));
  });

  it('shows the validator’s messages for a broken feed, and says when it cannot be loaded', async () => {
    const broken = await openBuilder(
      `?feed=${encodeURIComponent(`${location.origin}/api/feed?key=${uniqueKey()}&body=not-a-feed`)}`,
    );
    await waitUntil(() => broken.root.querySelector('[role="alert"]'), 'the problems are listed');
    expect(broken.root.querySelector('[role="alert"]')!.textContent).to.contain('version: required');
    broken.frame.remove();
    const missing = await openBuilder(
      `?feed=${encodeURIComponent(`${location.origin}/api/feed?key=${uniqueKey()}&status=404`)}`,
    );
    await waitUntil(() => missing.root.querySelector('[role="alert"]'), 'the failure is shown');
    expect(missing.root.querySelector('[role="alert"]')!.textContent).to.match(/could not be loaded: .* answered 404/);
  });

  it('keeps its state in the page address, so a builder link opens as it was left', async () => {
    const builder = await openBuilder();
    change(control(builder.root, 'Feed address'), feedUrl);
    change(control<HTMLSelectElement>(builder.root, 'Theme'), 'auto');
    change(control(builder.root, 'Accent colour'), '#117733');
    change(control(group(builder.root, 'Event list'), 'Limit'), '4');
    builder.root.querySelectorAll<HTMLInputElement>('input[name="variant"]')[2]!.click();
    await settled(builder);
    const link = builder.frame.contentWindow!.location.search;
    const code = embed(builder.root);
    expect(code).to.contain('<coalition-event-list');
    expect(code).to.contain('theme="auto"');
    expect(code).to.contain('limit="4"');
    expect(code).to.contain('<template>');
    builder.frame.remove();
    const reopened = await openBuilder(link);
    await settled(reopened);
    expect(control<HTMLSelectElement>(reopened.root, 'Theme').value).to.equal('auto');
    expect(control(reopened.root, 'Accent colour').value).to.equal('#117733');
    expect(embed(reopened.root)).to.equal(code);
  });

  it('is usable with the keyboard, passes axe, and speaks Spanish', async () => {
    history.replaceState(null, '', `?ui=es&feed=${encodeURIComponent(feedUrl)}`);
    const element = await fixture(html`<coalition-embed-builder></coalition-embed-builder>`);
    try {
      const root = element.shadowRoot!;
      expect(control(root, 'Dirección del feed')).to.exist;
      expect(control(root, 'Código para insertar')).to.exist;
      await waitUntil(() => root.querySelector('#feed-check')?.textContent?.includes('El feed está bien'), 'checked');
      const speakerBox = [...group(root, 'Widget').querySelectorAll('input')][2]!;
      speakerBox.focus();
      await pressSpace();
      await aTimeout(50);
      expect(control<HTMLTextAreaElement>(root, 'Código para insertar').value).to.contain('<coalition-speaker-card');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('the embed builder, from a first visit to code for partners’ sites', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  // the test server by its other name: another origin, which sends no Access-Control-Allow-Origin
  const elsewhere = new URL(location.href);
  elsewhere.hostname = elsewhere.hostname === 'localhost' ? '127.0.0.1' : 'localhost';

  /** The builder element in the main document, opened at `query`, for axe. */
  async function builderAt(query: string): Promise<HTMLElement> {
    history.replaceState(null, '', query);
    return fixture(html`<coalition-embed-builder></coalition-embed-builder>`);
  }

  it('opens with no feed on a first step, not on a widget that has no feed, and the demo feed is one press away', async () => {
    const builder = await openBuilder();
    const { root } = builder;
    await settled(builder);
    const step = root.querySelector('#feed-check')!;
    expect(step.textContent).to.contain('Start here: paste your feed’s address above (it ends in feed.json)');
    expect(root.querySelector('.preview')!.textContent).to.contain('The widgets show here once there is a feed.');
    expect(root.querySelector('.preview-widgets')!.children).to.have.length(0);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(embed(root)).to.equal('');
    const copy = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Copy')!;
    expect(copy.disabled).to.be.true;

    [...step.querySelectorAll('button')].find((button) => button.textContent === 'Try the demo feed')!.click();
    await waitUntil(() => root.querySelector('#feed-check')?.textContent?.includes('The feed is fine'), 'demo loads');
    const demo = `${location.origin}/dist/builder/demo-feed.json`;
    expect(control(root, 'Feed address').value).to.equal(demo);
    expect(embed(root)).to.contain(`<coalition-event-list src="${demo}"></coalition-event-list>`);
    expect(builder.frame.contentWindow!.location.search).to.contain(`feed=${encodeURIComponent(demo)}`);
    await widgetTexts(root.querySelector('.preview')!);
  });

  it('hands out the Script address, says when it works only on this computer, and keeps it in the link', async () => {
    const builder = await openBuilder(`?feed=${encodeURIComponent(feedUrl)}`);
    const { root } = builder;
    await settled(builder);
    const address = control(root, 'Script address');
    const warning = root.querySelector('#scripts-check')!;
    // the default: the folder beside the builder, here on this test machine
    expect(address.value).to.equal(`${location.origin}/dist/`);
    expect(embed(root)).to.contain(`<script src="${location.origin}/dist/embed/event-list.js"></script>`);
    expect(warning.hasAttribute('hidden')).to.be.false;
    expect(warning.textContent).to.contain(
      `This address is on this computer (${location.host}): the code works only on this computer.`,
    );

    change(address, 'https://tenants.example.org/js');
    await settled(builder);
    expect(embed(root).split('\n')[0]).to.equal(
      '<script src="https://tenants.example.org/js/embed/event-list.js"></script>',
    );
    expect(warning.hasAttribute('hidden')).to.be.true;
    const link = builder.frame.contentWindow!.location.search;
    expect(link).to.contain(`scripts=${encodeURIComponent('https://tenants.example.org/js')}`);

    for (const [typed, host] of [
      ['http://127.0.0.1:8000/dist/', '127.0.0.1:8000'],
      ['http://localhost/js/coalition-widgets.js', 'localhost'],
      ['file:///home/staff/coalition-widgets/dist/', 'file:'],
    ]) {
      change(address, typed!);
      await settled(builder);
      expect(warning.textContent, typed).to.contain(`on this computer (${host})`);
    }
    expect(embed(root)).to.contain('<script src="file:///home/staff/coalition-widgets/dist/embed/event-list.js">');
    change(address, 'ftp://tenants.example.org/js/');
    await settled(builder);
    expect(warning.textContent).to.contain(
      `This is not a web address (https://…/js/): the code uses ${location.origin}/dist/.`,
    );
    expect(embed(root)).to.contain(`<script src="${location.origin}/dist/embed/event-list.js">`);

    builder.frame.remove();
    const reopened = await openBuilder(link);
    await settled(reopened);
    expect(control(reopened.root, 'Script address').value).to.equal('https://tenants.example.org/js');
    expect(embed(reopened.root)).to.contain('https://tenants.example.org/js/embed/event-list.js');
  });

  it('takes its default Script address from the page’s meta, as publish writes it', async () => {
    const frame = await openFrame(
      `/dist/builder/published.html?address=${encodeURIComponent('https://tenants.example.org/js/')}&feed=${encodeURIComponent(feedUrl)}`,
      { title: 'builder', width: '1100px' },
    );
    await waitUntil(() =>
      frame.contentDocument!.querySelector('coalition-embed-builder')?.shadowRoot?.querySelector('form'),
    );
    const builder = { frame, root: frame.contentDocument!.querySelector('coalition-embed-builder')!.shadowRoot! };
    await settled(builder);
    expect(control(builder.root, 'Script address').value).to.equal('https://tenants.example.org/js/');
    expect(embed(builder.root).split('\n')[0]).to.equal(
      '<script src="https://tenants.example.org/js/embed/event-list.js"></script>',
    );
    expect(builder.root.querySelector('#scripts-check')!.hasAttribute('hidden')).to.be.true;
    // its preview still runs on the files beside it
    await widgetTexts(builder.root.querySelector('.preview')!);
  });

  it('explains a feed the page cannot read while online as a likely CORS problem', async () => {
    const blocked = `${elsewhere.origin}/api/feed?key=${uniqueKey()}`;
    const builder = await openBuilder(`?feed=${encodeURIComponent(blocked)}`);
    await waitUntil(() => builder.root.querySelector('[role="alert"]'), 'the failure is shown');
    const text = builder.root.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain(
      `The feed at ${blocked} could not be read from this page, although this computer is online.`,
    );
    expect(text).to.contain(
      'The likely cause is CORS: the server holding the feed must send the header Access-Control-Allow-Origin',
    );
    expect(text).to.contain('GitHub Pages sends it');
    expect(text).not.to.contain('connection');
  });

  it('passes axe on its first step, with its script address warning, and with a CORS problem', async () => {
    try {
      const first = await builderAt('?');
      await waitUntil(() => first.shadowRoot!.querySelector('.first-step'), 'the first step');
      expect(first.shadowRoot!.querySelector('#scripts-check')!.hasAttribute('hidden')).to.be.false;
      await expect(first).to.be.accessible();
      first.remove();
      const blocked = await builderAt(`?feed=${encodeURIComponent(`${elsewhere.origin}/api/feed?key=${uniqueKey()}`)}`);
      await waitUntil(() => blocked.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('CORS'), 'CORS');
      await expect(blocked).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('embed code', () => {
  it('round-trips its state through the address, dropping what it does not know', () => {
    const state = {
      ...initialState(),
      feed: 'https://x.example/feed.json',
      widgets: ['speaker-card' as const],
      lang: 'es',
    };
    state.options = { 'speaker-card': { speaker: 'a b' } };
    expect(stateFromQuery(stateToQuery(state))).to.deep.equal(state);
    expect(stateFromQuery('widgets=nope,event-list&theme=neon&accent=red').widgets).to.deep.equal(['event-list']);
    expect(stateFromQuery('theme=neon&accent=red')).to.include({ theme: 'light', accent: '' });
  });

  it('names each shipped language as its translation does, and adds the file of one not built in', () => {
    for (const [code, name] of shippedLanguages) expect(findTranslation(code)?.$name, code).to.equal(name);
    const state = { ...initialState(), feed: 'https://x.example/feed.json', lang: 'ar' };
    const scripts = '/js/';
    expect(embedCode(state, { scripts })).to.contain(
      '<script src="/js/embed/event-list.js"></script>\n<script src="/js/translations/ar.js"></script>',
    );
    expect(embedCode({ ...state, variant: 'react' }, { scripts })).to.match(
      /^import 'coalition-widgets\/event-list.js';\nimport 'coalition-widgets\/translations\/ar.js';\n/,
    );
    expect(embedCode({ ...state, variant: 'vue' }, { scripts })).to.contain(
      "import 'coalition-widgets/translations/ar.js';",
    );
    for (const lang of ['', 'en', 'es', 'ar"><script>']) {
      expect(embedCode({ ...state, lang }, { scripts }).match(/<script/g), lang).to.have.length(1);
    }
  });

  it('escapes what a feed address or value could smuggle into markup', () => {
    const state = { ...initialState(), feed: 'https://x.example/feed.json?a="><script>alert(1)</script>' };
    const code = embedCode(state, {
      scripts: 'https://x.example/js/',
      coalition: { name: '<b>', url: 'https://x.example/"' },
    });
    expect(code).not.to.contain('"><script>alert');
    expect(code).to.contain('&quot;&gt;&lt;script&gt;');
    expect(code).to.contain('&lt;b&gt;');
  });

  it('writes React and Vue variants of the same elements', () => {
    const state = {
      ...initialState(),
      feed: 'https://x.example/feed.json',
      accent: '#123456',
      variant: 'react' as const,
    };
    const react = embedCode(state, { scripts: '' });
    expect(react).to.contain(
      `<coalition-event-list src="https://x.example/feed.json" style={{ '--coalition-accent': '#123456' }}></coalition-event-list>`,
    );
    // one widget's npm entry; the provider and each widget's when there are several
    expect(react).to.match(/^import 'coalition-widgets\/event-list.js';\n\n/);
    const vue = embedCode({ ...state, variant: 'vue', widgets: ['speaker-card', 'feedback-form'] }, { scripts: '' });
    expect(vue).to.contain(
      "<script setup>\nimport 'coalition-widgets/feed.js';\nimport 'coalition-widgets/speaker-card.js';\nimport 'coalition-widgets/feedback-form.js';\n</script>",
    );
    expect(vue).to.match(/<template>\n {2}<coalition-feed src=/);
  });
});
