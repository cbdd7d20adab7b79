import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/all.js';
import type { CoalitionEventList } from '../../src/event-list/event-list.js';
import { fakeClock } from '../fixtures/clock.js';
import { article, jsonLd, openCalendar, renderList, shadow, titles } from '../fixtures/event-list.js';
import { captureConsole } from '../fixtures/console.js';
import { minimalFeed } from '../fixtures/feeds.js';

const long = 'We will go over leases, repairs, deposits and your rights as a tenant. '.repeat(14);
const feed = {
  ...minimalFeed,
  coalition: { name: 'Test Coalition', url: 'https://example.org', timezone: 'America/Chicago' },
  speakers: [
    { id: 'ana', name: 'Ana Flores' },
    { id: 'ben', name: 'Ben Ortiz' },
  ],
  events: [
    {
      id: 'clinic',
      title: { en: 'Tenant Rights Clinic', es: 'Clínica de derechos de inquilinos' },
      start: '2099-06-02T10:00:00-05:00',
      end: '2099-06-02T12:00:00-05:00',
      description: long,
      neighborhood: 'Montopolis',
      tags: ['housing'],
      location: { name: 'Montopolis Rec Center', address: '1200 Montopolis Dr', url: 'https://maps.example.org/rec' },
      rsvp: 'https://example.org/rsvp/clinic',
      speakers: ['ana', 'ben'],
    },
    {
      id: 'town-hall',
      title: 'Online Town Hall',
      start: '2099-06-01T23:00:00Z',
      end: '2099-06-02T00:30:00Z',
      online: { url: 'https://example.org/live' },
      tags: ['public safety'],
      status: 'rescheduled',
    },
    {
      id: 'walk',
      title: 'Block Walk',
      start: '2099-06-02T15:00:00-05:00',
      neighborhood: 'East Austin',
      tags: ['mobility'],
      status: 'cancelled',
      rsvp: 'https://example.org/rsvp/walk',
    },
    {
      id: 'fair',
      title: 'Health Fair',
      start: '2099-07-04T11:00:00-05:00',
      neighborhood: 'Dove Springs',
      status: 'postponed',
    },
    { id: 'rally', title: 'Past Rally', start: '2001-05-01T10:00:00-05:00', neighborhood: 'East Austin' },
    { id: 'meeting', title: 'Past Meeting', start: '2002-05-01T10:00:00-05:00' },
  ],
};

const list = (
  template = html`<coalition-event-list .feed=${feed}></coalition-event-list>`,
): Promise<CoalitionEventList> => renderList(template);

