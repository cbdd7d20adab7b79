import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CoalitionWidget } from '../core/coalition-widget.js';
import type { Feed, Speaker } from '../feed/schema.js';
import { speakerCardStyles } from './speaker-card.styles.js';

/**
 * One speaker or panelist from the feed.
 *
 * @tagname coalition-speaker-card
 * @summary One speaker: name, pronouns, role and organization.
 * @csspart name - The speaker's name.
 * @csspart role - The speaker's role and organization.
 */
export class CoalitionSpeakerCard extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, speakerCardStyles];

  /** The `id` of the speaker to show; without it, the feed's first speaker. */
  @property() speaker?: string;

  protected override reservedHeight = '6em';

  #warned?: string;

  #pick(feed: Feed): Speaker | undefined {
    return this.speaker ? feed.speakers.find((speaker) => speaker.id === this.speaker) : feed.speakers[0];
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

  protected override renderFeed(feed: Feed) {
    const speaker = this.#pick(feed)!;
    const role = [this.localize.text(speaker.role), speaker.organization?.name].filter(Boolean).join(', ');
    return html`<article aria-labelledby="name">
      <h3 id="name" part="name">
        ${speaker.name}${speaker.pronouns ? html` <span class="pronouns">(${speaker.pronouns})</span>` : nothing}
      </h3>
      ${role ? html`<p part="role">${role}</p>` : nothing}
    </article>`;
  }
}
