/**
 * What the Cisco CE portal's dashboard changes in our store: which records moved along
 * captured -> submitted -> pending -> earned (or were rejected), and which held certifications now carry other
 * dates. Pure: the content script reads the dashboard (capture/ce-portal/dashboard.ts), the background plans
 * with this and writes; planning again on the written store yields no record changes.
 *
 * The dashboard's shapes live here rather than in capture/ because the domain imports nothing of ours;
 * capture/ce-portal/dashboard.ts re-exports them.
 */
import { cleanText, foldedWords, titleKey, titleMatch } from './course-titles';
import type { Certification, CourseRecord, RecordStatus } from './schema';

export type CePortalClaimStatus = 'pending' | 'earned' | 'rejected';

export interface CePortalClaim {
  itemName: string;
  /** ISO dates. */
  startDate?: string;
  endDate?: string;
  credits?: number;
  status: CePortalClaimStatus;
  submittedOn?: string;
  claimId?: string;
}

export interface CePortalCertification {
  name: string;
  expiresOn?: string;
  earnedOn?: string;
  status?: 'active' | 'expired' | 'retired';
}

export interface CePortalDashboard {
  claims: CePortalClaim[];
  certifications: CePortalCertification[];
  /**
   * 'listed': claims were read; 'none': the page says there are none yet; 'unreadable': the page is the
   * dashboard but its claims could not be read. Tells "empty" from "unreadable" when `claims` is [].
   * Always set by readCePortalDashboard; optional so that a dashboard written by hand needs only the lists.
   */
  claimsState?: 'listed' | 'none' | 'unreadable';
}

export interface RecordStatusChange {
  recordId: string;
  title: string;
  /** Equal when only the credits change. */
  from: RecordStatus;
  to: RecordStatus;
  /** The portal's credits, when it states them, they differ from the record's, and the claim's status is the record's. */
  credits?: number;
}

export interface CertificationChange {
  certificationId: string;
  name: string;
  expiresOn?: { from?: string; to: string };
  earnedOn?: { from?: string; to: string };
}

export interface CePortalSyncPlan {
  /** In the order of the claims on the dashboard. */
  records: RecordStatusChange[];
  /** In the order of the certifications on the dashboard. */
  certifications: CertificationChange[];
  unmatchedClaims: CePortalClaim[];
  unmatchedCertifications: CePortalCertification[];
}

// -------------------------------------------------------------------------------------------- statuses

const FORWARD_RANK: Partial<Record<RecordStatus, number>> = { captured: 0, submitted: 1, pending: 2, earned: 3 };

/**
 * The status a record takes when the portal shows its claim as `portal`. Forward only along
 * captured/submitted -> pending -> earned, or to rejected; earned is final; a rejected record moves only
 * when the portal says the item was earned after all.
 */
export function nextRecordStatus(from: RecordStatus, portal: CePortalClaimStatus): RecordStatus {
  if (from === 'earned') return from;
  if (portal === 'earned') return 'earned';
  if (from === 'rejected') return from;
  if (portal === 'rejected') return 'rejected';
  return (FORWARD_RANK[from] ?? 0) < FORWARD_RANK.pending! ? 'pending' : from;
}

// -------------------------------------------------------------------------------------------- matching

/** Programs whose records may be claimed on the Cisco portal: Cisco's own, and activities of no program. */
const CLAIMABLE_PROGRAMS: ReadonlySet<string> = new Set(['cisco', 'other']);
const CLAIM_STATUS_RANK: Record<CePortalClaimStatus, number> = { earned: 2, pending: 1, rejected: 0 };

interface Candidate {
  record: CourseRecord;
  claimIndex: number;
  /** Compared left to right, higher first. */
  score: [number, number, number, number];
}

function dateScore(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  return a === b ? 1 : -1;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  for (let i = 0; i < a.score.length; i++) {
    const d = b.score[i]! - a.score[i]!;
    if (d !== 0) return d;
  }
  if (a.record.id !== b.record.id) return a.record.id < b.record.id ? -1 : 1;
  return a.claimIndex - b.claimIndex;
}

