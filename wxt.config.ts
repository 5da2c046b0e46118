import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Host access is limited to the three site families the extension works on:
// Loket.nl (production and its acceptance twin) and a.s.r.
export const HOST_PERMISSIONS = [
  'https://*.loket.nl/*',
  'https://*.loket-acc.nl/*',
  'https://*.asr.nl/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [react(), tailwindcss()],
  }),
  zip: {
    excludeSources: ['**/*.log', 'tests/artifacts/**', 'bench/**', '.env*'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    action: { default_title: '__MSG_actionTitle__' },
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
