import { DATE_PATTERN, EVENT_TIME_PATTERN, isEmail, isEventTime, isHexColor, isIsoDate } from './rules.js';
import { feedShape } from './schema.js';
import type { Shape } from './shape.js';

type JsonSchema = Record<string, unknown>;

/** Words for editors to show beside fields, by path (`events.*.start`); kept out of the widgets' bundle. */
export type Descriptions = Record<string, string>;

/** What each check of the feed's strings asks, as JSON Schema says it. */
const rules = new Map<(value: string) => boolean, JsonSchema>([
  // the validator's own patterns, so both accept exactly the same dates and times
  [isIsoDate, { pattern: DATE_PATTERN }],
  [isEventTime, { pattern: EVENT_TIME_PATTERN }],
  [isEmail, { format: 'email' }],
  [isHexColor, { pattern: '^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$' }],
]);

/** Turns a shape into JSON Schema (draft 2020-12), describing fields from `descriptions` by path. */
export function shapeToJsonSchema(shape: Shape<unknown>, descriptions: Descriptions = {}, path = ''): JsonSchema {
  const meta = shape.meta;
  const described = (schema: JsonSchema): JsonSchema =>
    descriptions[path] ? { description: descriptions[path], ...schema } : schema;
  switch (meta.kind) {
    case 'string': {
      return described({ type: 'string', minLength: 1, ...(meta.check && rules.get(meta.check)) });
    }
    case 'url': {
      // relative (no scheme of its own: resolved against the feed's URL), or one of the schemes
      const allowed = meta.schemes.map((scheme) => scheme.slice(0, -1)).join('|');
      return described({
        type: 'string',
        minLength: 1,
        format: 'uri-reference',
        pattern: `^(?:(?:${allowed}):|(?![A-Za-z][A-Za-z0-9+.-]*:))`,
      });
    }
    case 'text':
      return described({ $ref: '#/$defs/text' });
    case 'number':
      return described({
        type: meta.whole ? 'integer' : 'number',
        ...(meta.minimumAbove !== undefined && { exclusiveMinimum: meta.minimumAbove }),
      });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'enum':
      return described({ enum: [...meta.values] });
    case 'const':
      return described({ const: meta.value });
    case 'list':
      return described({ type: 'array', items: shapeToJsonSchema(meta.item, descriptions, `${path}.*`) });
    case 'object':
      return described({
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(meta.fields).map(([key, field]) => [
            key,
            shapeToJsonSchema(field, descriptions, path ? `${path}.${key}` : key),
          ]),
        ),
        ...(meta.required.length && { required: [...meta.required] }),
      });
  }
}

/** The JSON Schema of feed version 1, generated from the same shapes the widgets validate with. */
export function feedJsonSchema(descriptions: Descriptions = {}): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'coalition-widgets feed, version 1',
    ...shapeToJsonSchema(feedShape as Shape<unknown>, descriptions),
    $defs: {
      text: {
        description: 'Text, or the same text in several languages: {"en": "…", "es": "…"}.',
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$' },
            additionalProperties: { type: 'string' },
          },
        ],
      },
    },
  };
}
