import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The project's own import graph, read as plain text the way any tool that follows relative
 * paths reads it: static, type-only, re-export and dynamic imports alike.
 */
export const ROOT = resolve(__dirname, '../../..');
const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

export interface ImportGraph {
  /** Project-relative paths with forward slashes. */
  files: string[];
  edges: Map<string, string[]>;
  /** Imports of the project that do not resolve as plain relative paths (aliases included). */
  unresolved: { from: string; spec: string }[];
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const posix = (path: string) => relative(ROOT, path).split(sep).join('/');

/** Comments are dropped first, so an import named in a comment is no edge. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');

export function readImportGraph(): ImportGraph {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const edges = new Map<string, string[]>();
  const unresolved: ImportGraph['unresolved'] = [];
  for (const file of files) {
    const from = posix(file);
    const targets: string[] = [];
    for (const [, , spec] of withoutComments(readFileSync(file, 'utf8')).matchAll(IMPORT)) {
      if (!spec) continue;
      if (/^[@~]{1,2}\//.test(spec)) {
        unresolved.push({ from, spec });
        continue;
      }
      if (!spec.startsWith('.')) continue; // a package
      const base = resolve(dirname(file), spec);
      const hit = EXTENSIONS.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
      if (!hit) {
        if (!/\.(css|html|json|png)$/.test(spec)) unresolved.push({ from, spec });
        continue;
      }
      targets.push(posix(hit));
    }
    edges.set(from, [...new Set(targets)]);
  }
  return { files: files.map(posix), edges, unresolved };
}

/** Strongly connected components with more than one file (or a file importing itself). */
export function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}
