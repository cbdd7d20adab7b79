import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { emit } from '../core/emit.js';
import { numberFormat } from '../core/format.js';
import { resolveText } from '../format/resolve-text.js';
import { webUrl, type Feed, type Question } from '../format/schema.js';
import { INVALID, type FeedProblem } from '../format/shape.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { send, watchOutbox, type Delivery, type OutboxEntry } from './outbox.js';
import {
  buildSubmission,
  mailtoUrl,
  questionField,
  validate,
  type FieldProblem,
  type FormValues,
  type Submission,
} from '../format/submission.js';
import '../translations/en/feedback-form.js';
import '../translations/es/feedback-form.js';

type Status = 'idle' | 'sending' | 'sent' | 'queued' | 'not-allowed' | 'failed' | 'mailto' | 'no-address';

/**
 * Inline feedback that is never lost: the feed's prompt and questions, a message, an optional name
 * and email. Each submission is kept in an outbox in `localStorage` until the endpoint accepts it,
 * resent with backoff, when the browser comes back online, and on the next page load, for up to
 * 30 days (then it is dropped, with a console warning); a `Retry-After` is honoured up to an hour.
 * Across tabs of one site each submission is sent once, and the form that made it hears its fate.
 * An endpoint answering `403` (a receiver that does not take this site yet) keeps it waiting, and
 * the person is told this site cannot send feedback yet. Without an endpoint the form opens a
 * `mailto:` to the coalition.
 *
 * @tagname coalition-feedback-form
 * @summary Asks residents what they think, and never loses an answer.
 * @csspart form - The form.
 * @csspart prompt - The feed's prompt.
 * @csspart field - One question or input with its label.
 * @csspart field-error - The message under a field that needs attention.
 * @csspart submit-button - The send button.
 * @csspart status - The polite message saying whether the feedback was sent, saved, or failed.
 * @event coalition-feedback-sent - A submission was delivered (perhaps after waiting in the outbox). `detail`: `{ submission, status }`.
 * @event coalition-feedback-queued - A submission could not be delivered yet and waits in the outbox. `detail`: `{ submission, reason }`, reason `offline`, `timeout` or `server`.
 * @event coalition-feedback-failed - The endpoint refused a submission itself (400, 409, 413, 415 or 422). `detail`: `{ submission, status }`.
 */
