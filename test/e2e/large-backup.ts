/**
 * A backup larger than any runtime message may be (Chrome refuses one over 64 MiB): records, each with a
 * certificate PDF of a few MiB, written in the canonical form an export has, so that importing it and exporting
 * again must give the same text. Made at run time; nothing of it is committed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_SETTINGS, PDF_TYPE, type BackupFile } from '../../src/domain/schema';
import { serializeBackup } from '../../src/store/backup';
import { makeRecord } from '../helpers/factories';

export interface LargeBackup {
  text: string;
  /** SHA-256 of the text with its export time blanked, as the page computes it (EXPORT_DIGEST_JS). */
  digest: string;
  files: number;
}

/** The export time is the one thing two exports of the same store differ in. */
const blankExportTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

export function largeBackup(files = 14, bytesEach = 4 * 1024 * 1024): LargeBackup {
  const records = Array.from({ length: files }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return makeRecord({ id: `large-${n}`, title: `Large backup course ${n}`, certificateFileId: `large-file-${n}`, certificateCode: `LARGE-${n}` });
  });
  const backupFiles: BackupFile[] = records.map((record, i) => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytesEach - 9)]);
    return { id: record.certificateFileId!, recordId: record.id, name: `certificate-${i + 1}.pdf`, type: PDF_TYPE, size: bytes.byteLength, addedAt: '2026-11-30T10:00:00.000Z', source: 'import', data: bytes.toString('base64') };
  });
  const text = serializeBackup({ certifications: [], exams: [], records, files: backupFiles, settings: DEFAULT_SETTINGS }, new Date('2026-12-01T00:00:00.000Z'));
  return { text, digest: createHash('sha256').update(blankExportTime(text)).digest('hex'), files };
}

/** In the page: the SHA-256 of the first exported Blob's text, export time blanked (as largeBackup's digest). */
export const EXPORT_DIGEST_JS = `(async () => {
  if (!window.__exported || !window.__exported.length) return null;
  const text = (await window.__exported[0].text()).replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return { digest: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''), length: text.length };
})()`;
