/** The certifications held and the exams passed (protocol/certifications.ts). */
import type { certificationMessages } from '../../protocol/certifications';
import { deleteCertification, listCertifications, saveCertification } from '../../store/certifications';
import { deleteExam, listExams, saveExam } from '../../store/exams';
import type { Handlers, TypesOf } from './handler';

export const certificationHandlers: Handlers<TypesOf<typeof certificationMessages>> = {
  'certifications.list': async (_message, { db }) => listCertifications(await db()),
  'certification.save': async (message, { db }) => saveCertification(await db(), message.certification),
  'certification.delete': async (message, { db }) => deleteCertification(await db(), message.id),
  'exams.list': async (_message, { db }) => listExams(await db()),
  'exam.save': async (message, { db }) => saveExam(await db(), message.exam),
  'exam.delete': async (message, { db }) => deleteExam(await db(), message.id),
};
