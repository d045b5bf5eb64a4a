/** Message keys for the domain's enums, so components never build keys by string surgery. */
import type { CertLevel, CreditUnit, RecordStatus } from '../domain/schema';
import type { CertificationState } from '../domain/progress';

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
  expired: 'stateExpired',
};

export const LEVEL_KEY: Record<CertLevel, string> = {
  entry: 'levelEntry',
  associate: 'levelAssociate',
  specialist: 'levelSpecialist',
  professional: 'levelProfessional',
  expert: 'levelExpert',
};

export const UNIT_KEY: Record<CreditUnit, string> = { CE: 'unitCE', CEU: 'unitCEU', CPE: 'unitCPE', PDU: 'unitPDU' };
