#!/usr/bin/env node
// Build the simulated React a.s.r. form into ONE self-contained HTML file:
//   node tests/sites/asr/build-react-form.mjs
// Bundles react-form/main.tsx with the project's own react/react-dom (esbuild, production
// mode, minified IIFE) and inlines it into react-form/index.html, writing
// tests/sites/asr/react-form.built.html (gitignored; build before the e2e tests).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const result = await build({
  entryPoints: [resolve(here, 'react-form/main.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
const js = result.outputFiles[0].text
  // Inline <script>: a literal "</script" inside the bundle would end the element early.
  .replace(/<\/script/gi, '<\\/script');
const template = readFileSync(resolve(here, 'react-form/index.html'), 'utf8');
if (!template.includes('<!--APP_SCRIPT-->')) throw new Error('APP_SCRIPT marker missing in react-form/index.html');
const out = resolve(here, 'react-form.built.html');
// A replacer function: the bundle contains "$&"-style sequences a string replacement would expand.
writeFileSync(out, template.replace('<!--APP_SCRIPT-->', () => `<script>${js}</script>`));
console.log(`wrote ${out} (${Math.round((js.length / 1024) * 10) / 10} kB of script)`);
