/**
 * The message protocol between content scripts, extension pages and the background: one zod discriminated
 * union. The background parses every message with it; senders import only the types (see send-message.ts),
 * so no zod reaches a content script.
 */
import { z } from 'zod';
import { Capture, Certification, CourseRecord, CourseRecordPatch, Exam, IsoDate, RecordStatus } from './domain/schema';
import type { ProgressReport } from './domain/progress';
import type { SaveCaptureResult } from './store/records';

const Id = z.string().min(1).max(64);

export const Message = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('capture.save'), capture: Capture }),
  z.strictObject({ type: z.literal('capture.undo'), token: Id }),
  z.strictObject({ type: z.literal('records.list'), limit: z.number().int().min(1).max(100_000).optional(), status: RecordStatus.optional() }),
  z.strictObject({ type: z.literal('record.update'), id: Id, patch: CourseRecordPatch }),
  z.strictObject({ type: z.literal('record.delete'), id: Id }),
  /** Undo of a delete: puts the record back exactly as it was. */
  z.strictObject({ type: z.literal('record.restore'), record: CourseRecord }),
  z.strictObject({ type: z.literal('progress.get'), today: IsoDate.optional() }),
  z.strictObject({ type: z.literal('certifications.list') }),
  z.strictObject({ type: z.literal('certification.save'), certification: Certification }),
  z.strictObject({ type: z.literal('certification.delete'), id: Id }),
  z.strictObject({ type: z.literal('exams.list') }),
  /** Adds an exam, replaces the one with its id, or puts back a deleted one (Undo). */
  z.strictObject({ type: z.literal('exam.save'), exam: Exam }),
  z.strictObject({ type: z.literal('exam.delete'), id: Id }),
]);

export type Message = z.input<typeof Message>;
export type ParsedMessage = z.output<typeof Message>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Message types a content script may send; everything else is for our own extension pages. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['capture.save', 'capture.undo']);

export interface ResponseMap {
  'capture.save': SaveCaptureResult;
  'capture.undo': { recordId: string; restored: 'removed' | 'reverted' };
  'records.list': CourseRecord[];
  'record.update': CourseRecord;
  'record.delete': CourseRecord;
  'record.restore': CourseRecord;
  'progress.get': ProgressReport;
  'certifications.list': Certification[];
  'certification.save': Certification;
  'certification.delete': Certification;
  'exams.list': Exam[];
  'exam.save': Exam;
  'exam.delete': Exam;
}

export type ErrorCode = 'bad-message' | 'forbidden' | 'invalid' | 'not-found' | 'internal';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
