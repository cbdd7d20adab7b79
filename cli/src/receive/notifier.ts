import type { FeedbackStore } from './store.js';
import type { StoredSubmission } from './submission.js';

/** Slack, Mattermost and Google Chat read `<`, `>` and `&` as markup (mentions, links). */
const plain = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const excerpt = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** The chat message for a new submission: what was said, and who said it only with `contact`. */
export function notificationText(submission: StoredSubmission, contact: boolean): string {
  const lines = [`New feedback${submission.topic ? ` on “${excerpt(submission.topic, 100)}”` : ''}`];
  for (const [question, answer] of Object.entries(submission.answers)) {
    lines.push(`${excerpt(question, 60)}: ${excerpt(Array.isArray(answer) ? answer.join(', ') : answer, 200)}`);
  }
  if (submission.message) lines.push(excerpt(submission.message, 1000));
  if (contact && (submission.name || submission.email)) {
    lines.push(`From: ${[submission.name, submission.email && `<${submission.email}>`].filter(Boolean).join(' ')}`);
  }
  return plain(lines.join('\n'));
}

const FIRST_RETRY = 1000;
const LAST_RETRY = 300_000;

/**
 * Tells a chat webhook (`{"text": "…"}`) of each new submission, after it is committed: one post
 * per submission, in order, retried with backoff while the webhook is down, and resumed after a
 * restart from what the store still has due. Nothing here delays or fails the resident's answer.
 */
export class Notifier {
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #retry = FIRST_RETRY;
  #stopped = false;

  constructor(
    readonly url: string,
    readonly store: FeedbackStore,
    readonly contact: boolean,
  ) {}

  /** Sends whatever is due, unless a send or a wait for the next retry is under way. */
  wake(): void {
    if (this.#running || this.#timer || this.#stopped) return;
    this.#running = true;
    this.#sendDue().finally(() => (this.#running = false));
  }

  /** Stops sending; what is still due stays in the store for the next start. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  async #sendDue(): Promise<void> {
    for (let due = this.store.notificationsDue(); due.length && !this.#stopped; due = this.store.notificationsDue()) {
      for (const submission of due) {
        if (this.#stopped) return;
        if (!(await this.#post(submission))) {
          this.#timer = setTimeout(() => {
            this.#timer = undefined;
            this.wake();
          }, this.#retry);
          this.#retry = Math.min(this.#retry * 2, LAST_RETRY);
          return;
        }
        this.#retry = FIRST_RETRY;
        this.store.notified(submission.id);
      }
    }
  }

  async #post(submission: StoredSubmission): Promise<boolean> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: notificationText(submission, this.contact) }),
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      if (!response.ok) console.error(`notify: the webhook answered ${response.status}; will retry`);
      return response.ok;
    } catch (error) {
      console.error(`notify: the webhook could not be reached (${(error as Error).message}); will retry`);
      return false;
    }
  }
}
