import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionSpeakerCard } from '../../src/speaker-card/speaker-card.js';
import { initials } from '../../src/speaker-card/render-speaker.js';
import { captureConsole } from '../fixtures/console.js';
import { pressSpace } from '../fixtures/engine.js';
import { minimalFeed } from '../fixtures/feeds.js';

const feed = {
  ...minimalFeed,
  speakers: [
    {
      id: 'chas',
      name: 'Chas Moore',
      pronouns: 'he/him',
      role: { en: 'Executive Director', es: 'Director ejecutivo' },
      organization: { name: 'Austin Justice Coalition', url: 'https://example.org/ajc' },
      bio: 'Organizer. '.repeat(40),
      links: [
        { label: 'Website', url: 'https://example.org/chas' },
        { label: 'Email', url: 'mailto:chas@example.org' },
      ],
    },
    {
      id: 'devin',
      name: 'Devin Davis',
      role: 'Director of Political Operations',
      organization: { name: 'Voters Organized to Educate' },
      photo: { src: `${location.origin}/test/fixtures/photo.svg`, alt: 'Devin smiling' },
    },
  ],
};
const shadow = (element: Element) => element.shadowRoot!;
const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

async function card(attributes: { speaker?: string; feed?: object; person?: object; width?: string } = {}) {
  const element = await fixture<CoalitionSpeakerCard>(
    html`<coalition-speaker-card
      speaker=${attributes.speaker ?? 'chas'}
      style=${attributes.width ? `width:${attributes.width}` : ''}
      .feed=${attributes.person ? undefined : (attributes.feed ?? feed)}
      .person=${attributes.person}
    ></coalition-speaker-card>`,
  );
  await element.updateComplete;
  return element;
}

