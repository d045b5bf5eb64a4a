/** Message keys for the domain's enums, so components never build keys by string surgery. */
import type { CertLevel, CreditUnit, ExamKind, Program, RecordStatus } from '../domain/schema';
import type { CertificationState } from '../domain/progress';
import type { ActivityCategory, ActivityKind } from '../domain/vocabulary';
import type { TaughtField } from '../domain/site-recipe';

export const STATUS_KEY: Record<RecordStatus, string> = {
  captured: 'statusCaptured',
  submitted: 'statusSubmitted',
  pending: 'statusPending',
  earned: 'statusEarned',
  rejected: 'statusRejected',
};

export const STATE_KEY: Record<CertificationState, string> = {
  'on-track': 'stateOnTrack',
  'at-risk': 'stateAtRisk',
  renewed: 'stateRenewed',
  retired: 'stateRetired',
  expired: 'stateExpired',
};

export const LEVEL_KEY: Record<CertLevel, string> = {
  entry: 'levelEntry',
  associate: 'levelAssociate',
  specialist: 'levelSpecialist',
  professional: 'levelProfessional',
  expert: 'levelExpert',
};

export const UNIT_KEY: Record<CreditUnit, string> = { CE: 'unitCE', CEU: 'unitCEU', CPE: 'unitCPE', PDU: 'unitPDU', ECE: 'unitECE' };

export const PROGRAM_KEY: Record<Program, string> = {
  cisco: 'programCisco',
  comptia: 'programComptia',
  isc2: 'programIsc2',
  isaca: 'programIsaca',
  giac: 'programGiac',
  'ec-council': 'programEcCouncil',
  pmi: 'programPmi',
  other: 'programOther',
};

export const EXAM_KIND_KEY: Record<ExamKind, string> = {
  entry: 'examKindEntry',
  technician: 'examKindTechnician',
  associate: 'examKindAssociate',
  specialist: 'examKindSpecialist',
  'professional-concentration': 'examKindProfessionalConcentration',
  'technology-core': 'examKindTechnologyCore',
  'expert-written': 'examKindExpertWritten',
  'expert-lab': 'examKindExpertLab',
};

/** An exam kind as a phrase that fits "1 … exam": "technology core", "concentration". */
export const EXAM_PHRASE_KEY: Record<ExamKind, string> = {
  entry: 'examPhraseEntry',
  technician: 'examPhraseTechnician',
  associate: 'examPhraseAssociate',
  specialist: 'examPhraseSpecialist',
  'professional-concentration': 'examPhraseConcentration',
  'technology-core': 'examPhraseCore',
  'expert-written': 'examPhraseExpertWritten',
  'expert-lab': 'examPhraseExpertLab',
};

/** A program's activity category, as the program names it. */
export const CATEGORY_KEY: Record<ActivityCategory, string> = {
  'group-a': 'categoryGroupA',
  'group-b': 'categoryGroupB',
  'ways-of-working': 'categoryWaysOfWorking',
  'power-skills': 'categoryPowerSkills',
  'business-acumen': 'categoryBusinessAcumen',
  'giving-back': 'categoryGivingBack',
  practitioner: 'categoryPractitioner',
  webinar: 'categoryWebinar',
  conference: 'categoryConference',
  teaching: 'categoryTeaching',
  'instructional-materials': 'categoryInstructionalMaterials',
};

export const ACTIVITY_KIND_KEY: Record<ActivityKind, string> = {
  'online-videos': 'kindOnlineVideos',
  'online-course': 'kindOnlineCourse',
  'instructor-led': 'kindInstructorLed',
  'virtual-instructor-led': 'kindVirtualInstructorLed',
  workshop: 'kindWorkshop',
  'event-session': 'kindEventSession',
  'exam-authoring': 'kindExamAuthoring',
  other: 'kindOther',
};

/** The form's names of the fields a taught site's recipe finds, as the dashboard lists them. */
export const TAUGHT_FIELD_KEY: Record<'title' | TaughtField, string> = {
  title: 'fieldActivityTitle',
  provider: 'fieldProvider',
  // The form's own label says "(optional)", which means nothing in a list of what was taught.
  startDate: 'taughtFieldStartDate',
  endDate: 'fieldEndDate',
  certificateCode: 'fieldCertificateCode',
  credits: 'fieldCredits',
  hours: 'fieldHours',
};
