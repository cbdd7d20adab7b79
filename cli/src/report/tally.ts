import { resolveText, type Question } from 'coalition-widgets/feed-format.js';
import type { StoredSubmission } from '../receive/submission.js';

/** The form's rating scale (the feedback form offers 1 to 5). */
export const RATING_SCALE = 5;
/** Distinct topics counted by name; any more are counted together, so a flood of topics cannot fill memory. */
export const TOPICS_NAMED = 500;
/** Distinct answers counted for a question the feed does not describe; past this it is read as free text. */
export const VALUES_COUNTED = 12;

/** A question as the report shows it: from the feed, or only its id when the feed does not have it. */
export interface QuestionSpec {
  id: string;
  label: string;
  /** `unknown`: no feed, or a question the feed no longer has. */
  kind: 'choice' | 'multi' | 'rating' | 'text' | 'contact' | 'unknown';
  /** The options' labels, in the feed's order (ratings: 1 to 5). */
  options: string[];
  /** Every text that stands for an option (each language's), to its index. */
  accepts: Map<string, number>;
}

/** What the answers to one question add up to. */
export interface QuestionTally {
  spec: QuestionSpec;
  /** Submissions that answered it. */
  answered: number;
  /** Per option (a multiple choice counts each option chosen). */
  counts: number[];
  /** Answers that are not what the question expects: a rating of "abc", an option it does not have. */
  other: number;
  /** Sum of the ratings, for the mean. */
  ratingSum: number;
  /**
   * For an `unknown` question: its distinct answers and their counts, until there are too many to
   * be choices (it is charted by them when some answer came more than once).
   */
  values: Map<string, number> | undefined;
}

const kindOf = (type: Question['type']): QuestionSpec['kind'] =>
  type === 'choice' || type === 'multi' || type === 'rating' ? type : type === 'email' ? 'contact' : 'text';

/** The questions of a feed as the report shows them; labels in English, else the feed's first language. */
export function specsOf(questions: readonly Question[]): QuestionSpec[] {
  return questions.map((question) => {
    const kind = kindOf(question.type);
    const options =
      kind === 'rating'
        ? Array.from({ length: RATING_SCALE }, (_, i) => String(i + 1))
        : (question.options ?? []).map((option) => resolveText(option, 'en'));
    const accepts = new Map<string, number>();
    if (kind === 'choice' || kind === 'multi') {
      (question.options ?? []).forEach((option, index) => {
        for (const text of typeof option === 'string' ? [option] : Object.values(option)) {
          if (!accepts.has(text.trim())) accepts.set(text.trim(), index);
        }
      });
    } else options.forEach((option, index) => accepts.set(option, index));
    return { id: question.id, label: resolveText(question.label, 'en'), kind, options, accepts };
  });
}

/** The items of a multiple choice: an array as JSON sends it, or the `a, b` a form-encoded send joins. */
function itemsOf(answer: string | string[], spec: QuestionSpec): string[] {
  if (Array.isArray(answer)) return answer.map((item) => item.trim());
  const whole = answer.trim();
  return spec.accepts.has(whole) ? [whole] : whole.split(/,\s*/);
}

/** A text worth showing: free text, or an answer that is not one of the question's. */
export interface ShownAnswer {
  id: string;
  text: string;
}

/**
 * The counts the report charts, added up one submission at a time: memory grows with the
 * questions, weeks and topics, never with the number of submissions.
 */
export class Tally {
  submissions = 0;
  first: string | undefined;
  last: string | undefined;
  readonly weeks = new Map<string, number>();
  readonly topics = new Map<string, number>();
  /** Submissions whose topic came after TOPICS_NAMED others. */
  otherTopics = 0;
  readonly questions = new Map<string, QuestionTally>();

  constructor(specs: readonly QuestionSpec[]) {
    for (const spec of specs) this.questions.set(spec.id, this.#tallyFor(spec));
  }

  #tallyFor(spec: QuestionSpec): QuestionTally {
    return {
      spec,
      answered: 0,
      counts: spec.options.map(() => 0),
      other: 0,
      ratingSum: 0,
      values: spec.kind === 'unknown' ? new Map() : undefined,
    };
  }

  /**
   * Counts one submission and returns the answers a reader of its words should see with them:
   * free text, answers to questions the feed does not describe, and "other answers".
   */
  add(submission: StoredSubmission): ShownAnswer[] {
    this.submissions++;
    this.first ??= submission.receivedAt;
    this.last = submission.receivedAt;
    const week = weekOf(submission.receivedAt);
    this.weeks.set(week, (this.weeks.get(week) ?? 0) + 1);
    const topic = submission.topic ?? '';
    if (this.topics.has(topic) || this.topics.size < TOPICS_NAMED)
      this.topics.set(topic, (this.topics.get(topic) ?? 0) + 1);
    else this.otherTopics++;
    const shown: ShownAnswer[] = [];
    for (const [id, answer] of Object.entries(submission.answers)) {
      let tally = this.questions.get(id);
      if (!tally) {
        tally = this.#tallyFor({ id, label: id, kind: 'unknown', options: [], accepts: new Map() });
        this.questions.set(id, tally);
      }
      tally.answered++;
      for (const text of this.#count(tally, answer)) shown.push({ id, text });
    }
    return shown;
  }

  /** Counts one answer; returns the texts to show beside the submission's words. */
  #count(tally: QuestionTally, answer: string | string[]): string[] {
    const { spec } = tally;
    const joined = Array.isArray(answer) ? answer.join(', ') : answer;
    switch (spec.kind) {
      case 'text':
      case 'contact':
        return [joined];
      case 'unknown': {
        const values = tally.values;
        if (values) {
          for (const item of Array.isArray(answer) ? answer : [answer]) values.set(item, (values.get(item) ?? 0) + 1);
          // too many different answers to be choices: free text, counted as answers only
          if (values.size > VALUES_COUNTED) tally.values = undefined;
        }
        return [joined];
      }
      case 'rating':
      case 'choice': {
        const index = typeof answer === 'string' ? spec.accepts.get(answer.trim()) : undefined;
        if (index === undefined) {
          tally.other++;
          return [joined];
        }
        tally.counts[index]!++;
        if (spec.kind === 'rating') tally.ratingSum += index + 1;
        return [];
      }
      case 'multi': {
        const unknown: string[] = [];
        for (const item of itemsOf(answer, spec)) {
          const index = spec.accepts.get(item);
          if (index === undefined) unknown.push(item);
          else tally.counts[index]!++;
        }
        if (unknown.length) tally.other++;
        return unknown.length ? [unknown.join(', ')] : [];
      }
    }
  }
}

/** The Monday (UTC) of the week an instant falls in, as `YYYY-MM-DD`; empty for a date that is not one. */
export function weekOf(instant: string): string {
  const day = new Date(instant);
  if (Number.isNaN(day.getTime())) return '';
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
