import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import type { CoalitionFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { outboxEntries } from '../../src/feedback-form/outbox.js';
import { type } from '../fixtures/engine.js';

interface Stored {
  id: string;
  message: string;
  answers: Record<string, string | string[]>;
  page: string;
}

const startReceiver = (name: string, port = 0, perMinute = 30, origin = location.origin) =>
  executeServerCommand<string, object>('start-receiver', { name, port, perMinute, origin });
const stopReceiver = (name: string) => executeServerCommand('stop-receiver', { name });
const stored = (name: string) => executeServerCommand<Stored[], object>('receiver-export', { name });

/** The demo feed's feedback form, sending to a receiver. */
async function demoForm(endpoint: string, format: 'json' | 'form'): Promise<CoalitionFeedbackForm> {
  const demo = await (await fetch('/demo/feed.json')).json();
  const feed = { ...demo, feedback: { ...demo.feedback, endpoint: `${endpoint}/feedback`, format } };
  return fixture<CoalitionFeedbackForm>(html`<coalition-feedback-form .feed=${feed}></coalition-feedback-form>`);
}

async function say(form: CoalitionFeedbackForm, message: string): Promise<void> {
  const root = form.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
  root.querySelector<HTMLTextAreaElement>('#message')!.focus();
  await type(message);
  root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
}

const status = (form: CoalitionFeedbackForm) => form.shadowRoot!.querySelector('[part="status"]')!.textContent!;

describe('the feedback form and coalition-widgets receive, together', () => {
  before(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const format of ['json', 'form'] as const) {
    it(`delivers a resident's words to a real receiver, as ${format}`, async () => {
      const name = `together-${format}`;
      const url = await startReceiver(name);
      try {
        const form = await demoForm(url, format);
        const sent = oneEvent(form, 'coalition-feedback-sent');
        await say(form, `More buses on Sundays (${format})`);
        expect((await sent).detail.status).to.equal(201);
        await form.updateComplete;
        expect(status(form)).to.match(/^Thank you/);
        const rows = await stored(name);
        expect(rows).to.have.length(1);
        expect(rows[0]!.message).to.equal(`More buses on Sundays (${format})`);
        expect(Object.values(rows[0]!.answers)).to.have.length(1);
        expect(rows[0]!.page).to.equal(location.origin + location.pathname);
      } finally {
        await stopReceiver(name);
      }
    });
  }

  for (const format of ['json', 'form'] as const) {
    it(`stores two residents' answers when the feed names questions id, email and topic, as ${format}`, async () => {
      const name = `wire-names-${format}`;
      const url = await startReceiver(name);
      try {
        const demo = await (await fetch('/demo/feed.json')).json();
        const ask = (id: string) => ({ id, label: `Question ${id}`, type: 'choice', options: ['yes', 'no'] });
        const feedback = { endpoint: `${url}/feedback`, format, questions: ['id', 'email', 'topic', 'more'].map(ask) };
        const warned: unknown[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warned.push(args.join(' '));
        const forms = [];
        try {
          for (let i = 0; i < 2; i++) {
            forms.push(
              await fixture<CoalitionFeedbackForm>(
                html`<coalition-feedback-form .feed=${{ ...demo, feedback }}></coalition-feedback-form>`,
              ),
            );
          }
        } finally {
          console.warn = warn;
        }
        expect(String(warned[0])).to.contain('feedback.questions[0].id: "id" is a field of the submission itself');
        for (const [index, form] of forms.entries()) {
          // only the question "more" is asked
          expect(form.shadowRoot!.querySelectorAll('fieldset')).to.have.length(1);
          const sent = oneEvent(form, 'coalition-feedback-sent');
          await say(form, `Resident ${index}`);
          expect((await sent).detail.status).to.equal(201);
        }
        const rows = await stored(name);
        expect(rows.map((row) => [row.message, row.answers])).to.deep.equal([
          ['Resident 0', { more: 'yes' }],
          ['Resident 1', { more: 'yes' }],
        ]);
      } finally {
        await stopReceiver(name);
      }
    });
  }

  for (const format of ['json', 'form'] as const) {
    it(`tells the resident this site cannot send feedback yet, and keeps their words, when the receiver refuses its origin (${format})`, async () => {
      const name = `refused-${format}`;
      const url = await startReceiver(name, 0, 30, 'https://partner.example');
      try {
        const form = await demoForm(url, format);
        const queued = oneEvent(form, 'coalition-feedback-queued');
        await say(form, `From a site not yet allowed (${format})`);
        // the 403 was read across origins: not taken for a network failure
        expect((await queued).detail.reason).to.equal('server');
        await form.updateComplete;
        expect(status(form)).to.equal(
          'This site cannot send feedback yet. Your words are kept on this device and will be sent once the coalition allows it.',
        );
        const [kept] = outboxEntries();
        expect(kept!.submission.message).to.equal(`From a site not yet allowed (${format})`);
        expect(await stored(name)).to.deep.equal([]);
      } finally {
        await stopReceiver(name);
      }
    });
  }

  it('keeps a message the receiver answers 429, and reads its Retry-After across origins', async function () {
    this.timeout(20_000);
    // the receiver counts per minute of the clock: both posts must fall in the same one
    const second = new Date().getSeconds();
    if (second >= 55) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const name = 'busy';
    const url = await startReceiver(name, 0, 1);
    try {
      const form = await demoForm(url, 'json');
      const sent = oneEvent(form, 'coalition-feedback-sent');
      await say(form, 'First, within the limit');
      await sent;
      const queued = oneEvent(form, 'coalition-feedback-queued');
      await say(form, 'Second, past the limit');
      expect((await queued).detail.reason).to.equal('server');
      const [waiting] = outboxEntries();
      expect(waiting!.submission.message).to.equal('Second, past the limit');
      // the receiver's Retry-After (whole seconds to the next minute) reached the page
      expect(waiting!.notBefore).to.be.above(Date.now());
      expect(waiting!.nextAttemptAt).to.be.at.least(waiting!.notBefore!);
      expect((await stored(name)).map((row) => row.message)).to.deep.equal(['First, within the limit']);
    } finally {
      await stopReceiver(name);
    }
  });

  it('keeps a message while the receiver is down, and delivers it once when it is back', async function () {
    this.timeout(30_000);
    const name = 'restarted';
    const url = await startReceiver(name);
    await stopReceiver(name);
    const form = await demoForm(url, 'json');
    const queued = oneEvent(form, 'coalition-feedback-queued');
    await say(form, 'Sent while the receiver was down');
    expect((await queued).detail.reason).to.equal('offline');
    await form.updateComplete;
    expect(status(form)).to.contain('sent automatically');
    expect(outboxEntries()).to.have.length(1);

    await startReceiver(name, Number(new URL(url).port));
    try {
      const sent = oneEvent(form, 'coalition-feedback-sent');
      window.dispatchEvent(new Event('online'));
      await sent;
      await waitUntil(() => outboxEntries().length === 0, 'the outbox empties');
      // the outbox's own timer may try too: still one row
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const rows = await stored(name);
      expect(rows.map((row) => row.message)).to.deep.equal(['Sent while the receiver was down']);
    } finally {
      await stopReceiver(name);
    }
  });
});
