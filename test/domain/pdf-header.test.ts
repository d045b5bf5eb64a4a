import { describe, expect, it } from 'vitest';
import { isPdfHeader } from '../../src/domain/pdf-header';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('isPdfHeader', () => {
  it('finds "%PDF-" at the start or after up to 1024 bytes of junk, and nowhere else', () => {
    expect(isPdfHeader(ascii('%PDF-1.7\n'))).toBe(true);
    expect(isPdfHeader(ascii(`${' '.repeat(1000)}%PDF-1.4`))).toBe(true);
    expect(isPdfHeader(ascii(`${' '.repeat(1020)}%PDF-1.4`))).toBe(false);
    expect(isPdfHeader(ascii('%PDF'))).toBe(false);
    expect(isPdfHeader(ascii('<!doctype html>%PD F-'))).toBe(false);
    expect(isPdfHeader(new Uint8Array(0))).toBe(false);
  });
});
