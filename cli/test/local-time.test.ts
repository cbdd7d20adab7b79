// Wall-clock times in IANA zones, across daylight saving changes (src/format/local-time.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWithOffset, parseWallTime, timesOf, validateFeed, zonedTime } from 'coalition-widgets/feed-format.js';

const read = (text: string, zone: string) => zonedTime(parseWallTime(text)!, zone);

describe('local times', () => {
  it('reads a wall-clock time in its zone, on both sides of a change', () => {
    assert.equal(read('2027-01-16 10:00', 'America/Chicago').iso, '2027-01-16T10:00:00-06:00');
    assert.equal(read('2027-03-20T10:00', 'America/Chicago').iso, '2027-03-20T10:00:00-05:00');
    assert.equal(read('2027-07-01 18:30', 'Europe/Madrid').iso, '2027-07-01T18:30:00+02:00');
    assert.equal(read('2027-07-01 18:30:15', 'Asia/Kolkata').iso, '2027-07-01T18:30:15+05:30');
    assert.equal(read('2027-01-16 10:00', 'America/Chicago').instant, Date.parse('2027-01-16T16:00:00Z'));
  });

  it('says when daylight saving skipped or repeated the time', () => {
    // 14 March 2027, 2:30 does not exist in Chicago: the clocks go from 2:00 to 3:00
    const skipped = read('2027-03-14 02:30', 'America/Chicago');
    assert.equal(skipped.oddity, 'skipped');
    assert.equal(skipped.iso, '2027-03-14T03:30:00-05:00');
    // 7 November 2027, 1:30 happens twice: the first is read
    const repeated = read('2027-11-07 01:30', 'America/Chicago');
    assert.equal(repeated.oddity, 'repeated');
    assert.equal(repeated.iso, '2027-11-07T01:30:00-05:00');
    assert.equal(read('2027-11-07 03:30', 'America/Chicago').oddity, undefined);
  });

  it('reads the years 0000 to 0099 as themselves, not as 1900 to 1999', () => {
    // 0000 is a leap year (divisible by 400); 1900 is not
    assert.deepEqual(parseWallTime('0000-02-29 10:00'), { year: 0, month: 2, day: 29, hour: 10, minute: 0, second: 0 });
    assert.equal(read('0050-06-01 12:00', 'UTC').instant, Date.parse('0050-06-01T12:00:00Z'));
    assert.equal(isoWithOffset(Date.parse('0050-06-01T12:00:00Z'), 0), '0050-06-01T12:00:00+00:00');
    const { feed } = validateFeed({
      version: 1,
      coalition: { name: 'Old times' },
      events: [{ id: 'a', title: 'Founding', start: '0099-07-04T10:00:00Z', end: '0099-07-04T12:00:00Z' }],
    });
    assert.equal(timesOf(feed.events[0]!).start, Date.parse('0099-07-04T10:00:00Z'));
  });

  it('refuses what is not a wall-clock time', () => {
    for (const text of ['next week', '2027-02-30 10:00', '2027-01-16', '2027-01-16 25:00', '2027-01-16T10:00Z']) {
      assert.equal(parseWallTime(text), undefined, text);
    }
  });
});
