import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { readFeed, reportReading } from '../format/read-feed.js';
import type { Feed, Speaker } from '../format/schema.js';
import type { FeedState } from '../loading/feed-state.js';
import { renderSpeakerCard } from './render-speaker.js';
import { speakerCardStyles } from './speaker-card.styles.js';
import '../translations/en/speaker-card.js';
import '../translations/es/speaker-card.js';

/**
 * One speaker or panelist: photo (or initials), name, pronouns, role, organization, bio, links
 * and, when the feed has upcoming events naming them, the next three ("Upcoming with …"), each
 * linked to its RSVP. Picks `speaker="id"` from the feed, or shows the `person` property without any feed.
 *
 * @tagname coalition-speaker-card
 * @summary One speaker: photo, name, pronouns, role, organization, bio, links and upcoming events.
 * @csspart card - The card around the speaker.
 * @csspart photo - The speaker's photo, or the initials shown instead.
 * @csspart name - The speaker's name.
 * @csspart pronouns - The speaker's pronouns.
 * @csspart role - The speaker's role and organization.
 * @csspart bio - The speaker's bio.
 * @csspart expand-button - The button that expands a long bio.
 * @csspart links - The list of the speaker's links.
 * @csspart upcoming - The speaker's upcoming events.
 * @csspart upcoming-heading - The heading "Upcoming with …".
 * @csspart upcoming-event - One upcoming event: its title (linked to its RSVP when it has one) and when it is.
 * @csspart upcoming-link - An upcoming event's title, linked to its RSVP.
 * @csspart upcoming-time - When an upcoming event is: its day and time range in the event's zone.
 * @cssproperty --coalition-photo-size - Diameter of the photo, or of the initials shown instead (default 5em).
 */
export class CoalitionSpeakerCard extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, speakerCardStyles];

  static override properties: PropertyDeclarations = {
    speaker: {},
    person: { attribute: false },
    failedPhoto: { state: true },
    expanded: { state: true },
  };

  /** The `id` of the speaker to show; without it, the feed's first speaker. */
  speaker?: string;

  /** A speaker object (feed format) to show without a feed; it wins over `speaker`. */
  person?: object;

  /** The photo that did not load: initials show instead of it, and only of it. */
  private failedPhoto?: string;

  private expanded = false;

  protected override expectedHeight(): [number, number] {
    // a card with an upcoming event or two (measured: 12.9em at 560px with one, 18.9em at 390px with three)
    return [11.5, 14];
  }

  #warned?: string;
  #personFeed?: { person: object; speaker: Speaker | undefined };

  /**
   * The `person` property, read as a feed of one speaker like any other feed: unsafe links and
   * photos are left out, relative ones resolved against the page.
   */
  #person(): Speaker | undefined {
    if (!this.person) return undefined;
    if (this.#personFeed?.person !== this.person) {
      const feed = { version: 1, coalition: { name: 'person' }, speakers: [{ id: 'person', ...this.person }] };
      // read at once: a slice cut short by a busy thread would leave the card without its person
      const reading = readFeed(feed, document.baseURI);
      reportReading('the person property', reading);
      this.#personFeed = { person: this.person, speaker: (reading as FeedState).feed?.speakers[0] };
    }
    return this.#personFeed.speaker;
  }

  #pick(feed: Feed): Speaker | undefined {
    return this.speaker ? feed.speakers.find((speaker) => speaker.id === this.speaker) : feed.speakers[0];
  }

  override render(): TemplateResult {
    const person = this.#person();
    return person ? html`<div class="root" part="base">${this.#renderSpeaker(person)}</div>` : super.render();
  }

  protected override emptyMessage(feed: Feed): string | undefined {
    if (this.#pick(feed)) return undefined;
    if (!this.speaker) return this.localize.strings.noSpeakers;
    if (this.#warned !== this.speaker) {
      this.#warned = this.speaker;
      console.warn(`coalition-widgets: no speaker with id "${this.speaker}" in the feed`);
    }
    return this.localize.strings.noSpeaker(this.speaker);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    return this.#renderSpeaker(this.#pick(feed)!, feed);
  }

  #renderSpeaker(speaker: Speaker, feed?: Feed): TemplateResult {
    return renderSpeakerCard(speaker, {
      key: '',
      level: 3,
      feed,
      localize: this.localize,
      photoFailed: speaker.photo !== undefined && speaker.photo.src === this.failedPhoto,
      onPhotoError: () => (this.failedPhoto = speaker.photo?.src),
      bioExpanded: this.expanded,
      toggleBio: () => (this.expanded = !this.expanded),
    });
  }
}
