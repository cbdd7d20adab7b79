// The JSON Schema agrees with the validator on good and bad feeds, checked by a real JSON Schema validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
// the sources themselves (through tsx), so a stale build cannot mislead
import { feedJsonSchema } from '../../src/format/json-schema.ts';
import { validateFeed } from '../../src/format/validate-feed.ts';

const committed = JSON.parse(readFileSync('schema/feed.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(committed);
const demo = JSON.parse(readFileSync('demo/feed.json', 'utf8'));

describe('schema/feed.schema.json', () => {
  it('is generated from the current shapes', () => {
    const fresh = feedJsonSchema();
    const strip = (value) =>
      JSON.parse(JSON.stringify(value, (key, inner) => (key === 'description' ? undefined : inner)));
    assert.deepEqual(strip(committed), strip(fresh));
  });

  it('accepts the demo feed', () => {
    assert.equal(validate(demo), true, JSON.stringify(validate.errors));
  });

  it('accepts the event fields residents look for', () => {
    const event = {
      id: 'a',
      title: 'A',
      start: '2026-12-05T18:30:00Z',
      organizer: { name: 'Montopolis Neighbors', url: 'https://example.org' },
      access: ['wheelchair', 'captions'],
      accessNotes: { en: 'Ramp', es: 'Rampa' },
      maximumAttendeeCapacity: 40,
      remainingAttendeeCapacity: 0,
      recording: 'https://example.org/video',
      series: { id: 'weekly', rule: 'FREQ=WEEKLY;BYDAY=TU' },
    };
    assert.equal(validate({ ...demo, events: [event] }), true, JSON.stringify(validate.errors));
    assert.deepEqual(validateFeed({ ...demo, events: [event] }).problems, []);
  });

  it('rejects what the validator rejects', () => {
    const bad = [
      { ...demo, version: 2 },
      { ...demo, coalition: {} },
      { ...demo, events: [{ id: 'a', title: 'A', start: 'tomorrow' }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', rsvp: 'javascript:alert(1)' }] },
      { ...demo, victories: [{ id: 'a', title: { en: 5 }, date: '2024-01-01' }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', status: 'maybe' }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', access: ['parking'] }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', maximumAttendeeCapacity: -1 }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', remainingAttendeeCapacity: 2.5 }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', series: { rule: 'FREQ=WEEKLY' } }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', recording: 'mailto:a@b.org' }] },
    ];
    for (const feed of bad) assert.equal(validate(feed), false, JSON.stringify(feed).slice(0, 120));
  });

  // one table for both: the validator and the JSON Schema accept exactly the same event times
  const eventTimes = {
    accepted: [
      '2026-12-05T18:30:00-06:00',
      '2026-12-05T18:30:00Z',
      '2026-12-05t18:30:00.123456z',
      '2026-12-05T18:30:00.5+05:30',
      '2027-03-20T10:00',
      '2027-03-20T10:00:59',
      '2027-03-20T10:00:59.25',
      '2027-01-16',
      '2028-02-29',
      '2000-02-29T00:00:00Z',
    ],
    refused: [
      '2026-12-05T18:30-06:00',
      '2026-12-05T18:30Z',
      '2026-12-05T18:30:00+0530',
      '2026-12-05T18:30:00+05',
      '2026-12-05 18:30:00Z',
      '2026-12-05T18:30:00 Z',
      '2026-02-30T10:00:00Z',
      '2100-02-29',
      '2026-13-01',
      '2026-12-05T24:00:00Z',
      '2026-12-05T23:59:60Z',
      '2026-12-05T18:30:00-24:00',
      '2026-12-05T18',
      '2026-12-5',
      '+02026-12-05',
      '20261205T183000Z',
      'Sat, 05 Dec 2026 18:30:00 GMT',
      'tomorrow',
    ],
  };

  for (const [verdict, times] of Object.entries(eventTimes)) {
    it(`${verdict === 'accepted' ? 'accepts' : 'refuses'} the same event times as the validator`, () => {
      for (const start of times) {
        const feed = {
          ...demo,
          events: [{ id: 'a', title: 'A', start, end: start }],
        };
        const { feed: parsed, problems } = validateFeed(feed);
        const byValidator = parsed.events.length === 1 && problems.length === 0;
        assert.equal(byValidator, verdict === 'accepted', `validator: ${start} ${JSON.stringify(problems)}`);
        assert.equal(validate(feed), verdict === 'accepted', `schema: ${start}`);
      }
    });
  }
});