describe('<coalition-event-list>', () => {
  describe('which events, in what order', () => {
    it('shows upcoming events soonest first, grouped under a heading per day', async () => {
      const element = await list();
      expect(titles(element)).to.deep.equal([
        'Rescheduled Online Town Hall',
        'Tenant Rights Clinic',
        'Cancelled Block Walk',
        'Postponed Health Fair',
      ]);
      const days = [...shadow(element).querySelectorAll('section[part="day"]')];
      expect(days.map((day) => day.querySelector('h3')!.textContent)).to.deep.equal([
        'Monday, June 1, 2099',
        'Tuesday, June 2, 2099',
        'Saturday, July 4, 2099',
      ]);
      expect(days[1]!.querySelectorAll('article')).to.have.length(2);
      expect(days[0]!.getAttribute('aria-labelledby')).to.equal(days[0]!.querySelector('h3')!.id);
      await expect(element).to.be.accessible();
    });

    it('shows past events newest first with past', async () => {
      const element = await list(html`<coalition-event-list past .feed=${feed}></coalition-event-list>`);
      expect(titles(element)).to.deep.equal(['Past Meeting', 'Past Rally']);
    });

    it('says so kindly when nothing is coming up', async () => {
      const element = await list(
        html`<coalition-event-list .feed=${{ ...feed, events: feed.events.slice(4) }}></coalition-event-list>`,
      );
      expect(shadow(element).querySelector('[part="empty"]')!.textContent).to.contain('No upcoming events right now');
      await expect(element).to.be.accessible();
    });
  });

  describe('each event', () => {
    it('shows its time range with the event zone label, place linked to the map, neighborhood, tags and speakers', async () => {
      const clinic = article(await list(), 'Tenant Rights Clinic');
      const time = clinic.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2099-06-02T10:00:00-05:00');
      expect(time.textContent!.replace(/\s/g, ' ')).to.equal('10:00 AM – 12:00 PM CDT');
      const place = clinic.querySelector<HTMLAnchorElement>('[part="place"] a')!;
      expect(place.href).to.equal('https://maps.example.org/rec');
      expect(place.textContent).to.equal('Montopolis Rec Center, 1200 Montopolis Dr');
      expect(clinic.querySelector('[part="meta"]')!.textContent).to.contain('Montopolis · #housing');
      expect(clinic.querySelector('[part="speakers"]')!.textContent!.trim()).to.equal('With Ana Flores and Ben Ortiz');
    });

    it('shows an online-only event in the viewer zone, with a link to join', async () => {
      const townHall = article(await list(), 'Online Town Hall');
      const viewerZone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
        .formatToParts(new Date('2099-06-01T23:00:00Z'))
        .find((part) => part.type === 'timeZoneName')!.value;
      expect(townHall.querySelector('time')!.textContent).to.contain(viewerZone);
      const join = townHall.querySelector<HTMLAnchorElement>('[part="online-link"]')!;
      expect(join.href).to.equal('https://example.org/live');
      expect(join.getAttribute('aria-label')).to.equal('Join online: Online Town Hall');
    });

    it('names its links so they make sense out of context', async () => {
      const clinic = article(await list(), 'Tenant Rights Clinic');
      const rsvp = clinic.querySelector<HTMLAnchorElement>('[part="rsvp-link"]')!;
      expect(rsvp.href).to.equal('https://example.org/rsvp/clinic');
      expect(rsvp.getAttribute('aria-label')).to.equal('RSVP: Tenant Rights Clinic');
      expect(clinic.querySelector('[part="ics-button"]')!.getAttribute('aria-label')).to.equal(
        'Add to calendar (.ics): Tenant Rights Clinic',
      );
      expect(clinic.querySelector('[part="google-link"]')!.getAttribute('aria-label')).to.equal(
        'Google Calendar: Tenant Rights Clinic',
      );
    });

    it('marks cancelled, postponed and rescheduled events, and offers no RSVP for a cancelled one', async () => {
      const element = await list();
      expect(article(element, 'Block Walk').querySelector('[part="status"]')!.textContent).to.equal('Cancelled');
      expect(article(element, 'Block Walk').querySelector('[part="rsvp-link"], [part="ics-button"]')).to.be.null;
      expect(article(element, 'Health Fair').querySelector('[part="status"]')!.textContent).to.equal('Postponed');
      expect(article(element, 'Online Town Hall').querySelector('[part="status"]')!.textContent).to.equal(
        'Rescheduled',
      );
    });

    it('expands a long description from the keyboard', async () => {
      const element = await list();
      const clinic = article(element, 'Tenant Rights Clinic');
      const description = clinic.querySelector<HTMLElement>('[part="description"]')!;
      const button = clinic.querySelector<HTMLButtonElement>('[part="expand-button"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(description.id);
      const clamped = description.getBoundingClientRect().height;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Show less');
      expect(description.getBoundingClientRect().height).to.be.greaterThan(clamped);
    });
  });

  describe('add to calendar', () => {
    it('downloads an .ics file that an iCalendar parser reads back', async () => {
      const element = await list();
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), original.call(URL, blob));
      const downloads: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      // the browser would save the file; record which file it would save instead
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
      try {
        article(element, 'Tenant Rights Clinic').querySelector<HTMLButtonElement>('[part="ics-button"]')!.click();
        // the later part writes the file, loaded on demand
        await waitUntil(() => downloads.length);
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloads).to.deep.equal(['clinic.ics']);
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      const vevent = new ICAL.Component(ICAL.parse(await blobs[0]!.text())).getFirstSubcomponent('vevent')!;
      const parsed = new ICAL.Event(vevent);
      expect(parsed.summary).to.equal('Tenant Rights Clinic');
      expect(parsed.startDate.toJSDate().toISOString()).to.equal('2099-06-02T15:00:00.000Z');
      expect(parsed.location).to.equal('Montopolis Rec Center, 1200 Montopolis Dr');
      expect(parsed.uid).to.equal('clinic@example.org');
    });

    it('links to Google Calendar with exact dates', async () => {
      const clinic = article(await list(), 'Tenant Rights Clinic');
      await openCalendar(clinic);
      const link = clinic.querySelector<HTMLAnchorElement>('[part="google-link"]')!;
      expect(new URL(link.href).searchParams.get('dates')).to.equal('20990602T150000Z/20990602T170000Z');
    });
  });

  describe('every calendar', () => {
    const clinicLink = async (part: string, template?: ReturnType<typeof html>) => {
      const clinic = article(await list(template), 'Tenant Rights Clinic');
      await openCalendar(clinic);
      return new URL(clinic.querySelector<HTMLAnchorElement>(`[part="${part}"]`)!.href);
    };

    it('links to Outlook.com and Microsoft 365 with the event’s times, title, place and notes', async () => {
      for (const [part, host] of [
        ['outlook-link', 'outlook.live.com'],
        ['office-link', 'outlook.office.com'],
      ] as const) {
        const url = await clinicLink(part);
        expect(url.host).to.equal(host);
        expect(url.pathname).to.equal('/calendar/0/deeplink/compose');
        const params = url.searchParams;
        expect(params.get('rru')).to.equal('addevent');
        expect(params.get('path')).to.equal('/calendar/action/compose');
        expect(params.get('subject')).to.equal('Tenant Rights Clinic');
        expect(params.get('startdt')).to.equal('2099-06-02T15:00:00Z');
        expect(params.get('enddt')).to.equal('2099-06-02T17:00:00Z');
        expect(params.get('location')).to.equal('Montopolis Rec Center, 1200 Montopolis Dr');
        expect(params.get('body')).to.contain('your rights as a tenant').and.contain('https://example.org/rsvp/clinic');
        expect(params.has('allday')).to.be.false;
      }
      const clinic = article(await list(), 'Tenant Rights Clinic');
      expect(clinic.querySelector('[part="outlook-link"]')!.getAttribute('aria-label')).to.equal(
        'Outlook.com: Tenant Rights Clinic',
      );
      expect(clinic.querySelector('[part="office-link"]')!.getAttribute('aria-label')).to.equal(
        'Microsoft 365: Tenant Rights Clinic',
      );
    });

    it('offers subscribing to the whole calendar when the feed has coalition.calendar, in English and Spanish', async () => {
      const withCalendar = {
        ...feed,
        coalition: { ...feed.coalition, calendar: 'https://example.org/events.ics' },
      };
      const element = await list(html`<coalition-event-list .feed=${withCalendar}></coalition-event-list>`);
      const subscribe = shadow(element).querySelector<HTMLAnchorElement>('[part="subscribe-link"]')!;
      expect(subscribe.href).to.equal('webcal://example.org/events.ics');
      expect(subscribe.textContent).to.equal('Subscribe');
      const google = new URL(shadow(element).querySelector<HTMLAnchorElement>('[part="google-subscribe-link"]')!.href);
      expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(google.searchParams.get('cid')).to.equal('webcal://example.org/events.ics');
      await expect(element).to.be.accessible();

      const wrapper = await fixture(
        html`<div lang="es"><coalition-event-list .feed=${withCalendar}></coalition-event-list></div>`,
      );
      const spanish = wrapper.firstElementChild as CoalitionEventList;
      await spanish.updateComplete;
      expect(shadow(spanish).querySelector('[part="subscribe-link"]')!.textContent).to.equal('Suscribirse');
      expect(shadow(spanish).querySelector('[part="google-subscribe-link"]')!.textContent).to.equal(
        'Suscribirse en Google',
      );

      expect(shadow(await list()).querySelector('[part="subscribe"]')).to.be.null;
    });
  });

  describe('local times', () => {
    const local = {
      ...feed,
      events: [
        { id: 'spring', title: 'Spring Forward', start: '2099-03-08T02:30', location: { name: 'Hall' } },
        {
          id: 'fall',
          title: 'Fall Back',
          start: '2099-11-01T01:30',
          end: '2099-11-01T03:00',
          location: { name: 'Hall' },
        },
        { id: 'summer', title: 'Summer', start: '2099-06-03T18:00', location: { name: 'Hall' } },
      ],
    };
    const timeOf = (element: Element, title: string) => {
      const time = article(element, title).querySelector('time')!;
      return [time.getAttribute('datetime'), time.textContent!.replace(/\s/g, ' ').trim()];
    };

    it('reads them in the coalition’s zone across daylight saving, and still shows a skipped or repeated time, warning by path', async () => {
      let element!: CoalitionEventList;
      const lines = await captureConsole('warn', async () => {
        element = await list(html`<coalition-event-list .feed=${local}></coalition-event-list>`);
      });
      expect(timeOf(element, 'Summer')).to.deep.equal(['2099-06-03T18:00:00-05:00', '6:00 PM CDT']);
      // 2:30 does not exist on 8 March 2099 in Chicago: shown as the clock reads it after the jump
      expect(timeOf(element, 'Spring Forward')).to.deep.equal(['2099-03-08T03:30:00-05:00', '3:30 AM CDT']);
      // 1:30 happens twice on 1 November 2099: the first, still on daylight time
      const [datetime, text] = timeOf(element, 'Fall Back');
      expect(datetime).to.equal('2099-11-01T01:30:00-05:00');
      expect(text).to.match(/^1:30/).and.contain('3:00');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('events[0].start: "2099-03-08T02:30" does not exist in America/Chicago');
      expect(lines[0]).to.contain('events[1].start: "2099-11-01T01:30" happens twice in America/Chicago');
    });
  });

  describe('all-day events', () => {
    const allDay = {
      ...feed,
      events: [
        { id: 'drive', title: 'Coat Drive', start: '2099-01-30', end: '2099-02-01', neighborhood: 'Montopolis' },
        { id: 'clinic', title: 'Morning Clinic', start: '2099-01-30T09:00', location: { name: 'Library' } },
        { id: 'fair', title: 'Book Fair', start: '2099-02-01' },
      ],
    };

    it('shows the day with no time, soonest first, on its first day, across a month end', async () => {
      const element = await list(html`<coalition-event-list .feed=${allDay}></coalition-event-list>`);
      expect(titles(element)).to.deep.equal(['Coat Drive', 'Morning Clinic', 'Book Fair']);
      const days = [...shadow(element).querySelectorAll('section[part="day"] h3')].map((h) => h.textContent);
      expect(days).to.deep.equal(['Friday, January 30, 2099', 'Sunday, February 1, 2099']);
      const drive = article(element, 'Coat Drive').querySelector('time')!;
      expect(drive.getAttribute('datetime')).to.equal('2099-01-30');
      const text = drive.textContent!.replace(/\s/g, ' ');
      expect(text).to.match(/^All day, /);
      expect(text).to.contain('Jan 30').and.contain('Feb 1');
      expect(article(element, 'Book Fair').querySelector('time')!.textContent!.trim()).to.equal('All day');
      await expect(element).to.be.accessible();
    });

    it('is still upcoming through its last day in the coalition’s zone, and gone after it', async () => {
      const time = fakeClock(Date.parse('2099-02-02T05:59:00Z'));
      try {
        const element = await list(html`<coalition-event-list .feed=${allDay}></coalition-event-list>`);
        expect(titles(element)).to.deep.equal(['Coat Drive', 'Book Fair']);
        // midnight in Chicago
        expect(time.waits).to.deep.equal([60_000]);
        await time.advance(60_000);
        expect(shadow(element).querySelector('[part="empty"]')!.textContent).to.contain('No upcoming events');
      } finally {
        time.restore();
      }
    });

    it('adds itself to calendars as whole days', async () => {
      const drive = article(
        await list(html`<coalition-event-list .feed=${allDay}></coalition-event-list>`),
        'Coat Drive',
      );
      await openCalendar(drive);
      const google = new URL(drive.querySelector<HTMLAnchorElement>('[part="google-link"]')!.href);
      expect(google.searchParams.get('dates')).to.equal('20990130/20990202');
      const outlook = new URL(drive.querySelector<HTMLAnchorElement>('[part="outlook-link"]')!.href);
      expect(outlook.searchParams.get('startdt')).to.equal('2099-01-30');
      expect(outlook.searchParams.get('enddt')).to.equal('2099-02-02');
      expect(outlook.searchParams.get('allday')).to.equal('true');
    });
  });

  describe('an honest clock', () => {
    const start = Date.parse('2099-06-02T15:00:00Z');
    const soon = {
      ...feed,
      events: [
        { id: 'a', title: 'Ends Soon', start: '2099-06-02T14:00:00Z', end: '2099-06-02T15:10:00Z' },
        { id: 'b', title: 'In Three Days', start: '2099-06-05T15:00:00Z' },
      ],
    };

    it('takes an event off the list when it ends, on a page left open for days', async () => {
      const time = fakeClock(start);
      try {
        const element = await list(html`<coalition-event-list .feed=${soon}></coalition-event-list>`);
        expect(titles(element)).to.deep.equal(['Ends Soon', 'In Three Days']);
        expect(time.waits).to.deep.equal([10 * 60_000]);
        await time.advance(10 * 60_000 - 1);
        expect(titles(element)).to.deep.equal(['Ends Soon', 'In Three Days']);
        await time.advance(1);
        expect(titles(element)).to.deep.equal(['In Three Days']);
        // the next end is days away: the list looks again within the hour, never later
        expect(time.waits).to.deep.equal([3_600_000]);
        await time.advance(3 * 86_400_000);
        expect(shadow(element).querySelector('[part="empty"]')).to.exist;
        expect(time.waits).to.deep.equal([]);
      } finally {
        time.restore();
      }
    });

    it('stops waiting when the list leaves the page, and waits again when it comes back', async () => {
      const time = fakeClock(start);
      try {
        const element = await list(html`<coalition-event-list .feed=${soon}></coalition-event-list>`);
        const parent = element.parentNode!;
        element.remove();
        expect(time.waits).to.deep.equal([]);
        expect(element.querySelector('script[type="application/ld+json"]')).to.be.null;
        parent.append(element);
        await element.updateComplete;
        expect(time.waits).to.deep.equal([10 * 60_000]);
        expect(await jsonLd(element)).to.exist;
      } finally {
        time.restore();
      }
    });

    it('looks at the clock again when a hidden page is shown', async () => {
      const time = fakeClock(start);
      try {
        const element = await list(html`<coalition-event-list .feed=${soon}></coalition-event-list>`);
        time.sleep(3_600_000);
        expect(titles(element)).to.deep.equal(['Ends Soon', 'In Three Days']);
        document.dispatchEvent(new Event('visibilitychange'));
        await element.updateComplete;
        expect(titles(element)).to.deep.equal(['In Three Days']);
      } finally {
        time.restore();
      }
    });
  });

  describe('filters', () => {
    it('filters by the neighborhood and tag attributes', async () => {
      expect(
        titles(await list(html`<coalition-event-list neighborhood="montopolis" .feed=${feed}></coalition-event-list>`)),
      ).to.deep.equal(['Tenant Rights Clinic']);
      expect(
        titles(await list(html`<coalition-event-list tag="mobility" .feed=${feed}></coalition-event-list>`)),
      ).to.deep.equal(['Cancelled Block Walk']);
    });

    it('offers visitors a neighborhood chooser, and announces their choice', async () => {
      const element = await list();
      const chooser = shadow(element).querySelector<HTMLSelectElement>('[part="chooser"]')!;
      expect([...chooser.options].map((option) => option.textContent)).to.deep.equal([
        'All neighborhoods',
        'Dove Springs',
        'East Austin',
        'Montopolis',
      ]);
      expect(chooser.labels[0]!.textContent).to.contain('Neighborhood');
      chooser.value = 'East Austin';
      const heard = oneEvent(element, 'coalition-filter-change');
      chooser.dispatchEvent(new Event('change'));
      const event = await heard;
      expect(event.detail).to.deep.equal({ neighborhood: 'East Austin', tag: undefined });
      expect(event.bubbles && event.composed).to.be.true;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Cancelled Block Walk']);
      chooser.value = '';
      chooser.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(titles(element)).to.have.length(4);
    });

    it('has no chooser when events name one neighborhood or none', async () => {
      const element = await list(
        html`<coalition-event-list .feed=${{ ...feed, events: feed.events.slice(0, 2) }}></coalition-event-list>`,
      );
      expect(shadow(element).querySelector('[part="chooser"]')).to.be.null;
    });
  });

  describe('limit and many events', () => {
    const many = {
      ...feed,
      events: Array.from({ length: 10_000 }, (_, i) => ({
        id: `e${i}`,
        title: `Meeting ${i + 1}`,
        start: new Date(Date.UTC(2099, 0, 1) + i * 3_600_000).toISOString(),
        neighborhood: ['East Austin', 'Montopolis'][i % 2],
      })),
    };

    it('shows the first N and a "show more" button that shows more and moves focus to them', async () => {
      const element = await list(html`<coalition-event-list limit="2" .feed=${feed}></coalition-event-list>`);
      expect(titles(element)).to.have.length(2);
      const more = shadow(element).querySelector<HTMLButtonElement>('[part="more-button"]')!;
      expect(more.textContent!.trim()).to.equal('Show 2 more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(titles(element)).to.have.length(4);
      expect(shadow(element).activeElement!.querySelector('h4')!.textContent).to.contain('Block Walk');
      expect(shadow(element).querySelector('[part="more-button"]')).to.be.null;
    });

    it('shows every event, in windows, when limit is empty or zero', async () => {
      for (const limit of ['', '0']) {
        const element = await list(html`<coalition-event-list limit=${limit} .feed=${many}></coalition-event-list>`);
        expect(titles(element), `limit="${limit}"`).to.have.length(50);
        expect(shadow(element).querySelector('.sentinel'), `limit="${limit}"`).to.exist;
      }
    });

    it('renders 10,000 events in windows and adds more as the reader scrolls', async () => {
      const element = await list(html`<coalition-event-list .feed=${many}></coalition-event-list>`);
      const count = () => shadow(element).querySelectorAll('article').length;
      expect(count()).to.equal(50);
      expect(await jsonLd(element)).to.exist;
      // the reader scrolls to the end until it stays there: days coming into view take their real
      // height (content-visibility), which in Firefox and WebKit moves the end further down at first
      const end = shadow(element).querySelector('[part="more-button"]')!;
      await waitUntil(
        () => {
          end.scrollIntoView();
          return count() > 50;
        },
        'no more events rendered on scroll',
        { interval: 100, timeout: 5000 },
      );
      expect(count()).to.be.at.most(150);
    });
  });

  describe('JSON-LD', () => {
    it('exposes the shown events as schema.org Events in the light DOM', async () => {
      const element = await list();
      const script = await jsonLd(element);
      const data = JSON.parse(script.textContent!) as { name: string; '@type': string }[];
      expect(data.map((event) => event.name)).to.deep.equal([
        'Online Town Hall',
        'Tenant Rights Clinic',
        'Block Walk',
        'Health Fair',
      ]);
      element.remove();
      expect(script.isConnected).to.be.false;
    });
  });

  describe('language', () => {
    it('speaks Spanish under lang="es"', async () => {
      const wrapper = await fixture(
        html`<div lang="es"><coalition-event-list .feed=${feed}></coalition-event-list></div>`,
      );
      const element = wrapper.firstElementChild as CoalitionEventList;
      await element.updateComplete;
      expect(titles(element)).to.include('Clínica de derechos de inquilinos');
      expect(shadow(element).querySelector('h3')!.textContent).to.equal('lunes, 1 de junio de 2099');
      expect(shadow(element).querySelector('[part="chooser"]')!.textContent).to.contain('Todos los vecindarios');
      expect(article(element, 'Clínica').querySelector('[part="rsvp-link"]')!.getAttribute('aria-label')).to.equal(
        'Confirmar asistencia: Clínica de derechos de inquilinos',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('bad and hostile input', () => {
    it('renders markup as text, drops javascript: links, keeps the good events, and warns by path', async () => {
      const hostile = '<img src=x onerror="window.pwned=1"></script><b>x</b>';
      const lines = await captureConsole('warn', async () => {
        const element = await list(
          html`<coalition-event-list
            .feed=${{
              ...feed,
              events: [
                {
                  id: 'h',
                  title: hostile,
                  description: hostile,
                  start: '2099-01-01T10:00:00Z',
                  neighborhood: hostile,
                  tags: [hostile],
                  rsvp: 'javascript:window.pwned=2',
                  online: { url: 'javascript:window.pwned=3' },
                  location: { name: hostile, url: 'javascript:window.pwned=4' },
                },
                { id: 'no-start', title: 'Broken' },
              ],
            }}
          ></coalition-event-list>`,
        );
        expect(titles(element)).to.deep.equal([hostile]);
        expect(
          shadow(element).querySelector('img, b, script, [part="rsvp-link"], [part="online-link"], [part="place"] a'),
        ).to.be.null;
        const json = (await jsonLd(element)).textContent!;
        expect(json).not.to.contain('</script>');
        expect(JSON.parse(json)[0].name).to.equal(hostile);
        await expect(element).to.be.accessible();
      });
      expect((window as { pwned?: number }).pwned).to.be.undefined;
      expect(lines[0]).to.contain('events[0].rsvp: not an https:, http: or mailto: link');
      expect(lines[0]).to.contain('events[1].start: required; entry left out');
    });

    it('keeps working under aggressive host page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `* { display: inline !important; color: red !important; text-transform: uppercase; } a, button, select, h4 { display: none !important; }`;
      document.head.append(style);
      try {
        const element = await list();
        expect(shadow(element).querySelector<HTMLElement>('[part="rsvp-link"]')!.offsetHeight).to.be.greaterThan(20);
        expect(shadow(element).querySelector<HTMLElement>('[part="chooser"]')!.offsetHeight).to.be.greaterThan(20);
        expect(getComputedStyle(shadow(element).querySelector('h4')!).textTransform).to.equal('none');
      } finally {
        style.remove();
      }
    });

    it('passes axe while loading, in error and in the dark theme', async () => {
      const loading = await fixture(
        html`<coalition-event-list src=${'/api/feed?hang=1&key=events-loading'}></coalition-event-list>`,
      );
      await expect(loading).to.be.accessible();
      loading.remove();
      const failed = await fixture(
        html`<coalition-event-list src=${'/api/feed?status=500&key=events-500'} timeout="200"></coalition-event-list>`,
      );
      await waitUntil(() => shadow(failed).querySelector('[part="error"]'), 'no error', { timeout: 5000 });
      await expect(failed).to.be.accessible();
      const dark = await fixture(
        html`<div style="background:#16141a">
          <coalition-event-list theme="dark" .feed=${feed}></coalition-event-list>
        </div>`,
      );
      await expect(dark.firstElementChild).to.be.accessible();
      await aTimeout(0);
    });
  });
});
