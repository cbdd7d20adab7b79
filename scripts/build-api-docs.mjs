// Writes docs/api.md from custom-elements.json, so the reference says exactly what the JSDoc says.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) =>
    a.tagName === 'coalition-feed' ? -1 : b.tagName === 'coalition-feed' ? 1 : a.tagName.localeCompare(b.tagName),
  );

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (title, head, rows) =>
  rows.length
    ? [
        `#### ${title}`,
        '',
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        '',
      ]
    : [];

const lines = [
  '# API reference',
  '',
  'Generated from `custom-elements.json` by `npm run analyze`; edit the JSDoc in `src/`, not this file.',
  '',
];
for (const element of elements) {
  const members = (element.members ?? []).filter(
    (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static,
  );
  const methods = (element.members ?? []).filter(
    (member) => member.kind === 'method' && (member.privacy ?? 'public') === 'public' && !member.static,
  );
  lines.push(`## \`<${element.tagName}>\``, '', element.summary ?? '', '', element.description ?? '', '');
  lines.push(
    ...table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        a.fieldName ? `\`${a.fieldName}\`` : '',
        a.type?.text ? `\`${a.type.text}\`` : '',
        a.default ? `\`${a.default}\`` : '',
        a.description,
      ]),
    ),
    ...table(
      'Properties only',
      ['property', 'type', 'description'],
      members
        .filter((m) => !(element.attributes ?? []).some((a) => a.fieldName === m.name))
        .map((m) => [`\`${m.name}\``, m.type?.text ? `\`${m.type.text}\`` : '', m.description]),
    ),
    ...table(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [`\`${m.name}()\``, m.description]),
    ),
    ...table(
      'Events',
      ['event', 'description'],
      (element.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
    ),
    ...table(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
    ),
    ...table(
      'CSS parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
    ...table(
      'CSS custom properties',
      ['property', 'description'],
      (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  );
}
writeFileSync('docs/api.md', `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`);
console.log(`wrote docs/api.md (${elements.length} elements)`);
