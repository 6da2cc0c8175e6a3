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

/** Where shipped code may not reach (each a pattern group for no-restricted-imports). */
const BUILD_ONLY = [
  {
    group: ['**/pipeline/**', '@/pipeline/**', '~/pipeline/**'],
    message: 'pipeline/ runs only at build time (node, opencc-js): shipped code must not import it.',
  },
  { group: ['**/rig/**', '@/rig/**', '~/rig/**'], message: 'rig/ is the browser test rig: shipped code must not import it.' },
];
const NO_CONTEXT = {
  group: ['**/entrypoints/**'],
  message: 'Shared code must not import a context: what two or more contexts use lives in utils/ (rules) or components/ (views).',
};
const NO_VIEW = {
  group: ['**/components/**', '@/components/**', '~/components/**'],
  message: 'utils/ must not import a view: move the rule into utils/ and let the view import it.',
};

/** One no-restricted-imports rule (a later config replaces an earlier one, so each scope lists all it forbids). */
const restrictImports = (patterns) => ({
  'no-restricted-imports': [
    'error',
    { paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." }], patterns },
  ],
});

/**
 * A context (entrypoints/<name>/) imports shared code as '@/utils/…' or '@/components/…' and its own
 * files relatively; never another context's code, never by climbing out of its folder (Dark Reader's rule).
 */
const contextBoundary = (self) => ({
  files: [`entrypoints/${self}/**`, `entrypoints/${self}.*`],
  rules: restrictImports([
    ...BUILD_ONLY,
    {
      group: ['@/entrypoints/**', '~/entrypoints/**', '../**'],
      message: 'A context must not import another: move what both use to utils/ or components/.',
    },
  ]),
});

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', '**/*.d.ts'] },
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
      ...restrictImports([NO_CONTEXT, ...BUILD_ONLY]),
      // A long function becomes named steps, the way the parser is written.
      'max-lines-per-function': ['error', { max: 100 }],
    },
  },
  // utils/ sits below the views: rules and data only, no Preact components.
  { files: ['utils/**'], rules: restrictImports([NO_CONTEXT, NO_VIEW, ...BUILD_ONLY]) },
  ...['background', 'popup', 'reader', 'detector.content', 'noise.content', 'overlay.content'].map(contextBoundary),
);
