import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycles, readImportGraph, ROOT } from './import-graph';

/**
 * The layers of ARCHITECTURE.md, lowest first: a file may import from its own folder and from
 * folders listed before its own, never from one listed after it.
 */
const LAYERS = [
  'utils/registration',
  'utils/text',
  'utils/dom',
  'utils/i18n',
  'utils/loket',
  'utils/asr',
  'utils/rights',
  'utils/messages',
  'utils/employers',
  'utils/store',
  'utils/browser',
  'utils/popup',
  'utils/asr-button',
  'utils/rights-panel',
  'utils/overview',
  'components/shared',
  'components/popup',
  'components/overview',
  'entrypoints',
];

const layerOf = (file: string) => LAYERS.findIndex((layer) => file === layer || file.startsWith(`${layer}/`) || (layer === 'entrypoints' && file.startsWith('entrypoints')));

const graph = readImportGraph();

describe('the import graph', () => {
  it('is read from plain relative paths: no alias, nothing unresolved', () => {
    expect(graph.unresolved).toEqual([]);
    // The reader sees the graph at all (a broken pattern would pass every check below).
    expect(graph.files.length).toBeGreaterThan(130);
    expect(graph.edges.get('entrypoints/background.ts')?.length).toBeGreaterThan(2);
  });

  it('puts every file in a layer', () => {
    expect(graph.files.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('has no cycle, type-only imports included', () => {
    expect(cycles(graph.edges)).toEqual([]);
  });

  it('never imports from a higher layer', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph.edges)
      for (const to of targets) if (layerOf(to) > layerOf(from)) upward.push(`${from} -> ${to}`);
    expect(upward).toEqual([]);
  });

  it('ties every file in: each is imported, or is an entrypoint, or is wired by wxt.config.ts', () => {
    const wiredByConfig = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/'\.\/((?:utils|components)\/[^']+\.tsx?)'/g)].map((m) => m[1]!);
    expect(wiredByConfig).toContain('utils/loket/lean-context.ts');
    const imported = new Set([...[...graph.edges.values()].flat(), ...wiredByConfig]);
    expect(graph.files.filter((file) => !file.startsWith('entrypoints/') && !imported.has(file))).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle through three files and ignores a chain', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
