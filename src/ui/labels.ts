/** Message keys for the domain's enums, so components never build keys by string surgery. */
import type { CertLevel, CreditUnit, RecordStatus } from '../domain/schema';
import type { CertificationState, PathProgress } from '../domain/progress';

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
  'no-expiry': 'stateNoExpiry',
  unknown: 'stateUnknown',
};

export const LEVEL_KEY: Record<CertLevel, string> = {
  entry: 'levelEntry',
  associate: 'levelAssociate',
  specialist: 'levelSpecialist',
  professional: 'levelProfessional',
  expert: 'levelExpert',
};

export const UNIT_KEY: Record<CreditUnit, string> = { CE: 'unitCE', CEU: 'unitCEU', CPE: 'unitCPE', PDU: 'unitPDU' };

export const PATH_KEY: Record<PathProgress['id'], string> = { 'ce-only': 'pathCeOnly' };
