import { RATING_SCALE, type QuestionTally, type ShownAnswer, type Tally } from './tally.js';

/** One submission's words, as the list of messages shows them. */
export interface Words {
  at: string;
  topic: string | null;
  message: string;
  answers: ShownAnswer[];
  name?: string | null;
  email?: string | null;
}

export interface Page {
  /** The coalition's name, from the feed. */
  coalition: string | undefined;
  /** The filters the report was made with, in words. */
  filters: string[];
  /** Counts only: no free text, names or emails, and counts under 5 as "fewer than 5". */
  public: boolean;
  /** When the report was made (ISO). */
  made: string;
}

/** The smallest count a public report shows as a number. */
export const PUBLIC_MINIMUM = 5;

/**
 * Text as inert HTML: markup escaped, control characters that are not line breaks or tabs shown as
 * U+FFFD. Callers put it in a `<bdi>` or a `dir="auto"` block, so a right-to-left override in it
 * ends where the text ends.
 */
export const escape = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const bdi = (text: string): string => `<bdi>${escape(text)}</bdi>`;
/** Text for screen readers only: a chart's caption names its question, which a person sees in the heading above. */
const hidden = (text: string): string => `<span class="visually-hidden">${escape(text)}</span>`;
const number = (n: number): string => n.toLocaleString('en');
const percent = (part: number, whole: number): number => (whole ? (part / whole) * 100 : 0);

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const day = (iso: string): string => (iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : 'no date');

/** A `<time>` for a stored instant, in UTC; one that is not a date is shown as it was stored. */
function time(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return bdi(instant);
  return `<time datetime="${escape(date.toISOString())}">${timeFormat.format(date)} UTC</time>`;
}

/** The words for a count; in a public report, one under 5 is "fewer than 5". */
function counted(n: number, page: Page): string {
  return page.public && n < PUBLIC_MINIMUM ? `fewer than ${PUBLIC_MINIMUM}` : number(n);
}

interface Row {
  label: string;
  count: number;
}

/**
 * A chart that is a table: each row's label, count and share, with a bar drawn by CSS in the share
 * cell. A screen reader reads the table; a person sees the bars; both print. `whole` is what the
 * shares are of. A public report shows no share (and no bar) for a count it does not show.
 */
