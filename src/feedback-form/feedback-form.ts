import { html, nothing } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import type { Feed } from '../feed/schema.js';
import { feedbackFormStyles } from './feedback-form.styles.js';

/**
 * Feedback from residents to the coalition.
 *
 * @tagname coalition-feedback-form
 * @summary Asks residents what they think.
 * @csspart prompt - The feed's prompt.
 * @csspart questions - The list of the feed's questions.
 */
export class CoalitionFeedbackForm extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, feedbackFormStyles];

  protected override emptyMessage(): undefined {
    return undefined;
  }

  protected override renderFeed(feed: Feed) {
    const { prompt, questions = [] } = feed.feedback;
    return html`<p part="prompt">${prompt ? this.localize.text(prompt) : this.localize.strings.feedbackPrompt}</p>
      ${
        questions.length
          ? html`<ul part="questions">
              ${questions.map((question) => html`<li>${this.localize.text(question.label)}</li>`)}
            </ul>`
          : nothing
      }`;
  }
}
