import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { emit } from '../core/emit.js';
import { formatDay, numberFormat } from '../core/format.js';
import { limitProperty, positiveLimit } from '../core/limit.js';
import { labelFor } from '../core/strings.js';
import type { Feed, Victory } from '../format/schema.js';
import { CountUpController } from './count-up.js';
import { firstYear, metricTotals, selectVictories, type MetricTotal } from './select-victories.js';
import { victoryTrackerStyles } from './victory-tracker.styles.js';
import '../translations/en/victory-tracker.js';
import '../translations/es/victory-tracker.js';

/** `list` (the default), `grid`, or `highlight`: one victory, big, for homepages. */
export type VictoryLayout = 'list' | 'grid' | 'highlight';

/** How a victory was shared: the browser's share sheet, or a copy to the clipboard. */
export type ShareMethod = 'share' | 'clipboard';

/** The victories a tracker shows for one feed and filter, with its headline's year and totals. */
interface VictorySelection {
  feed: Feed;
  tag: string | undefined;
  neighborhood: string | undefined;
  victories: Victory[];
  year: string;
  totals: MetricTotal[];
}

/**
 * Celebrates a coalition's tangible wins: a headline total, then each victory newest first with
 * its metric and progress toward its goal. Numbers count up once when first scrolled into view.
 *
 * @tagname coalition-victory-tracker
 * @summary The coalition's victories, newest first, with totals and progress.
 * @csspart headline - The headline: how many victories since when, and metric totals.
 * @csspart list - The list (or grid) of victories.
 * @csspart victory - One victory.
 * @csspart image - A victory's image.
 * @csspart title - A victory's title.
 * @csspart meta - A victory's date and neighborhood.
 * @csspart tags - A victory's list of tags.
 * @csspart summary - A victory's summary.
 * @csspart metric - A victory's metric: number, unit and progress.
 * @csspart progress - The progress bar toward a metric's goal.
 * @csspart link - The "Read more" link.
 * @csspart share-button - The share button of a victory.
 * @csspart status - The polite message after sharing.
 * @event coalition-victory-share - A victory was shared or copied. `detail`: `{ victory, method }`, where method is `share` or `clipboard`.
 */
