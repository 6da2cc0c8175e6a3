// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Markup-injection APIs: nothing from a page or from our data may ever become markup. */
const noMarkupInjection = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'No innerHTML/outerHTML: build nodes or use Preact.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor.' },
];

/** Contexts share types and pure modules, never each other's code (Dark Reader's rule). */
const contextBoundary = (self) => ({
  files: [`entrypoints/${self}/**`, `entrypoints/${self}.*`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." }],
        // Shared code is imported as '@/utils/…' or '@/components/…'; climbing out of the entrypoint is not allowed.
        patterns: [
          {
            group: ['@/entrypoints/**', '~/entrypoints/**', '../**'],
            message: 'Entrypoints must not import each other: move shared code to utils/ or components/.',
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupInjection],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Code that ships takes `browser` only from wxt/browser (the polyfill, and the fake in unit tests).
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: "Import { browser } from 'wxt/browser'." }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." }],
          patterns: [
            { group: ['**/entrypoints/**'], message: 'Shared code must not import an entrypoint.' },
            {
              group: ['**/pipeline/**', '@/pipeline/**', '~/pipeline/**'],
              message: 'pipeline/ runs only at build time (node, opencc-js): shipped code must not import it.',
            },
            { group: ['**/rig/**', '@/rig/**', '~/rig/**'], message: 'rig/ is the browser test rig: shipped code must not import it.' },
          ],
        },
      ],
    },
  },
  ...['background', 'popup', 'reader', 'detector.content', 'page.content'].map(contextBoundary),
);
