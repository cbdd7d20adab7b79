import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unsafeHtml = 'Feed text is never parsed as HTML: render it as text in a template.';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'cli/dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'demo/frameworks/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: unsafeHtml }] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: unsafeHtml },
        { property: 'outerHTML', message: unsafeHtml },
        { property: 'insertAdjacentHTML', message: unsafeHtml },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // the feed format runs in Node as well as in pages: no page globals in it
    files: ['src/format/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'localStorage', 'navigator', 'location'].map((name) => ({
          name,
          message: 'src/format/ is the DOM-free feed format: the command line imports it in Node.',
        })),
      ],
    },
  },
  {
    files: [
      '*.js',
      '*.ts',
      'test/server/**',
      'test/node/**',
      'test/*.mjs',
      'test/*/*.mjs',
      'bench/*.mjs',
      '.storybook/**',
      'scripts/**',
      'cli/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // tests build hostile pages on purpose, and chai assertions are expressions
    files: ['test/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
