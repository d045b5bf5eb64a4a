/**
 * Extension pages stay light: none may load zod (the background validates). The build measures the popup's size
 * but not every page, so this follows each page's imports from its entry and names the chain that reaches zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const PAGES = ['src/ui/popup/main.tsx', 'src/ui/welcome/main.tsx', 'src/ui/options/main.tsx', 'src/ui/confirm/main.tsx'];

/** Specifiers a module loads at run time: type-only imports and re-exports are erased, so they are left out. */
function runtimeImports(code: string): string[] {
  const statements = [...code.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/gm)];
  return statements.filter((m) => !m[2]).map((m) => m[3]!);
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && /\.tsx?$/.test(p));
}

/** The chain of files from the entry to the first import of `banned` (a package, or a file of ours that `banned` matches), or undefined. */
function chainTo(banned: string | RegExp, entry: string): string[] | undefined {
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): string[] | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      if (specifier === banned) return [...chain, relative(root, file), specifier];
      if (!specifier.startsWith('.')) continue;
      const next = resolveModule(file, specifier);
      if (next && banned instanceof RegExp && banned.test(relative(root, next))) return [...chain, relative(root, file), relative(root, next)];
      const found = next && visit(next, [...chain, relative(root, file)]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(join(root, entry), []);
}

describe('extension pages', () => {
  it('finds imports the way the bundler would (the scan itself works)', () => {
    expect(chainTo('zod', 'src/background/router.ts')).toEqual(['src/background/router.ts', 'zod']);
    expect(chainTo('preact', 'src/ui/options/main.tsx')).toEqual(['src/ui/options/main.tsx', 'preact']);
    // Through the program registry, which validates the programs' data with zod.
    expect(chainTo('zod', 'src/domain/progress.ts')).toContain('src/domain/programs/index.ts');
  });

  it.each(PAGES)('%s does not load zod', (entry) => {
    expect(chainTo('zod', entry)).toBeUndefined();
  });

  /** The adapters' reading code: the confirmation form runs every adapter (loaded on demand), the other pages only name the sites. */
  const ADAPTERS = /^src\/capture\/adapters\//;

  it('finds a module that loads the adapters (the scan itself works)', () => {
    expect(chainTo(ADAPTERS, 'src/ui/confirm/page-readers.ts')).toEqual(['src/ui/confirm/page-readers.ts', 'src/capture/adapters/index.ts']);
  });

  it.each(PAGES.filter((page) => !page.includes('/confirm/')))("%s names the learning sites without loading the adapters' code", (entry) => {
    expect(chainTo(ADAPTERS, entry)).toBeUndefined();
  });
});
