import type { StoredSubmission } from './submission.js';

/** Answer keys that get a column of their own; the rest of a row's answers share one. */
export const ANSWER_COLUMNS = 50;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) gets a leading apostrophe, so it shows as the text the resident typed.
 */
export const neutralise = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * Every cell quoted, quotes doubled (RFC 4180): a `;` or `,` inside a cell never starts another
 * cell, whichever separator the spreadsheet splits on.
 */
const cell = (value: string | string[] | null | undefined): string =>
  `"${neutralise(Array.isArray(value) ? value.join(', ') : (value ?? '')).replace(/"/g, '""')}"`;

const line = (cells: (string | string[] | null | undefined)[]): string => `${cells.map(cell).join(',')}\r\n`;

/**
 * Submissions as a CSV file that Excel and Google Sheets open as UTF-8, one line at a time: a
 * byte-order mark and a header row first, then a line per submission. The fixed columns come
 * first, then a column for each of `keys` (the most used answer keys), then `other answers`:
 * the row's remaining answers as JSON, so a submission with thousands of keys is still one row
 * of a sheet that opens.
 */
export async function* submissionsCsv(
  submissions: AsyncIterable<StoredSubmission>,
  keys: readonly string[],
): AsyncGenerator<string> {
  const columns = new Set(keys);
  yield `\uFEFF${line(['id', 'received', 'topic', 'page', 'message', 'name', 'email', 'user agent', ...keys, 'other answers'])}`;
  for await (const s of submissions) {
    const answers = Object.entries(s.answers);
    const others = answers.filter(([key]) => !columns.has(key));
    yield line([
      s.id,
      s.receivedAt,
      s.topic,
      s.page,
      s.message,
      s.name,
      s.email,
      s.userAgent,
      // own answers only: a row without a `constructor` answer has an empty cell there
      ...keys.map((key) => (Object.hasOwn(s.answers, key) ? s.answers[key] : undefined)),
      others.length ? JSON.stringify(Object.fromEntries(others)) : '',
    ]);
  }
}
