import { expect } from '@open-wc/testing';
import {
  isEmail,
  isHexColor,
  isIsoDate,
  isIsoDateTime,
  isLanguageTag,
  isSafeLink,
  isTimeZone,
  isWebUrl,
} from '../../src/feed/rules.js';

describe('feed rules', () => {
  it('accepts calendar dates that exist and nothing else', () => {
    expect(isIsoDate('2024-03-14')).to.be.true;
    expect(isIsoDate('2024-02-29')).to.be.true;
    expect(isIsoDate('2023-02-29')).to.be.false;
    expect(isIsoDate('2024-13-01')).to.be.false;
    expect(isIsoDate('14/03/2024')).to.be.false;
    expect(isIsoDate('2024-03-14T10:00:00Z')).to.be.false;
  });

  it('accepts date-times only with an offset or Z', () => {
    expect(isIsoDateTime('2026-12-05T18:30:00-06:00')).to.be.true;
    expect(isIsoDateTime('2026-12-05T18:30Z')).to.be.true;
    expect(isIsoDateTime('2026-12-05T18:30:00.123+0530')).to.be.true;
    expect(isIsoDateTime('2026-12-05T18:30:00')).to.be.false;
    expect(isIsoDateTime('2026-12-05')).to.be.false;
    expect(isIsoDateTime('2026-02-30T10:00:00Z')).to.be.false;
    expect(isIsoDateTime('2026-12-05T24:00:00Z')).to.be.false;
  });

  it('knows IANA time zones', () => {
    expect(isTimeZone('America/Chicago')).to.be.true;
    expect(isTimeZone('Europe/Madrid')).to.be.true;
    expect(isTimeZone('Mars/Olympus')).to.be.false;
    expect(isTimeZone('')).to.be.false;
  });

  it('allows links only with https, http or mailto, and images only over the web', () => {
    expect(isSafeLink('https://example.org')).to.be.true;
    expect(isSafeLink('http://example.org')).to.be.true;
    expect(isSafeLink('mailto:hello@example.org')).to.be.true;
    expect(isSafeLink('javascript:alert(1)')).to.be.false;
    expect(isSafeLink(' JavaScript:alert(1)')).to.be.false;
    expect(isSafeLink('data:text/html,<b>x</b>')).to.be.false;
    expect(isSafeLink('/relative/path')).to.be.false;
    expect(isWebUrl('https://example.org/a.png')).to.be.true;
    expect(isWebUrl('mailto:hello@example.org')).to.be.false;
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
