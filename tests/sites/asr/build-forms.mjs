#!/usr/bin/env node
// Build the simulated a.s.r. forms that need a bundler, each into ONE self-contained HTML file:
//   node tests/sites/asr/build-forms.mjs              every page
//   node tests/sites/asr/build-forms.mjs react-form   only the pages named
//   node tests/sites/asr/build-forms.mjs --force      even when the built pages are up to date
// One esbuild run bundles every entry (production mode, minified IIFE, the real widget
// libraries from devDependencies), inlines each page's script (and the CSS its entry imports)
// into its template and writes tests/sites/asr/<name>.built.html. The output is gitignored:
// it is generated (≈ 3 MB of minified library code that would churn on every upgrade) and
// rebuilt in a few seconds by `npm run test:e2e` before Playwright starts.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LIB_TEMPLATE = 'libs/page.html';

/**
 * name → entry (bundled), template (holding the APP_SCRIPT marker, optionally APP_STYLE) and
 * variant (set as <body data-variant>: one bundle, two forms).
 */
export const PAGES = [
  { name: 'react-form', entry: 'react-form/main.tsx', template: 'react-form/index.html' },
  { name: 'lib-mui', entry: 'libs/mui.tsx', template: LIB_TEMPLATE },
  { name: 'lib-antd', entry: 'libs/antd.tsx', template: LIB_TEMPLATE },
  { name: 'lib-antd-steps', entry: 'libs/antd.tsx', template: LIB_TEMPLATE, variant: 'steps' },
  { name: 'lib-shoelace', entry: 'libs/shoelace.ts', template: 'libs/shoelace.html' },
  { name: 'lib-headless', entry: 'libs/headless.tsx', template: LIB_TEMPLATE },
  { name: 'lib-radix', entry: 'libs/radix.tsx', template: LIB_TEMPLATE },
  { name: 'lib-radix-hidden-question', entry: 'libs/radix.tsx', template: LIB_TEMPLATE, variant: 'hidden-question' },
  { name: 'lib-mantine', entry: 'libs/mantine.tsx', template: LIB_TEMPLATE },
  { name: 'lib-primereact', entry: 'libs/primereact.tsx', template: LIB_TEMPLATE },
  { name: 'lib-vuetify', entry: 'libs/vuetify.ts', template: LIB_TEMPLATE },
  { name: 'lib-material', entry: 'libs/material.ts', template: 'libs/material.html' },
  // The same four pages whose framework ignores the chosen pay period: the report must say so.
  { name: 'lib-mantine-refuses', entry: 'libs/mantine.tsx', template: LIB_TEMPLATE, variant: 'refuses' },
  { name: 'lib-primereact-refuses', entry: 'libs/primereact.tsx', template: LIB_TEMPLATE, variant: 'refuses' },
  { name: 'lib-vuetify-refuses', entry: 'libs/vuetify.ts', template: LIB_TEMPLATE, variant: 'refuses' },
  { name: 'lib-material-refuses', entry: 'libs/material.ts', template: 'libs/material.html', variant: 'refuses' },
];

const force = process.argv.includes('--force');
const wanted = process.argv.slice(2).filter((a) => a !== '--force');
const unknown = wanted.filter((w) => !PAGES.some((p) => p.name === w));
if (unknown.length) throw new Error(`unknown page(s): ${unknown.join(', ')}; known: ${PAGES.map((p) => p.name).join(', ')}`);
const builtPath = (page) => resolve(here, `${page.name}.built.html`);
const mtime = (path) => statSync(path).mtimeMs;
/** A page is rebuilt when anything it is made of is newer: its folder, template, this script, the installed libraries. */
function isStale(page) {
  const out = builtPath(page);
  if (!existsSync(out)) return true;
  const dir = resolve(here, dirname(page.entry));
  const sources = [
    fileURLToPath(import.meta.url),
    resolve(here, page.template),
    resolve(here, '../../../package-lock.json'),
    ...readdirSync(dir).map((f) => resolve(dir, f)),
  ];
  return sources.some((s) => mtime(s) > mtime(out));
}
const pages = (wanted.length ? PAGES.filter((p) => wanted.includes(p.name)) : PAGES).filter((p) => force || isStale(p));
if (pages.length === 0) {
  console.log('built a.s.r. form pages are up to date (--force rebuilds them)');
  process.exit(0);
}

const started = performance.now();
const entries = [...new Set(pages.map((p) => p.entry))];
const result = await build({
  entryPoints: entries.map((e) => resolve(here, e)),
  outbase: here,
  outdir: resolve(here, '.bundle'),
  entryNames: '[dir]/[name]',
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"production"',
    // Vuetify reads this at run time; the page has no `process`.
    'process.env.VITE_LOGGER_ENABLED': 'undefined',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // PrimeReact's theme names font files: the pages need no fonts, and inlined ones add 1 MB.
  loader: { '.woff': 'empty', '.woff2': 'empty' },
  legalComments: 'none',
  logLevel: 'warning',
});

/** The bundled JS and CSS of one entry, by the entry's path without its extension. */
function outputOf(entry, ext) {
  const stem = entry.replace(/\.[^.]+$/, '');
  const file = result.outputFiles.find((f) => relative(resolve(here, '.bundle'), f.path) === `${stem}.${ext}`);
  return file?.text ?? '';
}

for (const page of pages) {
  const js = outputOf(page.entry, 'js')
    // Inline <script>: a literal "</script" inside the bundle would end the element early.
    .replace(/<\/script/gi, '<\\/script');
  const css = outputOf(page.entry, 'css').replace(/<\/style/gi, '<\\/style');
  const template = readFileSync(resolve(here, page.template), 'utf8');
  if (!template.includes('<!--APP_SCRIPT-->')) throw new Error(`APP_SCRIPT marker missing in ${page.template}`);
  const out = builtPath(page);
  // Replacer functions: the bundle contains "$&"-style sequences a string replacement would expand.
  const html = template
    .replace('<body>', () => (page.variant ? `<body data-variant="${page.variant}">` : '<body>'))
    .replace('<!--APP_STYLE-->', () => (css ? `<style>${css}</style>` : ''))
    .replace('<!--APP_SCRIPT-->', () => `<script>${js}</script>`);
  writeFileSync(out, html);
  console.log(`wrote ${relative(process.cwd(), out)} (${Math.round(js.length / 1024)} kB of script)`);
}
console.log(`built ${pages.length} page(s) from ${entries.length} bundle(s) in ${Math.round(performance.now() - started)} ms`);
