/**
 * Whether bytes are a PDF, by its header: the worker checks a certificate before it stores it, a backup's import
 * before it restores one, and the PDF reader before it hands the bytes to pdf.js.
 */

const HEADER_WINDOW = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether "%PDF-" occurs within the first 1024 bytes, where readers accept it (some files lead with junk). */
export function isPdfHeader(data: Uint8Array): boolean {
  const end = Math.min(data.length, HEADER_WINDOW) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((byte, k) => data[i + k] === byte)) return true;
  }
  return false;
}