export class CoalitionVictoryTracker extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, victoryTrackerStyles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    limit: limitProperty,
    tag: {},
    neighborhood: {},
    victory: {},
    status: { state: true },
  };

  /** `list` (the default), `grid`, or `highlight`: one victory, big, for homepages. */
  layout: VictoryLayout = 'list';

  /** Shows only this many victories (the newest), empty or 0 for all; the headline still counts them all. */
  limit?: number;

  /** Shows only victories with this tag. */
  tag?: string;

  /** Shows only victories in this neighborhood. */
  neighborhood?: string;

  /** With `layout="highlight"`: the `id` of the victory to feature, instead of the latest. */
  victory?: string;

  private status = '';

  protected override expectedHeight(): [number, number] {
    // a headline, then one big card when highlighted, else the first few cards (measured on the demo feed)
    if (this.layout === 'highlight') return [23, 28];
    const cards = Math.min(positiveLimit(this.limit) ?? 3, 3);
    return this.layout === 'grid' ? [4 + 21 * Math.ceil(cards / 3), 4 + 21 * cards] : [4 + 17 * cards, 4 + 21 * cards];
  }

  readonly #countUp = new CountUpController(this, () => !!this.feedController.feed);

  protected override emptyMessage(feed: Feed): string | undefined {
    return this.#select(feed).victories.length ? undefined : this.localize.strings.noVictories;
  }

  #selection?: VictorySelection;

  /** The matching victories and their headline, worked out once per feed and filter (not on every frame of the count-up). */
  #select(feed: Feed): VictorySelection {
    const { tag, neighborhood } = this;
    const last = this.#selection;
    if (last?.feed === feed && last.tag === tag && last.neighborhood === neighborhood) return last;
    const victories = selectVictories(feed.victories, { tag, neighborhood });
    return (this.#selection = {
      feed,
      tag,
      neighborhood,
      victories,
      year: firstYear(victories),
      totals: metricTotals(victories),
    });
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const selection = this.#select(feed);
    const { victories } = selection;
    const shown =
      this.layout === 'highlight'
        ? [victories.find((victory) => victory.id === this.victory) ?? victories[0]!]
        : victories.slice(0, positiveLimit(this.limit));
    return html`${this.#renderHeadline(selection)}
      <ul part="list" class="victories">
        ${shown.map((victory) => this.#renderVictory(victory, feed))}
      </ul>
      <p class="visually-hidden" role="status" part="status">${this.status}</p>`;
  }

  /** A number that counts up on first view; assistive technology reads only its final value. */
  #number(value: number, options: Intl.NumberFormatOptions = {}): TemplateResult {
    const format = numberFormat(this.localize.locale, {
      maximumFractionDigits: 1,
      ...(Math.abs(value) >= 100_000 && { notation: 'compact' }),
      ...options,
    });
    const shown = this.#countUp.value(value);
    // while it counts, the final value, invisible, sizes the number so the text after it stays put
    return html`<span class="number"
        ><span aria-hidden="true">${format.format(shown)}</span>${
          this.#countUp.counting ? html`<span class="sizer" aria-hidden="true">${format.format(value)}</span>` : nothing
        }</span
      ><span class="visually-hidden">${format.format(value)}</span>`;
  }

  #renderHeadline({ victories, year, totals }: VictorySelection): TemplateResult {
    const strings = this.localize.strings;
    const count = victories.length;
    return html`<div part="headline" class="headline">
      <p class="count"><strong>${this.#number(count)}</strong> ${strings.victoriesSince(count, year)}</p>
      ${
        totals.length
          ? html`<ul class="totals" aria-label=${strings.victoryTotals}>
              ${totals.map(
                (total) =>
                  html`<li>
                    <strong>${this.#number(total.value)}</strong> ${this.localize.text(total.unit)} ${strings.inTotal}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #renderVictory(victory: Victory, feed: Feed): TemplateResult {
    const { localize } = this;
    const strings = localize.strings;
    const title = localize.text(victory.title);
    return html`<li part="victory" class="victory">
      <article>
        ${
          victory.image
            ? html`<img
                part="image"
                src=${victory.image.src}
                alt=${localize.text(victory.image.alt)}
                loading="lazy"
                decoding="async"
              />`
            : nothing
        }
        <div class="body">
          <h3 part="title">${title}</h3>
          <p part="meta" class="meta">
            <time datetime=${victory.date}>${formatDay(victory.date, localize.locale)}</time>${
              victory.neighborhood ? html`<span class="neighborhood">${victory.neighborhood}</span>` : nothing
            }
          </p>
          ${victory.metric ? this.#renderMetric(victory.metric) : nothing}
          ${victory.summary ? html`<p part="summary" class="summary">${localize.text(victory.summary)}</p>` : nothing}
          ${
            victory.tags?.length
              ? html`<ul part="tags" class="tags">
                  ${victory.tags.map((tag) => html`<li>${tag}</li>`)}
                </ul>`
              : nothing
          }
          <div class="actions">
            ${
              victory.url
                ? html`<a part="link" href=${victory.url} aria-label=${labelFor(strings.readMore, title)}
                    >${strings.readMore}</a
                  >`
                : nothing
            }
            <button
              part="share-button"
              class="share"
              aria-label=${labelFor(strings.share, title)}
              @click=${() => this.#share(victory, feed)}
            >
              ${strings.share}
            </button>
          </div>
        </div>
      </article>
    </li>`;
  }

  #renderMetric(metric: NonNullable<Victory['metric']>): TemplateResult {
    const { locale, strings } = this.localize;
    const unit = this.localize.text(metric.unit);
    const plain = numberFormat(locale, { maximumFractionDigits: 1 });
    const goal = metric.goal;
    return html`<div part="metric" class="metric">
      <p class="value"><strong>${this.#number(metric.value)}</strong> ${unit}</p>
      ${
        goal
          ? html`<progress
                part="progress"
                max=${goal}
                .value=${Math.min(this.#countUp.value(metric.value), goal)}
                aria-label=${strings.progress(plain.format(metric.value), plain.format(goal), unit)}
              ></progress>
              <p class="goal">
                ${strings.ofGoal(numberFormat(locale, { style: 'percent' }).format(metric.value / goal), plain.format(goal))}
              </p>`
          : nothing
      }
    </div>`;
  }

  async #share(victory: Victory, feed: Feed): Promise<void> {
    const strings = this.localize.strings;
    const title = this.localize.text(victory.title);
    // its own share page previews as a picture with its headline; the story link does not
    const url = victory.share ?? victory.url ?? location.href;
    const text = `${title} — ${feed.coalition.name}`;
    this.status = '';
    let method: ShareMethod;
    try {
      if (navigator.share) {
        method = 'share';
        await navigator.share({ title, text, url });
        this.status = strings.shared;
      } else {
        method = 'clipboard';
        await navigator.clipboard.writeText(`${text} ${url}`);
        this.status = strings.copied;
      }
    } catch (error) {
      // closing the share sheet is a choice, not a failure
      if ((error as DOMException).name !== 'AbortError') this.status = strings.shareFailed;
      return;
    }
    emit(this, 'coalition-victory-share', { victory, method });
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-victory-share': CustomEvent<{ victory: Victory; method: ShareMethod }>;
  }
}
