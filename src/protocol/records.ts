/** Course records: listing, editing, deleting (with Undo), and the records as CSV. */
import { z } from 'zod';
import { CourseRecord, CourseRecordPatch, LinkedCatalogItem, RecordStatus } from '../domain/schema';
import { declare } from './declare';
import { Id, ManualCaptureInput } from './shapes';

export const recordMessages = [
  declare(z.strictObject({ type: z.literal('records.list'), limit: z.number().int().min(1).max(100_000).optional(), status: RecordStatus.optional() })).replies<CourseRecord[]>(),
  /** One stored record, for the record editor. */
  declare(z.strictObject({ type: z.literal('record.get'), id: Id })).replies<CourseRecord>(),
  declare(z.strictObject({ type: z.literal('record.update'), id: Id, patch: CourseRecordPatch }), { writes: true }).replies<CourseRecord>(),
  /** Saves the record editor (the confirmation form, editing a stored record); invalid fields as for capture.confirm. */
  declare(z.strictObject({ type: z.literal('record.edit'), id: Id, fields: ManualCaptureInput }), { writes: true }).replies<CourseRecord>(),
  declare(z.strictObject({ type: z.literal('record.delete'), id: Id }), { writes: true }).replies<CourseRecord>(),
  /** Undo of a delete: puts the record back exactly as it was. */
  declare(z.strictObject({ type: z.literal('record.restore'), record: CourseRecord }), { writes: true }).replies<CourseRecord>(),
  /** The user settles a near tie: the record takes one of the Item Catalog's items it was offered. */
  declare(z.strictObject({ type: z.literal('record.chooseItemCatalogEntry'), id: Id, item: LinkedCatalogItem }), { writes: true }).replies<CourseRecord>(),
  /** The records as CSV, for a spreadsheet. */
  declare(z.strictObject({ type: z.literal('records.csv') })).replies<{ text: string }>(),
] as const;
