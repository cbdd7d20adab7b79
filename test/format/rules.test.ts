import { expect } from '@open-wc/testing';
import { isEmail, isHexColor, isEventTime, isIsoDate, isLanguageTag, isTimeZone } from '../../src/format/rules.js';
import { link, webUrl } from '../../src/format/schema.js';
import { INVALID, type FeedProblem } from '../../src/format/shape.js';

describe('feed rules', () => {
  it('accepts calendar dates that exist and nothing else', () => {
    expect(isIsoDate('2024-03-14')).to.be.true;
    expect(isIsoDate('2024-02-29')).to.be.true;
    expect(isIsoDate('2023-02-29')).to.be.false;
    expect(isIsoDate('2024-13-01')).to.be.false;
    expect(isIsoDate('14/03/2024')).to.be.false;
    expect(isIsoDate('2024-03-14T10:00:00Z')).to.be.false;
  });

  it('accepts, for an event, RFC 3339 date-times, local times and dates, and nothing else', () => {
    for (const good of [
      '2026-12-05T18:30:00-06:00',
      '2026-12-05T18:30:00Z',
      '2026-12-05t18:30:00.123z',
      '2026-12-05T18:30:00.5+05:30',
      '2027-03-20T10:00',
      '2027-03-20T10:00:59',
      '2027-01-16',
      '2028-02-29',
      '2000-02-29',
    ]) {
      expect(isEventTime(good), good).to.be.true;
    }
    for (const bad of [
      '2026-12-05T18:30-06:00',
      '2026-12-05T18:30Z',
      '2026-12-05T18:30:00+0530',
      '2026-12-05 18:30:00Z',
      '2026-02-30T10:00:00Z',
      '2100-02-29',
      '2026-12-05T24:00:00Z',
      '2026-12-05T18:30:60Z',
      '2026-12-05T18',
      '+02026-12-05',
      'tomorrow',
    ]) {
      expect(isEventTime(bad), bad).to.be.false;
    }
  });

  it('knows IANA time zones', () => {
    expect(isTimeZone('America/Chicago')).to.be.true;
    expect(isTimeZone('Europe/Madrid')).to.be.true;
    expect(isTimeZone('Mars/Olympus')).to.be.false;
    expect(isTimeZone('')).to.be.false;
  });

  describe('URLs', () => {
    const check = (shape: typeof link, value: string, base?: string) => {
      const problems: FeedProblem[] = [];
      const parsed = shape.parse(value, 'url', problems, base);
      return parsed === INVALID ? undefined : parsed;
    };
    const feedUrl = 'https://org.example/feeds/feed.json';

    it('allows links only with https, http or mailto, and images only over the web', () => {
      expect(check(link, 'https://example.org')).to.equal('https://example.org');
      expect(check(link, 'http://example.org')).to.equal('http://example.org');
      expect(check(link, 'mailto:hello@example.org')).to.equal('mailto:hello@example.org');
      expect(check(link, 'javascript:alert(1)')).to.be.undefined;
      expect(check(link, ' JavaScript:alert(1)')).to.be.undefined;
      expect(check(link, 'java\tscript:alert(1)')).to.be.undefined;
      expect(check(link, 'java\tscript:alert(1)', feedUrl)).to.be.undefined;
      expect(check(link, 'data:text/html,<b>x</b>')).to.be.undefined;
      // kept as written (a local feed), a line break would add lines to an .ics file
      expect(check(link, 'https://x.example/a\r\nATTACH:https://evil.example/x')).to.be.undefined;
      expect(check(link, 'https://x.example/a\r\nATTACH:https://evil.example/x', 'file:///feed.json')).to.be.undefined;
      expect(check(webUrl, 'https://example.org/a.png')).to.equal('https://example.org/a.png');
      expect(check(webUrl, 'mailto:hello@example.org')).to.be.undefined;
    });

    it('resolves relative URLs against the feed document, as feed readers do', () => {
      expect(check(webUrl, '/feedback', feedUrl)).to.equal('https://org.example/feedback');
      expect(check(webUrl, 'img/chas.jpg', feedUrl)).to.equal('https://org.example/feeds/img/chas.jpg');
      expect(check(link, '../rsvp', feedUrl)).to.equal('https://org.example/rsvp');
      expect(check(link, '//cdn.example/a', 'http://org.example/feed.json')).to.equal('http://cdn.example/a');
    });

    it('keeps relative URLs as written when the feed has no web address of its own', () => {
      expect(check(webUrl, 'img/chas.jpg')).to.equal('img/chas.jpg');
      expect(check(webUrl, 'img/chas.jpg', 'file:///home/org/feed.json')).to.equal('img/chas.jpg');
    });
  });

  it('checks language tags, emails and colours', () => {
    expect(isLanguageTag('es-MX')).to.be.true;
    expect(isLanguageTag('en')).to.be.true;
    expect(isLanguageTag('not a tag')).to.be.false;
    expect(isEmail('hello@example.org')).to.be.true;
    expect(isEmail('hello@')).to.be.false;
    expect(isHexColor('#7a3cff')).to.be.true;
    expect(isHexColor('#fff')).to.be.true;
    expect(isHexColor('red; background: url(x)')).to.be.false;
  });
});
