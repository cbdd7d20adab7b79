import { html, nothing, type TemplateResult } from 'lit';
import { clock } from '../core/clock.js';
import { renderExpandable } from '../core/expandable.js';
import type { LocalizeController } from '../core/localize.js';
import { labelFor } from '../core/strings.js';
import type { Feed, Speaker } from '../format/schema.js';
import { formatWhen, upcomingFor } from './upcoming.js';

/** What one speaker's card needs beside the speaker: where it sits, and the state its host keeps. */
export interface SpeakerCardView {
  /** Makes the card's ids unique in its shadow root (a list holds many cards). */
  key: string;
  /** The level of the speaker's name: 3 on a card of its own, 4 on a card in a list. */
  level: 3 | 4;
  /** The feed the speaker is from, for their upcoming events; none for a `person` property. */
  feed: Feed | undefined;
  localize: LocalizeController;
  /** The photo failed to load: initials show instead. */
  photoFailed: boolean;
  onPhotoError: () => void;
  bioExpanded: boolean;
  toggleBio: () => void;
}

function heading(level: 3 | 4 | 5, id: string, part: string, text: string): TemplateResult {
  if (level === 3) return html`<h3 id=${id} part=${part} class=${part}>${text}</h3>`;
  if (level === 4) return html`<h4 id=${id} part=${part} class=${part}>${text}</h4>`;
  return html`<h5 id=${id} part=${part} class=${part}>${text}</h5>`;
}

/** "Chas Moore" → "CM": the first letters of the first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined].map((word) =>
    word ? [...word][0] : '',
  );
  return letters.join('').toLocaleUpperCase();
}

/** One speaker's card: photo or initials, name, pronouns, role, organization, bio, links, upcoming events. */
export function renderSpeakerCard(speaker: Speaker, view: SpeakerCardView): TemplateResult {
  const { key, localize } = view;
  const { strings } = localize;
  const role = localize.text(speaker.role);
  const organization = speaker.organization;
  const bio = localize.text(speaker.bio);
  const photo = view.photoFailed ? undefined : speaker.photo;
  return html`<article part="card" class="card" aria-labelledby="${key}name">
    ${
      photo
        ? html`<img
            part="photo"
            class="photo"
            src=${photo.src}
            alt=${localize.text(photo.alt) || speaker.name}
            loading="lazy"
            decoding="async"
            @error=${view.onPhotoError}
          />`
        : html`<span part="photo" class="photo initials" aria-hidden="true">${initials(speaker.name)}</span>`
    }
    <div class="body">
      ${heading(view.level, `${key}name`, 'name', speaker.name)}
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
              id: `${key}bio`,
              text: bio,
              part: 'bio',
              expanded: view.bioExpanded,
              toggle: view.toggleBio,
              strings,
            })
          : nothing
      }
      ${
        speaker.links?.length
          ? html`<ul part="links" class="links">
              ${speaker.links.map((link) => {
                const label = localize.text(link.label);
                return html`<li>
                  <a href=${link.url} aria-label=${labelFor(label, speaker.name)}>${label}</a>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${view.feed ? renderUpcoming(speaker, view.feed, view) : nothing}
    </div>
  </article>`;
}

/** "Upcoming with Chas Moore": the speaker's next events, each linked to its RSVP when it has one. */
function renderUpcoming(speaker: Speaker, feed: Feed, view: SpeakerCardView): TemplateResult | typeof nothing {
  const events = upcomingFor(feed, speaker.id, clock.now());
  if (!events.length) return nothing;
  const { localize, key } = view;
  const { strings, locale } = localize;
  return html`<section part="upcoming" class="upcoming" aria-labelledby="${key}upcoming">
    ${heading((view.level + 1) as 4 | 5, `${key}upcoming`, 'upcoming-heading', strings.upcomingWith(speaker.name))}
    <ul role="list">
      ${events.map((event) => {
        const title = localize.text(event.title);
        return html`<li part="upcoming-event">
          ${event.rsvp ? html`<a part="upcoming-link" href=${event.rsvp}>${title}</a>` : html`<span>${title}</span>`}
          <time part="upcoming-time" datetime=${event.start}>${formatWhen(event, feed, locale)}</time>
        </li>`;
      })}
    </ul>
  </section>`;
}
