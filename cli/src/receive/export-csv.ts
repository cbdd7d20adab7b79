import type { StoredSubmission } from './submission.js';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) gets a leading apostrophe, so it shows as the text the resident typed.
 */
export const neutralise = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. */
const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const cell = (value: string | string[] | null | undefined): string =>
  quote(neutralise(Array.isArray(value) ? value.join(', ') : (value ?? '')));

/**
 * Submissions as a CSV file that Excel and Google Sheets open as UTF-8: a byte-order mark, a
 * header row, the fixed columns, then one column per question in the order questions first appear.
 */
export function submissionsCsv(submissions: readonly StoredSubmission[]): string {
  const questions = [...new Set(submissions.flatMap((submission) => Object.keys(submission.answers)))];
  const header = ['id', 'received', 'topic', 'page', 'message', 'name', 'email', 'user agent', ...questions];
  const rows = submissions.map((s) => [
    s.id,
    s.receivedAt,
    s.topic,
    s.page,
    s.message,
    s.name,
    s.email,
    s.userAgent,
    ...questions.map((question) => s.answers[question]),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
