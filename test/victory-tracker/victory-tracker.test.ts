import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/all.js';
import type { CoalitionVictoryTracker } from '../../src/victory-tracker/victory-tracker.js';
import { captureConsole } from '../fixtures/console.js';
import { preferReducedMotion } from '../fixtures/engine.js';
import { minimalFeed } from '../fixtures/feeds.js';

const feed = {
  ...minimalFeed,
  victories: [
    {
      id: 'hotline',
      title: { en: 'Tenant hotline funded', es: 'Línea para inquilinos financiada' },
      date: '2026-06-02',
      summary: 'A free legal hotline for tenants.',
      url: 'https://example.org/hotline',
      image: { src: `${location.origin}/test/fixtures/photo.svg`, alt: 'Volunteers answering phones' },
      tags: ['housing'],
      neighborhood: 'Montopolis',
      metric: { value: 4350, unit: { en: 'households protected', es: 'hogares protegidos' }, goal: 6000 },
    },
    {
      id: 'route-7',
      title: 'Route 7 bus service restored',
      date: '2024-03-14',
      tags: ['mobility'],
      neighborhood: 'East Austin',
      metric: { value: 1200, unit: { en: 'households protected', es: 'hogares protegidos' } },
    },
    {
      id: 'budget',
      title: 'Violence prevention funded',
      date: '2022-09-01',
      metric: { value: 2_500_000, unit: 'dollars' },
    },
  ],
};

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element) => shadow(element).textContent!.replace(/\s+/g, ' ');
const titles = (element: Element) => [...shadow(element).querySelectorAll('h3')].map((h) => h.textContent!.trim());

