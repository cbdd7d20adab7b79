import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { captureConsole } from '../fixtures/console.js';
import { outboxEntries } from '../../src/feedback-form/outbox.js';
import { type as typeKeys } from '../fixtures/engine.js';
import { minimalFeed, uniqueKey } from '../fixtures/feeds.js';

interface Received {
  id: string;
  status: number;
  type: string;
  body: string;
  accept: string;
  at: number;
}

const feedWith = (feedback: object) => ({
  ...minimalFeed,
  coalition: { name: 'Test Coalition', email: 'hello@example.org' },
  feedback,
});
const questions = [
  {
    id: 'more',
    label: { en: 'Would you like to hear more?', es: '¿Quieres saber más?' },
    type: 'choice',
    options: [{ en: 'Yes', es: 'Sí' }, 'No'],
    required: true,
  },
  { id: 'topics', label: 'Which topics?', type: 'multi', options: ['Housing', 'Transit'] },
  { id: 'stars', label: 'How was it?', type: 'rating' },
  { id: 'where', label: 'Where do you live?', type: 'text' },
  { id: 'story', label: 'Tell us a story', type: 'textarea' },
  { id: 'work', label: 'Work email', type: 'email' },
];

const shadow = (element: Element) => element.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T>(selector)!;
const status = (element: Element) => control(element, '[part="status"]').textContent!.trim();
const log = async (key: string): Promise<Received[]> => (await fetch(`/api/feedback-log?key=${key}`)).json();
const setMode = (key: string, mode: string) => fetch(`/api/feedback-mode?key=${key}&mode=${mode}`, { method: 'POST' });

