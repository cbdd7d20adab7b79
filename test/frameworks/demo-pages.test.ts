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
