/**
 * Manual capture on any site, with no host permission: on the user's gesture (the popup's "Capture this page",
 * a context-menu entry, the shortcut) activeTab lets us run one function in that tab, which returns the page's
 * snapshot; the toast's "Finish capture" on a portal sends the same snapshot itself. The snapshot is page data:
 * checked with zod, kept here as a draft, and read by the confirmation form (page-scan.ts), never in the page.
 */
import type browser from 'webextension-polyfill';
import { SNAPSHOT_LIMITS, snapshotPage } from '../capture/page-snapshot';
import { PageSnapshotShape } from '../protocol/capture';
import { MAX_PAGE_TITLE_LENGTH, MAX_SELECTION_LENGTH, type PageSnapshot, type CaptureDraft } from '../domain/page-snapshot';

/** Drafts live only until their form reads them; a few pages' markup is all the worker keeps. */
const MAX_DRAFTS = 8;

export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

/** The page's snapshot when it is well formed; when the page could not be scanned, the tab's own title and URL. */
export function snapshotFromReply(raw: unknown, tab: TabInfo): PageSnapshot {
  const parsed = PageSnapshotShape.safeParse(raw);
  if (parsed.success) return parsed.data;
  return { html: '', url: tab.url ?? '', title: (tab.title ?? '').slice(0, MAX_PAGE_TITLE_LENGTH), selection: '' };
}

/** Drafts live in the worker's memory: the form asks for its draft right after it opens. */
export class DraftStore {
  private readonly drafts = new Map<string, CaptureDraft>();

  put(draft: CaptureDraft): void {
    this.drafts.set(draft.id, draft);
    for (const id of this.drafts.keys()) {
      if (this.drafts.size <= MAX_DRAFTS) break;
      this.drafts.delete(id);
    }
  }

  get(id: string): CaptureDraft | undefined {
    return this.drafts.get(id);
  }
}

/** The part of browser.scripting the scan needs. */
export type ScriptInjector = Pick<typeof browser.scripting, 'executeScript'>;

/** One injection into the tab activeTab opened to us: snapshotPage runs there and its result comes back. */
export async function injectSnapshot(scripting: ScriptInjector, tabId: number): Promise<unknown> {
  const [injection] = await scripting.executeScript({ target: { tabId }, func: snapshotPage, args: [...SNAPSHOT_LIMITS] });
  return injection?.result;
}

export interface ManualCaptureDeps {
  /** Takes the tab's snapshot and returns what the page returned (undefined when the page cannot be scripted). */
  snapshotTab(tabId: number): Promise<unknown>;
  openConfirmPage(draftId: string, tab: TabInfo): Promise<void>;
  drafts: DraftStore;
  newId(): string;
}

export interface ManualCaptureOptions {
  /** The context menu's selectionText: it becomes the certificate code. */
  selectionText?: string;
}

/** Keeps the page as a draft and opens the confirmation form on it. */
export async function openDraft(page: PageSnapshot, tab: TabInfo, selectionAsCode: boolean, deps: Pick<ManualCaptureDeps, 'drafts' | 'newId' | 'openConfirmPage'>): Promise<CaptureDraft> {
  const draft: CaptureDraft = { id: deps.newId(), page, selectionAsCode };
  deps.drafts.put(draft);
  await deps.openConfirmPage(draft.id, tab);
  return draft;
}

export async function captureTab(tab: TabInfo, options: ManualCaptureOptions, deps: ManualCaptureDeps): Promise<CaptureDraft> {
  let raw: unknown;
  if (tab.id !== undefined) {
    try {
      raw = await deps.snapshotTab(tab.id);
    } catch (error) {
      // A browser page, the web store, a PDF viewer: no script runs there, but the user still gets the form.
      console.warn('Recert Companion: this page could not be scanned', error);
    }
  }
  const page = snapshotFromReply(raw, tab);
  const selectionText = options.selectionText?.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_LENGTH);
  return openDraft({ ...page, selection: selectionText || page.selection }, tab, options.selectionText !== undefined, deps);
}
