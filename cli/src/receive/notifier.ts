import type { Outcome, Store } from './store-contract.js';
import type { StoredSubmission } from './submission.js';

/**
 * The longest text posted: Discord's Slack-compatible endpoint takes 2,000 characters, Slack,
 * Mattermost and Google Chat more, so every chat shows the whole of a capped message.
 */
export const MAX_TEXT = 2000;

/**
 * Residents' words as chats show them, never as chat markup: `<` and `>` escaped (Slack's
 * `<!here>`, `<@U123>`, `<https://…|text>`), `&` only where it would start an escape, so a
 * message of `&` stays its own size; every `@name` at the start of a word, and `@everyone`,
 * `@here`, `@channel` and `@all` anywhere (`x@everyone`), broken with a zero-width space; and
 * Markdown links broken the same way, inline (`[text](url)`) and by reference (`[text][1]`, a
 * line `[1]: url`).
 */
export function plain(text: string): string {
  return text
    .replace(/&(?=(?:amp|lt|gt);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(^|[^\w@])@(?=\w)|@(?=everyone|here|channel|all)/gi, '$1@\u200B')
    .replace(/\](?=[([:])/g, ']\u200B');
}

/** One line of a field that is not the message (a name, an answer): its line breaks cannot start lines of their own. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

const excerpt = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** Cuts neutralised text to `length` characters without splitting an escape such as `&lt;`. */
function cap(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${cut.replace(/&[a-z]{0,3}$/, '')}…`;
}

/** The chat message for a new submission: what was said, and who said it only with `contact`. */
export function notificationText(submission: StoredSubmission, contact: boolean): string {
  const topic = submission.topic && oneLine(submission.topic);
  const lines = [`New feedback${topic ? ` on “${excerpt(topic, 100)}”` : ''}`];
  for (const [question, answer] of Object.entries(submission.answers)) {
    const said = oneLine(Array.isArray(answer) ? answer.join(', ') : answer);
    lines.push(`${excerpt(oneLine(question), 60)}: ${excerpt(said, 200)}`);
  }
  if (submission.message) lines.push(excerpt(submission.message, 1000));
  if (contact && (submission.name || submission.email)) {
    const from = [submission.name, submission.email && `<${submission.email}>`].filter(Boolean).join(' ');
    lines.push(`From: ${oneLine(from)}`);
  }
  return cap(plain(lines.join('\n')), MAX_TEXT);
}

/**
 * What is posted: the text and, for every chat but Google Chat (which refuses fields it does not
 * know), Discord's `allowed_mentions` with nothing to parse, so no mention pings even if one got
 * through the text. Slack and Mattermost ignore the field.
 */
export function notificationBody(url: string, text: string): { text: string; allowed_mentions?: { parse: [] } } {
  return new URL(url).hostname === 'chat.googleapis.com' ? { text } : { text, allowed_mentions: { parse: [] } };
}

const FIRST_RETRY = 1000;
const LAST_RETRY = 300_000;

/** How often a notifier looks for what is due without being woken: posts another receiver left when it died. */
const SWEEP = 30_000;

/**
 * Tells a chat webhook (`{"text": "…"}`) of each new submission, after it is committed: one post
 * per submission, in order, retried with backoff while the webhook is down or busy (network
 * errors, 429, 5xx), and resumed after a restart from what the store still has due. A message the
 * webhook refuses (another 4xx) is set aside and reported, and the next ones go on. Each post is
 * claimed in the store first, so receivers sharing a database post each one once in all. Nothing
 * here delays or fails the resident's answer.
 */
export class Notifier {
  #sending: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #sweep: NodeJS.Timeout | undefined;
  #retry = FIRST_RETRY;
  #stopped = false;

  constructor(
    readonly url: string,
    readonly store: Store,
    readonly contact: boolean,
  ) {}

  /** Sends whatever is due, unless a send or a wait for the next retry is under way. */
  wake(): void {
    if (this.#stopped) return;
    this.#sweep ??= setInterval(() => this.wake(), SWEEP).unref();
    if (this.#sending || this.#timer) return;
    this.#sending = this.#sendDue().finally(() => (this.#sending = undefined));
  }

  /**
   * Stops sending once the post in flight, if any, is answered and recorded; what is still due
   * stays in the store for the next start.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    clearInterval(this.#sweep);
    await this.#sending;
  }

  async #sendDue(): Promise<void> {
    while (!this.#stopped) {
      let outcome: Outcome | undefined;
      try {
        outcome = await this.store.notifyNext((submission) => this.#post(submission));
      } catch (error) {
        console.error(`notify: ${(error as Error).message}; will retry`);
        outcome = 'retry';
      }
      if (outcome === undefined) return;
      if (outcome === 'retry') {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.wake();
        }, this.#retry);
        this.#retry = Math.min(this.#retry * 2, LAST_RETRY);
        return;
      }
      this.#retry = FIRST_RETRY;
    }
  }

  async #post(submission: StoredSubmission): Promise<Outcome> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(notificationBody(this.url, notificationText(submission, this.contact))),
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      if (response.ok) return 'delivered';
      const { status } = response;
      if (status >= 400 && status < 500 && status !== 429) {
        console.error(
          `notify: the webhook refused the message for submission ${submission.id} (${status}); set aside, going on`,
        );
        return { refused: status };
      }
      console.error(`notify: the webhook answered ${status}; will retry`);
      return 'retry';
    } catch (error) {
      console.error(`notify: the webhook could not be reached (${(error as Error).message}); will retry`);
      return 'retry';
    }
  }
}
