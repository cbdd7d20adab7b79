// custom-elements.json is valid against the official Custom Elements Manifest schema of the version
// it declares, so tools that validate a manifest (IDEs, Storybook, catalogues) accept it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const schema = require('custom-elements-manifest/schema.json');
const { version } = require('custom-elements-manifest/package.json');

describe('custom-elements.json', () => {
  it('declares the schema version it is checked against', () => {
    assert.equal(manifest.schemaVersion, version);
  });

  it('is valid against the official schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(manifest);
    const problems = (validate.errors ?? []).map(({ instancePath, message }) => {
      const module = /^\/modules\/(\d+)/.exec(instancePath);
      return `${module ? manifest.modules[Number(module[1])].path : ''} ${instancePath}: ${message}`;
    });
    assert.deepEqual(problems, []);
    assert.ok(valid);
  });
});
