// The JSON Schema agrees with the validator on good and bad feeds, checked by a real JSON Schema validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
// the sources themselves (through tsx), so a stale build cannot mislead
import { feedJsonSchema } from '../../src/feed/json-schema.ts';

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

  it('rejects what the validator rejects', () => {
    const bad = [
      { ...demo, version: 2 },
      { ...demo, coalition: {} },
      { ...demo, events: [{ id: 'a', title: 'A', start: 'tomorrow' }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', rsvp: 'javascript:alert(1)' }] },
      { ...demo, victories: [{ id: 'a', title: { en: 5 }, date: '2024-01-01' }] },
      { ...demo, events: [{ id: 'a', title: 'A', start: '2026-12-05T18:30:00Z', status: 'maybe' }] },
    ];
    for (const feed of bad) assert.equal(validate(feed), false, JSON.stringify(feed).slice(0, 120));
  });
});
