import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import '../../src/translations/vi.js';
import '../../src/translations/ar.js';
import '../../src/translations/zh-Hans.js';
import '../../src/translations/zh-Hant.js';
import '../../src/translations/ht.js';
import english from '../../src/translations/en.js';
import { pluralFor } from '../../src/core/plural.js';
import { registerTranslation } from '../../src/core/register-translation.js';
import { findTranslation, type Translation } from '../../src/core/translations.js';
import { languageFallbacks } from '../../src/format/language.js';
import { resolveText } from '../../src/format/resolve-text.js';
import { minimalFeed } from '../fixtures/feeds.js';

const shown = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const root = (element: Element) => element.shadowRoot!.querySelector('.root')!;
const victories = (count: number) => ({
  ...minimalFeed,
  victories: Array.from({ length: count }, (_, index) => ({
    id: `v${index}`,
    title: `Win ${index}`,
    date: '2024-03-14',
  })),
});

describe('translations', () => {
  it('falls back through regions and scripts: es-MX → es, zh-Hant-TW → zh-Hant → zh', () => {
    expect(languageFallbacks('es-MX')).to.deep.equal(['es-mx', 'es-latn-mx', 'es-latn', 'es']);
    expect(languageFallbacks('zh-Hant-TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh']);
    expect(findTranslation('es-MX')!.$code).to.equal('es');
    expect(findTranslation('zh-Hant-TW')!.$code).to.equal('zh-Hant');
    // a region alone implies its script, as browsers report it (navigator.language "zh-TW")
    expect(findTranslation('zh-TW')!.$code).to.equal('zh-Hant');
    expect(findTranslation('zh-HK')!.$code).to.equal('zh-Hant');
    expect(findTranslation('zh-CN')!.$code).to.equal('zh-Hans');
    expect(findTranslation('zh')!.$code).to.equal('zh-Hans');
    expect(findTranslation('vi-VN')!.$code).to.equal('vi');
    expect(findTranslation('ar-EG')!.$code).to.equal('ar');
    expect(findTranslation('so')).to.equal(undefined);
  });

  it('falls back the same way for bilingual feed text', () => {
    const text = {
      en: 'Bus route restored',
      'zh-Hant': '公車路線恢復',
      'zh-Hans': '公交线路恢复',
      es: 'Ruta restablecida',
    };
    expect(resolveText(text, 'zh-Hant-TW')).to.equal('公車路線恢復');
    expect(resolveText(text, 'zh-TW')).to.equal('公車路線恢復');
    expect(resolveText(text, 'zh-CN')).to.equal('公交线路恢复');
    expect(resolveText(text, 'es-MX')).to.equal('Ruta restablecida');
    expect(resolveText({ en: 'Hello', 'zh-TW': '你好' }, 'zh-Hant')).to.equal('你好');
    expect(resolveText({ zh: '中文', 'zh-Hans': '简体' }, 'zh')).to.equal('中文');
    expect(resolveText(text, 'vi')).to.equal('Bus route restored');
  });

  it('shows a third language, Vietnamese, with its dates and numbers from Intl', async () => {
    const feed = {
      ...victories(2),
      victories: [
        { id: 'a', title: 'A', date: '2024-03-14', metric: { value: 1234.5, unit: 'riders', goal: 2000 } },
        { id: 'b', title: 'B', date: '2023-01-02' },
      ],
    };
    const tracker = await fixture(
      html`<coalition-victory-tracker lang="vi-VN" .feed=${feed}></coalition-victory-tracker>`,
    );
    expect(shown(tracker)).to.contain('thắng lợi kể từ năm 2023');
    expect(shown(tracker)).to.contain('Chia sẻ');
    expect(shown(tracker)).to.contain(
      new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 14)),
    );
    expect(shown(tracker)).to.contain('tháng 3');
    // Vietnamese groups thousands with a dot and writes decimals with a comma
    expect(shown(tracker)).to.contain('1.234,5');
    expect(root(tracker).getAttribute('dir')).to.equal('ltr');
  });

  it('chooses among Arabic’s six plural forms through Intl.PluralRules', () => {
    const marker = pluralFor('ar');
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    const chosen = [0, 1, 2, 3, 10, 11, 99, 100, 102].map((count) => marker(count, forms));
    expect(chosen).to.deep.equal(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other']);
    expect(pluralFor('en')(1, { other: 'victories' })).to.equal('victories');
    const arabic = findTranslation('ar') as Translation;
    const since = (count: number) => arabic.victoriesSince(count, '2024').replace(' منذ 2024', '');
    expect([0, 1, 2, 3, 11, 100].map(since)).to.deep.equal([
      'انتصار',
      'انتصار',
      'انتصاران',
      'انتصارات',
      'انتصارًا',
      'انتصار',
    ]);
  });

  it('writes the Arabic headline in the plural form for its count', async () => {
    for (const [count, form] of [
      [2, 'انتصاران'],
      [3, 'انتصارات'],
      [11, 'انتصارًا'],
      [100, 'انتصار منذ'],
    ] as const) {
      const tracker = await fixture(
        html`<coalition-victory-tracker lang="ar" .feed=${victories(count)}></coalition-victory-tracker>`,
      );
      expect(tracker.shadowRoot!.querySelector('.count')!.textContent, String(count)).to.contain(form);
    }
    expect(english.victoriesSince(1, '2024')).to.equal('victory since 2024');
    expect(english.victoriesSince(2, '2024')).to.equal('victories since 2024');
  });

  it('writes Haitian Creole dates as French where browsers know no Haitian Creole', async () => {
    const tracker = await fixture(
      html`<coalition-victory-tracker lang="ht" .feed=${victories(1)}></coalition-victory-tracker>`,
    );
    expect(shown(tracker)).to.contain('viktwa depi 2024');
    const known = Intl.DateTimeFormat.supportedLocalesOf('ht').length > 0;
    expect(shown(tracker)).to.contain(known ? '2024' : '14 mars 2024');
  });

  it('switches widgets already on the page when their language registers later', async () => {
    const tracker = await fixture(
      html`<coalition-victory-tracker lang="fr-CA" .feed=${minimalFeed}></coalition-victory-tracker>`,
    );
    expect(shown(tracker)).to.contain('No victories to show yet');
    expect(root(tracker).hasAttribute('dir')).to.equal(false);
    registerTranslation({ ...english, $code: 'fr', $name: 'Français', noVictories: 'Aucune victoire pour l’instant.' });
    await waitUntil(() => shown(tracker).includes('Aucune victoire'), 'did not switch to the new translation');
    expect(findTranslation('fr-CA')!.$name).to.equal('Français');
  });

  it('shares one registry with the built translation files and bundle, whichever loads first', async () => {
    await import('/dist/translations/ht.js' as string);
    expect(findTranslation('ht-HT')!.$name).to.equal('Kreyòl ayisyen');

    // a page that loads the translation before the bundle: it waits in a queue until the widgets come
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="vi"><body>
      <script src="${location.origin}/dist/translations/vi.js"></script>
      <script src="${location.origin}/dist/coalition-widgets.js"></script>
      <coalition-victory-tracker></coalition-victory-tracker></body></html>`;
    document.body.append(frame);
    try {
      // the element, parsed after the scripts ran, upgraded by the bundle
      const upgraded = () => frame.contentDocument?.querySelector('coalition-victory-tracker')?.shadowRoot;
      await waitUntil(upgraded, 'the bundle did not load', { timeout: 5000 });
      const tracker = upgraded()!.host as Element & { feed?: object };
      tracker.feed = minimalFeed;
      await waitUntil(() => shown(tracker).includes('Chưa có thắng lợi nào'), 'the queued translation was not used');
    } finally {
      frame.remove();
    }
  });
});

describe('translations that are broken or older', () => {
  /** A page whose script sets the registry keys as `setup` says, then loads the bundle and a widget in `lang`. */
  async function page(setup: string, lang = 'en') {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="${lang}"><body>
      <script>window.problems = []; window.onerror = (message) => { window.problems.push(String(message)); };
        const warn = console.warn; window.warned = [];
        console.warn = (...args) => { window.warned.push(args.join(' ')); warn(...args); };
        ${setup}</script>
      <script src="${location.origin}/dist/coalition-widgets.js"></script>
      <coalition-victory-tracker></coalition-victory-tracker></body></html>`;
    document.body.append(frame);
    const upgraded = () => frame.contentDocument?.querySelector('coalition-victory-tracker')?.shadowRoot;
    await waitUntil(upgraded, 'no widget was defined', { timeout: 5000 });
    const tracker = upgraded()!.host as Element & { feed?: object };
    tracker.feed = minimalFeed;
    const view = frame.contentWindow as Window & { problems: string[]; warned: string[] };
    return { frame, tracker, view };
  }
  const unversioned = "globalThis[Symbol.for('coalition-widgets.translations')]";
  const versioned = "globalThis[Symbol.for('coalition-widgets/translations@1')]";

  for (const [name, setup] of [
    ['a queued part without $code', `${unversioned} = [{ loading: 'no code' }, null, 'text'];`],
    ['a queued part without $code, on the versioned key', `${versioned} = [{ noVictories: 'no code' }];`],
    ['a foreign object with push(){} on the old key', `${unversioned} = { push() {} };`],
    ['a foreign object with push(){} on the versioned key', `${versioned} = { push() {}, translations: 1 };`],
  ]) {
    it(`defines the widgets despite ${name}`, async () => {
      const { frame, tracker, view } = await page(setup!);
      try {
        await waitUntil(() => shown(tracker).includes('No victories to show yet'), 'the widget did not render');
        expect(view.problems).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('keeps a translation queued on the unversioned key by an older file, with English for what it lacks', async () => {
    const { frame, tracker, view } = await page(
      `${unversioned} = [{ $code: 'so', $name: 'Soomaali', $dir: 'ltr', noVictories: 'Guulo weli ma jiraan.' }];`,
      'so',
    );
    try {
      await waitUntil(() => shown(tracker).includes('Guulo weli ma jiraan.'), 'the old file was not read');
      // a file registering after the bundle, the old way, reaches the registry too
      const later = frame.contentDocument!.createElement('script');
      later.textContent = `(${unversioned} ??= []).push({ $code: 'so', noVictories: 'Weli guul ma jirto.' })`;
      frame.contentDocument!.body.append(later);
      await waitUntil(() => shown(tracker).includes('Weli guul ma jirto.'), 'a later old-style file was not read');
      expect(view.problems).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('falls back to English key by key: missing error and showMore, an older file without allDay, wrong kinds', async () => {
    const { error, showMore, allDay, ...rest } = english;
    expect([error, showMore, allDay].every(Boolean)).to.be.true;
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      registerTranslation({
        ...(rest as Translation),
        $code: 'qaa',
        $name: 'Test',
        noEvents: 42 as unknown as string,
        withSpeakers: () => {
          throw new Error('broken');
        },
        status: { cancelled: 'Annulé' } as Translation['status'],
        readMore: 'Lire plus',
      });
      const events = [
        { id: 'a', title: 'Day of action', start: '2099-05-01', speakers: ['ana'] },
        { id: 'b', title: 'Town hall', start: '2099-05-02T18:00:00Z', status: 'cancelled' },
        { id: 'c', title: 'Later', start: '2099-05-03T18:00:00Z' },
      ];
      const list = await fixture(
        html`<coalition-event-list
          lang="qaa"
          limit="2"
          .feed=${{ ...minimalFeed, speakers: [{ id: 'ana', name: 'Ana' }], events }}
        ></coalition-event-list>`,
      );
      await waitUntil(() => shown(list).includes('Day of action'), 'the list did not render');
      expect(shown(list)).to.contain('All day');
      expect(shown(list)).to.contain('Show 1 more');
      expect(shown(list)).to.contain('Annulé');
      expect(shown(list)).to.contain('With Ana');
      const failing = await fixture(
        html`<coalition-victory-tracker lang="qaa" src="/api/feed?status=404"></coalition-victory-tracker>`,
      );
      await waitUntil(() => shown(failing).includes('could not be found'), 'the error was not shown in English');
      expect(shown(failing)).not.to.contain('Loading');
      const empty = await fixture(html`<coalition-event-list lang="qaa" .feed=${minimalFeed}></coalition-event-list>`);
      await waitUntil(() => shown(empty).includes('No upcoming events right now'), 'a wrong kind did not fall back');
    } finally {
      console.warn = warn;
    }
    expect(warned).to.include('coalition-widgets: translation "qaa": "noEvents" is not a string; English shown');
  });
});

describe('right to left', () => {
  const speakerFeed = {
    ...minimalFeed,
    speakers: [{ id: 'ana', name: 'Ana Flores', role: 'Organizer', bio: 'Tenant organizer for ten years.' }],
  };

  /** A box's distance from its container's start edge, for that direction. */
  const fromStart = (box: DOMRect, frame: DOMRect, dir: 'ltr' | 'rtl') =>
    dir === 'ltr' ? box.left - frame.left : frame.right - box.right;

  it('sets dir="rtl" for Arabic and ltr for English; a language with no translation keeps the page’s', async () => {
    const wrapper = await fixture(
      html`<div>
        <coalition-speaker-card lang="ar" speaker="ana" .feed=${speakerFeed}></coalition-speaker-card>
        <coalition-speaker-card lang="en" speaker="ana" .feed=${speakerFeed}></coalition-speaker-card>
        <coalition-speaker-card lang="he" speaker="ana" .feed=${speakerFeed}></coalition-speaker-card>
      </div>`,
    );
    const [arabic, english, hebrew] = wrapper.querySelectorAll('coalition-speaker-card');
    expect(root(arabic!).getAttribute('dir')).to.equal('rtl');
    expect(root(english!).getAttribute('dir')).to.equal('ltr');
    expect(root(hebrew!).hasAttribute('dir')).to.equal(false);
  });

  it('mirrors the speaker card: photo and text swap sides at the same distances', async () => {
    const wrapper = await fixture(
      html`<div style="width: 600px">
        <coalition-speaker-card lang="en" speaker="ana" .feed=${speakerFeed}></coalition-speaker-card>
        <coalition-speaker-card lang="ar" speaker="ana" .feed=${speakerFeed}></coalition-speaker-card>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('coalition-speaker-card')].map((card) => {
      const frame = card.getBoundingClientRect();
      const part = (selector: string) => card.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      return { frame, photo: part('.photo'), body: part('.body'), name: part('h3') };
    });
    for (const piece of ['photo', 'body'] as const) {
      expect(fromStart(rtl![piece], rtl!.frame, 'rtl'), piece).to.be.closeTo(
        fromStart(ltr![piece], ltr!.frame, 'ltr'),
        1,
      );
      expect(rtl![piece].width, piece).to.be.closeTo(ltr![piece].width, 1);
      expect(rtl![piece].top - rtl!.frame.top, piece).to.be.closeTo(ltr![piece].top - ltr!.frame.top, 1);
    }
    // the photo is on the right in Arabic, left of the text
    expect(rtl!.photo.left).to.be.greaterThan(rtl!.body.right - 1);
    expect(ltr!.photo.right).to.be.lessThan(ltr!.body.left + 1);
  });

  it('mirrors the event list: the accent border and the status badge move to the right', async () => {
    const feed = {
      ...minimalFeed,
      coalition: { ...minimalFeed.coalition, timezone: 'America/Chicago' },
      events: [{ id: 'e', title: 'Tenant clinic', start: '2099-05-01T18:00:00-05:00', status: 'postponed' }],
    };
    const wrapper = await fixture(
      html`<div style="width: 600px">
        <coalition-event-list lang="en" .feed=${feed}></coalition-event-list>
        <coalition-event-list lang="ar" .feed=${feed}></coalition-event-list>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('coalition-event-list')].map((list) => {
      const article = list.shadowRoot!.querySelector('article')!;
      const style = getComputedStyle(article);
      return {
        frame: article.getBoundingClientRect(),
        badge: list.shadowRoot!.querySelector('.status')!.getBoundingClientRect(),
        left: parseFloat(style.borderLeftWidth),
        right: parseFloat(style.borderRightWidth),
      };
    });
    expect(rtl!.right).to.equal(ltr!.left);
    expect(rtl!.left).to.equal(ltr!.right);
    expect(ltr!.left).to.be.greaterThan(ltr!.right);
    // the badge starts the title: at the left edge in English, at the right edge in Arabic
    expect(fromStart(rtl!.badge, rtl!.frame, 'rtl')).to.be.closeTo(fromStart(ltr!.badge, ltr!.frame, 'ltr'), 1);
  });
});
