/** Types for bundle-sizes.mjs, which build.mjs runs as plain JavaScript and the TypeScript bench imports. */
export type BundleKind = 'content' | 'background' | 'popup' | 'page';

export interface BundleEntry {
  name: string;
  kind: BundleKind;
  files: string[];
}

export interface DocumentedOver {
  name: RegExp;
  ceiling: number;
  reason: string;
}

export const KB: number;
export const BUDGETS: { content: number; popup: number };
export const DOCUMENTED_OVER: DocumentedOver[];
export const FORBIDDEN_IN_CONTENT: Record<'zod' | 'preact', RegExp>;
export function measureBundle(dist: string, files: readonly string[]): { gzip: number; code: string };
export function bundleEntries(dist: string): BundleEntry[];