/**
 * Every (record, claim) pair that may be the same item: the same title (see titleMatch) and, when both
 * state one, the same end date. Scored by end date, title, start date, then the claim's status (of two
 * claims for one item, the furthest along tells the item's fate). Nothing scored depends on a record's
 * status or credits, so planning again after applying a plan pairs the same records and claims.
 */
function candidates(claims: readonly CePortalClaim[], records: readonly CourseRecord[]): Candidate[] {
  const claimsByBase = new Map<string, number[]>();
  const claimKeys = claims.map((claim, index) => {
    const key = titleKey(claim.itemName);
    const same = claimsByBase.get(key.base);
    if (same) same.push(index);
    else if (key.base) claimsByBase.set(key.base, [index]);
    return key;
  });
  const out: Candidate[] = [];
  for (const record of records) {
    if (!CLAIMABLE_PROGRAMS.has(record.program)) continue;
    const key = titleKey(record.title);
    for (const claimIndex of claimsByBase.get(key.base) ?? []) {
      const claim = claims[claimIndex]!;
      const title = titleMatch(key, claimKeys[claimIndex]!);
      const end = dateScore(record.endDate, claim.endDate);
      if (title === 0 || end < 0) continue;
      out.push({ record, claimIndex, score: [end, title, dateScore(record.startDate, claim.startDate), CLAIM_STATUS_RANK[claim.status]] });
    }
  }
  return out.sort(compareCandidates);
}

function recordChange(record: CourseRecord, claim: CePortalClaim): RecordStatusChange | undefined {
  const to = nextRecordStatus(record.status, claim.status);
  // The portal's credits are the item's value once the record stands where the claim does.
  const credits = to === claim.status && claim.credits !== undefined && claim.credits !== record.credits ? claim.credits : undefined;
  if (to === record.status && credits === undefined) return undefined;
  const change: RecordStatusChange = { recordId: record.id, title: record.title, from: record.status, to };
  if (credits !== undefined) change.credits = credits;
  return change;
}

// ------------------------------------------------------------------------------------- certifications

/** Cisco's abbreviations and the long forms the portal may spell out instead. */
const CISCO_LONG_FORMS: readonly [string, string][] = [
  ['ccna', 'cisco certified network associate'],
  ['ccnp', 'cisco certified network professional'],
  ['ccie', 'cisco certified internetwork expert'],
  ['ccde', 'cisco certified design expert'],
  ['ccst', 'cisco certified support technician'],
];

/** "Cisco Certified Network Professional (CCNP) Enterprise" and "CCNP® Enterprise" both give "ccnp enterprise". */
export function certificationKey(name: string): string {
  let key = ` ${foldedWords(cleanText(name).replace(/[®™©]/g, ''))} `;
  for (const [short, long] of CISCO_LONG_FORMS) {
    key = key.split(` ${long} `).join(` ${short} `).split(` ${short} ${short} `).join(` ${short} `);
  }
  return key.trim().replace(/^cisco (?=cc(?:na|np|ie|de|st)\b)/, '');
}

function certificationChange(held: Certification, shown: CePortalCertification): CertificationChange | undefined {
  const expiresOn = shown.expiresOn && shown.expiresOn !== held.expiresOn ? shown.expiresOn : undefined;
  const earnedOn = shown.earnedOn && shown.earnedOn !== held.earnedOn ? shown.earnedOn : undefined;
  if (!expiresOn && !earnedOn) return undefined;
  // A pair of dates the store would refuse (earned on or after expiry) is a misreading, not news.
  const finalEarned = earnedOn ?? held.earnedOn;
  const finalExpires = expiresOn ?? held.expiresOn;
  if (finalEarned && finalExpires && finalEarned >= finalExpires) return undefined;
  const change: CertificationChange = { certificationId: held.id, name: held.name };
  if (expiresOn) change.expiresOn = held.expiresOn ? { from: held.expiresOn, to: expiresOn } : { to: expiresOn };
  if (earnedOn) change.earnedOn = held.earnedOn ? { from: held.earnedOn, to: earnedOn } : { to: earnedOn };
  return change;
}

