import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionSpeakerList } from '../../src/speaker-list/speaker-list.js';
import { fakeClock, type FakeClock } from '../fixtures/clock.js';
import { captureConsole } from '../fixtures/console.js';
import { pressSpace } from '../fixtures/engine.js';
import { NOW, panelFeed } from '../fixtures/panel-feed.js';

const shadow = (element: Element) => element.shadowRoot!;
const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: Element, name: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const names = (element: Element) => parts(element, 'name').map((name) => name.textContent);

async function list(
  attributes: { speakers?: string; event?: string; layout?: string; width?: string; lang?: string; feed?: object } = {},
) {
  const wrapper = await fixture(
    html`<div lang=${attributes.lang ?? 'en'} style=${`width:${attributes.width ?? '900px'}`}>
      <coalition-speaker-list
        speakers=${attributes.speakers ?? ''}
        event=${attributes.event ?? ''}
        layout=${attributes.layout ?? 'grid'}
        .feed=${attributes.feed ?? panelFeed}
      ></coalition-speaker-list>
    </div>`,
  );
  const element = wrapper.querySelector('coalition-speaker-list') as CoalitionSpeakerList;
  await element.updateComplete;
  return element;
}

describe('<coalition-speaker-list>', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = fakeClock(NOW)));
  afterEach(() => clock.restore());

  it('shows every speaker in the feed, in its order, as one list of cards one heading level down', async () => {
    const element = await list();
    expect(names(element)).to.deep.equal(['Chas Moore', 'Devin Davis', 'Ana Flores', 'Kim Tran']);
    const lists = shadow(element).querySelectorAll('[role="list"][aria-label="Speakers"]');
    expect(lists).to.have.length(1);
    expect(parts(element, 'item').every((item) => item.parentElement === lists[0])).to.be.true;
    expect(parts(element, 'name').every((name) => name.localName === 'h4')).to.be.true;
    // each card is named by its own heading: the ids are unique in the shadow root
    const labels = parts(element, 'card').map((card) => card.getAttribute('aria-labelledby'));
    expect(new Set(labels).size).to.equal(4);
    expect(labels.map((id) => shadow(element).getElementById(id!)!.textContent)).to.deep.equal(names(element));
    await expect(element).to.be.accessible();
  });

  it('shows what a speaker card shows, with the upcoming events one level down too', async () => {
    const element = await list({ speakers: 'chas' });
    const heading = part(element, 'upcoming-heading')!;
    expect([heading.localName, heading.textContent]).to.deep.equal(['h5', 'Upcoming with Chas Moore']);
    expect(parts(element, 'upcoming-event')).to.have.length(3);
    expect(part(element, 'role')!.textContent!.trim()).to.equal('Executive Director');
  });

  it('shows speakers="…" in that order, leaving out unknown ids with one warning naming them', async () => {
    let element: CoalitionSpeakerList | undefined;
    const lines = await captureConsole('warn', async () => {
      element = await list({ speakers: ' kim  nobody chas kim ghost ' });
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(names(element!)).to.deep.equal(['Kim Tran', 'Chas Moore']);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('no speaker with id "nobody", "ghost"');
    await expect(element!).to.be.accessible();
  });

  it('says so, in a sentence, when none of the ids is in the feed', async () => {
    const lines = await captureConsole('warn', async () => {
      const element = await list({ speakers: 'nobody' });
      expect(part(element, 'empty')!.textContent!.trim()).to.equal('No speakers to show yet.');
      expect(part(element, 'list')).to.be.null;
      await expect(element).to.be.accessible();
    });
    expect(lines.join()).to.contain('"nobody"');
  });

  it('shows the speakers of event="…" in the event’s order', async () => {
    const element = await list({ event: 'panel' });
    expect(names(element)).to.deep.equal(['Kim Tran', 'Chas Moore', 'Ana Flores']);
    await expect(element).to.be.accessible();
  });

  it('says clearly when the event is unknown or has no speakers', async () => {
    const lines = await captureConsole('warn', async () => {
      const unknown = await list({ event: 'nope' });
      expect(part(unknown, 'empty')!.textContent!.trim()).to.equal('We could not find the event “nope”.');
      await expect(unknown).to.be.accessible();
    });
    expect(lines.join()).to.contain('no event with id "nope"');
    const none = await list({ event: 'no-speakers' });
    expect(part(none, 'empty')!.textContent!.trim()).to.equal('No speakers to show yet.');
    const empty = await list({ feed: { ...panelFeed, speakers: [], events: [] } });
    expect(part(empty, 'empty')!.textContent!.trim()).to.equal('No speakers to show yet.');
    await expect(empty).to.be.accessible();
  });

  it('lets speakers="…" win over event="…"', async () => {
    expect(names(await list({ event: 'panel', speakers: 'devin' }))).to.deep.equal(['Devin Davis']);
  });

  it('sets cards side by side in the grid, and one under another in the list layout', async () => {
    const grid = await list({ width: '900px' });
    const [first, second] = parts(grid, 'card').map((card) => card.getBoundingClientRect());
    expect(Math.abs(first!.top - second!.top)).to.be.below(1);
    expect(second!.left).to.be.at.least(first!.right);
    const stacked = await list({ layout: 'list', width: '900px' });
    expect(stacked.getAttribute('layout')).to.equal('list');
    const [top, below] = parts(stacked, 'card').map((card) => card.getBoundingClientRect());
    expect(below!.top).to.be.at.least(top!.bottom);
    expect(top!.width).to.be.above(800);
    await expect(stacked).to.be.accessible();
    const narrow = await list({ width: '240px' });
    expect(part(narrow, 'base')!.scrollWidth).to.be.at.most(240);
    await expect(narrow).to.be.accessible();
  });

  it('expands one speaker’s long bio with the keyboard, and only that one', async () => {
    const element = await list();
    const [chas, ana] = parts(element, 'expand-button') as HTMLButtonElement[];
    ana!.focus();
    await pressSpace();
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(ana);
    expect(ana!.getAttribute('aria-expanded')).to.equal('true');
    expect(chas!.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).getElementById(ana!.getAttribute('aria-controls')!)!.textContent).to.contain('Tenant');
    const links = parts(element, 'links')[0]!.querySelectorAll('a');
    links[0]!.focus();
    expect(shadow(element).activeElement).to.equal(links[0]);
    await expect(element).to.be.accessible();
  });

  it('shows initials for the photo that failed to load, and only for it', async () => {
    const feed = {
      ...panelFeed,
      events: [],
      speakers: [
        { id: 'a', name: 'Ana Flores', photo: { src: `${location.origin}/missing.png`, alt: 'Ana' } },
        { id: 'b', name: 'Bo Lee', photo: { src: `${location.origin}/test/fixtures/photo.svg`, alt: 'Bo' } },
      ],
    };
    const element = await list({ feed });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await element.updateComplete;
    const photos = parts(element, 'photo');
    expect(photos.map((photo) => photo.localName)).to.deep.equal(['span', 'img']);
    expect(photos[0]!.textContent).to.equal('AF');
  });

  it('speaks Spanish, and shows the loading and error states of every widget', async () => {
    await captureConsole('warn', async () => {
      const spanish = await list({ lang: 'es', event: 'nope' });
      expect(part(spanish, 'empty')!.textContent!.trim()).to.equal('No encontramos el evento «nope».');
    });
    const named = await list({ lang: 'es' });
    expect(shadow(named).querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Ponentes');
    const loading = await fixture(
      html`<coalition-speaker-list src=${'/api/feed?hang=1&key=speaker-list-loading'}></coalition-speaker-list>`,
    );
    expect(part(loading, 'loading')).to.exist;
    await expect(loading).to.be.accessible();
    loading.remove();
    const failed = await fixture<CoalitionSpeakerList>(
      html`<coalition-speaker-list src=${'/api/feed?status=404&key=speaker-list-404'}></coalition-speaker-list>`,
    );
    await captureConsole('error', async () => {
      for (let i = 0; i < 100 && !part(failed, 'error'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(part(failed, 'error')!.textContent).to.contain('404');
    await expect(failed).to.be.accessible();
  });
});
