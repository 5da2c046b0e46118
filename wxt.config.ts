import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

// Host access is limited to the three site families the extension works on:
// Loket.nl (production and its acceptance twin) and a.s.r.
export const HOST_PERMISSIONS = [
  'https://*.loket.nl/*',
  'https://*.loket-acc.nl/*',
  'https://*.asr.nl/*',
];

/**
 * Content scripts (12 kB gzip budget each), the popup (90 kB) and the overview page resolve `wxt/browser` to
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

/**
 * The Loket.nl content script runs on every Loket.nl page and frame, so its start-up is paid by
 * every page: it gets a do-nothing context instead of WXT's (utils/loket/lean-context.ts says why).
 */
const leanLoketContext: Plugin = {
  name: 'lean-loket-context',
  enforce: 'pre',
  resolveId(id) {
    return id === 'wxt/utils/content-script-context' ? fileURLToPath(new URL('./utils/loket/lean-context.ts', import.meta.url)) : null;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    /**
     * The overview page is built on its own, not with the popup: in one build the shared chunk
     * would carry every zod/React export either page uses (tree-shaking is per build), so the
     * popup's first paint would grow by what only the overview needs.
     */
    'entrypoints:grouped': (_wxt, groups) => {
      const split = groups.flatMap((group) => {
        if (!Array.isArray(group) || group.length < 2) return [];
        const index = group.findIndex((e) => e.name === 'overview');
        return index < 0 ? [] : [group.splice(index, 1)];
      });
      groups.push(...split);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // The overview page (unlisted-page) is built with the popup and uses the same few APIs, as
      // does the popup's first-read script (unlisted-script).
      const lean = ['content-script', 'popup', 'unlisted-page', 'unlisted-script'];
      if (entrypoints.every((e) => lean.includes(e.type))) {
        config.plugins = [...(config.plugins ?? []), leanBrowser];
      }
      // The a.s.r. scripts use no context either (asr.js sits at its budget; asr-button.js has 4 kB).
      if (entrypoints.length === 1 && entrypoints[0]!.type === 'content-script' && ['loket', 'loket-reader', 'asr', 'asr-ways', 'asr-button'].includes(entrypoints[0]!.name)) {
        config.plugins = [...(config.plugins ?? []), leanLoketContext];
      }
      // A third compress pass on the filler alone: ≈100 B gzip (issue 27's hooks into asr-ways.js
      // need them under its 16 kB). Only here: it lengthens the build of every other bundle.
      if (entrypoints.length === 1 && entrypoints[0]!.name === 'asr' && config.build) {
        config.build.terserOptions = { ...config.build.terserOptions, compress: { passes: 3 } };
      }
    },
  },
  vite: () => ({
    plugins: [react(), tailwindcss()],
    // No module preloading: its polyfill was the only fetch() in the bundle, and its helper, run
    // before each lazy import, searched the document and appended a <link rel="modulepreload">
    // per chunk the import needs: about 10 ms of DOM work in a cold popup's first paint (a CPU
    // profile, issue 26). An extension page imports its chunks from disk; the browser's own
    // module loading is enough.
    build: {
      modulePreload: false,
      // terser compresses further than Vite's default (esbuild): 3.4 % off loket.js, 5 % off
      // asr.js, 2 % off the popup's first paint (gzip), which their budgets need.
      minify: 'terser',
      // A second compress pass: 100 B gzip off content-scripts/loket-reader.js (11,987 → 11,888),
      // whose 12 kB budget it needs since the reader got its own script (issue 26).
      terserOptions: { compress: { passes: 2 } },
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
    // Only what the Firefox review needs to rebuild the package: no logs, no local results, no
    // generated test pages (tests/sites/asr/react-form.built.html is built from its sources).
    excludeSources: ['**/*.log', 'tests/artifacts/**', 'bench/**', '.env*', '**/*.built.html'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    action: { default_title: '__MSG_actionTitle__' },
    // The extension's options entry is the overview of all employers, in a tab of its own.
    options_ui: { page: 'overview.html', open_in_tab: true },
    // A keyboard shortcut opens the popup (changeable in the browser's shortcut settings).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
      },
    },
    // storage: drafts, processor profile and rights checks live in storage.local.
    // scripting: the Loket.nl reader is injected into a frame only once the always-on first stage
    // finds that the frame may hold a capture (entrypoints/loket.content.ts); on the other Loket.nl
    // pages it is never loaded. Likewise the a.s.r. filler: injected into a tab only when the
    // popup or the in-page button asks for a probe or fill (utils/browser/asr-filler.ts).
    // No install warning; it reaches only the hosts granted below.
    // No "tabs" permission: the popup only needs tab ids and URLs of the
    // Loket.nl/a.s.r. tabs, which host permissions already grant.
    // unlimitedStorage: 5,000 employers take ≈5.1 MB, half of storage.local's 10 MB quota, and
    // a full quota would refuse the next capture or keystroke. No install warning in Chrome.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: HOST_PERMISSIONS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'koppelhulp@loket-asr.example',
              // data_collection_permissions needs Firefox 140 on desktop (142 on Android): 140 is
              // the ESR that firms standardise on, and the one Debian ships.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
