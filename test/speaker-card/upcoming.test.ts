import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionSpeakerCard } from '../../src/speaker-card/speaker-card.js';
import { fakeClock, type FakeClock } from '../fixtures/clock.js';
import { NOW, panelFeed } from '../fixtures/panel-feed.js';

const shadow = (element: Element) => element.shadowRoot!;
const parts = (element: Element, name: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** Text as read, with Intl's narrow and thin spaces as plain ones. */
const read = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

async function card(speaker: string, lang = 'en') {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <coalition-speaker-card speaker=${speaker} .feed=${panelFeed}></coalition-speaker-card>
    </div>`,
  );
  const element = wrapper.firstElementChild as CoalitionSpeakerCard;
  await element.updateComplete;
  return element;
}

describe('<coalition-speaker-card> upcoming events', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = fakeClock(NOW)));
  afterEach(() => clock.restore());

  it('shows the next three events naming the speaker, soonest first, past and cancelled ones left out', async () => {
    const element = await card('chas');
    const [heading] = parts(element, 'upcoming-heading');
    expect(heading!.localName).to.equal('h4');
    expect(heading!.textContent).to.equal('Upcoming with Chas Moore');
    expect(parts(element, 'upcoming')[0]!.getAttribute('aria-labelledby')).to.equal(heading!.id);
    const events = parts(element, 'upcoming-event');
    expect(events.map((event) => read(event.firstElementChild!))).to.deep.equal([
      'Town hall',
      'Session voices',
      'Resource fair',
    ]);
    await expect(element).to.be.accessible();
  });

  it('links each title to its RSVP, and leaves a title without one as text', async () => {
    const element = await card('chas');
    const links = parts(element, 'upcoming-link') as HTMLAnchorElement[];
    expect(links.map((link) => [link.textContent, link.href])).to.deep.equal([
      ['Town hall', 'https://example.org/rsvp/town-hall'],
      ['Session voices', 'https://example.org/rsvp/panel'],
    ]);
    expect(parts(element, 'upcoming-event')[2]!.querySelector('a')).to.be.null;
    links[0]!.focus();
    expect(shadow(element).activeElement).to.equal(links[0]);
  });

  it('gives the day and time in the event’s own zone, as the event list does', async () => {
    const times = parts(await card('chas'), 'upcoming-time');
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2027-01-10T18:30:00-06:00',
      '2027-01-12T19:00:00-05:00',
      '2027-01-16',
    ]);
    const [townHall, panel, fair] = times.map(read);
    expect(townHall).to.match(/^Sunday, January 10(, 2027)? · 6:30 – 8:00 PM CST$/);
    expect(panel).to.match(/^Tuesday, January 12(, 2027)? · 7:00 PM EST$/);
    expect(fair).to.match(/^Saturday, January 16(, 2027)?$/);
  });

  it('shows nothing of the kind for a speaker with no upcoming events', async () => {
    const element = await card('devin');
    expect(parts(element, 'upcoming')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('drops an event once it has ended, at the next render', async () => {
    const element = await card('ana');
    expect(parts(element, 'upcoming-event').map(read)[0]).to.match(/^Town hall/);
    clock.sleep(Date.parse('2027-01-11T02:00:00Z') - NOW);
    element.requestUpdate();
    await element.updateComplete;
    expect(parts(element, 'upcoming-event').map((event) => read(event.firstElementChild!))).to.deep.equal([
      'Session voices',
    ]);
  });

  it('speaks Spanish: the heading, the titles and the days', async () => {
    const element = await card('ana', 'es');
    expect(parts(element, 'upcoming-heading')[0]!.textContent).to.equal('Próximamente con Ana Flores');
    expect(read(parts(element, 'upcoming-link')[0]!)).to.equal('Asamblea');
    expect(read(parts(element, 'upcoming-time')[0]!)).to.match(/^domingo, 10 de enero/);
    await expect(element).to.be.accessible();
  });
});
