import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { clock } from '../core/clock.js';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { emit } from '../core/emit.js';
import { renderExpandable } from '../core/expandable.js';
import { limitProperty, positiveLimit } from '../core/limit.js';
import { labelFor } from '../core/strings.js';
import { dateFormat } from '../core/format.js';
import { timesOf } from '../format/event-times.js';
import { type AccessKey, type CoalitionEvent, type Feed } from '../format/schema.js';
import { subscribeUrls } from '../format/calendar.js';
import { eventListStyles } from './event-list.styles.js';
import { dayKey, displayZone, formatDayHeading, formatDays, formatTimeRange } from './event-time.js';
import { JsonLdController } from './json-ld-script.js';
import { loadLater } from './load-later.js';
import { LookAgainController } from './look-again.js';
import { NearEndController } from './near-end.js';
import {
  accessOf,
  foldSeries,
  groupByDay,
  neighborhoodsOf,
  searchEvents,
  selectEvents,
  tagsOf,
  type Row,
} from './select-events.js';
import { ruleInWords } from './series.js';
import '../translations/en/event-list.js';
import '../translations/es/event-list.js';

/** The lines a list shows, and what its choosers offer, for one feed and filter. */
interface Selection {
  key: string;
  feed: Feed;
  /** When an event ends (and the selection changes), in ms; Infinity when none will. */
  until: number;
  rows: Row[];
  neighborhoods: string[];
  tags: string[];
  access: AccessKey[];
  /** How many events the list has before visitors narrow it, each date of a series counted. */
  count: number;
}

/** The choosers visitors may get, in the order they are shown. */
type ChooserName = 'search' | 'tag' | 'neighborhood' | 'access';
const CHOOSERS: readonly ChooserName[] = ['search', 'tag', 'neighborhood', 'access'];

/** Beyond this many upcoming events, visitors get the choosers without asking. */
const FEW = 6;

/** Events rendered at first, and added each time the reader nears the end, when there is no `limit`. */
const WINDOW = 50;

/** The calendars an event's links add it to: brand names, the same in every language. */
const GOOGLE_CALENDAR = 'Google Calendar';
const OUTLOOK = 'Outlook.com';
const MICROSOFT_365 = 'Microsoft 365';

/**
 * Upcoming neighborhood events, soonest first, grouped by day, with RSVP and add-to-calendar.
 * Each shows its image, host, access, spots left and (when past) recording; the dates of a series
 * fold into one line. Visitors can narrow the list by words, topic, neighborhood and access need.
 * Long lists render in windows as the reader scrolls, so thousands of events stay fast.
 *
 * @tagname coalition-event-list
 * @summary Upcoming events grouped by day, filterable, with RSVP and add-to-calendar.
 * @csspart filters - The box of the visitors' choosers.
 * @csspart search - The search box (an `<input type="search">`).
 * @csspart topic-chooser - The topic (tag) chooser, a `<select>`.
 * @csspart chooser - The neighborhood chooser (a `<select>`), shown when events name several neighborhoods.
 * @csspart access-chooser - The access-need chooser, a `<select>`.
 * @csspart matches - What visitors' choices leave: "3 events", or a sentence when none match (announced politely).
 * @csspart clear-button - The button that clears the visitors' choices, when none match.
 * @csspart day - One day's group of events.
 * @csspart day-heading - A day's heading.
 * @csspart list - The list of one day's events.
 * @csspart event - One event.
 * @csspart image - An event's image, small, beside its text.
 * @csspart title - An event's title.
 * @csspart status - The "Cancelled", "Postponed" or "Rescheduled" mark.
 * @csspart time - An event's time range with its zone label.
 * @csspart series - A series' rule in words ("Every Tuesday, 6:30 PM"), with the button that shows its other dates.
 * @csspart dates-button - The button that shows a series' other dates ("11 more dates").
 * @csspart dates - The list of a series' other dates.
 * @csspart place - An event's place and address.
 * @csspart online-link - The link to join an event online.
 * @csspart host - "Hosted by …", the event's organizer, linked when it has a url.
 * @csspart meta - An event's neighborhood and tags.
 * @csspart access - What an event offers for access, in words.
 * @csspart access-notes - More words about access, from the feed.
 * @csspart speakers - The names of an event's speakers.
 * @csspart description - An event's description.
 * @csspart expand-button - The button that expands a long description.
 * @csspart spots - "8 spots left", or "Full".
 * @csspart actions - An event's RSVP and calendar actions.
 * @csspart rsvp-link - The RSVP link ("Join the waitlist" when the event is full).
 * @csspart recording-link - A past event's "Watch the recording" link.
 * @csspart calendar-button - The "Add to calendar" button that shows the calendar choices (`aria-expanded`; Escape closes them).
 * @csspart calendar-links - The list of calendar choices.
 * @csspart ics-button - The button that downloads an `.ics` file.
 * @csspart google-link - The Google Calendar link.
 * @csspart outlook-link - The Outlook.com link.
 * @csspart office-link - The Microsoft 365 (Outlook for work or school) link.
 * @csspart subscribe - The links to subscribe to the coalition's whole calendar, when the feed has `coalition.calendar`.
 * @csspart subscribe-link - The `webcal:` link that subscribes a calendar app.
 * @csspart google-subscribe-link - The link that subscribes Google Calendar.
 * @csspart more-button - The "Show more" button.
 * @event coalition-filter-change - A visitor narrowed the list (or, in the search box, committed the words: Enter, or leaving the box). `detail`: `{ neighborhood, tag }` (undefined for all), with `search` (the words) and `access` (a key such as `wheelchair`) when set.
 */
