/**
 * What the background does for the certification body's portal (the Cisco CE portal today): hand the record the
 * user chose in extension UI to the fill script of the tab it was chosen for, mark it submitted when the user sends
 * the form, and bring the portal dashboard's news (claims Pending -> Earned, new expiry dates) into the store. The
 * router checks who asks; this acts. A page never receives a list of records, nor a record it was not given for.
 */
import type { CePortalDashboard } from '../capture/ce-portal/dashboard';
import { claimName } from '../domain/item-catalog-link';
import { isSubmittableToCePortal } from '../domain/records';
import { planCePortalSync } from '../domain/ce-portal-sync';
import { syncLines } from './sync-lines';
import { Certification, CourseRecord } from '../domain/schema';
import type { Database } from '../store/db';
import { getFile } from '../store/files';
import { allRecords, getRecord, updateRecord } from '../store/records';
import { listCertifications } from '../store/certifications';
import { bytesToBase64 } from '../base64';
import { ConflictError, NotFoundError, atomically } from '../store/transaction';
import { blobPart, partsOf } from './message-parts';
import type { FillPayload } from '../protocol/ce-portal';
import type { Clock } from '../store/clock';

/** Where the portal content script runs; the manifest's content_scripts entry for it must say the same (a test holds them together). */
export const CE_PORTAL_MATCHES = ['https://ce.cisco.com/*'] as const;

/** The CE portal's filler, which the background injects into a portal tab once the user chose a record for it. */
export const CE_PORTAL_FILL_SCRIPT = '/content/ce-portal-fill.js';

/** The Submit Items page of the CE portal (its address is not documented: the portal's script also finds the form anywhere on the portal). */
export const CE_PORTAL_SUBMIT_URL = 'https://ce.cisco.com/submit-items';
/** A fill the user asked for waits this long for its tab to load the form. */
const PENDING_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Which record the user chose for each portal tab, in the worker's memory (a restart forgets; "Submit" is pressed
 * again): handed to that tab's fill script once, then remembered as the record that tab was filled from, so that
 * only that record can be marked submitted from it.
 */
export class PendingFills {
  private readonly byTab = new Map<number, { recordId: string; at: number; filling?: boolean }>();
  private readonly filled = new Map<number, string>();
  constructor(private readonly now: () => number = Date.now) {}

  set(tabId: number, recordId: string): void {
    this.byTab.set(tabId, { recordId, at: this.now() });
  }

  private current(tabId: number): { recordId: string; at: number; filling?: boolean } | undefined {
    const pending = this.byTab.get(tabId);
    return pending && this.now() - pending.at <= PENDING_LIFETIME_MS ? pending : undefined;
  }

  /**
   * Whether the filler should go into the tab: a record was chosen for it (not too long ago), and no filler was sent
   * for it yet. Once true per choice: a page that reports its form twice gets one filler.
   */
  startFilling(tabId: number): boolean {
    const pending = this.current(tabId);
    if (!pending || pending.filling) return false;
    pending.filling = true;
    return true;
  }

  /** Forgets the record chosen for a tab (its filler could not be sent): it must not fill the tab later. */
  drop(tabId: number): void {
    this.byTab.delete(tabId);
  }

  /** The record chosen for a tab, once: a reload of the form does not fill it again. */
  take(tabId: number): string | undefined {
    const pending = this.current(tabId);
    this.byTab.delete(tabId);
    if (!pending) return undefined;
    this.filled.set(tabId, pending.recordId);
    return pending.recordId;
  }

  /** Whether the form in this tab was filled from this record. */
  filledFrom(tabId: number, recordId: string): boolean {
    return this.filled.get(tabId) === recordId;
  }

  /**
   * Whether the user's send of the form in this tab may mark this record submitted: the record it was filled from,
   * or any, when this worker does not know the tab (it was stopped while the user checked the form, and a restart
   * forgets; refusing then would leave the claim unmarked). A tab known to hold another record is refused.
   */
  mayBeSubmittedFrom(tabId: number, recordId: string): boolean {
    const filled = this.filled.get(tabId);
    return filled === undefined || filled === recordId;
  }
}

export class NotSubmittableError extends Error {}

/** Only a Cisco record not yet claimed goes to Cisco's portal: the others are never handed to it. */
export function checkSubmittable(record: CourseRecord): void {
  if (isSubmittableToCePortal(record)) return;
  throw new NotSubmittableError(record.program !== 'cisco' ? 'Only Cisco records are submitted on the Cisco CE portal' : 'This record is already claimed');
}

export async function fillPayload(db: Database, recordId: string): Promise<FillPayload> {
  const record = await getRecord(db, recordId);
  const values = { itemName: claimName(record), startDate: record.startDate, endDate: record.endDate, certificateCode: record.certificateCode };
  if (!record.certificateFileId) return { recordId, values };
  const file = await getFile(db, record.certificateFileId).catch(() => undefined);
  if (!file) return { recordId, values };
  return { recordId, values, certificate: { fileId: file.id, name: file.name, size: file.blob.size, parts: partsOf(file.blob.size) } };
}

/**
 * Part `part` of the certificate `fileId` the fill was given, as base64, while it is still the record's: a file
 * replaced part-way through would otherwise be spliced from two PDFs.
 */
export async function certificatePart(db: Database, recordId: string, fileId: string, part: number): Promise<{ base64: string }> {
  const record = await getRecord(db, recordId);
  if (!record.certificateFileId) throw new NotFoundError('Certificate');
  if (record.certificateFileId !== fileId) throw new ConflictError('The certificate PDF changed while the form was being filled: choose the record again');
  const file = await getFile(db, fileId);
  if (part >= partsOf(file.blob.size)) throw new NotFoundError('Certificate part');
  return { base64: bytesToBase64(await blobPart(file.blob, part)) };
}

/** The user sent the portal's form filled from this record: captured becomes submitted; a later status stays. */
export async function markSubmitted(db: Database, recordId: string, clock: Clock): Promise<CourseRecord> {
  const record = await getRecord(db, recordId);
  return record.status === 'captured' ? updateRecord(db, recordId, { status: 'submitted' }, clock) : record;
}

/** Applies what the portal dashboard shows; returns one line per change, for the page to tell the user. */
export async function applyCePortalDashboard(db: Database, dashboard: CePortalDashboard, clock: Clock): Promise<{ lines: string[]; changed: number }> {
  const [records, certifications] = await Promise.all([allRecords(db), listCertifications(db)]);
  const plan = planCePortalSync({ dashboard, records, certifications });
  const nowIso = clock.now().toISOString();
  const tx = db.transaction(['records', 'certifications'], 'readwrite');
  await atomically(tx, async () => {
    for (const change of plan.records) {
      const current = await tx.objectStore('records').get(change.recordId);
      if (!current) continue;
      const credits = change.credits !== undefined ? { credits: change.credits } : {};
      const since = change.to !== current.status ? { statusSince: nowIso } : {};
      await tx.objectStore('records').put(CourseRecord.parse({ ...current, status: change.to, ...credits, ...since, updatedAt: nowIso }));
    }
    for (const change of plan.certifications) {
      const current = await tx.objectStore('certifications').get(change.certificationId);
      if (!current) continue;
      await tx.objectStore('certifications').put(
        Certification.parse({
          ...current,
          ...(change.expiresOn ? { expiresOn: change.expiresOn.to } : {}),
          ...(change.earnedOn ? { earnedOn: change.earnedOn.to } : {}),
        }),
      );
    }
  });
  return { lines: syncLines(plan), changed: plan.records.length + plan.certifications.length };
}

