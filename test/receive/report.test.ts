import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import type { CoalitionFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { type } from '../fixtures/engine.js';

const FEED = 'cli/test/fixtures/report-feed.json';
const startReceiver = (name: string) =>
  executeServerCommand<string, object>('start-receiver', { name, origin: location.origin });
const stopReceiver = (name: string) => executeServerCommand('stop-receiver', { name });
const report = (name: string, ...args: string[]) =>
  executeServerCommand<string, object>('receiver-report', { name, feed: FEED, args });

interface Resident {
  more: string;
  rating: string;
  topics: string[];
  message: string;
  name?: string;
  email?: string;
}

/** What four residents say through the real form, in this order. */
const residents: Resident[] = [
  { more: 'Yes', rating: '5', topics: ['Bus shelters', 'Night service'], message: 'Shelters first' },
  { more: 'Yes', rating: '4', topics: ['Sidewalks'], message: 'Fix the curb ramps', name: 'Ana Ruiz' },
  { more: 'No', rating: '2', topics: [], message: 'Too long', email: 'lee@example.org' },
  { more: 'Yes', rating: '4', topics: ['Bus shelters'], message: 'Thanks <b>all</b>' },
];

/** One resident fills in the form on the page and sends it, as a person does: clicks and keys. */
async function send(endpoint: string, resident: Resident): Promise<void> {
  const feed = await (await fetch(`/${FEED}`)).json();
  const form = await fixture<CoalitionFeedbackForm>(
    html`<coalition-feedback-form
      topic="Transit summit"
      .feed=${{ ...feed, feedback: { ...feed.feedback, endpoint: `${endpoint}/feedback` } }}
    ></coalition-feedback-form>`,
  );
  const root = form.shadowRoot!;
  const pick = (field: string, value: string) =>
    root.querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`)!.click();
  pick('q-0', resident.more);
  pick('q-1', resident.rating);
  for (const topic of resident.topics) pick('q-2', topic);
  root.querySelector<HTMLTextAreaElement>('#message')!.focus();
  await type(resident.message);
  if (resident.name) {
    root.querySelector<HTMLInputElement>('#name')!.focus();
    await type(resident.name);
  }
  if (resident.email) {
    root.querySelector<HTMLInputElement>('#email')!.focus();
    await type(resident.email);
    await form.updateComplete;
    root.querySelector<HTMLInputElement>('#consent')!.click();
  }
  const sent = oneEvent(form, 'coalition-feedback-sent');
  root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  expect((await sent).detail.status).to.equal(201);
}

/** The report in a frame of its own, as a browser opens the file. */
async function open(page: string): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="report" style="width: 900px; height: 600px"></iframe>`,
  );
  const loaded = oneEvent(frame, 'load');
  frame.srcdoc = page;
  await loaded;
  return frame;
}

/** A chart's rows as a screen reader reads its table: header cell, then each cell's text. */
const rows = (table: HTMLTableElement): string[][] =>
  [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.textContent!.trim()));

const tableFor = (doc: Document, caption: string): HTMLTableElement => {
  const table = [...doc.querySelectorAll('table')].find((each) => each.caption?.textContent?.startsWith(caption));
  expect(table, caption).to.exist;
  return table!;
};

