// No module of src/ imports itself through others, not even for a type: a cycle makes load order
// matter, and it hid that the worker pool depended on every task it runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

/** Every relative import of every module of src/ (static, dynamic and type-only), by module. */
function importGraph(): Map<string, string[]> {
  const src = path.join(ROOT, 'src');
  const modules = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join('src', f));
  const known = new Set(modules);
  const graph = new Map<string, string[]>();
  for (const module of modules) {
    const text = readFileSync(path.join(ROOT, module), 'utf8');
    const targets = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => path.join(path.dirname(module), m[1]!).replace(/\.js$/, '.ts'));
    graph.set(module, targets.filter((target) => known.has(target)));
  }
  return graph;
}

/** The strongly connected components with more than one module (Tarjan's algorithm). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (module: string) => {
    index.set(module, index.size);
    low.set(module, index.get(module)!);
    stack.push(module);
    for (const target of graph.get(module)!) {
      if (!index.has(target)) visit(target);
      if (stack.includes(target)) low.set(module, Math.min(low.get(module)!, low.get(target)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const component = stack.splice(stack.indexOf(module));
    if (component.length > 1 || graph.get(module)!.includes(module)) found.push(component.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return found;
}

describe('module graph of src/', () => {
  it('finds a planted cycle', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no import cycle (the worker pool knows its tasks by a type parameter)', () => {
    const graph = importGraph();
    expect(graph.get('src/runtime/worker-pool.ts')).toEqual([]);
    expect(cycles(graph)).toEqual([]);
  });
});
