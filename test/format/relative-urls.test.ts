import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import type { CoalitionSpeakerCard } from '../../src/speaker-card/speaker-card.js';
import { captureConsole } from '../fixtures/console.js';
import { type } from '../fixtures/engine.js';
import { minimalFeed, uniqueKey } from '../fixtures/feeds.js';

const log = async (key: string): Promise<{ id: string; status: number }[]> =>
  (await fetch(`/api/feedback-log?key=${key}`)).json();

async function sendMessage(form: CoalitionFeedbackForm, text: string): Promise<void> {
  form.shadowRoot!.querySelector<HTMLTextAreaElement>('#message')!.focus();
  await type(text);
  const sent = oneEvent(form, 'coalition-feedback-sent');
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  await sent;
}

describe('relative URLs in a feed', () => {
  afterEach(() => localStorage.clear());

  it('are resolved against the feed document, the feedback endpoint included', async () => {
    const key = uniqueKey();
    const src = `/api/org/${key}/feed.json`;
    const page = await fixture(
      html`<coalition-feed src=${src}>
        <coalition-speaker-card></coalition-speaker-card>
        <coalition-feedback-form></coalition-feedback-form>
      </coalition-feed>`,
    );
    const card = page.querySelector<CoalitionSpeakerCard>('coalition-speaker-card')!;
    const form = page.querySelector<CoalitionFeedbackForm>('coalition-feedback-form')!;
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form shows');

    const photo = card.shadowRoot!.querySelector<HTMLImageElement>('[part="photo"]')!;
    expect(photo.getAttribute('src')).to.equal(`${location.origin}/api/org/${key}/img/chas.svg`);
    expect(card.shadowRoot!.querySelector('[part="links"] a')!.getAttribute('href')).to.equal(
      `${location.origin}/api/org/bio`,
    );

    await sendMessage(form, 'The bus stop needs a shelter');
    const received = await log(key);
    expect(received.map((each) => each.status)).to.deep.equal([201]);
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent).to.match(/sent/i);
  });

  it('are resolved against the page in a feed object', async () => {
    const key = uniqueKey();
    const form = await fixture<CoalitionFeedbackForm>(
      html`<coalition-feedback-form
        .feed=${{ ...minimalFeed, feedback: { endpoint: `/api/feedback?key=${key}` } }}
      ></coalition-feedback-form>`,
    );
    await sendMessage(form, 'More buses on Sundays');
    expect((await log(key)).length).to.equal(1);
  });

  it('never let a javascript: link through, however it is written', async () => {
    const warnings = await captureConsole('warn', async () => {
      const card = await fixture<CoalitionSpeakerCard>(
        html`<coalition-speaker-card
          .feed=${{
            ...minimalFeed,
            speakers: [{ id: 'a', name: 'A B', links: [{ label: 'x', url: 'java\tscript:alert(1)' }] }],
          }}
        ></coalition-speaker-card>`,
      );
      expect(card.shadowRoot!.querySelector('[part="links"]')).to.be.null;
    });
    expect(warnings.join('\n')).to.contain('speakers[0].links[0].url: not an https:, http: or mailto: link');
  });
});

describe('an inline feed', () => {
  it('that is not JSON says the file is damaged, and names the cause in the console', async () => {
    const errors = await captureConsole('error', async () => {
      const page = await fixture(
        html`<coalition-feed>
          <script type="application/json">
            { "version": 1, "coalition": }
          </script>
          <coalition-victory-tracker></coalition-victory-tracker>
        </coalition-feed>`,
      );
      const tracker = page.querySelector('coalition-victory-tracker')!;
      await waitUntil(() => tracker.shadowRoot!.querySelector('[part="error"]'), 'the error shows');
      expect(tracker.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('damaged');
    });
    expect(errors.join('\n')).to.match(/the inline feed: not JSON/);
  });
});
