/**
 * The Cisco CE portal (ce.cisco.com): filling its Submit Items form from a record the user chose in extension UI,
 * reading its dashboard's claims and certifications, and keeping its Item Catalog.
 */
import { z } from 'zod';
import { ItemCatalogUpload, type ItemCatalogSaved, type ItemCatalogStatus } from '../domain/item-catalog';
import type { CourseRecord } from '../domain/schema';
import { IsoDate } from '../domain/schema';
import { declare } from './declare';
import { Id, MAX_PARTS } from './shapes';

/** A record as the portal's form takes it; the certificate's bytes come part by part (fill.certificatePart). */
export interface FillPayload {
  recordId: string;
  values: { itemName: string; startDate?: string; endDate?: string; certificateCode?: string };
  /** The certificate to attach: its bytes come part by part (fill.certificatePart), as a message may not carry 50 MB. */
  certificate?: { fileId: string; name: string; size: number; parts: number };
}

/** What the CE portal's dashboard shows, as the portal content script read it: page data, so bounded and checked. */
const CePortalDashboard = z.object({
  claims: z
    .array(
      z.object({
        itemName: z.string().trim().min(1).max(500),
        startDate: IsoDate.optional(),
        endDate: IsoDate.optional(),
        credits: z.number().finite().min(0).max(1000).optional(),
        status: z.enum(['pending', 'earned', 'rejected']),
        submittedOn: IsoDate.optional(),
        claimId: z.string().max(200).optional(),
      }),
    )
    .max(2000),
  certifications: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(500),
        expiresOn: IsoDate.optional(),
        earnedOn: IsoDate.optional(),
        status: z.enum(['active', 'expired', 'retired']).optional(),
      }),
    )
    .max(200),
  /** Whether the page listed claims, said there are none, or showed none it could read. */
  claimsState: z.enum(['listed', 'none', 'unreadable']).optional(),
});

const CE_PORTAL = { from: 'ce-portal' } as const;

export const cePortalMessages = [
  /**
   * "Submit" on a record the user picked in extension UI: its form is filled in the CE portal tab `tabId` (the tab whose
   * "Choose a record" opened the chooser), or in a new tab at the portal's form.
   */
  declare(z.strictObject({ type: z.literal('record.submit'), recordId: Id, tabId: z.number().int().nonnegative().optional() })).replies<{ opened: true }>(),
  /**
   * The portal's every-page script found the Submit Items form: when the user chose a record for this tab, the filler
   * is injected (filling: true), else the script offers the chooser.
   */
  declare(z.strictObject({ type: z.literal('fill.formFound') }), CE_PORTAL).replies<{ filling: boolean }>(),
  /** The portal's filler: the record the user chose in extension UI for this tab, once; null when none. */
  declare(z.strictObject({ type: z.literal('fill.request') }), CE_PORTAL).replies<FillPayload | null>(),
  /** The portal's "Choose a record" button (a trusted click): opens the extension's chooser for this tab; no record reaches the page. */
  declare(z.strictObject({ type: z.literal('fill.choose') }), CE_PORTAL).replies<{ opened: true }>(),
  /** The portal's fill script: part `part` of the certificate of the record this tab was filled from. */
  declare(z.strictObject({ type: z.literal('fill.certificatePart'), recordId: Id, fileId: Id, part: z.number().int().min(0).max(MAX_PARTS - 1) }), CE_PORTAL)
    .replies<{ base64: string }>(),
  /** The portal's fill script: the user sent the form filled in this tab from this record (trusted events only). */
  declare(z.strictObject({ type: z.literal('fill.submitted'), recordId: Id }), { ...CE_PORTAL, writes: true }).replies<CourseRecord>(),
  /** The portal's dashboard as read by its content script: claims and certifications to bring into the store. */
  declare(z.strictObject({ type: z.literal('cePortal.sync'), dashboard: CePortalDashboard }), { ...CE_PORTAL, writes: true }).replies<{ lines: string[]; changed: number }>(),
  /** The CE portal's Item Catalog, read whole by the portal script: stored with when and where, records linked to it. */
  declare(z.strictObject({ type: z.literal('itemCatalog.save'), catalogue: ItemCatalogUpload }), { ...CE_PORTAL, writes: true }).replies<ItemCatalogSaved & { linked: number }>(),
  /** How old the stored Item Catalog is, and how many items it has; null when none was read. */
  declare(z.strictObject({ type: z.literal('itemCatalog.status') }), CE_PORTAL).replies<ItemCatalogStatus | null>(),
] as const;
