/** The certifications the user holds and the exams they passed. */
import { z } from 'zod';
import { Certification, Exam } from '../domain/schema';
import { declare } from './declare';
import { Id } from './shapes';

export const certificationMessages = [
  declare(z.strictObject({ type: z.literal('certifications.list') })).replies<Certification[]>(),
  declare(z.strictObject({ type: z.literal('certification.save'), certification: Certification }), { writes: true }).replies<Certification>(),
  declare(z.strictObject({ type: z.literal('certification.delete'), id: Id }), { writes: true }).replies<Certification>(),
  declare(z.strictObject({ type: z.literal('exams.list') })).replies<Exam[]>(),
  /** Adds an exam, replaces the one with its id, or puts back a deleted one (Undo). */
  declare(z.strictObject({ type: z.literal('exam.save'), exam: Exam }), { writes: true }).replies<Exam>(),
  declare(z.strictObject({ type: z.literal('exam.delete'), id: Id }), { writes: true }).replies<Exam>(),
] as const;