export class CoalitionEventList extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, eventListStyles];

  static override properties: PropertyDeclarations = {
    past: { type: Boolean },
    neighborhood: {},
    tag: {},
    limit: limitProperty,
    choosers: {},
    series: {},
    chosen: { state: true },
    chosenTag: { state: true },
    chosenAccess: { state: true },
    query: { state: true },
    shown: { state: true },
    expanded: { state: true },
    openCalendar: { state: true },
  };

  /** Shows past events, newest first, instead of upcoming ones. */
  past = false;

  /** Shows only events in this neighborhood (visitors can still choose another). */
  neighborhood?: string;

  /** Shows only events with this tag (visitors can still choose another topic). */
  tag?: string;

  /** Shows this many events, then a "Show more" button that shows as many again; empty or 0 for no limit. */
  limit?: number;

  /**
   * Which choosers visitors get, of `search tag neighborhood access`, in any order. Without it,
   * the neighborhood chooser shows when events name several neighborhoods, and the others when
   * the list has more than six upcoming events (each date of a series counted); `choosers=""` shows none.
   */
  choosers?: string;

  /** `expand` lists each date of a series on its own; by default they fold under the next date. */
  series?: string;

  /** The visitor's choice in the neighborhood chooser; `''` means all. */
  private chosen?: string;

  /** The visitor's topic; `''` means all. */
  private chosenTag?: string;

  private chosenAccess = '';

  private query = '';

  private shown = 0;

  /** Long descriptions expanded, and series unfolded, by event id. */
  private expanded = new Set<string>();

  /** The event whose calendar choices are open. */
  private openCalendar?: string;

  protected override expectedHeight(): [number, number] {
    // the chooser and a day heading, then the first few events (measured on the demo feed: 17.5em
    // each in Chromium, 18.5em in Firefox, whose text wraps a little sooner)
    const events = Math.min(positiveLimit(this.limit) ?? 3, 3);
    return [7 + 18 * events, 7 + 22 * events];
  }

  #selection?: Selection;
  #focus?: string;
  /** The open event's calendar links (Google, Outlook.com, Microsoft 365), made when it opened; none when the later part could not load. */
  #links?: { id: string; urls?: readonly string[] };

  constructor() {
    super();
    // an event leaves the list when it ends, also on a page left open for days
    new LookAgainController(this, () => this.feedController.feed && this.#selection?.until);
    // without `limit`, the next window renders as the reader nears the end of the list
    new NearEndController(this, '.sentinel', () => (this.shown += WINDOW));
    // schema.org JSON-LD for the events shown, in the light DOM where search engines look for it
    new JsonLdController(
      this,
      () => [this.feedController.feed && this.#rows(this.feedController.feed), this.shown, this.localize.lang],
      ({ jsonLdText }) => {
        const feed = this.feedController.feed;
        const shown = feed ? this.#rows(feed).slice(0, this.#shownCount()) : [];
        return (
          feed &&
          jsonLdText(
            shown.flatMap((row) => [row.event, ...row.more]),
            feed,
            (text) => this.localize.text(text),
          )
        );
      },
    );
  }

  /** The neighborhood in force: the visitor's choice, else the attribute. */
  get #neighborhood(): string | undefined {
    return this.chosen === undefined ? this.neighborhood : this.chosen || undefined;
  }

  /** The topic in force: the visitor's choice, else the attribute. */
  get #tag(): string | undefined {
    return this.chosenTag === undefined ? this.tag : this.chosenTag || undefined;
  }

  /** Whether a visitor narrowed the list. */
  get #choosing(): boolean {
    return !!(this.chosen || this.chosenTag || this.chosenAccess || this.query.trim());
  }

  #rows(feed: Feed): Row[] {
    return this.#select(feed).rows;
  }

  /** The lines to show and what the choosers offer, worked out again when an event ends or on change. */
  #select(feed: Feed): Selection {
    const now = clock.now();
    const { lang } = this.localize;
    const neighborhood = this.#neighborhood;
    const tag = this.#tag;
    const key = [
      this.past,
      neighborhood,
      tag,
      this.chosenAccess,
      this.query,
      this.series,
      this.neighborhood,
      this.tag,
      lang,
    ].join('|');
    const current = this.#selection;
    if (current?.key === key && current.feed === feed && now < current.until) return current;
    const all = selectEvents(feed.events, { now, past: this.past });
    // the attributes' list, before visitors narrow it: what the neighborhoods and the count come from
    const pool = this.tag ? selectEvents(all, { now, past: this.past, tag: this.tag }) : all;
    const page = this.neighborhood
      ? selectEvents(pool, { now, past: this.past, neighborhood: this.neighborhood })
      : pool;
    let events: readonly CoalitionEvent[] =
      neighborhood || tag !== this.tag ? selectEvents(all, { now, past: this.past, neighborhood, tag }) : pool;
    if (this.chosenAccess) events = events.filter((event) => event.access?.includes(this.chosenAccess as AccessKey));
    events = searchEvents(events, this.query, lang, (text) => this.localize.text(text));
    return (this.#selection = {
      key,
      feed,
      until: feed.events.reduce((next, event) => {
        const { end } = timesOf(event);
        return end > now && end < next ? end : next;
      }, Infinity),
      rows: foldSeries(events, this.series === 'expand'),
      neighborhoods: neighborhoodsOf(pool, lang),
      tags: tagsOf(all, lang),
      access: accessOf(all),
      count: page.length,
    });
  }

  #pageSize(): number {
    return positiveLimit(this.limit) ?? WINDOW;
  }

  #shownCount(): number {
    return this.shown || this.#pageSize();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      ['limit', 'past', 'neighborhood', 'tag', 'chosen', 'chosenTag', 'chosenAccess', 'query', 'series'].some((name) =>
        changed.has(name),
      )
    ) {
      this.shown = this.#pageSize();
    }
  }

  protected override emptyMessage(feed: Feed): string | undefined {
    if (this.#rows(feed).length || this.#choosing) return undefined;
    return this.past ? this.localize.strings.noPastEvents : this.localize.strings.noEvents;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const rows = this.#rows(feed);
    const visible = rows.slice(0, this.#shownCount());
    const zoneOf = (event: CoalitionEvent) => displayZone(event, feed.coalition.timezone);
    const byEvent = new Map(visible.map((row) => [row.event, row]));
    let index = 0;
    return html`${this.#renderChoosers(feed)} ${this.#renderSubscribe(feed)}
    ${groupByDay(
      visible.map((row) => row.event),
      zoneOf,
    ).map(
      ({ day, events: ofDay }) =>
        html`<section part="day" class="day" aria-labelledby="day-${day}">
          <h3 part="day-heading" id="day-${day}">${formatDayHeading(day, this.localize.locale)}</h3>
          <ul part="list" role="list">
            ${ofDay.map((event) => this.#renderEvent(byEvent.get(event)!, feed, zoneOf(event), index++))}
          </ul>
        </section>`,
    )}
    ${
      visible.length < rows.length
        ? html`<button part="more-button" class="more" @click=${this.#showMore}>
              ${this.localize.strings.showMore(Math.min(this.#pageSize(), rows.length - visible.length))}
            </button>
            ${positiveLimit(this.limit) ? nothing : html`<div class="sentinel"></div>`}`
        : nothing
    }`;
  }

  /** The choosers the `choosers` attribute names, else those the list is long enough for. */
  #choosersShown(selection: Selection): Set<ChooserName> {
    const named = this.choosers?.toLowerCase().split(/\s+/);
    const many = selection.count > FEW;
    return new Set(CHOOSERS.filter((name) => (named ? named.includes(name) : name === 'neighborhood' || many)));
  }

  #renderChoosers(feed: Feed): TemplateResult | typeof nothing {
    const { strings } = this.localize;
    const selection = this.#select(feed);
    const shown = this.#choosersShown(selection);
    const choosers = [
      shown.has('search')
        ? html`<label class="chooser"
            >${strings.search}
            <input part="search" type="search" .value=${this.query} @input=${this.#search} @change=${this.#announce}
          /></label>`
        : nothing,
      shown.has('tag') && selection.tags.length > 1
        ? this.#renderSelect('topic-chooser', strings.topicChooser, strings.allTopics, this.#tag, selection.tags, 'tag')
        : nothing,
      shown.has('neighborhood') && selection.neighborhoods.length > 1
        ? this.#renderSelect(
            'chooser',
            strings.neighborhood,
            strings.allNeighborhoods,
            this.#neighborhood,
            selection.neighborhoods,
            'neighborhood',
          )
        : nothing,
      shown.has('access') && selection.access.length
        ? this.#renderSelect(
            'access-chooser',
            strings.accessLabel,
            strings.anyAccess,
            this.chosenAccess,
            selection.access.map((key) => [key, strings.accessNames[key]] as const),
            'access',
          )
        : nothing,
    ].filter((chooser) => chooser !== nothing);
    if (!choosers.length) return nothing;
    const count = selection.rows.length;
    // the status is always there, so that what it comes to say is announced; empty (no space either) until then
    const said = this.#choosing ? (count ? strings.matches(count) : strings.noMatch) : nothing;
    return html`<div part="filters" class="filters">${choosers}</div>
      <p part="matches" class="matches" role="status">${said}</p>
      ${
        this.#choosing && !count
          ? html`<button part="clear-button" class="clear" @click=${this.#clear}>${strings.clearFilters}</button>`
          : nothing
      }`;
  }

  /** One `<select>`: `options` are names, or [value, label] pairs; `current` is matched whatever its case. */
  #renderSelect(
    part: string,
    label: string,
    all: string,
    current: string | undefined,
    options: readonly (string | readonly [string, string])[],
    filter: 'tag' | 'neighborhood' | 'access',
  ): TemplateResult {
    const chosen = current?.toLowerCase();
    return html`<label class="chooser"
      >${label}
      <select part=${part} @change=${(event: Event) => this.#choose(filter, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!chosen}>${all}</option>
        ${options.map((option) => {
          const [value, text] = typeof option === 'string' ? [option, option] : option;
          return html`<option value=${value} ?selected=${value.toLowerCase() === chosen}>${text}</option>`;
        })}
      </select></label
    >`;
  }

  #renderSubscribe(feed: Feed): TemplateResult | typeof nothing {
    const { calendar } = feed.coalition;
    if (!calendar) return nothing;
    const { strings } = this.localize;
    const { webcal, google } = subscribeUrls(calendar);
    return html`<p part="subscribe" class="actions">
      <a part="subscribe-link" href=${webcal}>${strings.subscribe}</a>
      <a part="google-subscribe-link" href=${google}>${strings.subscribeGoogle}</a>
    </p>`;
  }

  #renderEvent({ event, more }: Row, feed: Feed, zone: string | undefined, index: number): TemplateResult {
    const { strings, locale } = this.localize;
    const title = this.localize.text(event.title);
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    const speakers = event.speakers
      ?.map((id) => feed.speakers.find((speaker) => speaker.id === id)?.name)
      .filter((name): name is string => !!name);
    const description = this.localize.text(event.description);
    const place = event.location;
    const { days } = timesOf(event);
    const access = event.access?.length
      ? new Intl.ListFormat(locale, { type: 'unit' }).format(event.access.map((key) => strings.accessNames[key]))
      : '';
    const notes = this.localize.text(event.accessNotes);
    return html`<li part="event" class="event ${status ?? ''}">
      <article
        class=${event.image ? 'with-image' : ''}
        aria-labelledby="event-${index}"
        tabindex="-1"
        data-index=${index}
      >
        <h4 part="title" id="event-${index}">
          ${status ? html`<span part="status" class="status">${strings.status[status]}</span> ` : nothing}${title}
        </h4>
        ${
          event.image
            ? html`<img
                part="image"
                class="image"
                src=${event.image.src}
                alt=${this.localize.text(event.image.alt)}
                loading="lazy"
                width="96"
                height="96"
              />`
            : nothing
        }
        <p part="time" class="time">
          <time datetime=${event.start}
            >${days ? formatDays(days, locale, strings.allDay) : formatTimeRange(event, zone, locale)}</time
          >
        </p>
        ${event.series ? this.#renderSeries(event, more, zone, feed.coalition.timezone) : nothing}
        ${
          place && (place.name || place.address)
            ? html`<p part="place" class="place">
                ${
                  place.url
                    ? html`<a href=${place.url}>${[place.name, place.address].filter(Boolean).join(', ')}</a>`
                    : html`${place.name}${place.name && place.address ? html`<br />` : nothing}${place.address}`
                }
              </p>`
            : nothing
        }
        ${
          event.online
            ? html`<p>
                <a part="online-link" href=${event.online.url} aria-label=${labelFor(strings.joinOnline, title)}
                  >${strings.joinOnline}</a
                >
              </p>`
            : nothing
        }
        ${event.organizer ? this.#renderHost(event.organizer) : nothing}
        ${
          event.neighborhood || event.tags?.length
            ? html`<p part="meta" class="meta">
                ${[event.neighborhood, ...(event.tags ?? []).map((tag) => `#${tag}`)].filter(Boolean).join(' · ')}
              </p>`
            : nothing
        }
        ${access ? html`<p part="access" class="access">${labelFor(strings.accessLabel, access)}</p>` : nothing}
        ${notes ? html`<p part="access-notes" class="meta">${notes}</p>` : nothing}
        ${
          speakers?.length
            ? html`<p part="speakers" class="speakers">
                ${strings.withSpeakers(new Intl.ListFormat(locale).format(speakers))}
              </p>`
            : nothing
        }
        ${
          description
            ? renderExpandable({
                id: `description-${index}`,
                text: description,
                part: 'description',
                expanded: this.expanded.has(event.id),
                toggle: () => this.#toggle(event.id),
                strings,
              })
            : nothing
        }
        ${status === 'cancelled' ? nothing : this.#renderActions(event, feed, title, index)}
      </article>
    </li>`;
  }

  /** "Hosted by …", the host's name linked when it has a url, wherever the language puts the name. */
  #renderHost(organizer: NonNullable<CoalitionEvent['organizer']>): TemplateResult {
    const [before = '', after = ''] = this.localize.strings.hostedBy('\u0000').split('\u0000');
    const name = organizer.url ? html`<a href=${organizer.url}>${organizer.name}</a>` : organizer.name;
    return html`<p part="host" class="meta">${before}${name}${after}</p>`;
  }

  /** "Every Tuesday, 6:30 PM · 11 more dates", the button showing the other dates of the series. */
  #renderSeries(
    event: CoalitionEvent,
    more: CoalitionEvent[],
    zone: string | undefined,
    ownZone: string | undefined,
  ): TemplateResult {
    const { strings, locale } = this.localize;
    const times = timesOf(event);
    const weekday = (where: string | undefined) =>
      new Date(`${times.days?.[0] ?? dayKey(new Date(times.start), where)}T12:00:00Z`).getUTCDay();
    const shown = weekday(zone);
    const shift = (shown - weekday(event.timezone ?? ownZone) + 7) % 7;
    const words = ruleInWords(event.series!.rule, shown, shift, locale, strings);
    const at = times.days
      ? ''
      : `, ${dateFormat(locale, { hour: 'numeric', minute: '2-digit', ...(zone && { timeZone: zone }) }).format(times.start)}`;
    const id = `dates-${event.id}`;
    const open = this.expanded.has(id);
    return html`<p part="series" class="series">
        ${words}${words === strings.repeats ? '' : at}${
          more.length
            ? // the separator's spaces are text of its own: the build trims a template's edges
              html`${' · '}<button
                  part="dates-button"
                  class="link-button"
                  aria-expanded=${open}
                  aria-controls=${id}
                  @click=${() => this.#toggle(id)}
                >
                  ${strings.moreDates(more.length)}
                </button>`
            : nothing
        }
      </p>
      ${
        more.length && open
          ? html`<ul part="dates" class="dates" id=${id} role="list">
              ${more.map(
                (date) =>
                  html`<li>
                    <time datetime=${date.start}>${this.#dateOf(date, zone)}</time
                    >${date.status && date.status !== 'scheduled' ? ` (${strings.status[date.status]})` : ''}
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  /** One date of a series: "Tuesday, June 9, 6:30 – 8:00 PM CDT". */
  #dateOf(event: CoalitionEvent, zone: string | undefined): string {
    const { locale, strings } = this.localize;
    const { days, start } = timesOf(event);
    const heading = formatDayHeading(days?.[0] ?? dayKey(new Date(start), zone), locale);
    return `${heading}, ${days ? formatDays(days, locale, strings.allDay) : formatTimeRange(event, zone, locale)}`;
  }

  #renderActions(event: CoalitionEvent, feed: Feed, title: string, index: number): TemplateResult {
    const strings = this.localize.strings;
    const urls = this.#links?.id === event.id ? this.#links.urls : [];
    const remaining = event.remainingAttendeeCapacity;
    const full = remaining === 0;
    const open = this.openCalendar === event.id;
    const id = `calendar-${index}`;
    const rsvp = full ? strings.waitlist : strings.rsvp;
    return html`${
        remaining === undefined
          ? nothing
          : html`<p part="spots" class="spots ${full ? 'full' : ''}">
              ${full ? strings.full : strings.spotsLeft(remaining)}
            </p>`
      }
      <div part="actions" class="actions">
        ${
          event.rsvp
            ? html`<a part="rsvp-link" class="rsvp" href=${event.rsvp} aria-label=${labelFor(rsvp, title)}>${rsvp}</a>`
            : nothing
        }
        ${
          this.past && event.recording
            ? html`<a part="recording-link" href=${event.recording} aria-label=${labelFor(strings.recording, title)}
                >${strings.recording}</a
              >`
            : nothing
        }
        <div class="calendar" @keydown=${(key: KeyboardEvent) => this.#closeOnEscape(key, event.id)}>
          <button
            part="calendar-button"
            class="link-button"
            aria-expanded=${open}
            aria-controls=${id}
            aria-label=${labelFor(strings.calendar, title)}
            @click=${() => (open ? (this.openCalendar = undefined) : this.#openCalendar(event, feed))}
          >
            ${strings.calendar}
          </button>
          <ul part="calendar-links" class="calendar-links" id=${id} role="list" ?hidden=${!open}>
            ${
              urls
                ? html`<li>
                      <button
                        part="ics-button"
                        class="link-button"
                        aria-label=${labelFor(strings.addToCalendar, title)}
                        @click=${() => this.#download(event, feed)}
                      >
                        ${strings.addToCalendar}
                      </button>
                    </li>
                    ${[
                      ['google-link', GOOGLE_CALENDAR],
                      ['outlook-link', OUTLOOK],
                      ['office-link', MICROSOFT_365],
                    ].map(
                      ([part, name], i) =>
                        html`<li>
                          <a part=${part!} href=${urls[i] ?? nothing} aria-label=${labelFor(name!, title)}>${name}</a>
                        </li>`,
                    )}`
                : html`<li role="status">${strings.calendarUnavailable}</li>`
            }
          </ul>
        </div>
      </div>`;
  }

  /** Opens an event's calendar choices once the later part has made their links (fetched at idle time, so seldom waited for). */
  #openCalendar(event: CoalitionEvent, feed: Feed): void {
    loadLater()
      .then(
        ({ calendarLinks }) => {
          this.#links = { id: event.id, urls: calendarLinks(event, feed, (text) => this.localize.text(text)) };
        },
        () => (this.#links = { id: event.id }),
      )
      .then(() => (this.openCalendar = event.id));
  }

  /** Escape closes an event's calendar choices and returns focus to their button. */
  #closeOnEscape(key: KeyboardEvent, id: string): void {
    if (key.key !== 'Escape' || this.openCalendar !== id) return;
    key.stopPropagation();
    this.openCalendar = undefined;
    this.#focus = `[aria-expanded][aria-controls="${(key.currentTarget as HTMLElement).querySelector('ul')!.id}"]`;
  }

  #download(event: CoalitionEvent, feed: Feed): void {
    loadLater().then(
      ({ downloadIcs }) => downloadIcs(event, feed, (text) => this.localize.text(text)),
      // the .ics button sits in the open menu, which then says the choices could not load
      () => {
        this.#links = { id: event.id };
        this.requestUpdate();
      },
    );
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  #choose(filter: 'tag' | 'neighborhood' | 'access', value: string): void {
    if (filter === 'neighborhood') this.chosen = value;
    else if (filter === 'tag') this.chosenTag = value;
    else this.chosenAccess = value;
    this.#announce();
  }

  #search(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  /** Tells the page what visitors chose (`search` and `access` only when set, as listeners had it before them). */
  #announce(): void {
    const search = this.query.trim();
    emit(this, 'coalition-filter-change', {
      neighborhood: this.#neighborhood,
      tag: this.#tag,
      ...(search && { search }),
      ...(this.chosenAccess && { access: this.chosenAccess as AccessKey }),
    });
  }

  /** Clears what visitors chose, and puts them back in the first chooser. */
  #clear(): void {
    this.chosen = this.neighborhood === undefined ? undefined : '';
    this.chosenTag = this.tag === undefined ? undefined : '';
    this.chosenAccess = '';
    this.query = '';
    this.#focus = '.filters input, .filters select';
    this.#announce();
  }

  #showMore(): void {
    this.#focus = `[data-index="${this.shown}"]`;
    this.shown += this.#pageSize();
  }

  protected override updated(): void {
    if (this.#focus) {
      this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = undefined;
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-filter-change': CustomEvent<{
      neighborhood: string | undefined;
      tag: string | undefined;
      search?: string;
      access?: AccessKey;
    }>;
  }
}
