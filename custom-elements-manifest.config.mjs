// The manifest describes the public API from the JSDoc where it is declared; CI checks it is current.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react.ts', 'src/format/json-schema.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'stable-module-order',
      // the file system lists files in no fixed order; sort so every checkout writes the same manifest
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    {
      name: 'state-is-not-an-attribute',
      // `static properties` lists private reactive state ({ state: true }) beside the public
      // properties, and the analyzer would describe that state as attributes: it is not API
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const state = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName));
          for (const member of declaration.members ?? []) if (state.has(member.name)) delete member.attribute;
        }
      },
    },
  ],
};
