// ESLint: typescript-eslint for the TypeScript, eslint-plugin-lit and eslint-plugin-wc for the
// web components. Formatting is Prettier's job (npm run lint runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.cache/**',
      '.scratch*/**',
      'storybook-static/**',
      'demo-site/dist/**',
      'packages/elements/src/generated/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Mongolian text is written with NNBSP (U+202F) before case suffixes and MVS before final
      // vowels: they belong in strings, templates, regular expressions and comments about them.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true },
      ],
      // Character classes of Mongolian free variation selectors (U+180B–U+180F) and ZWJ/ZWNJ are
      // the point of the text analysis, not a mistake.
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts', 'demo-site/**/*.ts', 'test/elements/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
