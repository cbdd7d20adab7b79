// `npm run build` (after the bundle): the WordPress plugin, dist/wordpress/coalition-widgets/ and
// its installable zip. Each element's attributes, and the values an attribute takes when its type
// is a list of words (`layout`, `theme`) or a flag (`past`), come from custom-elements.json and the
// types it names, so the shortcode, the block and the allowed HTML follow the documented API.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName?.startsWith('coalition-') && declaration.attributes)
    .map((declaration) => ({ ...declaration, module: module.path })),
);

// the modules that declare the elements and what they inherit, to read the type aliases they name
const program = ts.createProgram(
  [...new Set(elements.flatMap((element) => [element.module, ...element.attributes.map(declaredIn(element))]))],
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
);
const checker = program.getTypeChecker();

/** The module an attribute is declared in: its element's, or the one it inherits it from. */
function declaredIn(element) {
  return (attribute) => attribute.inheritedFrom?.module ?? element.module;
}

/**
 * The words a type allows, in the order it lists them (`'list' | 'grid'`, or a type alias of one
 * such as `VictoryLayout`, as named in the module `scope`); `undefined` and `null` allow none;
 * undefined when it allows anything else.
 */
function words(node, scope) {
  if (ts.isUnionTypeNode(node)) {
    const each = node.types.map((member) => words(member, scope));
    return each.every(Array.isArray) ? each.flat() : undefined;
  }
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return [];
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return [node.literal.text];
    return node.literal.kind === ts.SyntaxKind.NullKeyword ? [] : undefined;
  }
  if (ts.isParenthesizedTypeNode(node)) return words(node.type, scope);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
    const name = node.typeName.text;
    let symbol = checker
      .getSymbolsInScope(scope, ts.SymbolFlags.Type | ts.SymbolFlags.Alias)
      .find((each) => each.name === name);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    return alias ? words(alias.type, alias.getSourceFile()) : undefined;
  }
  return undefined;
}

/** The words an attribute's type (as the manifest writes it) allows, read in the module that declares it. */
function wordsOf(text, module) {
  const scope = program.getSourceFile(module);
  if (!scope) throw new Error(`${module}, named by custom-elements.json, is not in the program`);
  const written = ts.createSourceFile('attribute.ts', `type Attribute = ${text};`, ts.ScriptTarget.ES2022);
  return words(written.statements[0].type, scope);
}

const attributes = {};
const choices = {};
for (const element of elements) {
  const type = element.tagName.slice('coalition-'.length);
  attributes[type] = element.attributes.map((attribute) => attribute.name);
  for (const attribute of element.attributes) {
    const text = attribute.type?.text ?? '';
    const values = text === 'boolean' ? [attribute.name] : text && wordsOf(text, declaredIn(element)(attribute));
    if (values?.length) (choices[type] ??= {})[attribute.name] = values;
  }
}

/** A PHP literal of a JSON value: lists on one line, maps one key a line, indented by tabs. */
const php = (value, indent = '') =>
  Array.isArray(value)
    ? `array( ${value.map((item) => php(item)).join(', ')} )`
    : typeof value === 'object'
      ? `array(\n${Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, item]) => `${indent}\t'${key}' => ${php(item, `${indent}\t`)},`)
          .join('\n')}\n${indent})`
      : `'${String(value).replace(/['\\]/g, '\\$&')}'`;

const out = 'dist/wordpress/coalition-widgets';
rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('wordpress/coalition-widgets', out, { recursive: true });
cpSync('dist/coalition-widgets.js', `${out}/assets/coalition-widgets.js`);
// what the one file loads on demand, from beside itself
cpSync('dist/coalition-widgets-later.js', `${out}/assets/coalition-widgets-later.js`);
// each widget's own file, for pages that show one widget type
mkdirSync(`${out}/assets/embed`);
for (const file of readdirSync('dist/embed').filter((name) => name.endsWith('.js')))
  cpSync(`dist/embed/${file}`, `${out}/assets/embed/${file}`);
// each language beyond English and Spanish, as built by scripts/build-translations.mjs
mkdirSync(`${out}/assets/translations`);
for (const file of readdirSync('dist/translations')) {
  if (file.endsWith('.js') && !['en.js', 'es.js'].includes(file)) {
    cpSync(`dist/translations/${file}`, `${out}/assets/translations/${file}`);
  }
}
writeFileSync(
  `${out}/includes/elements.php`,
  `<?php
/**
 * Generated from custom-elements.json by scripts/build-wordpress.mjs: do not edit.
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

/* Each element's documented attributes: [ 'event-list' => [ 'past', 'limit', … ], … ]. */
const COALITION_WIDGETS_ATTRIBUTES = ${php(attributes)};

/* The values of the attributes that take a list of words or are flags: [ 'victory-tracker' => [ 'layout' => [ 'list', … ] ], … ]. */
const COALITION_WIDGETS_CHOICES = ${php(choices)};
`,
);
// the block, in create-block's shape: block.json (its attributes every widget's, and `type`) beside
// the editor script and its asset file
const blockAttributes = { type: { type: 'string' } };
for (const name of [...new Set(Object.values(attributes).flat()), 'lang'].sort()) {
  blockAttributes[name] = { type: 'string', default: '' };
}
writeFileSync(
  `${out}/block/block.json`,
  `${JSON.stringify(
    {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 3,
      name: 'coalition-widgets/widget',
      version,
      title: 'Coalition widget',
      category: 'widgets',
      icon: 'megaphone',
      textdomain: 'coalition-widgets',
      attributes: blockAttributes,
      editorScript: 'file:./index.js',
    },
    null,
    2,
  )}\n`,
);
// python3's zipfile, on every machine this project builds on: WordPress's "Upload Plugin" takes a zip
execFileSync('python3', ['-m', 'zipfile', '-c', 'coalition-widgets.zip', 'coalition-widgets/'], {
  cwd: 'dist/wordpress',
});
