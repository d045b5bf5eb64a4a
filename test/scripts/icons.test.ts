/**
 * Every icon the manifest names exists in public/ as a PNG of the size it is named for: the stores and the browser's
 * toolbar scale a wrong size, blurred, or show a blank square for a missing file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface IconSets {
  icons: Record<string, string>;
  action: { default_icon: Record<string, string> };
}

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as IconSets;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's width and height, from its IHDR chunk (which the format puts first). */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const named = [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)];

describe('the manifest\'s icons', () => {
  it('names the sizes the stores and toolbars ask for', () => {
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    expect(Object.keys(manifest.action.default_icon).length).toBeGreaterThan(0);
  });

  it.each(named)('%spx: %s is a PNG of that size', (size, path) => {
    const file = new URL(`../../public/${path}`, import.meta.url);
    expect(existsSync(file), path).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: Number(size), height: Number(size) });
  });

  it('reads a PNG\'s size, and refuses what is not a PNG', () => {
    const png = new Uint8Array(24);
    png.set(PNG_SIGNATURE);
    new DataView(png.buffer).setUint32(16, 48);
    new DataView(png.buffer).setUint32(20, 32);
    expect(pngSize(png)).toEqual({ width: 48, height: 32 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });
});