async function tracker(attributes = '', data: object = feed): Promise<CoalitionVictoryTracker> {
  const wrapper = await fixture(html`<div></div>`);
  const element = document.createElement('coalition-victory-tracker');
  for (const [, name, value] of attributes.matchAll(/(\w+)="([^"]*)"/g)) element.setAttribute(name!, value!);
  element.feed = data;
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

describe('<coalition-victory-tracker>', () => {
  before(() => preferReducedMotion(true));
  after(() => preferReducedMotion(false));

  describe('headline', () => {
    it('counts the victories since the first year, and totals metrics that share a unit', async () => {
      const element = await tracker();
      const headline = shadow(element).querySelector('[part="headline"]')!;
      expect(headline.textContent!.replace(/\s+/g, ' ')).to.contain('3 victories since 2022');
      expect(headline.textContent!.replace(/\s+/g, ' ')).to.contain('5,550 households protected in total');
      expect(headline.textContent).not.to.contain('dollars');
    });

    it('says "victory" for one', async () => {
      const element = await tracker('tag="mobility"');
      expect(text(element)).to.contain('1 victory since 2024');
    });
  });

  describe('each victory', () => {
    it('shows title, date, neighborhood, tags, summary, image with alt, and a link, newest first', async () => {
      const element = await tracker();
      expect(titles(element)).to.deep.equal([
        'Tenant hotline funded',
        'Route 7 bus service restored',
        'Violence prevention funded',
      ]);
      const first = shadow(element).querySelector('[part="victory"]')!;
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-02');
      expect(first.querySelector('time')!.textContent).to.equal('June 2, 2026');
      expect(first.textContent).to.contain('Montopolis');
      expect([...first.querySelectorAll('[part="tags"] li')].map((li) => li.textContent)).to.deep.equal(['housing']);
      expect(first.querySelector('[part="summary"]')!.textContent).to.equal('A free legal hotline for tenants.');
      const image = first.querySelector('img')!;
      expect(image.alt).to.equal('Volunteers answering phones');
      expect(image.loading).to.equal('lazy');
      const link = first.querySelector('a')!;
      expect(link.href).to.equal('https://example.org/hotline');
      expect(link.getAttribute('aria-label')).to.equal('Read more: Tenant hotline funded');
      await expect(element).to.be.accessible();
    });

    it('formats metrics for the language, compact when long, with progress toward the goal', async () => {
      const element = await tracker();
      const [hotline, , budget] = shadow(element).querySelectorAll('[part="metric"]');
      expect(hotline!.textContent!.replace(/\s+/g, ' ')).to.contain('4,350 households protected');
      const progress = hotline!.querySelector('progress')!;
      expect(progress.max).to.equal(6000);
      expect(progress.value).to.equal(4350);
      expect(progress.getAttribute('aria-label')).to.equal('4,350 of 6,000 households protected');
      expect(hotline!.textContent).to.contain('73% of the goal of 6,000');
      expect(budget!.textContent!.replace(/\s+/g, ' ')).to.contain('2.5M dollars');
      expect(budget!.querySelector('progress')).to.be.null;
    });

    it('speaks Spanish under lang="es"', async () => {
      const wrapper = await fixture(
        html`<div lang="es"><coalition-victory-tracker .feed=${feed}></coalition-victory-tracker></div>`,
      );
      const element = wrapper.firstElementChild as CoalitionVictoryTracker;
      await element.updateComplete;
      const shown = text(element);
      expect(shown).to.contain('3 victorias desde 2022');
      expect(shown).to.contain('Línea para inquilinos financiada');
      expect(shown).to.contain('2 de junio de 2026');
      expect(shadow(element).querySelector('progress')!.getAttribute('aria-label')).to.equal(
        '4350 de 6000 hogares protegidos',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('layouts, filters and limit', () => {
    it('shows the newest N with limit, while the headline counts all', async () => {
      const element = await tracker('limit="1"');
      expect(titles(element)).to.deep.equal(['Tenant hotline funded']);
      expect(text(element)).to.contain('3 victories since 2022');
    });

    it('shows every victory when limit is empty, zero, negative or not a number', async () => {
      const all = ['Tenant hotline funded', 'Route 7 bus service restored', 'Violence prevention funded'];
      for (const limit of ['', '0', '-2']) expect(titles(await tracker(`limit="${limit}"`)), limit).to.deep.equal(all);
      const warnings = await captureConsole('warn', async () => {
        expect(titles(await tracker('limit="ten"'))).to.deep.equal(all);
      });
      expect(warnings.join()).to.contain('limit="ten" is not a number');
      const element = await tracker('limit="1"');
      element.limit = 0;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(all);
    });

    it('reflects theme set as a property, as frameworks set it, so its styles apply', async () => {
      const element = await tracker();
      const background = () => getComputedStyle(shadow(element).querySelector('[part="base"]')!).backgroundColor;
      const light = background();
      element.theme = 'dark';
      await element.updateComplete;
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(background()).not.to.equal(light);
    });

    it('filters by tag and neighborhood', async () => {
      expect(titles(await tracker('tag="mobility"'))).to.deep.equal(['Route 7 bus service restored']);
      expect(titles(await tracker('neighborhood="montopolis"'))).to.deep.equal(['Tenant hotline funded']);
      const none = await tracker('tag="parks"');
      expect(shadow(none).querySelector('[part="empty"]')!.textContent).to.contain('No victories to show yet');
    });

    it('features the latest, or a chosen victory, in the highlight layout', async () => {
      expect(titles(await tracker('layout="highlight"'))).to.deep.equal(['Tenant hotline funded']);
      const chosen = await tracker('layout="highlight" victory="route-7"');
      expect(titles(chosen)).to.deep.equal(['Route 7 bus service restored']);
      await expect(chosen).to.be.accessible();
    });

    it('lays victories out side by side in the grid layout when there is room', async () => {
      const element = await tracker('layout="grid"');
      element.style.width = '900px';
      await element.updateComplete;
      const [a, b] = shadow(element).querySelectorAll('[part="victory"]');
      expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
      await expect(element).to.be.accessible();
    });

    it('stacks in one column at 240px', async () => {
      const element = await tracker('layout="grid"');
      element.style.width = '240px';
      await element.updateComplete;
      const [a, b] = shadow(element).querySelectorAll('[part="victory"]');
      expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().bottom - 1);
      expect(shadow(element).querySelector('[part="base"]')!.scrollWidth).to.be.at.most(240);
    });
  });

  describe('celebration', () => {
    it('shows final numbers at once under reduced motion, and gives screen readers the final value', async () => {
      const element = await tracker();
      const value = shadow(element).querySelector('[part="metric"] .value')!;
      expect(value.querySelector('[aria-hidden="true"]')!.textContent).to.equal('4,350');
      expect(value.querySelector('.visually-hidden')!.textContent).to.equal('4,350');
    });

    /** A tracker far below the top of the page, not yet scrolled into view. */
    const belowTheFold = async (): Promise<Element> => {
      const wrapper = await fixture(
        html`<div>
          <div style="height: 3000px"></div>
          <coalition-victory-tracker .feed=${feed}></coalition-victory-tracker>
        </div>`,
      );
      return wrapper.querySelector('coalition-victory-tracker')!;
    };

    it('counts up once, when first scrolled into view', async () => {
      await preferReducedMotion(false);
      try {
        const element = await belowTheFold();
        const shown = () => shadow(element).querySelector('[part="metric"] [aria-hidden="true"]')!.textContent;
        await aTimeout(100);
        expect(shown()).to.equal('0');
        expect(shadow(element).querySelector('[part="metric"] .visually-hidden')!.textContent).to.equal('4,350');
        element.scrollIntoView();
        await waitUntil(() => shown() !== '0', 'did not start counting');
        expect(shown()).not.to.equal('4,350');
        await waitUntil(() => shown() === '4,350', 'did not reach the final value', { timeout: 3000 });
        window.scrollTo(0, 0);
        element.scrollIntoView();
        await aTimeout(50);
        expect(shown()).to.equal('4,350');
      } finally {
        await preferReducedMotion(true);
        window.scrollTo(0, 0);
      }
    });

    it('counts whole numbers in whole steps, and holds the final width only while it counts', async () => {
      await preferReducedMotion(false);
      try {
        const element = await belowTheFold();
        // every number whose final figure is whole (3 victories, 4,350 and 1,200; not 2.5M)
        const numbers = () =>
          [...shadow(element).querySelectorAll('.number')]
            .filter((number) => !number.nextElementSibling!.textContent!.includes('.'))
            .map((number) => number.firstElementChild!);
        await aTimeout(100);
        // before it starts, "0" sits in a box of its own size, not the final figure's
        expect(shadow(element).querySelector('.sizer')).to.be.null;
        const seen = new Set<string>();
        element.scrollIntoView();
        await waitUntil(
          () => {
            for (const number of numbers()) seen.add(number.textContent!);
            return seen.has('4,350') && !shadow(element).querySelector('.sizer');
          },
          'did not reach the final value',
          { interval: 5, timeout: 3000 },
        );
        expect(seen.size).to.be.above(3);
        expect([...seen].filter((text) => text.includes('.'))).to.deep.equal([]);
        expect(shadow(element).querySelector('.sizer')).to.be.null;
      } finally {
        await preferReducedMotion(true);
        window.scrollTo(0, 0);
      }
    });
  });

  describe('share', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    afterEach(() => {
      if (original) Object.defineProperty(Navigator.prototype, 'share', original);
      else delete (Navigator.prototype as { share?: unknown }).share;
    });

    it('uses the Web Share API where the browser has it, and announces it politely', async () => {
      const calls: ShareData[] = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void calls.push(data),
      });
      const element = await tracker();
      const button = shadow(element).querySelector<HTMLButtonElement>('[part="share-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Share: Tenant hotline funded');
      const heard = oneEvent(element, 'coalition-victory-share');
      button.click();
      const event = await heard;
      expect(event.detail.method).to.equal('share');
      expect(event.detail.victory.id).to.equal('hotline');
      expect(calls).to.deep.equal([
        {
          title: 'Tenant hotline funded',
          text: 'Tenant hotline funded — Test Coalition',
          url: 'https://example.org/hotline',
        },
      ]);
      await element.updateComplete;
      const status = shadow(element).querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Shared');
    });

    it("shares the victory's own share page before its story link", async () => {
      const calls: ShareData[] = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void calls.push(data),
      });
      const [first, ...rest] = feed.victories;
      const element = await tracker('', {
        ...feed,
        victories: [{ ...first, share: 'https://coalition.example/wins/hotline/' }, ...rest],
      });
      const heard = oneEvent(element, 'coalition-victory-share');
      shadow(element).querySelector<HTMLButtonElement>('[part="share-button"]')!.click();
      await heard;
      expect(calls.map((data) => data.url)).to.deep.equal(['https://coalition.example/wins/hotline/']);
    });

    it('copies the text and link to the clipboard where there is no share sheet', async () => {
      delete (Navigator.prototype as { share?: unknown }).share;
      const element = await tracker();
      const written: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Clipboard.prototype, 'writeText')!;
      Object.defineProperty(Clipboard.prototype, 'writeText', {
        configurable: true,
        value: async (data: string) => void written.push(data),
      });
      try {
        const button = shadow(element).querySelectorAll<HTMLButtonElement>('[part="share-button"]')[1]!;
        button.scrollIntoView({ block: 'center' });
        const { x, y, width, height } = button.getBoundingClientRect();
        const heard = oneEvent(element, 'coalition-victory-share');
        await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
        expect((await heard).detail.method).to.equal('clipboard');
        expect(written).to.deep.equal([`Route 7 bus service restored — Test Coalition ${location.href}`]);
        await element.updateComplete;
        expect(shadow(element).querySelector('[role="status"]')!.textContent).to.contain('Copied to the clipboard');
      } finally {
        Object.defineProperty(Clipboard.prototype, 'writeText', clipboard);
      }
    });

    it('says so when sharing fails, and stays quiet when the person closes the share sheet', async () => {
      let failure = new DOMException('denied', 'NotAllowedError');
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async () => Promise.reject(failure),
      });
      const element = await tracker();
      const button = shadow(element).querySelector<HTMLButtonElement>('[part="share-button"]')!;
      const status = () => shadow(element).querySelector('[role="status"]')!.textContent;
      button.click();
      await waitUntil(() => status()!.includes('Sharing did not work'), 'no failure message');
      failure = new DOMException('closed', 'AbortError');
      button.click();
      await waitUntil(() => status() === '', 'message not cleared');
      await aTimeout(50);
      expect(status()).to.equal('');
    });
  });

  describe('bad and hostile input', () => {
    it('shows the good victories, warns about the bad, and renders markup and scripts as inert text', async () => {
      const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
      const lines = await captureConsole('warn', async () => {
        const element = await tracker('', {
          ...minimalFeed,
          victories: [
            {
              id: 'x',
              title: hostile,
              summary: hostile,
              date: '2024-01-01',
              url: 'javascript:window.pwned=3',
              tags: [hostile],
              neighborhood: hostile,
              image: { src: 'javascript:alert(1)', alt: 'x' },
            },
            { id: 'y', title: 'No date' },
          ],
        });
        expect(shadow(element).querySelectorAll('[part="victory"]')).to.have.length(1);
        expect(shadow(element).querySelector('script, [part="victory"] img, [part="link"]')).to.be.null;
        expect(titles(element)).to.deep.equal([hostile]);
        expect(text(element)).to.contain(hostile);
        await expect(element).to.be.accessible();
      });
      expect((window as { pwned?: number }).pwned).to.be.undefined;
      expect(lines[0]).to.contain('victories[0].url: not an https:, http: or mailto: link');
      expect(lines[0]).to.contain('victories[0].image.src');
      expect(lines[0]).to.contain('victories[1].date: required; entry left out');
    });

    it('keeps its layout under aggressive host page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `* { color: red !important; font-size: 8px; line-height: 0.5; letter-spacing: 5px; text-transform: uppercase; }
        progress, button, h3, img { display: none !important; } ul, li { all: unset !important; }`;
      document.head.append(style);
      try {
        const element = await tracker();
        const button = shadow(element).querySelector<HTMLButtonElement>('[part="share-button"]')!;
        expect(button.offsetHeight).to.be.greaterThan(20);
        expect(shadow(element).querySelector('progress')!.offsetHeight).to.be.greaterThan(0);
        expect(getComputedStyle(shadow(element).querySelector('h3')!).textTransform).to.equal('none');
        expect(getComputedStyle(shadow(element).querySelector('h3')!).letterSpacing).to.equal('normal');
      } finally {
        style.remove();
      }
    });
  });

  describe('states', () => {
    it('passes axe while loading, empty, in error and in the dark theme', async () => {
      const loading = await fixture(
        html`<coalition-victory-tracker src=${'/api/feed?hang=1&key=victory-loading'}></coalition-victory-tracker>`,
      );
      await expect(loading).to.be.accessible();
      loading.remove();
      await expect(await tracker('', minimalFeed)).to.be.accessible();
      const failed = await fixture(
        html`<coalition-victory-tracker src=${'/api/feed?status=404&key=victory-404'}></coalition-victory-tracker>`,
      );
      await waitUntil(() => shadow(failed).querySelector('[part="error"]'));
      await expect(failed).to.be.accessible();
      const dark = await fixture(
        html`<div style="background:#16141a">
          <coalition-victory-tracker theme="dark" .feed=${feed}></coalition-victory-tracker>
        </div>`,
      );
      await expect(dark.firstElementChild).to.be.accessible();
    });
  });
});