export class CoalitionFeedbackForm extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, feedbackFormStyles];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    topic: {},
    sendTimeout: { type: Number, attribute: 'send-timeout' },
    status: { state: true },
    problems: { state: true },
    refusedWith: { state: true },
    hasEmail: { state: true },
  };

  /** Where to POST feedback (`https:` or `http:`), instead of the feed's `feedback.endpoint`. */
  endpoint?: string;

  /** What the feedback is about (an event or session), sent with it. */
  topic?: string;

  /** Milliseconds one attempt to send may take before the submission waits in the outbox. */
  sendTimeout = 15_000;

  private status: Status = 'idle';
  private problems: FieldProblem[] = [];
  private refusedWith = 0;
  private hasEmail = false;

  protected override expectedHeight(): [number, number] {
    return [27, 33];
  }

  #busy = false;
  #waiting = new Set<string>();
  #stopWatching?: () => void;
  readonly #report = (entry: OutboxEntry, delivery: Delivery) => this.#reportDelivery(entry, delivery);

  protected override emptyMessage(): undefined {
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatching = watchOutbox(this.#report);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
  }

  /** The `endpoint` attribute (relative to the page), else the feed's. */
  #endpoint(feed: Feed): string | undefined {
    if (!this.endpoint) return feed.feedback.endpoint;
    const problems: FeedProblem[] = [];
    const endpoint = webUrl.parse(this.endpoint, 'endpoint', problems, document.baseURI);
    if (endpoint !== INVALID) return endpoint;
    console.warn(`coalition-widgets: endpoint "${this.endpoint}": ${problems[0]!.message}; ignored`);
    return feed.feedback.endpoint;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const { strings } = this.localize;
    const { prompt, questions = [] } = feed.feedback;
    const sending = this.status === 'sending';
    return html`<form
      part="form"
      novalidate
      aria-labelledby="prompt"
      @submit=${(event: SubmitEvent) => this.#submit(event, feed)}
    >
      <p part="prompt" class="prompt" id="prompt">${prompt ? this.localize.text(prompt) : strings.feedbackPrompt}</p>
      ${questions.map((question, index) => this.#renderQuestion(question, index))}
      ${this.#renderField(
        'message',
        strings.messageLabel,
        html`<textarea
          id="message"
          name="message"
          rows="4"
          aria-invalid=${this.#invalid('message')}
          aria-describedby=${this.#describedBy('message')}
        ></textarea>`,
      )}
      <div class="pair">
        ${this.#renderField('name', strings.nameLabel, html`<input id="name" name="name" autocomplete="name" />`)}
        ${this.#renderField(
          'email',
          strings.emailLabel,
          html`<input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            aria-invalid=${this.#invalid('email')}
            aria-describedby=${this.#describedBy('email')}
            @input=${(event: InputEvent) => (this.hasEmail = (event.target as HTMLInputElement).value.trim() !== '')}
          />`,
        )}
      </div>
      ${
        this.hasEmail
          ? html`<div part="field" class="field consent">
              <label
                ><input
                  type="checkbox"
                  id="consent"
                  name="consent"
                  aria-invalid=${this.#invalid('consent')}
                  aria-describedby=${this.#describedBy('consent')}
                />
                ${strings.consent(feed.coalition.name)}</label
              >
              ${this.#renderProblem('consent')}
            </div>`
          : nothing
      }
      <div class="trap" inert aria-hidden="true">
        <label>${strings.honeypot} <input name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
      <button part="submit-button" type="submit" aria-disabled=${sending}>
        ${sending ? strings.sending : strings.send}
      </button>
      <p part="status" class="status ${this.status}" role="status">${this.#statusMessage(feed)}</p>
    </form>`;
  }

  #renderField(name: string, label: string | TemplateResult, control: TemplateResult): TemplateResult {
    return html`<div part="field" class="field">
      <label for=${name}>${label}</label>
      ${control} ${this.#renderProblem(name)}
    </div>`;
  }

  #renderQuestion(question: Question, index: number): TemplateResult {
    const name = questionField(index);
    const label = html`${this.localize.text(question.label)}${
      question.required ? html` <span class="required">${this.localize.strings.requiredMark}</span>` : nothing
    }`;
    const common = { invalid: this.#invalid(name), describedBy: this.#describedBy(name) };
    const type = question.type ?? 'text';
    if (type === 'choice' || type === 'multi' || type === 'rating') {
      const options =
        type === 'rating'
          ? [1, 2, 3, 4, 5].map((value) => ({
              value: String(value),
              label: numberFormat(this.localize.locale).format(value),
              name: this.localize.strings.ratingOf(value),
            }))
          : (question.options ?? []).map((option) => ({
              // answers are sent in English (else the feed's first language), whatever the reader's language
              value: resolveText(option, 'en'),
              label: this.localize.text(option),
              name: undefined,
            }));
      return html`<fieldset part="field" class="field choices ${type}" aria-describedby=${common.describedBy}>
        <legend>${label}</legend>
        ${options.map(
          (option, index) =>
            html`<label class="option"
              ><input
                type=${type === 'multi' ? 'checkbox' : 'radio'}
                id=${index === 0 ? name : nothing}
                name=${name}
                value=${option.value}
                aria-label=${option.name ?? nothing}
                aria-invalid=${common.invalid}
              /><span aria-hidden=${option.name ? 'true' : nothing}>${option.label}</span></label
            >`,
        )}
        ${this.#renderProblem(name)}
      </fieldset>`;
    }
    const control =
      type === 'textarea'
        ? html`<textarea
            id=${name}
            name=${name}
            rows="3"
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
          ></textarea>`
        : html`<input
            id=${name}
            name=${name}
            type=${type === 'email' ? 'email' : 'text'}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
          />`;
    return this.#renderField(name, label, control);
  }

  #problemOf(field: string): FieldProblem | undefined {
    return this.problems.find((problem) => problem.field === field);
  }

  #invalid(field: string): 'true' | 'false' {
    return this.#problemOf(field) ? 'true' : 'false';
  }

  #describedBy(field: string): string | typeof nothing {
    return this.#problemOf(field) ? `${field}-error` : nothing;
  }

  #renderProblem(field: string): TemplateResult | typeof nothing {
    const problem = this.#problemOf(field);
    return problem
      ? html`<p part="field-error" class="field-error" id="${field}-error">
          ${this.localize.strings.problem[problem.problem]}
        </p>`
      : nothing;
  }

  #statusMessage(feed: Feed): string {
    const { strings } = this.localize;
    const messages: Partial<Record<Status, string>> = {
      sent: strings.sent,
      queued: strings.queued,
      'not-allowed': strings.notAllowed,
      failed: strings.failed(this.refusedWith),
      mailto: strings.mailto(feed.coalition.email ?? ''),
      'no-address': strings.noAddress,
    };
    return messages[this.status] ?? '';
  }

  #read(form: HTMLFormElement, questions: readonly Question[]): FormValues {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    return {
      answers: Object.fromEntries(
        questions.map((question, index) => {
          const name = questionField(index);
          return [question.id, question.type === 'multi' ? data.getAll(name).map(String) : text(name)];
        }),
      ),
      message: text('message'),
      name: text('name'),
      email: text('email'),
      consent: data.get('consent') !== null,
    };
  }

  async #submit(event: SubmitEvent, feed: Feed): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    const form = event.target as HTMLFormElement;
    const questions = feed.feedback.questions ?? [];
    if (new FormData(form).get('website')) {
      // a bot filled the hidden field: look successful, send nothing
      form.reset();
      this.status = 'sent';
      return;
    }
    const values = this.#read(form, questions);
    this.problems = validate(values, questions);
    if (this.problems.length) {
      this.status = 'idle';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.problems[0]!.field}`)?.focus();
      return;
    }
    const submission = buildSubmission(values, {
      topic: this.topic,
      lang: this.localize.lang,
      page: location.origin + location.pathname,
    });
    const endpoint = this.#endpoint(feed);
    if (!endpoint) {
      this.#openMail(feed, submission);
      return;
    }
    this.#busy = true;
    this.status = 'sending';
    this.#waiting.add(submission.id);
    const entry = { submission, endpoint, format: feed.feedback.format ?? 'json', attempts: 0, nextAttemptAt: 0 };
    await send(entry, this.#report, this.sendTimeout).finally(() => (this.#busy = false));
  }

  #openMail(feed: Feed, submission: Submission): void {
    const to = feed.coalition.email;
    if (!to) {
      this.status = 'no-address';
      return;
    }
    const { strings } = this.localize;
    const questions = feed.feedback.questions ?? [];
    const link = document.createElement('a');
    link.href = mailtoUrl(to, strings.mailSubject(submission.topic), submission, {
      question: (id) => this.localize.text(questions.find((question) => question.id === id)?.label) || id,
      message: strings.messageLabel,
      name: strings.nameLabel,
      email: strings.emailLabel,
      topic: strings.topic,
    });
    link.click();
    this.status = 'mailto';
  }

  /**
   * Tells the page what became of a submission this form sent (or one an earlier page left), and
   * the person too when they sent it from this form on this page.
   */
  #reportDelivery({ submission }: OutboxEntry, delivery: Delivery): void {
    const mine = this.#waiting.has(submission.id);
    if (delivery.outcome === 'sent') {
      emit(this, 'coalition-feedback-sent', { submission, status: delivery.status });
    } else if (delivery.outcome === 'queued') {
      emit(this, 'coalition-feedback-queued', { submission, reason: delivery.reason });
    } else {
      emit(this, 'coalition-feedback-failed', { submission, status: delivery.status });
    }
    if (!mine) return;
    if (delivery.outcome !== 'queued') this.#waiting.delete(submission.id);
    if (delivery.outcome === 'failed') {
      this.refusedWith = delivery.status;
      this.status = 'failed';
      return;
    }
    // sent or safely kept: the form is free for the next message
    if (this.status === 'sending') {
      this.renderRoot.querySelector('form')?.reset();
      this.hasEmail = false;
    }
    // 403: the endpoint does not take feedback from this site (yet); the words wait in the outbox
    this.status = delivery.outcome === 'queued' && delivery.status === 403 ? 'not-allowed' : delivery.outcome;
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-feedback-sent': CustomEvent<{ submission: Submission; status: number }>;
    'coalition-feedback-queued': CustomEvent<{ submission: Submission; reason: 'offline' | 'timeout' | 'server' }>;
    'coalition-feedback-failed': CustomEvent<{ submission: Submission; status: number }>;
  }
}