async function form(
  key: string,
  options: { feedback?: object; attributes?: Record<string, string> } = {},
): Promise<CoalitionFeedbackForm> {
  const element = document.createElement('coalition-feedback-form');
  element.feed = feedWith(
    options.feedback ?? {
      endpoint: `${location.origin}/api/feedback?key=${key}`,
      prompt: 'What did you think?',
      questions,
    },
  );
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

async function type(element: Element, selector: string, text: string): Promise<void> {
  control(element, selector).focus();
  await typeKeys(text);
}

async function submit(element: CoalitionFeedbackForm): Promise<void> {
  control(element, '[part="submit-button"]').click();
  await element.updateComplete;
}

describe('<coalition-feedback-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('fields', () => {
    it('shows the prompt, each question type, a message, and optional name and email', async () => {
      const element = await form(uniqueKey());
      expect(control(element, '[part="prompt"]').textContent).to.equal('What did you think?');
      expect(control(element, 'form').getAttribute('aria-labelledby')).to.equal('prompt');
      const radios = shadow(element).querySelectorAll<HTMLInputElement>('input[name="q-0"]');
      expect([...radios].map((radio) => [radio.type, radio.value])).to.deep.equal([
        ['radio', 'Yes'],
        ['radio', 'No'],
      ]);
      expect(control(element, 'fieldset legend').textContent).to.contain('Would you like to hear more? (required)');
      expect(
        [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="q-1"]')].map((box) => box.type),
      ).to.deep.equal(['checkbox', 'checkbox']);
      expect(
        [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="q-2"]')].map((star) =>
          star.getAttribute('aria-label'),
        ),
      ).to.deep.equal(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
      expect(control(element, '#q-3').labels![0]!.textContent).to.contain('Where do you live?');
      expect(control(element, '#q-4').tagName).to.equal('TEXTAREA');
      expect(control(element, '#q-5').type).to.equal('email');
      expect(control(element, '#message').labels![0]!.textContent).to.equal('Your message');
      expect(control(element, '#name').labels![0]!.textContent).to.equal('Your name (optional)');
      expect(control(element, '#email').labels![0]!.textContent).to.equal('Your email (optional)');
      expect(shadow(element).querySelector('#consent')).to.be.null;
      await expect(element).to.be.accessible();
    });

    it('asks for consent once an email is given', async () => {
      const element = await form(uniqueKey());
      await type(element, '#email', 'ana@example.org');
      await element.updateComplete;
      expect(control(element, '#consent').labels![0]!.textContent).to.contain(
        'Test Coalition may contact me at this email',
      );
      await expect(element).to.be.accessible();
    });

    it('hides its honeypot from people and assistive technology', async () => {
      const element = await form(uniqueKey());
      const trap = control(element, '.trap');
      expect(trap.inert).to.be.true;
      expect(trap.getAttribute('aria-hidden')).to.equal('true');
      expect(trap.getBoundingClientRect().right).to.be.lessThan(0);
    });
  });

  describe('validation', () => {
    it('explains each problem accessibly, focuses the first, and keeps what was typed', async () => {
      const key = uniqueKey();
      const element = await form(key);
      await type(element, '#message', 'My words stay here');
      await type(element, '#q-5', 'not-an-email');
      await submit(element);
      const first = control(element, 'input[name="q-0"]');
      expect(shadow(element).activeElement).to.equal(first);
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      const group = control(element, 'fieldset');
      const explanation = shadow(element).getElementById(group.getAttribute('aria-describedby')!)!;
      expect(explanation.textContent!.trim()).to.equal('Please answer this question.');
      const work = control(element, '#q-5');
      expect(work.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(element).getElementById(work.getAttribute('aria-describedby')!)!.textContent).to.contain(
        'name@example.org',
      );
      expect(control<HTMLTextAreaElement>(element, '#message').value).to.equal('My words stay here');
      expect(work.value).to.equal('not-an-email');
      await expect(element).to.be.accessible();
      expect(await log(key)).to.deep.equal([]);
    });

    it('copes with question ids that no DOM id or selector could hold', async () => {
      const key = uniqueKey();
      const element = await form(key, {
        feedback: {
          endpoint: `${location.origin}/api/feedback?key=${key}`,
          questions: [
            { id: 'how did you hear?', label: 'How did you hear of us?', type: 'choice', options: ['Radio', 'Friend'] },
            { id: 'zip "code"', label: 'Your ZIP code', type: 'text', required: true },
            { id: '#1 issue', label: 'Your top issue', type: 'textarea', required: true },
          ],
        },
      });
      await type(element, '#message', 'Hello');
      await submit(element);
      const zip = shadow(element).querySelectorAll<HTMLInputElement>('input[type="text"]')[0]!;
      expect(zip.labels![0]!.textContent).to.contain('Your ZIP code');
      expect(shadow(element).activeElement).to.equal(zip);
      for (const invalid of shadow(element).querySelectorAll('[aria-invalid="true"]')) {
        const message = shadow(element).getElementById(invalid.getAttribute('aria-describedby')!);
        expect(message!.textContent!.trim()).to.equal('Please answer this question.');
      }
      await expect(element).to.be.accessible();

      shadow(element).querySelector<HTMLInputElement>('input[value="Friend"]')!.click();
      await type(element, 'input[type="text"]', '78702');
      await type(element, 'textarea:not(#message)', 'Rent');
      const sent = oneEvent(element, 'coalition-feedback-sent');
      await submit(element);
      expect((await sent).detail.submission.answers).to.deep.equal({
        'how did you hear?': 'Friend',
        'zip "code"': '78702',
        '#1 issue': 'Rent',
      });
    });

    it('asks for something to be said, and for consent with an email', async () => {
      const element = await form(uniqueKey(), { feedback: { endpoint: `${location.origin}/api/feedback?key=x` } });
      await submit(element);
      expect(shadow(element).activeElement!.id).to.equal('message');
      expect(control(element, '#message-error').textContent).to.contain('Write a message');
      await type(element, '#message', 'Hello');
      await type(element, '#email', 'ana@example.org');
      await submit(element);
      expect(shadow(element).activeElement!.id).to.equal('consent');
      expect(control(element, '#consent-error').textContent).to.contain('Check this box');
    });
  });

  describe('sending', () => {
    it('posts JSON with a unique id, shows it was sent, clears the form and empties the outbox', async () => {
      const key = uniqueKey();
      const element = await form(key, { attributes: { topic: 'Town hall' } });
      control(element, 'input[name="q-0"][value="Yes"]').click();
      control(element, 'input[name="q-1"][value="Transit"]').click();
      control(element, 'input[name="q-2"][value="4"]').click();
      await type(element, '#message', 'More buses, please');
      const heard = oneEvent(element, 'coalition-feedback-sent');
      await submit(element);
      const { detail } = await heard;
      expect(detail.status).to.equal(201);
      const [received] = await log(key);
      expect(received!.type).to.equal('application/json');
      const body = JSON.parse(received!.body);
      expect(body).to.deep.include({
        id: detail.submission.id,
        topic: 'Town hall',
        message: 'More buses, please',
        lang: navigator.language,
      });
      expect(body.answers).to.deep.equal({ more: 'Yes', topics: ['Transit'], stars: '4' });
      await element.updateComplete;
      expect(status(element)).to.equal('Thank you! Your feedback was sent.');
      expect(control(element, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(control<HTMLTextAreaElement>(element, '#message').value).to.equal('');
      expect(outboxEntries()).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('posts form fields when the feed asks for format "form", in the reader\'s language choice sent in English', async () => {
      const key = uniqueKey();
      const wrapper = await fixture(html`<div lang="es"></div>`);
      const element = document.createElement('coalition-feedback-form');
      element.feed = feedWith({ endpoint: `${location.origin}/api/feedback?key=${key}`, format: 'form', questions });
      wrapper.append(element);
      await element.updateComplete;
      expect(control(element, 'input[name="q-0"][value="Yes"]').nextElementSibling!.textContent).to.equal('Sí');
      control(element, 'input[name="q-0"][value="Yes"]').click();
      const heard = oneEvent(element, 'coalition-feedback-sent');
      await submit(element);
      await heard;
      const [received] = await log(key);
      expect(received!.type).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
      const fields = new URLSearchParams(received!.body);
      expect(fields.get('more')).to.equal('Yes');
      expect(fields.get('lang')).to.equal('es');
      await element.updateComplete;
      expect(status(element)).to.equal('¡Gracias! Tu opinión fue enviada.');
    });

    it('sends once however fast the button is clicked', async () => {
      const key = uniqueKey();
      const element = await form(key, { feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });
      await type(element, '#message', 'Once');
      const button = control(element, '[part="submit-button"]');
      button.click();
      button.click();
      button.click();
      await waitUntil(() => status(element).includes('sent'), 'not sent');
      await aTimeout(100);
      expect((await log(key)).length).to.equal(1);
    });

    it('drops a bot submission quietly', async () => {
      const key = uniqueKey();
      const element = await form(key, { feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });
      control(element, 'input[name="website"]').value = 'http://spam.example';
      await type(element, '#message', 'Buy now');
      await submit(element);
      await aTimeout(100);
      expect(status(element)).to.contain('sent');
      expect(await log(key)).to.deep.equal([]);
      expect(outboxEntries()).to.deep.equal([]);
    });
  });

  describe('when delivery fails', () => {
    it('shows a 4xx refusal with the reason, keeps the text, and keeps nothing in the outbox', async () => {
      const key = uniqueKey();
      await setMode(key, 'reject');
      const element = await form(key, { feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });
      await type(element, '#message', 'Keep me');
      const heard = oneEvent(element, 'coalition-feedback-failed');
      await submit(element);
      expect((await heard).detail.status).to.equal(422);
      await element.updateComplete;
      expect(status(element)).to.contain('the server refused it (error 422)');
      expect(control<HTMLTextAreaElement>(element, '#message').value).to.equal('Keep me');
      expect(outboxEntries()).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('keeps a submission through 5xx answers and sends it once when the browser is back online', async () => {
      const key = uniqueKey();
      await setMode(key, 'fail');
      const element = await form(key, { feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });
      await type(element, '#message', 'Please keep this');
      const queued = oneEvent(element, 'coalition-feedback-queued');
      await submit(element);
      const { detail } = await queued;
      expect(detail.reason).to.equal('server');
      await element.updateComplete;
      expect(status(element)).to.contain('saved on this device');
      expect(outboxEntries().map((entry) => entry.submission.id)).to.deep.equal([detail.submission.id]);
      expect(JSON.parse(localStorage.getItem('coalition-widgets:outbox:v1')!)[0].submission.message).to.equal(
        'Please keep this',
      );
      await expect(element).to.be.accessible();

      await setMode(key, 'ok');
      const sent = oneEvent(element, 'coalition-feedback-sent');
      window.dispatchEvent(new Event('online'));
      expect((await sent).detail.submission.id).to.equal(detail.submission.id);
      await element.updateComplete;
      expect(status(element)).to.equal('Thank you! Your feedback was sent.');
      expect(outboxEntries()).to.deep.equal([]);
      const received = await log(key);
      expect(received.map((r) => [r.id, r.status])).to.deep.equal([
        [detail.submission.id, 503],
        [detail.submission.id, 201],
      ]);
    });

    it('keeps a submission whose request hangs past the timeout, and delivers it exactly once later', async () => {
      const key = uniqueKey();
      await setMode(key, 'hang');
      const element = await form(key, {
        feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` },
        attributes: { 'send-timeout': '2000' },
      });
      await type(element, '#message', 'Slow network');
      const queued = oneEvent(element, 'coalition-feedback-queued');
      await submit(element);
      const button = control(element, '[part="submit-button"]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Sending…');
      await expect(element).to.be.accessible();
      expect(control(element, '[part="submit-button"]').getAttribute('aria-disabled')).to.equal('true');
      expect((await queued).detail.reason).to.equal('timeout');
      await setMode(key, 'ok');
      const sent = oneEvent(element, 'coalition-feedback-sent');
      window.dispatchEvent(new Event('online'));
      await sent;
      const accepted = (await log(key)).filter((r) => r.status === 201);
      expect(accepted).to.have.length(1);
      expect(outboxEntries()).to.deep.equal([]);
    });

    it('keeps a submission when the endpoint cannot be reached at all', async () => {
      const element = await form(uniqueKey(), { feedback: { endpoint: 'http://127.0.0.1:9/feedback' } });
      await type(element, '#message', 'Nowhere to go');
      const queued = oneEvent(element, 'coalition-feedback-queued');
      await submit(element);
      expect((await queued).detail.reason).to.equal('offline');
      expect(outboxEntries()).to.have.length(1);
      expect(outboxEntries()[0]!.attempts).to.equal(1);
      // the first retry comes soon, so a brief outage heals while the person is still here
      expect(outboxEntries()[0]!.nextAttemptAt).to.be.within(Date.now() + 1000, Date.now() + 2500);
    });

    it('heals a short outage: 503, 503, then delivered exactly once within seconds', async function () {
      this.timeout(20_000);
      const key = uniqueKey();
      await setMode(key, 'fail:2');
      const element = await form(key, { feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });
      await type(element, '#message', 'The clinic hours changed');
      const sent = oneEvent(element, 'coalition-feedback-sent');
      const started = Date.now();
      await submit(element);
      await waitUntil(() => status(element).includes('saved'), 'the person is told it will be retried');
      expect(status(element)).to.contain('It will be sent automatically');
      await sent;
      expect(Date.now() - started).to.be.below(15_000);
      await element.updateComplete;
      expect(status(element)).to.match(/^Thank you/);
      const received = await log(key);
      expect(received.map((r) => r.status)).to.deep.equal([503, 503, 201]);
      expect(new Set(received.map((r) => r.id)).size).to.equal(1);
      // hosted form services answer JSON instead of redirecting to a thank-you page
      expect(received.every((r) => r.accept === 'application/json')).to.be.true;
      expect(outboxEntries()).to.deep.equal([]);
    });
  });

  describe('when the endpoint is busy or refuses', () => {
    /** Writes a message without a keyboard, so the test reads the same in every engine. */
    function write(element: CoalitionFeedbackForm, message: string): void {
      control<HTMLTextAreaElement>(element, '#message').value = message;
    }
    const endpointOf = (key: string) => ({ feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });

    it('keeps a submission answered 429 and 408, and resends it no sooner than Retry-After asks', async function () {
      this.timeout(20_000);
      const key = uniqueKey();
      await setMode(key, 'answer:429:2:3');
      const element = await form(key, endpointOf(key));
      write(element, 'Busy receivers lose nothing');
      const queued = oneEvent(element, 'coalition-feedback-queued');
      const sent = oneEvent(element, 'coalition-feedback-sent');
      await submit(element);
      expect((await queued).detail.reason).to.equal('server');
      expect(outboxEntries()).to.have.length(1);
      // coming back online hurries a retry, but not past the endpoint's Retry-After
      window.dispatchEvent(new Event('online'));
      await aTimeout(500);
      expect(await log(key)).to.have.length(1);
      await sent;
      const received = await log(key);
      expect(received.map((r) => r.status)).to.deep.equal([429, 429, 201]);
      expect(received[1]!.at - received[0]!.at).to.be.at.least(3000);
      expect(received[2]!.at - received[1]!.at).to.be.at.least(3000);
      expect(new Set(received.map((r) => r.id)).size).to.equal(1);
      expect(outboxEntries()).to.deep.equal([]);

      // (a browser may itself repeat a request answered 408 once, so this endpoint keeps answering it)
      await setMode(key, 'answer:408');
      const again = await form(key, endpointOf(key));
      write(again, 'Timed out');
      const heard = oneEvent(again, 'coalition-feedback-queued');
      await submit(again);
      expect((await heard).detail.reason).to.equal('server');
      expect(outboxEntries()).to.have.length(1);
      await setMode(key, 'ok');
      const delivered = oneEvent(again, 'coalition-feedback-sent');
      window.dispatchEvent(new Event('online'));
      await delivered;
      expect(outboxEntries()).to.deep.equal([]);
    });

    it('honours a Retry-After given as an HTTP date', async function () {
      this.timeout(15_000);
      const key = uniqueKey();
      await setMode(key, 'answer:503:1:date4');
      const element = await form(key, endpointOf(key));
      write(element, 'Back in a moment');
      const sent = oneEvent(element, 'coalition-feedback-sent');
      await submit(element);
      await waitUntil(() => status(element).includes('saved'), 'the person is told it will be retried');
      expect(outboxEntries()[0]!.nextAttemptAt).to.be.above(Date.now() + 2000);
      window.dispatchEvent(new Event('online'));
      await sent;
      const received = await log(key);
      expect(received.map((r) => r.status)).to.deep.equal([503, 201]);
      // an HTTP date counts whole seconds
      expect(received[1]!.at - received[0]!.at).to.be.at.least(3000);
    });

    for (const [name, retry] of [
      ['a month', '2592000'],
      ['99999999999 seconds', '99999999999'],
      ['an HTTP date in 9999', 'date250000000000'],
    ]) {
      it(`honours a Retry-After of ${name} for an hour at most, without waking over and over`, async () => {
        const key = uniqueKey();
        await setMode(key, `answer:503:1:${retry}`);
        const element = await form(key, endpointOf(key));
        write(element, 'Whenever you are ready');
        const queued = oneEvent(element, 'coalition-feedback-queued');
        await submit(element);
        await queued;
        const [entry] = outboxEntries();
        expect(entry!.notBefore).to.be.within(Date.now() + 3_590_000, Date.now() + 3_600_000);
        expect(entry!.nextAttemptAt).to.be.at.most(Date.now() + 3_600_000);
      });
    }

    it('waits out a long Retry-After without waking over and over', async () => {
      const key = uniqueKey();
      await setMode(key, 'answer:503:1:2592000');
      const element = await form(key, endpointOf(key));
      write(element, 'Whenever you are ready');
      const queued = oneEvent(element, 'coalition-feedback-queued');
      await submit(element);
      await queued;
      const { getItem } = Storage.prototype;
      let reads = 0;
      Storage.prototype.getItem = function (this: Storage, name: string) {
        reads += 1;
        return getItem.call(this, name);
      };
      try {
        await aTimeout(1000);
      } finally {
        Storage.prototype.getItem = getItem;
      }
      // a timer past 2^31 ms fires at once: the outbox then read itself more than a thousand times a second
      expect(reads).to.be.below(5);
      expect(outboxEntries()[0]!.notBefore).to.be.above(Date.now() + 3_500_000);
      expect(await log(key)).to.have.length(1);
    });

    it('keeps a submission, and delivers it, when storage is full', async () => {
      const key = uniqueKey();
      const element = await form(key, endpointOf(key));
      write(element, 'Storage is full on this phone');
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const sent = oneEvent(element, 'coalition-feedback-sent');
        await submit(element);
        expect((await sent).detail.status).to.equal(201);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      const [received] = await log(key);
      expect(JSON.parse(received!.body).message).to.equal('Storage is full on this phone');
      expect(outboxEntries()).to.deep.equal([]);
    });

    it('keeps what an earlier page left while the endpoint answers 429', async () => {
      const key = uniqueKey();
      await setMode(key, 'answer:429::60');
      const left = {
        submission: { id: `earlier-${key}`, submittedAt: new Date().toISOString(), page: location.href, lang: 'en' },
        endpoint: `${location.origin}/api/feedback?key=${key}`,
        format: 'json',
        attempts: 3,
        nextAttemptAt: 0,
      };
      localStorage.setItem('coalition-widgets:outbox:v1', JSON.stringify([left]));
      // the next page's form tries at once, perhaps before it is returned here
      const heard = oneEvent(document, 'coalition-feedback-queued');
      await form(uniqueKey(), endpointOf('elsewhere'));
      expect((await heard).detail.submission.id).to.equal(left.submission.id);
      expect(outboxEntries().map((each) => each.submission.id)).to.deep.equal([left.submission.id]);
      expect(outboxEntries()[0]!.nextAttemptAt).to.be.above(Date.now() + 50_000);
      expect((await log(key)).map((r) => r.status)).to.deep.equal([429]);
    });

    it('keeps a submission the endpoint answers 403 or 404, as a misconfiguration to be fixed', async () => {
      for (const answer of [403, 404]) {
        localStorage.clear();
        const key = uniqueKey();
        await setMode(key, `answer:${answer}`);
        const element = await form(key, endpointOf(key));
        write(element, 'Kept for later');
        const queued = oneEvent(element, 'coalition-feedback-queued');
        await submit(element);
        expect((await queued).detail.reason).to.equal('server');
        expect(outboxEntries(), String(answer)).to.have.length(1);
        element.remove();
      }
    });

    it('lets only a refusal of the submission itself remove it, showing the person it failed with their words kept', async () => {
      for (const answer of [400, 409, 413, 415, 422]) {
        const key = uniqueKey();
        await setMode(key, `answer:${answer}`);
        const element = await form(key, endpointOf(key));
        write(element, `Refused with ${answer}`);
        const failed = oneEvent(element, 'coalition-feedback-failed');
        await submit(element);
        expect((await failed).detail.status).to.equal(answer);
        await element.updateComplete;
        expect(status(element)).to.contain(`the server refused it (error ${answer})`);
        expect(control<HTMLTextAreaElement>(element, '#message').value).to.equal(`Refused with ${answer}`);
        expect(outboxEntries(), String(answer)).to.deep.equal([]);
        element.remove();
      }
    });

    it('asks a question whose id the feed repeats once, so a required one can be answered', async () => {
      const key = uniqueKey();
      let element!: CoalitionFeedbackForm;
      const lines = await captureConsole('warn', async () => {
        element = await form(key, {
          feedback: {
            endpoint: `${location.origin}/api/feedback?key=${key}`,
            questions: [
              { id: 'zip', label: 'Your ZIP code', type: 'text', required: true },
              { id: 'zip', label: 'Your ZIP code, again', type: 'text' },
            ],
          },
        });
      });
      expect(lines.join()).to.contain('feedback.questions[1].id: "zip" is used twice');
      expect(shadow(element).querySelectorAll('input[type="text"]')).to.have.length(1);
      control(element, '#q-0').value = '78702';
      const sent = oneEvent(element, 'coalition-feedback-sent');
      await submit(element);
      expect((await sent).detail.submission.answers).to.deep.equal({ zip: '78702' });
    });
  });

  describe('the outbox across pages and forms', () => {
    async function queueOne(key: string): Promise<string> {
      await setMode(key, 'fail');
      const element = await form(key, { feedback: { endpoint: `${location.origin}/api/feedback?key=${key}` } });
      await type(element, '#message', 'From an earlier page');
      const queued = oneEvent(element, 'coalition-feedback-queued');
      await submit(element);
      const { detail } = await queued;
      element.remove();
      return detail.submission.id;
    }

    it('delivers what an earlier page left, when a feedback form loads on the next page', async () => {
      const key = uniqueKey();
      const id = await queueOne(key);
      await setMode(key, 'ok');
      const other = await form(uniqueKey(), {
        feedback: { endpoint: `${location.origin}/api/feedback?key=elsewhere` },
      });
      const sent = await oneEvent(other, 'coalition-feedback-sent');
      expect(sent.detail.submission.id).to.equal(id);
      expect((await log(key)).filter((r) => r.status === 201).map((r) => r.id)).to.deep.equal([id]);
      expect(outboxEntries()).to.deep.equal([]);
    });

    it('sends a waiting submission once when two forms on one page both try', async () => {
      const key = uniqueKey();
      const id = await queueOne(key);
      await setMode(key, 'ok');
      const wrapper = await fixture(
        html`<div>
          <coalition-feedback-form
            .feed=${feedWith({ endpoint: `${location.origin}/api/feedback?key=a` })}
          ></coalition-feedback-form>
          <coalition-feedback-form
            .feed=${feedWith({ endpoint: `${location.origin}/api/feedback?key=b` })}
          ></coalition-feedback-form>
        </div>`,
      );
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => outboxEntries().length === 0, 'never delivered');
      await aTimeout(200);
      expect((await log(key)).filter((r) => r.status === 201).map((r) => r.id)).to.deep.equal([id]);
      expect(wrapper.children).to.have.length(2);
    });

    it('tells each form of its own submissions only', async function () {
      this.timeout(15_000);
      const [keyA, keyB] = [uniqueKey(), uniqueKey()];
      await setMode(keyA, 'fail:1');
      const wrapper = await fixture(
        html`<div>
          <coalition-feedback-form
            .feed=${feedWith({ endpoint: `${location.origin}/api/feedback?key=${keyA}` })}
          ></coalition-feedback-form>
          <coalition-feedback-form
            .feed=${feedWith({ endpoint: `${location.origin}/api/feedback?key=${keyB}` })}
          ></coalition-feedback-form>
        </div>`,
      );
      const [a, b] = [...wrapper.children] as CoalitionFeedbackForm[];
      const heard = new Map<HTMLElement, string[]>([
        [a!, []],
        [b!, []],
      ]);
      for (const [element, events] of heard) {
        for (const name of ['coalition-feedback-sent', 'coalition-feedback-queued'] as const) {
          element.addEventListener(name, (event) => {
            if (event.target === element) events.push(`${name.slice(19)} ${event.detail.submission.message}`);
          });
        }
      }
      await type(a!, '#message', 'from A');
      await submit(a!);
      await type(b!, '#message', 'from B');
      await submit(b!);
      // A's retry is due about 2 s later, and goes out from the page's one outbox
      await waitUntil(() => heard.get(a!)!.includes('sent from A'), 'A hears of its delivery', { timeout: 8000 });
      expect(heard.get(a!)).to.deep.equal(['queued from A', 'sent from A']);
      expect(heard.get(b!)).to.deep.equal(['sent from B']);
      expect(status(a!)).to.match(/^Thank you/);
    });
  });

  describe('without an endpoint', () => {
    it('opens a mailto: link to the coalition, prefilled', async () => {
      const element = await form(uniqueKey(), {
        feedback: { prompt: 'Email us!', questions: questions.slice(0, 1) },
        attributes: { topic: 'Summit panel' },
      });
      control(element, 'input[name="q-0"][value="Yes"]').click();
      await type(element, '#message', 'Great panel');
      const opened: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        opened.push(this.href);
      };
      try {
        await submit(element);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(opened).to.have.length(1);
      const url = opened[0]!;
      expect(url.startsWith('mailto:hello@example.org?')).to.be.true;
      const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
      expect(params.get('subject')).to.equal('Feedback: Summit panel');
      expect(params.get('body')).to.contain('Would you like to hear more?: Yes');
      expect(params.get('body')).to.contain('Great panel');
      await element.updateComplete;
      expect(status(element)).to.contain('write to hello@example.org');
      await expect(element).to.be.accessible();
    });
  });

  describe('themes and states', () => {
    it('passes axe in the dark theme, while loading and in error', async () => {
      const dark = await fixture(
        html`<div style="background:#16141a">
          <coalition-feedback-form theme="dark" .feed=${feedWith({ questions })}></coalition-feedback-form>
        </div>`,
      );
      await expect(dark.firstElementChild).to.be.accessible();
      const loading = await fixture(
        html`<coalition-feedback-form src=${'/api/feed?hang=1&key=form-loading'}></coalition-feedback-form>`,
      );
      await expect(loading).to.be.accessible();
      loading.remove();
      const failed = await fixture(
        html`<coalition-feedback-form src=${'/api/feed?status=404&key=form-404'}></coalition-feedback-form>`,
      );
      await waitUntil(() => shadow(failed).querySelector('[part="error"]'), 'no error');
      await expect(failed).to.be.accessible();
    });
  });
});