describe('<coalition-speaker-card>', () => {
  it('shows the chosen speaker: name, pronouns, role and linked organization', async () => {
    const element = await card();
    expect(part(element, 'name')!.textContent).to.equal('Chas Moore');
    expect(part(element, 'pronouns')!.textContent).to.equal('he/him');
    expect(part(element, 'role')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Executive Director, Austin Justice Coalition',
    );
    expect(part(element, 'role')!.querySelector('a')!.href).to.equal('https://example.org/ajc');
    expect(shadow(element).querySelector('article')!.getAttribute('aria-labelledby')).to.equal(
      part(element, 'name')!.id,
    );
    await expect(element).to.be.accessible();
  });

  it('shows the organization as text when it has no URL, and the photo with its alt text, lazily', async () => {
    const element = await card({ speaker: 'devin' });
    expect(part(element, 'role')!.querySelector('a')).to.be.null;
    const photo = shadow(element).querySelector('img')!;
    expect(photo.alt).to.equal('Devin smiling');
    expect(photo.loading).to.equal('lazy');
  });

  it('shows initials when there is no photo, and when the photo fails to load', async () => {
    expect(initials('Chas Moore')).to.equal('CM');
    expect(initials('  joao paolo connolly ')).to.equal('JC');
    expect(initials('Ñandú')).to.equal('Ñ');
    const element = await card();
    expect(part(element, 'photo')!.textContent).to.equal('CM');
    expect(part(element, 'photo')!.getAttribute('aria-hidden')).to.equal('true');
    const broken = await card({
      feed: { ...feed, speakers: [{ id: 'x', name: 'Ana Flores', photo: { src: `${location.origin}/missing.png` } }] },
      speaker: 'x',
    });
    await waitUntil(() => part(broken, 'photo')!.textContent === 'AF', 'no initials after the photo failed');
    const working = await card({
      feed: {
        ...feed,
        speakers: [{ id: 'x', name: 'Ana Flores', photo: { src: `${location.origin}/test/fixtures/photo.svg` } }],
      },
      speaker: 'x',
    });
    expect(shadow(working).querySelector('img')!.alt).to.equal('Ana Flores');
  });

  it('expands a long bio with the keyboard', async () => {
    const element = await card();
    const button = part(element, 'expand-button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await pressSpace();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(part(element, 'bio')!.classList.contains('clamped')).to.be.false;
  });

  it('lists links with names that include the speaker', async () => {
    const links = [...part(await card(), 'links')!.querySelectorAll('a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('aria-label'), link.href])).to.deep.equal([
      ['Website', 'Website: Chas Moore', 'https://example.org/chas'],
      ['Email', 'Email: Chas Moore', 'mailto:chas@example.org'],
    ]);
  });

  it('says clearly when the speaker id is unknown, and warns on the console', async () => {
    const lines = await captureConsole('warn', async () => {
      const element = await card({ speaker: 'nobody' });
      expect(part(element, 'empty')!.textContent).to.contain('We could not find the speaker “nobody”');
      await expect(element).to.be.accessible();
    });
    expect(lines.join()).to.contain('no speaker with id "nobody"');
  });

  it("shows the next speaker's photo after one failed to load", async () => {
    const element = await card({
      feed: {
        ...feed,
        speakers: [
          { id: 'x', name: 'Ana Flores', photo: { src: `${location.origin}/missing.png` } },
          { id: 'y', name: 'Ben Ortiz', photo: { src: `${location.origin}/test/fixtures/photo.svg`, alt: 'Ben' } },
        ],
      },
      speaker: 'x',
    });
    await waitUntil(() => part(element, 'photo')!.textContent === 'AF', 'no initials after the photo failed');
    element.speaker = 'y';
    await element.updateComplete;
    expect(shadow(element).querySelector('img')?.alt).to.equal('Ben');
    element.speaker = 'x';
    await element.updateComplete;
    expect(part(element, 'photo')!.textContent).to.equal('AF');
  });

  it('works without a feed through the person property, leaving out unsafe links', async () => {
    const lines = await captureConsole('warn', async () => {
      const element = await card({
        person: {
          name: 'Ana Flores',
          role: 'Organizer',
          links: [
            { label: 'Bad', url: 'javascript:alert(1)' },
            { label: 'Site', url: 'https://example.org' },
          ],
        },
      });
      expect(part(element, 'name')!.textContent).to.equal('Ana Flores');
      expect([...part(element, 'links')!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Site']);
    });
    expect(lines.join()).to.contain('the person property');
    expect(lines.join()).to.contain('links[0].url: not an https:, http: or mailto: link');
  });

  it('shows the person even when the main thread is held up while it is read', async () => {
    const now = performance.now.bind(performance);
    let lag = 0;
    // a busy phone: every look at the clock finds 30 ms more gone, so reading outlasts its first slice
    performance.now = () => now() + (lag += 30);
    let element!: CoalitionSpeakerCard;
    try {
      element = await card({ person: { name: 'Ana Flores', role: 'Organizer' } });
    } finally {
      performance.now = now;
    }
    await waitUntil(() => part(element, 'name'), 'never showed the person', { timeout: 1000 });
    expect(part(element, 'name')!.textContent).to.equal('Ana Flores');
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    let element!: Element;
    const lines = await captureConsole('warn', async () => {
      element = await card({
        person: { name: hostile, bio: hostile, role: hostile, photo: { src: 'javascript:alert(1)' } },
      });
    });
    expect(lines.join()).to.contain('photo.src: not an https: or http: address');
    expect(part(element, 'name')!.textContent).to.equal(hostile);
    expect(shadow(element).querySelector('b, img')).to.be.null;
    expect((window as { pwned?: number }).pwned).to.be.undefined;
  });

  it('fits from 240px wide to a full row', async () => {
    for (const width of ['240px', '900px']) {
      const element = await card({ width });
      const base = part(element, 'base')!;
      expect(base.scrollWidth, width).to.be.at.most(parseInt(width));
      await expect(element).to.be.accessible();
    }
    const wide = await card({ width: '900px' });
    const photo = part(wide, 'photo')!.getBoundingClientRect();
    expect(part(wide, 'name')!.getBoundingClientRect().left).to.be.greaterThan(photo.right - 1);
  });

  it('keeps its card under aggressive host page CSS, and passes axe while loading', async () => {
    const style = document.createElement('style');
    style.textContent = `* { display: inline !important; text-transform: uppercase; letter-spacing: 4px; } img, h3, a, button { display: none !important; }`;
    document.head.append(style);
    try {
      const element = await card();
      expect(part(element, 'name')!.offsetHeight).to.be.greaterThan(10);
      expect(getComputedStyle(part(element, 'name')!).textTransform).to.equal('none');
      expect(part(element, 'links')!.querySelector('a')!.offsetHeight).to.be.greaterThan(10);
    } finally {
      style.remove();
    }
    const loading = await fixture(
      html`<coalition-speaker-card src=${'/api/feed?hang=1&key=speaker-loading'}></coalition-speaker-card>`,
    );
    expect(part(loading, 'loading')).to.exist;
    await expect(loading).to.be.accessible();
    loading.remove();
  });

  it('speaks Spanish and passes axe in the dark theme and in error', async () => {
    const wrapper = await fixture(
      html`<div lang="es" style="background:#16141a">
        <coalition-speaker-card theme="dark" speaker="chas" .feed=${feed}></coalition-speaker-card>
      </div>`,
    );
    const element = wrapper.firstElementChild as CoalitionSpeakerCard;
    await element.updateComplete;
    expect(part(element, 'role')!.textContent).to.contain('Director ejecutivo');
    expect(part(element, 'expand-button')!.textContent!.trim()).to.equal('Mostrar más');
    await expect(element).to.be.accessible();
    const failed = await fixture(
      html`<coalition-speaker-card src=${'/api/feed?status=404&key=speaker-404'}></coalition-speaker-card>`,
    );
    await waitUntil(() => part(failed, 'error'), 'no error');
    await expect(failed).to.be.accessible();
  });
});
