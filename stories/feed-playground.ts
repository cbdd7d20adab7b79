import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { formatProblem } from '../src/format/validate-feed.js';
import { readFeed } from '../src/format/read-feed.js';
import demo from '../demo/feed.json';

/**
 * Storybook's "Try your own feed" page: paste JSON or give a feed address, and see every widget
 * with it, above the list of problems the validator found.
 */
export class FeedPlayground extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 1rem;
      font-family: system-ui, sans-serif;
    }
    textarea,
    input {
      font:
        0.9rem ui-monospace,
        monospace;
      width: 100%;
      box-sizing: border-box;
    }
    label {
      font-weight: bold;
      display: grid;
      gap: 0.25rem;
    }
    .problems {
      color: #8c1d18;
    }
    section {
      display: grid;
      gap: 1.5rem;
    }
  `;

  @state() private feed?: object;
  @state() private messages: string[] = [];
  @state() private summary = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#check(JSON.stringify(demo, null, 2));
  }

  /** Reads pasted or loaded text as the widgets do; relative URLs resolve against `base`, where it came from. */
  #check(text: string, base = location.href): void {
    const reading = readFeed(text, base);
    if (reading.status === 'error') {
      this.feed = undefined;
      this.messages = reading.error.message.split('\n');
      this.summary = 'This is not a feed the widgets can show.';
      return;
    }
    const { feed, problems } = reading;
    this.feed = feed;
    this.messages = problems.map(formatProblem);
    this.summary = `${feed.victories.length} victories, ${feed.events.length} events, ${feed.speakers.length} speakers: ${problems.length ? `${problems.length} problem(s)` : 'no problems'}`;
  }

  async #load(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const url = new FormData(event.target as HTMLFormElement).get('url');
    try {
      const response = await fetch(String(url));
      this.#check(await response.text(), response.url);
    } catch (error) {
      this.feed = undefined;
      this.summary = `Could not load ${url}: ${(error as Error).message}`;
      this.messages = [];
    }
  }

  override render() {
    return html`<form @submit=${this.#load}>
        <label>Feed address (needs CORS) <input name="url" type="url" placeholder="https://…/feed.json" /></label>
        <button>Load</button>
      </form>
      <label
        >…or paste the feed
        <textarea rows="12" @input=${(event: InputEvent) => this.#check((event.target as HTMLTextAreaElement).value)}>
${JSON.stringify(demo, null, 2)}</textarea>
      </label>
      <p role="status">${this.summary}</p>
      ${
        this.messages.length
          ? html`<ul class="problems">
              ${this.messages.map((message) => html`<li>${message}</li>`)}
            </ul>`
          : ''
      }
      ${
        this.feed
          ? html`<section>
              <coalition-victory-tracker .feed=${this.feed}></coalition-victory-tracker>
              <coalition-event-list .feed=${this.feed}></coalition-event-list>
              <coalition-speaker-card .feed=${this.feed}></coalition-speaker-card>
              <coalition-feedback-form .feed=${this.feed}></coalition-feedback-form>
            </section>`
          : ''
      }`;
  }
}
