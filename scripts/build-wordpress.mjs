// `npm run build` (after the bundle): the WordPress plugin, dist/wordpress/coalition-widgets/ and
// its installable zip. The list of each element's attributes comes from custom-elements.json, so
// the shortcode, the block and the allowed HTML follow the documented API.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const attributes = {};
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName?.startsWith('coalition-') || !declaration.attributes) continue;
    attributes[declaration.tagName.slice('coalition-'.length)] = declaration.attributes.map(
      (attribute) => attribute.name,
    );
  }
}
const php = (value) =>
  Array.isArray(value)
    ? `array( ${value.map(php).join(', ')} )`
    : typeof value === 'object'
      ? `array(\n${Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, item]) => `\t'${key}' => ${php(item)},`)
          .join('\n')}\n)`
      : `'${String(value).replace(/['\\]/g, '\\$&')}'`;

const out = 'dist/wordpress/coalition-widgets';
rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('wordpress/coalition-widgets', out, { recursive: true });
mkdirSync(`${out}/includes`, { recursive: true });
cpSync('dist/coalition-widgets.js', `${out}/assets/coalition-widgets.js`);
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
  `${out}/includes/attributes.php`,
  `<?php\n/**\n * Generated from custom-elements.json by scripts/build-wordpress.mjs: do not edit.\n *\n * @package CoalitionWidgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nconst COALITION_WIDGETS_ATTRIBUTES = ${php(attributes)};\n`,
);
// python3's zipfile, on every machine this project builds on: WordPress's "Upload Plugin" takes a zip
execFileSync('python3', ['-m', 'zipfile', '-c', 'coalition-widgets.zip', 'coalition-widgets/'], {
  cwd: 'dist/wordpress',
});
