// `npm run analyze` (after the manifest): the lists of elements, their properties and events that
// the framework types, the React components and the embed builder need, written from
// custom-elements.json so they follow the documented API. CI checks the written files are current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const header =
  '// Generated from custom-elements.json by scripts/build-element-lists.mjs (npm run analyze): do not edit.';

// the elements in the order src/all.ts registers them: the provider first, then the widgets as the docs list them
const registered = [...readFileSync('src/all.ts', 'utf8').matchAll(/^import '\.\/([\w-]+)\.js';$/gm)].map(
  ([, entry]) => `coalition-${entry}`,
);
const elements = manifest.modules
  .flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName?.startsWith('coalition-'))
      .map((declaration) => ({ ...declaration, module: module.path })),
  )
  .sort((a, b) => registered.indexOf(a.tagName) - registered.indexOf(b.tagName));
const missing = elements.filter((element) => !registered.includes(element.tagName));
if (missing.length) throw new Error(`src/all.ts does not register ${missing.map((element) => element.tagName)}`);

/** Public properties a user sets: writable instance fields, inherited ones included. */
const properties = (element) =>
  element.members
    .filter(
      (member) =>
        member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
    )
    .map((member) => member.name);
const union = (names) => names.map((name) => `'${name}'`).join(' | ');
/** `coalition-feed-load` → `onFeedLoad`, as @lit/react names event props. */
const eventProp = (name) =>
  `on${name
    .slice('coalition-'.length)
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')}`;
/** `src/event-list/event-list.ts` → `./event-list/event-list.js`, as src/react.ts imports it. */
const fromSrc = (path) => `./${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

writeFileSync(
  'types/elements.d.ts',
  `${header}
import type { ${elements.map((element) => element.name).join(', ')} } from 'coalition-widgets';

type Props<E, K extends keyof E> = Partial<Pick<E, K>>;

/** The properties each tag takes, shared by the React, Vue and Svelte declarations. */
export interface CoalitionElementProps {
${elements.map((element) => `  '${element.tagName}': Props<${element.name}, ${union(properties(element))}>;`).join('\n')}
}

/** React 19 and Svelte listen to custom element events through \`on\` + the event name. */
export type CoalitionEventProps = {
  [K in keyof HTMLElementEventMap as K extends \`coalition-\${string}\` ? \`on\${K}\` : never]?: (
    event: HTMLElementEventMap[K],
  ) => void;
};
`,
);

writeFileSync(
  'src/react.ts',
  `${header}
// Typed React components for every element, from @lit/react: properties and \`on…\` event props
// work in React 18 and 19. \`import { CoalitionEventList } from 'coalition-widgets/react.js'\`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './all.js';
${elements.map((element) => `import { ${element.name} as ${element.name}Element } from '${fromSrc(element.module)}';`).join('\n')}

const event = <K extends keyof HTMLElementEventMap>(name: K) => name as EventName<HTMLElementEventMap[K]>;
${elements
  .map(
    (element) => `
export const ${element.name} = createComponent({
  tagName: '${element.tagName}',
  elementClass: ${element.name}Element,
  react: React,
  events: {
${(element.events ?? []).map((each) => `    ${eventProp(each.name)}: event('${each.name}'),`).join('\n')}
  },
});`,
  )
  .join('\n')}
`,
);

// the builder's widgets: every element but the provider, with each attribute's documented default
const literal = (value) => /^'([^'\\]*)'$/.exec(value ?? '')?.[1];
const widgets = elements
  .filter((element) => element.tagName !== 'coalition-feed')
  .map((element) => [
    element.tagName.slice('coalition-'.length),
    Object.fromEntries(
      (element.attributes ?? []).map((attribute) => [attribute.name, literal(attribute.default) ?? '']),
    ),
  ]);
// the values of an attribute typed as a union of words, through its type's name where it has one
// (`VictoryLayout`, `Theme`: an \`export type X = 'a' | 'b'\` in the element's sources)
const aliases = new Map(
  readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [
      ...readFileSync(`src/${file}`, 'utf8').matchAll(/^export type (\w+) = ((?:'[^']*'(?: \| )?)+);$/gm),
    ])
    .map(([, name, union]) => [name, union]),
);
const words = (type) => {
  const union = aliases.get(type) ?? type;
  return /^(?:'[^']*'(?: \| )?)+$/.test(union ?? '')
    ? [...union.matchAll(/'([^']*)'/g)].map(([, word]) => word)
    : undefined;
};
const choices = elements
  .filter((element) => element.tagName !== 'coalition-feed')
  .map((element) => [
    element.tagName.slice('coalition-'.length),
    Object.fromEntries(
      (element.attributes ?? []).flatMap((attribute) => {
        const values = words(attribute.type?.text);
        return values ? [[attribute.name, values]] : [];
      }),
    ),
  ]);

// the languages the widgets ship, named in themselves: English and Spanish (built into every
// bundle) first, then each translation file of src/translations/
const nameIn = (file) => /\$name: '([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1];
const languages = [
  ['en', nameIn('src/translations/en/common.ts')],
  ['es', nameIn('src/translations/es/common.ts')],
  ...readdirSync('src/translations')
    .filter((file) => /^[\w-]+\.ts$/.test(file) && !['en.ts', 'es.ts'].includes(file))
    .sort()
    .map((file) => [file.slice(0, -3), nameIn(`src/translations/${file}`)]),
];
const unnamed = languages.filter(([, name]) => !name);
if (unnamed.length) throw new Error(`no $name in the translation of ${unnamed.map(([code]) => code)}`);

writeFileSync(
  'builder/widgets.generated.ts',
  `${header}

/**
 * Each widget (every element but \`<coalition-feed>\`, in the order they are registered) with its
 * attributes and each one's default value ('' where the default is not a string).
 */
export const widgetAttributes = ${JSON.stringify(Object.fromEntries(widgets), null, 2)} as const;

/** Each widget's attributes that take one of a few words (\`layout\`, \`theme\`), with those words in order. */
export const widgetChoices = ${JSON.stringify(Object.fromEntries(choices), null, 2)} as const;

/**
 * The languages the widgets ship, each named in itself: English and Spanish are in every bundle,
 * each other one is a file of its own beside it (\`translations/<code>.js\`).
 */
export const languages = ${JSON.stringify(languages, null, 2)} as const;
`,
);