function chart(caption: string, head: string, rows: Row[], whole: number, page: Page): string {
  const widest = Math.max(1, ...rows.map((row) => row.count));
  const body = rows
    .map(({ label, count }) => {
      const suppressed = page.public && count < PUBLIC_MINIMUM;
      const share = suppressed ? '' : `${Math.round(percent(count, whole))}%`;
      const bar = suppressed ? '' : `<span class="bar" style="width:${percent(count, widest).toFixed(1)}%"></span>`;
      return `<tr><th scope="row">${label}</th><td class="count">${counted(count, page)}</td><td class="share"><span class="track">${bar}</span><span class="figure">${share}</span></td></tr>`;
    })
    .join('\n');
  return `<table class="chart">
<caption>${caption}</caption>
<thead><tr><th scope="col">${head}</th><th scope="col">Count</th><th scope="col">Share</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** Every week from the first to the last, the empty ones too, so a quiet week shows as one. */
function weekRows(weeks: Map<string, number>): Row[] {
  const known = [...weeks.keys()].filter(Boolean).sort();
  const rows: Row[] = [];
  if (known.length) {
    const end = Date.parse(`${known.at(-1)!}T00:00:00Z`);
    for (let at = Date.parse(`${known[0]!}T00:00:00Z`); at <= end; at += 7 * 86_400_000) {
      const week = new Date(at).toISOString().slice(0, 10);
      rows.push({ label: `Week of ${day(week)}`, count: weeks.get(week) ?? 0 });
    }
  }
  if (weeks.has('')) rows.push({ label: 'No date', count: weeks.get('')! });
  return rows;
}

/** Topics, most submissions first; a public report names only topics with at least 5 (the rest together). */
function topicRows(tally: Tally, page: Page): Row[] {
  const rows: Row[] = [];
  let others = tally.otherTopics;
  for (const [topic, count] of [...tally.topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (page.public && count < PUBLIC_MINIMUM) others += count;
    else rows.push({ label: topic ? bdi(topic) : 'No topic', count });
  }
  if (others) rows.push({ label: 'Other topics', count: others });
  return rows;
}

/**
 * Whether a question the feed does not describe is charted by its answers: few different ones, some
 * given more than once (else they read as free text), and not in a public report.
 */
export const chartsValues = (tally: QuestionTally, page: Page): boolean =>
  tally.spec.kind === 'unknown' && tally.values !== undefined && tally.values.size < tally.answered && !page.public;

/** One question's section: its chart, or for free text how many answered. */
function question(tally: QuestionTally, page: Page): string {
  const { spec } = tally;
  const id = spec.kind === 'unknown' ? ` <span class="id">(not in the feed)</span>` : '';
  const title = `<h3>${bdi(spec.label)}${id}</h3>`;
  const answered = `${counted(tally.answered, page)} answered`;
  if (spec.kind === 'choice' || spec.kind === 'multi' || spec.kind === 'rating') {
    const rows = spec.options.map((option, i) => ({ label: bdi(option), count: tally.counts[i]! }));
    if (tally.other) rows.push({ label: 'Other answers', count: tally.other });
    let summary = answered;
    if (spec.kind === 'multi') summary += '; each could choose several, so shares add up to more than 100%';
    if (spec.kind === 'rating') {
      const ratings = tally.counts.reduce((sum, n) => sum + n, 0);
      summary +=
        page.public && ratings < PUBLIC_MINIMUM
          ? `; fewer than ${PUBLIC_MINIMUM} ratings, no mean shown`
          : `; mean ${ratings ? (tally.ratingSum / ratings).toFixed(1) : '–'} of ${RATING_SCALE} from ${number(ratings)} ${ratings === 1 ? 'rating' : 'ratings'}`;
    }
    const head = spec.kind === 'rating' ? 'Rating' : 'Answer';
    return `<section class="question">${title}\n${chart(`${hidden(`${spec.label}: `)}${summary}`, head, rows, tally.answered, page)}</section>`;
  }
  if (chartsValues(tally, page)) {
    const rows = [...tally.values!]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, count]) => ({ label: bdi(value), count }));
    return `<section class="question">${title}\n${chart(`${hidden(`${spec.label}: `)}${answered}`, 'Answer', rows, tally.answered, page)}</section>`;
  }
  const where = page.public ? '' : spec.kind === 'contact' ? '' : ' (their answers are among the messages below)';
  return `<section class="question">${title}\n<p>${answered}${where}.</p></section>`;
}

const style = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --bar: #2f5f98; --track: #e8edf3; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--ink); margin: 0 auto; padding: 1.5rem; max-width: 52rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
.about, .id, .meta { color: var(--muted); }
table.chart { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .25rem; }
th, td { text-align: left; padding: .2rem .5rem .2rem 0; vertical-align: middle; border-bottom: 1px solid #ddd; }
thead th { font-size: .85rem; color: var(--muted); font-weight: 600; }
tbody th { font-weight: normal; width: 40%; }
td.count { text-align: right; white-space: nowrap; width: 7rem; }
td.share { display: flex; align-items: center; gap: .5rem; }
.track { flex: 1; height: .9rem; background: var(--track); }
.bar { display: block; height: 100%; background: var(--bar); }
.figure { width: 3rem; text-align: right; }
.track, .bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
ol.words { list-style: none; padding: 0; }
ol.words > li { border-top: 1px solid #ccc; padding: .5rem 0; break-inside: avoid; }
.message { white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
dl { margin: .25rem 0; } dt { font-weight: 600; } dd { margin: 0 0 .25rem 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
bdi { unicode-bidi: isolate; }
code { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@page { margin: 16mm 14mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  section.question, table.chart { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

/** One submission's words as a list item: its date and topic, the message, the text answers, and (with `--contact`) who. */
function words(entry: Words, label: (id: string) => string): string {
  const meta = [time(entry.at), entry.topic ? `topic ${bdi(entry.topic)}` : 'no topic'];
  const who = [entry.name, entry.email].filter((part): part is string => Boolean(part));
  const answers = entry.answers
    .map((answer) => `<dt>${bdi(label(answer.id))}</dt><dd dir="auto">${escape(answer.text)}</dd>`)
    .join('');
  return `<li><p class="meta">${meta.join(' · ')}</p>${
    entry.message ? `<p class="message" dir="auto">${escape(entry.message)}</p>` : ''
  }${answers ? `<dl>${answers}</dl>` : ''}${who.length ? `<p class="from">From ${who.map(bdi).join(', ')}</p>` : ''}</li>`;
}

/**
 * The report, piece by piece: the page's head and every chart, then (unless public) each
 * submission's words as `entries` yields them (newest first), so the list is written as it is read.
 */
export function* reportHtml(tally: Tally, page: Page, entries: Iterable<Words>): Generator<string> {
  const title = page.coalition ? `What residents said: ${page.coalition}` : 'What residents said';
  const span = tally.first && tally.last ? `, received from ${time(tally.first)} to ${time(tally.last)}` : '';
  const about = [
    `${counted(tally.submissions, page)} ${tally.submissions === 1 && !page.public ? 'submission' : 'submissions'}${span}.`,
    page.filters.length ? `Only ${page.filters.join(' and ')}.` : '',
    page.public
      ? 'A public summary: counts only, no one’s words, names or emails; any count under 5 is shown as “fewer than 5”.'
      : 'For organizers: it holds residents’ own words. Do not publish it; make the public summary with <code>--public</code>.',
    `Made ${time(page.made)}.`,
  ].filter(Boolean);
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(title)}</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>${escape(title)}</h1>
<p class="about">${about.join(' ')}</p>
</header>
<main>
<section aria-labelledby="by-week">
<h2 id="by-week">Submissions by week</h2>
${chart(`${hidden('Submissions by week. ')}Weeks start on Monday (UTC).`, 'Week', weekRows(tally.weeks), tally.submissions, page)}
</section>
<section aria-labelledby="by-topic">
<h2 id="by-topic">Submissions by topic</h2>
${chart(hidden('Submissions by topic'), 'Topic', topicRows(tally, page), tally.submissions, page)}
</section>
<section aria-labelledby="answers">
<h2 id="answers">Answers</h2>
`;
  const questions = [...tally.questions.values()];
  yield questions.length
    ? questions.map((each) => question(each, page)).join('\n')
    : '<p>No question was answered.</p>';
  yield '\n</section>\n';
  if (!page.public) {
    const label = (id: string): string => tally.questions.get(id)?.spec.label ?? id;
    yield '<section aria-labelledby="words">\n<h2 id="words">Messages and text answers, newest first</h2>\n';
    let any = false;
    for (const entry of entries) {
      yield `${any ? '' : '<ol class="words">\n'}${words(entry, label)}\n`;
      any = true;
    }
    yield any ? '</ol>\n</section>\n' : '<p>No messages or text answers.</p>\n</section>\n';
  }
  yield '</main>\n</body>\n</html>\n';
}
