import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';

// Host access is limited to the three site families the extension works on:
// Loket.nl (production and its acceptance twin) and a.s.r.
export const HOST_PERMISSIONS = [
  'https://*.loket.nl/*',
  'https://*.loket-acc.nl/*',
  'https://*.asr.nl/*',
];

/**
 * Content scripts (12 kB gzip budget each) and the popup (90 kB) resolve `wxt/browser` to
 * WXT's plain `browser`/`chrome` export instead of webextension-polyfill (≈3 kB gzip): they use
 * only promise-returning MV3 APIs (`runtime`/`tabs` messaging with `sendResponse`, `tabs.get`,
 * `storage`), which Chrome's and Firefox's native objects provide alike. The background, which
 * has no budget, keeps the polyfill.
 */
const leanBrowser: Plugin = {
  name: 'lean-browser',
  enforce: 'pre',
  async resolveId(id, importer) {
    if (id !== '@wxt-dev/webextension-polyfill/browser') return null;
    return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script' || e.type === 'popup')) {
        config.plugins = [...(config.plugins ?? []), leanBrowser];
      }
    },
  },
  vite: () => ({
    plugins: [react(), tailwindcss()],
    // Vite's modulepreload polyfill is the only fetch() in the bundle; extension pages load
    // their own chunks without it.
    build: {
      modulePreload: { polyfill: false },
      rollupOptions: {
        // zod ships comments Rollup cannot place; harmless, and they drown real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  zip: {
    excludeSources: ['**/*.log', 'tests/artifacts/**', 'bench/**', '.env*'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    action: { default_title: '__MSG_actionTitle__' },
    // A keyboard shortcut opens the popup (changeable in the browser's shortcut settings).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
      },
    },
    // storage: drafts, processor profile and rights checks live in storage.local.
    // No "tabs" permission: the popup only needs tab ids and URLs of the
    // Loket.nl/a.s.r. tabs, which host permissions already grant.
    permissions: ['storage'],
    host_permissions: HOST_PERMISSIONS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'koppelhulp@loket-asr.example',
              // data_collection_permissions needs Firefox 142 (desktop and Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
