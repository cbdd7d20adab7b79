/** What the receiver keeps of one submission, and nothing more: no IP address, no language, no cookies. */
export interface StoredSubmission {
  id: string;
  receivedAt: string;
  answers: Record<string, string | string[]>;
  message: string;
  name: string | null;
  email: string | null;
  topic: string | null;
  page: string | null;
  userAgent: string | null;
}

/** The fields a submission brings; the receiver adds when it came and from which browser. */
export type Received = Omit<StoredSubmission, 'receivedAt' | 'userAgent'>;

/** A submission that could be read, or why it could not (the 400 answer's words). */
export type Decoded = { ok: true; submission: Received } | { ok: false; problem: string };

/** Submission ids are what the form makes (UUIDs); anything printable and short is accepted. */
const ID = /^[\w.:-]{1,128}$/;
const MAX_ANSWERS = 200;
/** Half of a UTF-16 surrogate pair, alone. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Fields of the form's own; in a form-encoded body every other field is an answer. */
const FIELDS = new Set(['id', 'submittedAt', 'topic', 'page', 'lang', 'message', 'name', 'email', 'consent']);

const isAnswer = (value: unknown): value is string | string[] =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new Error(`${field}: not text`);
  return value;
}

/** Answers by question id in an object without a prototype, so no id reads or writes anything else. */
function answersOf(entries: [string, unknown][]): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of entries) answers[key] = value as string | string[];
  return answers;
}

/** Checks the fields of a submission, whichever way it was encoded. */
function check(fields: Record<string, unknown>, answers: unknown): Decoded {
  if (typeof fields.id !== 'string' || !ID.test(fields.id)) return { ok: false, problem: 'id: missing or not an id' };
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return { ok: false, problem: 'answers: not an object' };
  }
  const entries = Object.entries(answers);
  if (entries.length > MAX_ANSWERS) return { ok: false, problem: `answers: more than ${MAX_ANSWERS}` };
  const wrong = entries.find(([, value]) => !isAnswer(value));
  if (wrong) return { ok: false, problem: `answers.${wrong[0]}: not text` };
  // question ids are counted by the database (export's columns): no NUL, no half of a surrogate pair
  const badKey = entries.find(([key]) => key.includes('\u0000') || LONE_SURROGATE.test(key));
  if (badKey) return { ok: false, problem: 'answers: a question id that is not text' };
  // PostgreSQL's text holds every character but NUL, which no form field can type
  const texts = [
    fields.message,
    fields.name,
    fields.email,
    fields.topic,
    fields.page,
    ...entries.flatMap(([, v]) => v),
  ];
  if (texts.some((text) => typeof text === 'string' && text.includes('\u0000'))) {
    return { ok: false, problem: 'a field holds a NUL character' };
  }
  try {
    return {
      ok: true,
      submission: {
        id: fields.id,
        answers: answersOf(entries),
        message: optionalText(fields.message, 'message') ?? '',
        name: optionalText(fields.name, 'name'),
        email: optionalText(fields.email, 'email'),
        topic: optionalText(fields.topic, 'topic'),
        page: optionalText(fields.page, 'page'),
      },
    };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

/**
 * Form fields in order, decoded strictly: a `%` escape that is not UTF-8 is refused, never turned
 * into U+FFFD as URLSearchParams would.
 */
function formFields(body: string): [string, string][] | undefined {
  const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  try {
    return body
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))];
      });
  } catch {
    return undefined;
  }
}

/**
 * Reads a body exactly as the feedback form's outbox sends it: JSON (`format: json`), or form
 * fields (`format: form`, where each answer is a field of its own and several choices are joined
 * by commas). Field names are kept as written, `__proto__` and `constructor` included.
 */
export function decodeSubmission(body: string, format: 'json' | 'form'): Decoded {
  if (format === 'form') {
    const pairs = formFields(body);
    if (!pairs) return { ok: false, problem: 'a form field is not UTF-8' };
    // no prototype: a field named __proto__ is an answer like any other
    const fields: Record<string, string> = Object.create(null);
    const answers: Record<string, string> = Object.create(null);
    for (const [key, value] of pairs) (FIELDS.has(key) ? fields : answers)[key] = value;
    return check(fields, answers);
  }
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, problem: 'not a JSON object' };
  }
  const fields = document as Record<string, unknown>;
  return check(fields, Object.hasOwn(fields, 'answers') ? fields.answers : {});
}
