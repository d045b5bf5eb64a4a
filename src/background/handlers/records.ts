/** Course records (protocol/records.ts): listing, editing, deleting with Undo, the CSV. */
import { patchFromForm } from '../../domain/manual-capture';
import { recordsCsv } from '../../domain/records-csv';
import type { recordMessages } from '../../protocol/records';
import { allRecords, deleteRecord, getRecord, listRecords, putRecord, updateRecord } from '../../store/records';
import { InvalidFieldsError } from '../../store/transaction';
import { chooseItem, linkedAfter } from '../item-catalog-links';
import type { Handlers, TypesOf } from './handler';

export const recordHandlers: Handlers<TypesOf<typeof recordMessages>> = {
  'records.list': async (message, { db }) => listRecords(await db(), { limit: message.limit, status: message.status }),
  'record.get': async (message, { db }) => getRecord(await db(), message.id),
  'record.update': async (message, { ctx, db }) => {
    const database = await db();
    return (await linkedAfter(database, { record: await updateRecord(database, message.id, message.patch, ctx.clock) })).record;
  },
  'record.edit': async (message, { ctx, db }) => {
    const database = await db();
    const result = patchFromForm(message.fields);
    if (!result.ok) throw new InvalidFieldsError(result.errors);
    return (await linkedAfter(database, { record: await updateRecord(database, message.id, result.patch, ctx.clock) })).record;
  },
  'record.delete': async (message, { ctx, db }) => deleteRecord(await db(), message.id, ctx.clock),
  'record.restore': async (message, { ctx, db }) => putRecord(await db(), message.record, ctx.clock),
  'record.chooseItemCatalogEntry': async (message, { db }) => chooseItem(await db(), message.id, message.item),
  'records.csv': async (_message, { db }) => ({ text: recordsCsv(await allRecords(await db())) }),
};
