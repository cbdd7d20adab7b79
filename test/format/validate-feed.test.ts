import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/format/feed-error.js';
import { timesOf } from '../../src/format/event-times.js';
import { formatProblem, validateFeed } from '../../src/format/validate-feed.js';
import { minimalFeed } from '../fixtures/feeds.js';

const problemsOf = (input: object): string[] => validateFeed(input).problems.map(formatProblem);

function notAFeed(input: unknown): FeedError {
  try {
    validateFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('not-a-feed');
    return error as FeedError;
  }
  throw new Error('expected the document to be refused');
}

const event = { id: 'e1', title: 'Tenant clinic', start: '2026-12-05T18:30:00-06:00' };

describe('validateFeed', () => {
  describe('a good feed', () => {
    it('keeps every valid entry, fills empty lists and reports nothing', () => {
      const { feed, problems } = validateFeed(minimalFeed);
      expect(problems).to.deep.equal([]);
      expect(feed.coalition.name).to.equal('Test Coalition');
      expect(feed.victories).to.deep.equal([]);
      expect(feed.events).to.deep.equal([]);
      expect(feed.speakers).to.deep.equal([]);
    });

    it('ignores unknown fields', () => {
      const { feed, problems } = validateFeed({ ...minimalFeed, extra: true, events: [{ ...event, colour: 'red' }] });
      expect(problems).to.deep.equal([]);
      expect(feed.events[0]).to.deep.equal(event);
      expect(feed).not.to.have.property('extra');
    });

    it('accepts bilingual text objects wherever text is human-readable', () => {
      const title = { en: 'Tenant clinic', es: 'Clínica para inquilinos' };
      const { feed, problems } = validateFeed({ ...minimalFeed, events: [{ ...event, title }] });
      expect(problems).to.deep.equal([]);
      expect(feed.events[0]!.title).to.deep.equal(title);
    });
  });

  describe('a document that is not a feed', () => {
    it('refuses what is not an object', () => {
      notAFeed(null);
      notAFeed([minimalFeed]);
      notAFeed('feed');
    });

    it('refuses a missing or unknown version, naming the field', () => {
      expect(notAFeed({ coalition: { name: 'X' } }).message).to.contain('version: required');
      expect(notAFeed({ version: 2, coalition: { name: 'X' } }).message).to.contain('version: not 1');
    });

    it('refuses a feed without a coalition name', () => {
      expect(notAFeed({ version: 1, coalition: {} }).message).to.contain('coalition.name: required');
      expect(notAFeed({ version: 1 }).message).to.contain('coalition: required');
    });
  });

  describe('bad entries', () => {
    it('leaves out an entry whose required field is bad, keeps the rest, and names the path', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        events: [event, { ...event, id: 'e2' }, { ...event, id: 'e3' }, { ...event, id: 'e4', start: 'next Tuesday' }],
      });
      expect(feed.events.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
      expect(problems.map(formatProblem)).to.deep.equal([
        'events[3].start: not a date-time (2026-12-05T18:30:00-06:00, 2027-03-20T10:00 or 2027-01-16); entry left out',
      ]);
    });

    it('reports each rule by path', () => {
      const problems = problemsOf({
        ...minimalFeed,
        victories: [
          { id: 'v1', title: 'Win', date: '2024-02-30' },
          { id: 'v2', date: '2024-01-01' },
          { id: 'v3', title: { fr: 5 }, date: '2024-01-01' },
          { id: 'v5', title: { en: 'Cleanup', es: '   ' }, date: '2024-01-01' },
          'not an object',
        ],
        events: [
          { ...event, start: '2026-12-05T18:30:00' },
          { ...event, id: 'e2', timezone: 'Mars/Olympus' },
          { ...event, id: 'e3', status: 'maybe' },
        ],
      });
      expect(problems).to.deep.equal([
        'victories[0].date: not a date (2024-03-14); entry left out',
        'victories[1].title: required; entry left out',
        'victories[2].title: not text, nor an object of languages such as {"en": "…", "es": "…"}; entry left out',
        'victories[3].title: not text, nor an object of languages such as {"en": "…", "es": "…"}; entry left out',
        'victories[4]: not an object; entry left out',
        'events[1].timezone: not an IANA time zone (America/Chicago); value ignored',
        'events[2].status: not one of scheduled, cancelled, postponed, rescheduled; value ignored',
        'events[0].start: a local time, and no timezone; entry left out',
      ]);
    });

    it('ignores a bad optional value but keeps its entry', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        events: [{ ...event, rsvp: 'javascript:alert(1)', location: { name: 'Library', url: 'javascript:alert(2)' } }],
      });
      expect(feed.events[0]).to.deep.equal({ ...event, location: { name: 'Library' } });
      expect(problems.map(formatProblem)).to.deep.equal([
        'events[0].location.url: not an https:, http: or mailto: link; value ignored',
        'events[0].rsvp: not an https:, http: or mailto: link; value ignored',
      ]);
    });

    it('allows only web addresses for images and the feedback endpoint', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        speakers: [{ id: 's', name: 'Ana', photo: { src: 'mailto:a@b.org', alt: 'Ana' } }],
        feedback: { endpoint: 'javascript:void 0' },
      });
      expect(feed.speakers[0]).to.deep.equal({ id: 's', name: 'Ana' });
      expect(feed.feedback).to.deep.equal({});
      expect(problems.map((p) => p.path)).to.deep.equal(['speakers[0].photo.src', 'feedback.endpoint']);
    });

    it('leaves out a second entry with the same id', () => {
      const { feed, problems } = validateFeed({ ...minimalFeed, events: [event, { ...event, title: 'Copy' }] });
      expect(feed.events).to.have.length(1);
      expect(problems.map(formatProblem)).to.deep.equal(['events[1].id: "e1" is used twice; entry left out']);
    });

    it('leaves out a repeated question id, so each answer has its own question', () => {
      const question = { id: 'zip', label: 'Your ZIP code', required: true };
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        feedback: { questions: [question, { ...question, label: 'Your ZIP code again', required: false }] },
      });
      expect(feed.feedback.questions).to.deep.equal([question]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'feedback.questions[1].id: "zip" is used twice; entry left out',
      ]);
    });

    it('ignores an end before the start, and unknown speakers of an event', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        speakers: [{ id: 'ana', name: 'Ana' }],
        events: [{ ...event, end: '2026-12-05T17:00:00-06:00', speakers: ['ana', 'ghost'] }],
      });
      expect(feed.events[0]).to.deep.equal({ ...event, speakers: ['ana'] });
      expect(problems.map(formatProblem)).to.deep.equal([
        'events[0].end: before the start; value ignored',
        'events[0].speakers: no speaker "ghost"; value ignored',
      ]);
    });

    it('checks an end against its start once both are read, whatever their forms', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        coalition: { name: 'C', timezone: 'America/Chicago' },
        events: [
          { ...event, id: 'local', start: '2027-01-16T10:00', end: '2027-01-16T16:30:00Z' },
          { ...event, id: 'early', start: '2027-01-16T10:00', end: '2027-01-16T15:59:00Z' },
          { ...event, id: 'days', start: '2027-01-16', end: '2027-01-15' },
          { ...event, id: 'mixed', start: '2027-01-16', end: '2027-01-17T10:00' },
          { ...event, id: 'mixed-back', start: '2027-01-16T10:00', end: '2027-01-17' },
        ],
      });
      expect(feed.events.map((e) => e.end)).to.deep.equal([
        '2027-01-16T16:30:00Z',
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'events[1].end: before the start; value ignored',
        'events[2].end: before the start; value ignored',
        'events[3].end: not a date, as the start; value ignored',
        'events[4].end: a date, unlike the start; value ignored',
      ]);
    });

    it('keeps what residents look for in an event: host, access, spots, recording, series', () => {
      const full = {
        ...event,
        organizer: { name: 'Montopolis Neighbors', url: 'https://example.org/mn' },
        access: ['wheelchair', 'asl', 'interpretation', 'childcare', 'food', 'transit', 'captions'],
        accessNotes: { en: 'Ramp at the side door', es: 'Rampa en la puerta lateral' },
        maximumAttendeeCapacity: 40,
        remainingAttendeeCapacity: 0,
        recording: 'https://example.org/video',
        series: { id: 'clinic', rule: 'FREQ=WEEKLY;BYDAY=TU' },
      };
      const { feed, problems } = validateFeed({ ...minimalFeed, events: [full] });
      expect(problems).to.deep.equal([]);
      expect(feed.events[0]).to.deep.equal(full);
    });

    it('leaves out an unknown access key, a bad capacity and a series without an id, naming each path; the event stays', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        events: [
          {
            ...event,
            access: ['wheelchair', 'parking', 'food'],
            maximumAttendeeCapacity: -5,
            remainingAttendeeCapacity: 'eight',
            series: { rule: 'FREQ=WEEKLY' },
          },
          {
            ...event,
            id: 'e2',
            maximumAttendeeCapacity: 2.5,
            recording: 'javascript:alert(1)',
            organizer: { url: 'https://x.org' },
          },
        ],
      });
      expect(feed.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
      expect(feed.events[0]).to.deep.equal({ ...event, access: ['wheelchair', 'food'] });
      expect(feed.events[1]).to.deep.equal({ ...event, id: 'e2' });
      expect(problems.map(formatProblem)).to.deep.equal([
        'events[0].access[1]: not one of wheelchair, asl, interpretation, childcare, food, transit, captions; value ignored',
        'events[0].maximumAttendeeCapacity: not a whole number of 0 or more; value ignored',
        'events[0].remainingAttendeeCapacity: not a number; value ignored',
        'events[0].series.id: required; value ignored',
        'events[1].organizer.name: required; value ignored',
        'events[1].maximumAttendeeCapacity: not a whole number of 0 or more; value ignored',
        'events[1].recording: not an https: or http: address; value ignored',
      ]);
    });

    it('leaves out bad items of a list inside an entry one by one', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        speakers: [
          {
            id: 's',
            name: 'Ana',
            links: [
              { label: 'Site', url: 'https://example.org' },
              { label: 'Bad', url: 'javascript:alert(1)' },
            ],
            tags: 'ignored: unknown field',
          },
        ],
      });
      expect(feed.speakers[0]!.links).to.deep.equal([{ label: 'Site', url: 'https://example.org' }]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'speakers[0].links[1].url: not an https:, http: or mailto: link; value ignored',
      ]);
    });

    it('ignores a list that is not a list, and questions that cannot be answered', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        events: { id: 'e1' },
        feedback: {
          format: 'xml',
          questions: [
            { id: 'q1', label: 'Pick one', type: 'choice' },
            { id: 'q2', label: 'Say more', type: 'textarea', required: true },
          ],
        },
      });
      expect(feed.events).to.deep.equal([]);
      expect(feed.feedback.questions).to.deep.equal([
        { id: 'q2', label: 'Say more', type: 'textarea', required: true },
      ]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'events: not a list; value ignored',
        'feedback.format: not one of json, form; value ignored',
        'feedback.questions[0].options: a choice question needs options; entry left out',
      ]);
    });

    it('refuses empty text, trims text, and checks metrics', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        victories: [
          { id: ' v1 ', title: '  Route 7 restored ', date: '2024-03-14', metric: { value: 1200, goal: 0 } },
          { id: 'v2', title: '   ', date: '2024-03-14' },
          { id: 'v3', title: 'Win', date: '2024-03-14', metric: { value: '12' } },
        ],
      });
      expect(feed.victories.map((v) => [v.id, v.title, v.metric])).to.deep.equal([
        ['v1', 'Route 7 restored', { value: 1200 }],
        ['v3', 'Win', undefined],
      ]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'victories[0].metric.goal: not above 0; value ignored',
        'victories[1].title: not text, nor an object of languages such as {"en": "…", "es": "…"}; entry left out',
        'victories[2].metric.value: not a number; value ignored',
      ]);
    });
  });

  describe('local times and all-day events', () => {
    const chicago = { name: 'C', timezone: 'America/Chicago' };

    it('reads a local time in the coalition’s zone, or the event’s own, once, across daylight saving', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        coalition: chicago,
        events: [
          { ...event, id: 'winter', start: '2027-01-16T10:00', end: '2027-01-16T12:00:30' },
          { ...event, id: 'summer', start: '2027-03-20T10:00' },
          { ...event, id: 'madrid', start: '2027-03-20T10:00', timezone: 'Europe/Madrid' },
          { ...event, id: 'offset', start: '2027-03-20T10:00:00.5+05:30' },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(feed.events.map((e) => [e.start, e.end])).to.deep.equal([
        ['2027-01-16T10:00:00-06:00', '2027-01-16T12:00:30-06:00'],
        ['2027-03-20T10:00:00-05:00', undefined],
        ['2027-03-20T10:00:00+01:00', undefined],
        ['2027-03-20T10:00:00.5+05:30', undefined],
      ]);
      expect(timesOf(feed.events[1]!).start).to.equal(Date.UTC(2027, 2, 20, 15));
      expect(timesOf(feed.events[3]!).start).to.equal(Date.UTC(2027, 2, 20, 4, 30, 0, 500));
    });

    it('shows a time the clocks skip (spring forward) or repeat (fall back), with a warning naming its path', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        coalition: chicago,
        events: [
          { ...event, id: 'skipped', start: '2027-03-14T02:30' },
          { ...event, id: 'repeated', start: '2027-11-07T01:00', end: '2027-11-07T01:30' },
        ],
      });
      expect(feed.events.map((e) => [e.start, e.end])).to.deep.equal([
        ['2027-03-14T03:30:00-05:00', undefined],
        ['2027-11-07T01:00:00-05:00', '2027-11-07T01:30:00-05:00'],
      ]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'events[0].start: "2027-03-14T02:30" does not exist in America/Chicago ; shown as 2027-03-14T03:30:00-05:00',
        'events[1].start: "2027-11-07T01:00" happens twice in America/Chicago ; shown as 2027-11-07T01:00:00-05:00',
        'events[1].end: "2027-11-07T01:30" happens twice in America/Chicago ; shown as 2027-11-07T01:30:00-05:00',
      ]);
    });

    it('does not read a local time in the coalition’s zone when the event’s own zone is wrong', () => {
      const problems = problemsOf({
        ...minimalFeed,
        coalition: chicago,
        events: [{ ...event, start: '2027-03-20T10:00', timezone: 'Central Time' }],
      });
      expect(problems).to.deep.equal([
        'events[0].timezone: not an IANA time zone (America/Chicago); value ignored',
        'events[0].start: a local time, and no timezone; entry left out',
      ]);
    });

    it('keeps an all-day event’s days, over through the midnight after its last day in the coalition’s zone', () => {
      const { feed, problems } = validateFeed({
        ...minimalFeed,
        coalition: chicago,
        events: [
          { ...event, id: 'month-end', start: '2027-01-30', end: '2027-02-01' },
          { ...event, id: 'one-day', start: '2027-01-16', timezone: 'Europe/Madrid' },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(feed.events[0]).to.include({ start: '2027-01-30', end: '2027-02-01' });
      expect(timesOf(feed.events[0]!)).to.deep.equal({
        start: Date.UTC(2027, 0, 30, 6),
        end: Date.UTC(2027, 1, 2, 6),
        days: ['2027-01-30', '2027-02-01'],
      });
      expect(timesOf(feed.events[1]!)).to.deep.equal({
        start: Date.UTC(2027, 0, 15, 23),
        end: Date.UTC(2027, 0, 16, 23),
        days: ['2027-01-16', '2027-01-16'],
      });
    });
  });
});
