// The translation files as partners get them, and the documented list of strings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
// the sources themselves (through tsx), so a stale build cannot mislead
import english from '../../src/translations/en.ts';

const shipped = ['vi', 'zh-Hans', 'zh-Hant', 'ar', 'ht'];

describe('translations', () => {
  it('builds each shipped language as one module within 2 KB gzipped (SPEC), importing nothing', () => {
    for (const code of shipped) {
      const source = readFileSync(`dist/translations/${code}.js`, 'utf8');
      const size = gzipSync(source, { level: 9 }).length;
      assert.ok(size <= 2048, `${code}.js is ${size} bytes gzipped`);
      assert.doesNotMatch(source, /\bimport\b/, `${code}.js is self-contained`);
      assert.match(source, new RegExp(`\\$code:"${code}"`));
    }
  });

  it('builds each widget’s file with its own English and Spanish words only', () => {
    // one sentence of each widget's own part, in English and in Spanish
    const words = {
      'victory-tracker': ['Read more', 'Leer más'],
      'event-list': ['Add to calendar (.ics)', 'Añadir al calendario (.ics)'],
      'speaker-card': ['No speakers to show yet.', 'Todavía no hay ponentes que mostrar.'],
      'feedback-form': ['Your message', 'Tu mensaje'],
    };
    for (const widget of Object.keys(words)) {
      const source = readFileSync(`dist/embed/${widget}.js`, 'utf8');
      for (const [other, [en, es]] of Object.entries(words)) {
        const carried = other === widget;
        for (const phrase of [en, es]) assert.equal(source.includes(phrase), carried, `${widget}.js and “${phrase}”`);
      }
      // every widget's file has the common words
      assert.ok(source.includes('Try again') && source.includes('Intentar de nuevo'), `${widget}.js: common words`);
    }
  });

  it('documents every key of the English catalogue in docs/translating.md', () => {
    const documented = readFileSync('docs/translating.md', 'utf8')
      .split('## The strings')[1]
      .split('\n')
      .map((line) => line.match(/^\| `(\w+)` +\|/)?.[1])
      .filter(Boolean);
    const keys = Object.keys(english).filter((key) => !key.startsWith('$'));
    assert.deepEqual(documented, keys);
  });
});
