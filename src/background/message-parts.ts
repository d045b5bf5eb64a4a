/**
 * Certificates larger than one runtime message may carry (Chrome refuses 64 MiB; base64 makes a file a third
 * larger) travel between a content script and the background in parts. Content scripts cannot reach the
 * extension's database, so the parts go in messages: the portal's fill script asks for its certificate part by
 * part, and a completion page's script sends the certificate it fetched part by part, assembled here.
 */
import { PART_BYTES } from '../domain/vocabulary';

export { PART_BYTES };
/** An assembly not finished within this time is dropped (its tab closed, or its script stopped sending). */
const ASSEMBLY_LIFETIME_MS = 2 * 60 * 1000;

export function partsOf(size: number): number {
  return Math.max(1, Math.ceil(size / PART_BYTES));
}

/** Part `part` of a Blob, as bytes. */
export async function blobPart(blob: Blob, part: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(part * PART_BYTES, (part + 1) * PART_BYTES).arrayBuffer());
}

/** The parts of one file as they arrive, in any order, from one sender; the whole file once the last one is in. */
export class PartAssemblies {
  private readonly open = new Map<string, { parts: Array<Uint8Array | undefined>; at: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Adds part `part` of `parts`; returns the whole file when every part is in, else how many parts are in. */
  add(key: string, part: number, parts: number, bytes: Uint8Array): { whole: Uint8Array } | { received: number } {
    const now = this.now();
    for (const [k, assembly] of this.open) if (now - assembly.at > ASSEMBLY_LIFETIME_MS) this.open.delete(k);
    let assembly = this.open.get(key);
    if (!assembly || assembly.parts.length !== parts) {
      assembly = { parts: new Array<Uint8Array | undefined>(parts).fill(undefined), at: now };
      this.open.set(key, assembly);
    }
    assembly.parts[part] = bytes;
    assembly.at = now;
    const received = assembly.parts.filter((p) => p !== undefined).length;
    if (received < parts) return { received };
    this.open.delete(key);
    const whole = new Uint8Array(assembly.parts.reduce((sum, p) => sum + p!.byteLength, 0));
    let offset = 0;
    for (const p of assembly.parts) {
      whole.set(p!, offset);
      offset += p!.byteLength;
    }
    return { whole };
  }
}
