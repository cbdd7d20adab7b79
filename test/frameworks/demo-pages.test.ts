import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/** Opens a demo page in a frame and waits until a widget in it shows `text`. */
async function showsInPage(path: string, tag: string, text: string): Promise<void> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src=${path} title="demo" style="width:900px;height:700px"></iframe>`,
  );
  await waitUntil(
    () => frame.contentDocument?.querySelector(tag)?.shadowRoot?.textContent?.includes(text),
    `${path} never showed "${text}" in <${tag}>`,
    {
      timeout: 8000,
    },
  );
  expect(frame.contentDocument!.querySelector('h1')).to.exist;
}

describe('the framework demo pages', () => {
  it('shows the widgets in the React 19 page', async () => {
    await showsInPage('/demo/frameworks/react.html', 'coalition-event-list', 'Tenant rights clinic');
  });

  it('shows the widgets in the Vue 3 page', async () => {
    await showsInPage('/demo/frameworks/vue.html', 'coalition-victory-tracker', 'Route 7 bus service restored');
  });
});

describe('the demo coalition homepage (the built script-tag bundle)', () => {
  it('is set in a system font, not the browser default serif', async () => {
    await showsInPage('/demo/', 'coalition-event-list', 'Tenant rights clinic');
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="demo"]')!;
    expect(getComputedStyle(frame.contentDocument!.body).fontFamily).to.match(/^system-ui,/);
  });

  it('keeps a gap between a status mark and the event title after minification', async () => {
    await showsInPage('/demo/', 'coalition-event-list', 'Postponed');
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="demo"]')!;
    const root = frame.contentDocument!.querySelector('coalition-event-list')!.shadowRoot!;
    const badge = root.querySelector('[part="status"]')!;
    // the first letter of the title's own text, after the badge
    let text = badge.nextSibling;
    while (text && !(text.nodeType === Node.TEXT_NODE && text.textContent!.trim())) text = text.nextSibling;
    const first = text!.textContent!.search(/\S/);
    const range = frame.contentDocument!.createRange();
    range.setStart(text!, first);
    range.setEnd(text!, first + 1);
    // the badge's box first: WebKit's range boxes do not bring a frame's layout up to date themselves
    const badgeRight = badge.getBoundingClientRect().right;
    const gap = range.getBoundingClientRect().left - badgeRight;
    expect(gap).to.be.at.least(4);
  });
});
