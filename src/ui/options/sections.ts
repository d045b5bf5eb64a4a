/**
 * The dashboard's sections, in the order the navigation lists them. Each one is reached at #<id>, so that a link
 * or a notification can open it. A section joins the list when it exists: the navigation never links to nothing.
 */
import type { FunctionComponent } from 'preact';
import { ActivitiesSection } from './ActivitiesSection';
import { CertificationsSection } from './CertificationsSection';
import { RecordsSection } from './RecordsSection';
import { BackupSection } from './BackupSection';
import { SettingsSection } from './SettingsSection';
import { TaughtSitesSection } from './TaughtSitesSection';

export interface DashboardSection {
  /** The URL fragment and the element id: #certifications. */
  id: string;
  /** Message key of its entry in the navigation. */
  navKey: string;
  Component: FunctionComponent<{ headingId: string }>;
}

export const SECTIONS: readonly DashboardSection[] = [
  { id: 'certifications', navKey: 'navCertifications', Component: CertificationsSection },
  { id: 'records', navKey: 'navRecords', Component: RecordsSection },
  { id: 'catalogue', navKey: 'navCatalogue', Component: ActivitiesSection },
  { id: 'sites', navKey: 'navTaughtSites', Component: TaughtSitesSection },
  { id: 'backup', navKey: 'navBackup', Component: BackupSection },
  { id: 'settings', navKey: 'navSettings', Component: SettingsSection },
];

/** The section a URL fragment names; the first one for an empty or unknown fragment. */
export function sectionForHash(hash: string): DashboardSection {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return SECTIONS.find((s) => s.id === id) ?? SECTIONS[0]!;
}

export const headingIdOf = (section: DashboardSection) => `${section.id}-heading`;
