/** The fill-target registry: just a list. Add a form by adding its file (the name is the id) and one import here. */
import type { FillTarget } from '../fill-types';
import ciscoCePortal from './cisco-ce-portal';

export const FILL_TARGETS: readonly FillTarget[] = [ciscoCePortal];

export function fillTargetById(id: string): FillTarget | undefined {
  return FILL_TARGETS.find((t) => t.id === id);
}

/** The target whose form this page is, if any. */
export function fillTargetFor(doc: Document, url: URL): FillTarget | undefined {
  return FILL_TARGETS.find((t) => t.detect(doc, url));
}
