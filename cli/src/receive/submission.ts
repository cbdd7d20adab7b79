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
/** Fields of the form's own; in a form-encoded body every other field is an answer. */
const FIELDS = new Set(['id', 'submittedAt', 'topic', 'page', 'lang', 'message', 'name', 'email', 'consent']);

const isAnswer = (value: unknown): value is string | string[] =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new Error(`${field}: not text`);
  return value;
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
  try {
    return {
      ok: true,
      submission: {
        id: fields.id,
        answers: Object.fromEntries(entries) as Record<string, string | string[]>,
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
 * Reads a body exactly as the feedback form's outbox sends it: JSON (`format: json`), or form
 * fields (`format: form`, where each answer is a field of its own and several choices are joined
 * by commas).
 */
export function decodeSubmission(body: string, format: 'json' | 'form'): Decoded {
  if (format === 'form') {
    const fields: Record<string, string> = {};
    const answers: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(body)) (FIELDS.has(key) ? fields : answers)[key] = value;
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
  return check(fields, fields.answers ?? {});
}
