/** Why a handler refuses a message it parsed and whose sender the router allowed; the router turns each into a reply. */

/** A sender allowed this message type but not this use of it: a page naming another site's record. */
export class ForbiddenError extends Error {}

/** A page's PDF that would take the extension's storage past the share pages may fill (domain/storage-room.ts). */
export class StorageShareError extends Error {
  constructor() {
    super("The certificate PDF was not kept: Recert Companion's storage is nearly full. Export a backup, then remove certificate PDFs you no longer need; the record itself is saved.");
  }
}
