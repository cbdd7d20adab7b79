import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import type { Feed } from '../format/schema.js';
import { renderSpeakerCard } from '../speaker-card/render-speaker.js';
import { speakerCardStyles } from '../speaker-card/speaker-card.styles.js';
import { selectSpeakers, type SpeakerSelection } from './select-speakers.js';
import { speakerListStyles } from './speaker-list.styles.js';
import '../translations/en/speaker-card.js';
import '../translations/es/speaker-card.js';
import '../translations/en/speaker-list.js';
import '../translations/es/speaker-list.js';

/** `grid` (the default): cards side by side as the width allows; `list`: one card under another. */
export type SpeakerListLayout = 'grid' | 'list';

/**
 * A panel's or a season's voices as a wall of speaker cards: every speaker in the feed,
 * `speakers="id id"` in that order, or `event="id"` for the speakers of one event. Each card is
 * what `<coalition-speaker-card>` shows, one heading level down (names are `h4`: the list belongs
 * under the page's `h3`, such as "Session voices"), and the cards are one list.
 * Ids in `speakers` that the feed does not have are left out, with one console warning naming them.
 *
 * @tagname coalition-speaker-list
 * @summary Speakers as a wall of cards: all of them, a chosen few, or one event's.
 * @csspart list - The list of cards.
 * @csspart item - One speaker's place in the list.
 * @csspart card - The card around one speaker.
 * @csspart photo - A speaker's photo, or the initials shown instead.
 * @csspart name - A speaker's name.
 * @csspart pronouns - A speaker's pronouns.
 * @csspart role - A speaker's role and organization.
 * @csspart bio - A speaker's bio.
 * @csspart expand-button - The button that expands a long bio.
 * @csspart links - The list of a speaker's links.
 * @csspart upcoming - A speaker's upcoming events.
 * @csspart upcoming-heading - The heading "Upcoming with …".
 * @csspart upcoming-event - One upcoming event: its title (linked to its RSVP when it has one) and when it is.
 * @csspart upcoming-link - An upcoming event's title, linked to its RSVP.
 * @csspart upcoming-time - When an upcoming event is: its day and time range in the event's zone.
 * @cssproperty --coalition-photo-size - Diameter of the photos, or of the initials shown instead (default 5em).
 * @cssproperty --coalition-card-width - The narrowest a card gets in the grid before the grid has one column less (default 18em).
 */
export class CoalitionSpeakerList extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, speakerCardStyles, speakerListStyles];

  static override properties: PropertyDeclarations = {
    speakers: {},
    event: {},
    layout: { reflect: true },
    failedPhotos: { state: true },
    expanded: { state: true },
  };

  /** The `id`s of the speakers to show, separated by spaces, in that order; it wins over `event`. */
  speakers?: string;

  /** The `id` of an event: shows its speakers, in the event's order. */
  event?: string;

  /** `grid` (the default): cards side by side as the width allows; `list`: one under another. */
  layout: SpeakerListLayout = 'grid';

  /** The photos that did not load: initials show instead of them. */
  private failedPhotos = new Set<string>();

  /** The ids of the speakers whose long bio is expanded. */
  private expanded = new Set<string>();

  protected override expectedHeight(): [number, number] {
    // a wide grid's first row, or the first two cards one under another (the demo's four speakers
    // measured 46em in a 1000px grid, 55em as a list, 77em at 390px)
    return this.layout === 'list' ? [27, 38] : [23, 38];
  }

  #selection?: { feed: Feed; speakers: string | undefined; event: string | undefined; chosen: SpeakerSelection };
  #warned?: string;

  #select(feed: Feed): SpeakerSelection {
    const current = this.#selection;
    if (current?.feed === feed && current.speakers === this.speakers && current.event === this.event) {
      return current.chosen;
    }
    const chosen = selectSpeakers(feed, this.speakers, this.event);
    this.#selection = { feed, speakers: this.speakers, event: this.event, chosen };
    const warning = chosen.unknown.length
      ? `no speaker with id ${chosen.unknown.map((id) => `"${id}"`).join(', ')} in the feed; left out`
      : chosen.noEvent
        ? `no event with id "${this.event}" in the feed`
        : undefined;
    if (warning && warning !== this.#warned) console.warn(`coalition-widgets: <coalition-speaker-list>: ${warning}`);
    this.#warned = warning;
    return chosen;
  }

  protected override emptyMessage(feed: Feed): string | undefined {
    const { speakers, noEvent } = this.#select(feed);
    if (noEvent) return this.localize.strings.noEvent(this.event!);
    return speakers.length ? undefined : this.localize.strings.noSpeakers;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const { speakers } = this.#select(feed);
    return html`<ul part="list" class="speakers" role="list" aria-label=${this.localize.strings.speakers}>
      ${speakers.map(
        (speaker, index) =>
          html`<li part="item">
            ${renderSpeakerCard(speaker, {
              key: `s${index}-`,
              level: 4,
              feed,
              localize: this.localize,
              photoFailed: speaker.photo !== undefined && this.failedPhotos.has(speaker.photo.src),
              onPhotoError: () => this.#photoFailed(speaker.photo?.src),
              bioExpanded: this.expanded.has(speaker.id),
              toggleBio: () => this.#toggle(speaker.id),
            })}
          </li>`,
      )}
    </ul>`;
  }

  #photoFailed(src: string | undefined): void {
    if (src) this.failedPhotos = new Set(this.failedPhotos).add(src);
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }
}
