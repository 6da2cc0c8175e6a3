import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, InlineConfig } from 'vite';
import { resolve } from 'node:path';
import { ARTICLE_HOST_PATTERNS } from './utils/hosts';
import { articleFactsPlugin } from './pipeline/facts-plugin';

/** Content scripts built without webextension-polyfill (see the hook below). */
const WITHOUT_POLYFILL = new Set(['detector', 'noise']);

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
    plugins: [preact(), articleFactsPlugin(resolve(import.meta.dirname, 'assets/article.parsed.json'))],
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
    // The always-on detector and the noise script injected after it are built without
    // webextension-polyfill: they only send or receive runtime messages (promise-native in MV3 Chrome
    // and Firefox; @webext-core/messaging calls `chrome` itself) and read WXT's context. That keeps the
    // detector inside its 4 KB gzipped budget and the noise script small; every other context keeps
    // the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.length === 1 && WITHOUT_POLYFILL.has(entrypoints[0]!.name)) dropPolyfillAlias(viteConfig);
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
