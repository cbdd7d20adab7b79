import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { renderExpandable } from '../core/expandable.js';
import { labelFor } from '../core/strings.js';
import { readGivenFeed } from '../core/feed-controller.js';
import type { Feed, Speaker } from '../format/schema.js';
import { speakerCardStyles } from './speaker-card.styles.js';
import '../translations/en/speaker-card.js';
import '../translations/es/speaker-card.js';

/** "Chas Moore" → "CM": the first letters of the first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined].map((word) =>
    word ? [...word][0] : '',
  );
  return letters.join('').toLocaleUpperCase();
}

/**
 * One speaker or panelist: photo (or initials), name, pronouns, role, organization, bio and links.
 * Picks `speaker="id"` from the feed, or shows the `person` property without any feed.
 *
 * @tagname coalition-speaker-card
 * @summary One speaker: photo, name, pronouns, role, organization, bio and links.
 * @csspart card - The card around the speaker.
 * @csspart photo - The speaker's photo, or the initials shown instead.
 * @csspart name - The speaker's name.
 * @csspart pronouns - The speaker's pronouns.
 * @csspart role - The speaker's role and organization.
 * @csspart bio - The speaker's bio.
 * @csspart expand-button - The button that expands a long bio.
 * @csspart links - The list of the speaker's links.
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
    return [7.5, 12];
  }

  #warned?: string;
  #personFeed?: { person: object; feed: object };

  /**
   * The `person` property, read as a feed of one speaker like any other feed: unsafe links and
   * photos are left out, relative ones resolved against the page.
   */
  #person(): Speaker | undefined {
    if (!this.person) return undefined;
    if (this.#personFeed?.person !== this.person) {
      const feed = { version: 1, coalition: { name: 'person' }, speakers: [{ id: 'person', ...this.person }] };
      this.#personFeed = { person: this.person, feed };
    }
    return readGivenFeed(this.#personFeed.feed, 'the person property').feed?.speakers[0];
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
    return this.#renderSpeaker(this.#pick(feed)!);
  }

  #renderSpeaker(speaker: Speaker): TemplateResult {
    const { strings } = this.localize;
    const role = this.localize.text(speaker.role);
    const organization = speaker.organization;
    const bio = this.localize.text(speaker.bio);
    const photo = speaker.photo?.src !== this.failedPhoto ? speaker.photo : undefined;
    return html`<article part="card" class="card" aria-labelledby="name">
      ${
        photo
          ? html`<img
              part="photo"
              class="photo"
              src=${photo.src}
              alt=${this.localize.text(photo.alt) || speaker.name}
              loading="lazy"
              decoding="async"
              @error=${() => (this.failedPhoto = photo.src)}
            />`
          : html`<span part="photo" class="photo initials" aria-hidden="true">${initials(speaker.name)}</span>`
      }
      <div class="body">
        <h3 id="name" part="name">${speaker.name}</h3>
        ${speaker.pronouns ? html`<p part="pronouns" class="pronouns">${speaker.pronouns}</p>` : nothing}
        ${
          role || organization
            ? html`<p part="role" class="role">
                ${role}${role && organization ? ', ' : nothing}${
                  organization?.url ? html`<a href=${organization.url}>${organization.name}</a>` : organization?.name
                }
              </p>`
            : nothing
        }
        ${
          bio
            ? renderExpandable({
                id: 'bio',
                text: bio,
                part: 'bio',
                expanded: this.expanded,
                toggle: () => (this.expanded = !this.expanded),
                strings,
              })
            : nothing
        }
        ${
          speaker.links?.length
            ? html`<ul part="links" class="links">
                ${speaker.links.map((link) => {
                  const label = this.localize.text(link.label);
                  return html`<li>
                    <a href=${link.url} aria-label=${labelFor(label, speaker.name)}>${label}</a>
                  </li>`;
                })}
              </ul>`
            : nothing
        }
      </div>
    </article>`;
  }
}