function planCertifications(shown: readonly CePortalCertification[], held: readonly Certification[]) {
  const byKey = new Map<string, Certification[]>();
  for (const cert of [...held].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (cert.program !== 'cisco') continue;
    const key = certificationKey(cert.name);
    const same = byKey.get(key);
    if (same) same.push(cert);
    else if (key) byKey.set(key, [cert]);
  }
  const changes: CertificationChange[] = [];
  const unmatched: CePortalCertification[] = [];
  for (const cert of shown) {
    const match = byKey.get(certificationKey(cert.name))?.shift();
    if (!match) {
      unmatched.push(cert);
      continue;
    }
    const change = certificationChange(match, cert);
    if (change) changes.push(change);
  }
  return { changes, unmatched };
}

// ------------------------------------------------------------------------------------------------ plan

export function planCePortalSync(input: {
  dashboard: CePortalDashboard;
  records: readonly CourseRecord[];
  certifications: readonly Certification[];
}): CePortalSyncPlan {
  const { claims } = input.dashboard;
  const recordFor = new Map<number, CourseRecord>();
  const pairedRecords = new Set<string>();
  for (const { record, claimIndex } of candidates(claims, input.records)) {
    if (recordFor.has(claimIndex) || pairedRecords.has(record.id)) continue;
    recordFor.set(claimIndex, record);
    pairedRecords.add(record.id);
  }
  const records: RecordStatusChange[] = [];
  const unmatchedClaims: CePortalClaim[] = [];
  claims.forEach((claim, index) => {
    const record = recordFor.get(index);
    if (!record) {
      unmatchedClaims.push(claim);
      return;
    }
    const change = recordChange(record, claim);
    if (change) records.push(change);
  });
  const certifications = planCertifications(input.dashboard.certifications, input.certifications);
  return { records, certifications: certifications.changes, unmatchedClaims, unmatchedCertifications: certifications.unmatched };
}

// ------------------------------------------------------------------------------------------- what changed, as data
// (the background words each line from _locales: background/sync-lines.ts)


/** One line of a sync report, as data: which sentence, and what goes into it. */
export type SyncMessage =
  | { key: 'statusChanged' | 'statusAndCreditsChanged' | 'creditsChanged'; title: string; from: RecordStatus; to: RecordStatus; credits?: number }
  | { key: 'expiresChanged' | 'earnedSet' | 'renewed'; name: string; date: string };

/** A course's short name: the acronym in brackets ("ENAUTO") when it has one, else its title, shortened. */
export function shortTitle(title: string): string {
  const clean = cleanText(title);
  const acronym = /[([]\s*([A-Z][A-Z0-9+&/-]{1,15})\s*[)\]]/.exec(clean)?.[1];
  if (acronym && !/^(?:LITE|NO-?LABS?)$/.test(acronym)) return acronym;
  return clean.length > 60 ? `${clean.slice(0, 59).trimEnd()}…` : clean;
}

export function syncMessages(plan: CePortalSyncPlan): SyncMessage[] {
  const lines: SyncMessage[] = [];
  for (const { title, from, to, credits } of plan.records) {
    const key = from === to ? 'creditsChanged' : credits !== undefined ? 'statusAndCreditsChanged' : 'statusChanged';
    lines.push(credits !== undefined ? { key, title: shortTitle(title), from, to, credits } : { key, title: shortTitle(title), from, to });
  }
  for (const { name, expiresOn, earnedOn } of plan.certifications) {
    if (earnedOn) lines.push({ key: earnedOn.from ? 'renewed' : 'earnedSet', name, date: earnedOn.to });
    if (expiresOn) lines.push({ key: 'expiresChanged', name, date: expiresOn.to });
  }
  return lines;
}
