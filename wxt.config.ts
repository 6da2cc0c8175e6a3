import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, InlineConfig } from 'vite';
import { resolve } from 'node:path';
import { ARTICLE_HOST_PATTERNS } from './pipeline/hosts';
import { articleFactsPlugin } from './pipeline/facts-plugin';
import { hantStringsPlugin, localeMessages } from './pipeline/hant';
import { readFileSync } from 'node:fs';

/** Content scripts built without webextension-polyfill (see the hook below). */
const SCRIPTS_WITHOUT_POLYFILL = new Set(['detector', 'noise']);
/** The extension's own pages: built without webextension-polyfill too. */
const EXTENSION_PAGES = new Set(['popup', 'reader']);

/** Undoes @wxt-dev/webextension-polyfill's `wxt/browser` alias in one build group's config. */
function dropPolyfillAlias(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((a: Alias) => a.find !== 'wxt/browser');
  } else if (alias && typeof alias === 'object') {
    delete (alias as Record<string, string>)['wxt/browser'];
  }
}

// Tests and helpers may build into another folder so parallel builds never clobber each other.
const outDir = process.env.SGB_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  // auto-icons renders assets/icon.svg (the one icon source) to icons/{16,32,48,128}.png at build time.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [
      preact(),
      articleFactsPlugin(resolve(import.meta.dirname, 'assets/article.parsed.json')),
      hantStringsPlugin(import.meta.dirname),
    ],
    // Extension pages load their chunks from the package, so no `modulepreload` links or preloading of lazy chunks' dependencies (the popup loads its export code on demand).
    build: { target: 'es2022', modulePreload: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_actionTitleNone__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleOverlay__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'stargate-brief@stargate-brief.invalid',
              // data_collection_permissions is read from Firefox 140 on desktop (the ESR 140 line
              // installs it) and 142 on Android; web-ext lint checks both minimums.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // Reviewers rebuild from these; tests, the browser rig, test pages and screenshots are not part of the build.
    excludeSources: ['tests/**', 'rig/**', '.output*/**', 'coverage/**', '.ci/**', '**/*.png', '.wxt/**'],
  },
  hooks: {
    // The manifest's strings for a browser in zh-TW or zh-HK, converted from zh_CN at build time
    // (pipeline/hant.ts), so a message added to zh_CN is covered with no further step.
    'build:publicAssets': (_wxt, files) => {
      const zhCN = JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/_locales/zh_CN/messages.json'), 'utf8'));
      for (const [folder, variant] of [
        ['zh_TW', 'tw'],
        ['zh_HK', 'hk'],
      ] as const)
        files.push({
          relativeDest: `_locales/${folder}/messages.json`,
          contents: `${JSON.stringify(localeMessages(zhCN, variant), null, 2)}\n`,
        });
    },
    // The always-on detector and the noise script injected after it are built without
    // webextension-polyfill: they only send or receive runtime messages (promise-native in MV3 Chrome
    // and Firefox; @webext-core/messaging calls `chrome` itself) and read WXT's context. That keeps the
    // detector inside its 4 KB gzipped budget and the noise script small. The extension's own pages
    // (popup, reader) go without it too: every API they call (tabs, runtime, i18n; storage and
    // messaging bring their own) returns promises in MV3 Chrome and in Firefox, and the popup as it
    // opens must stay within 30 KB gzipped. The background and the overlay script keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const script = entrypoints.length === 1 && SCRIPTS_WITHOUT_POLYFILL.has(entrypoints[0]!.name);
      const pages = entrypoints.length > 0 && entrypoints.every((e) => EXTENSION_PAGES.has(e.name));
      if (script || pages) dropPolyfillAlias(viteConfig);
    },
    // The always-on detector's matches come from the one host list. The same hosts are host
    // permissions too (no wider install warning than the content script's): content-script matches
    // alone do not let the background inject the overlay and highlight script there.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const cs of manifest.content_scripts ?? []) {
        if (cs.matches?.includes('<hosts>')) cs.matches = [...ARTICLE_HOST_PATTERNS];
      }
      manifest.host_permissions = [...ARTICLE_HOST_PATTERNS];
    },
  },
});
