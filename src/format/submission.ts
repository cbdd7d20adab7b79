import { isEmail } from './rules.js';
import type { Question } from './schema.js';

/** One person's answers, as they leave the page; `id` lets receivers drop duplicates. */
export interface Submission {
  id: string;
  submittedAt: string;
  topic?: string;
  page: string;
  lang: string;
  answers: Record<string, string | string[]>;
  message: string;
  name?: string;
  email?: string;
  consent?: boolean;
}

/**
 * The form control of a question, by its place: feed ids may hold spaces or `?`, which ids and
 * selectors cannot.
 */
export const questionField = (index: number): string => `q-${index}`;

/** A field that needs the person's attention, by the form control's name. */
export interface FieldProblem {
  field: string;
  problem: 'required' | 'email' | 'consent' | 'empty';
}

/** What the person typed and chose, read from the form. */
export interface FormValues {
  answers: Record<string, string | string[]>;
  message: string;
  name: string;
  email: string;
  consent: boolean;
}

const isEmpty = (value: string | string[] | undefined): boolean =>
  value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');

/** Checks the answers in form order: required questions, email formats, consent, and that something was said. */
export function validate(values: FormValues, questions: readonly Question[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  questions.forEach((question, index) => {
    const answer = values.answers[question.id];
    if (question.required && isEmpty(answer)) problems.push({ field: questionField(index), problem: 'required' });
    else if (question.type === 'email' && typeof answer === 'string' && answer.trim() && !isEmail(answer.trim())) {
      problems.push({ field: questionField(index), problem: 'email' });
    }
  });
  const saidSomething =
    values.message.trim() !== '' || Object.values(values.answers).some((answer) => !isEmpty(answer));
  if (!saidSomething) problems.push({ field: 'message', problem: 'empty' });
  if (values.email.trim() && !isEmail(values.email.trim())) problems.push({ field: 'email', problem: 'email' });
  else if (values.email.trim() && !values.consent) problems.push({ field: 'consent', problem: 'consent' });
  return problems;
}

/** A random version 4 UUID; `crypto.randomUUID` exists only on https pages, and partner pages may be http. */
export function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  // a blob: URL ends in a random version 4 UUID, made by the browser on http pages too
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

/** The submission for validated values; empty answers are left out. `page` is the sending page's address. */
export function buildSubmission(
  values: FormValues,
  context: { topic?: string | undefined; lang: string; page: string },
): Submission {
  const answers = Object.fromEntries(Object.entries(values.answers).filter(([, answer]) => !isEmpty(answer)));
  const email = values.email.trim();
  const name = values.name.trim();
  return {
    id: uuid(),
    submittedAt: new Date().toISOString(),
    ...(context.topic && { topic: context.topic }),
    page: context.page,
    lang: context.lang,
    answers,
    message: values.message.trim(),
    ...(name && { name }),
    ...(email && { email, consent: true }),
  };
}

/** The body and content type for a feed's `format`: JSON, or form-encoded for form services. */
export function encode(submission: Submission, format: 'json' | 'form'): { body: string; type: string } {
  if (format === 'json') return { body: JSON.stringify(submission), type: 'application/json' };
  const { answers, ...rest } = submission;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) params.set(key, String(value));
  for (const [key, value] of Object.entries(answers)) params.set(key, Array.isArray(value) ? value.join(', ') : value);
  return { body: params.toString(), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
}

/** A `mailto:` link to the coalition, prefilled with the answers, for feeds without an endpoint. */
export function mailtoUrl(
  to: string,
  subject: string,
  submission: Submission,
  labels: { question: (id: string) => string; message: string; name: string; email: string; topic: string },
): string {
  const lines = [
    ...(submission.topic ? [`${labels.topic}: ${submission.topic}`] : []),
    ...Object.entries(submission.answers).map(
      ([id, answer]) => `${labels.question(id)}: ${Array.isArray(answer) ? answer.join(', ') : answer}`,
    ),
    ...(submission.message ? ['', submission.message, ''] : []),
    ...(submission.name ? [`${labels.name}: ${submission.name}`] : []),
    ...(submission.email ? [`${labels.email}: ${submission.email}`] : []),
  ];
  const query = new URLSearchParams({ subject, body: lines.join('\n') }).toString().replace(/\+/g, '%20');
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}