describe('coalition-widgets report, on what the real form sent to a real receiver', () => {
  const name = 'report';
  let endpoint: string;
  before(async function () {
    this.timeout(60_000);
    localStorage.clear();
    endpoint = await startReceiver(name);
    for (const resident of residents) await send(endpoint, resident);
  });
  after(async () => {
    localStorage.clear();
    await stopReceiver(name);
  });

  it('reads as a person reads it: figures, charts as tables, messages newest first', async () => {
    const frame = await open(await report(name));
    const doc = frame.contentDocument!;
    expect(doc.title).to.equal('What residents said: Eastside Transit Coalition');
    expect(doc.querySelector('h1')!.textContent).to.equal('What residents said: Eastside Transit Coalition');
    expect(doc.querySelector('.about')!.textContent).to.match(/^4 submissions, received from /);

    const more = tableFor(doc, 'Would you like to hear more from these speakers?');
    expect(more.caption!.textContent).to.contain('4 answered');
    expect([...more.tHead!.rows[0]!.cells].map((cell) => cell.textContent)).to.deep.equal(['Answer', 'Count', 'Share']);
    expect(rows(more)).to.deep.equal([
      ['Yes', '3', '75%'],
      ['No', '1', '25%'],
    ]);
    const rating = tableFor(doc, 'How was the clinic session?');
    expect(rating.caption!.textContent).to.contain('mean 3.8 of 5 from 4 ratings');
    expect(rows(rating).map((row) => row[1])).to.deep.equal(['0', '1', '0', '2', '1']);
    const topics = tableFor(doc, 'Which topics should come next?');
    expect(rows(topics)).to.deep.equal([
      ['Bus shelters', '2', '67%'],
      ['Sidewalks', '1', '33%'],
      ['Night service', '1', '33%'],
    ]);
    expect(rows(tableFor(doc, 'Submissions by topic'))).to.deep.equal([['Transit summit', '4', '100%']]);
    expect(rows(tableFor(doc, 'Submissions by week'))).to.have.length(1);

    // bars a person sees: the widest answer fills its track, the others in proportion
    const bars = [...more.querySelectorAll<HTMLElement>('.bar')].map((bar) => bar.getBoundingClientRect().width);
    const track = more.querySelector('.track')!.getBoundingClientRect().width;
    expect(bars[0]).to.be.closeTo(track, 1);
    expect(bars[1]).to.be.closeTo(track / 3, 1);

    const words = [...doc.querySelectorAll('ol.words > li .message')].map((each) => each.textContent);
    expect(words).to.deep.equal(['Thanks <b>all</b>', 'Too long', 'Fix the curb ramps', 'Shelters first']);
    expect(doc.querySelector('ol.words b')).to.equal(null);
    expect(doc.querySelector('ol.words > li .meta')!.textContent).to.match(/ UTC · topic Transit summit$/);
    // names and emails only with --contact
    expect(doc.body.textContent).not.to.contain('Ana Ruiz');
    expect(doc.body.textContent).not.to.contain('lee@example.org');
    // nothing to run and nothing fetched
    expect(doc.querySelectorAll('script, img, link, iframe, object')).to.have.length(0);
    expect(frame.contentWindow!.performance.getEntriesByType('resource')).to.have.length(0);
  });

  it('has nothing axe-core finds', async () => {
    const page = await report(name, '--contact');
    // the report's own policy forbids every script: lifted here only to run the checker inside it
    const frame = await open(page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    const doc = frame.contentDocument!;
    expect(doc.body.textContent).to.contain('From Ana Ruiz');
    const axe = doc.createElement('script');
    axe.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    doc.head.append(axe);
    const checker = (frame.contentWindow as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    const results = await checker.run(doc);
    expect(results.violations.map((each) => `${each.id}: ${each.help}`)).to.deep.equal([]);
    expect(results.passes.map((each) => each.id)).to.include.members([
      'document-title',
      'html-has-lang',
      'color-contrast',
    ]);
  });

  it('--public shows none of the messages, names or emails that were posted', async () => {
    const frame = await open(await report(name, '--public'));
    const doc = frame.contentDocument!;
    const text = doc.documentElement.outerHTML;
    for (const resident of residents) {
      for (const said of [resident.message, resident.name, resident.email]) if (said) expect(text).not.to.contain(said);
    }
    expect(text).not.to.contain('curb');
    expect(doc.querySelector('#words')).to.equal(null);
    expect(rows(tableFor(doc, 'Would you like to hear more from these speakers?'))).to.deep.equal([
      ['Yes', 'fewer than 5', ''],
      ['No', 'fewer than 5', ''],
    ]);
    expect(doc.querySelector('.about')!.textContent).to.match(/^fewer than 5 submissions/);
  });
});

interface AxeResults {
  violations: { id: string; help: string }[];
  passes: { id: string }[];
}
