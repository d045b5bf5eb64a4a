/**
 * Manual capture on any site, with no host permission: on the user's gesture (the popup's "Capture this page",
 * or a context-menu entry) activeTab lets us inject the page scan into that one tab. What it returns is page data:
 * checked with zod, then kept here as a draft until the confirmation form asks for it.
 */
import type browser from 'webextension-polyfill';
import { z } from 'zod';
import { Capture } from '../domain/schema';
import { MANUAL_CAPTURE_FILE, MANUAL_CAPTURE_GLOBAL, MAX_SELECTION_LENGTH, type ManualDraft, type PageScan } from '../capture/page-scan';

export const CONFIRM_PAGE = 'src/ui/confirm/index.html';
const MAX_DRAFTS = 20;

const ScanReply = z.object({
  captures: z.array(z.unknown()).max(20),
  url: z.string().max(4096),
  title: z.string().max(2000),
  selection: z.string().max(MAX_SELECTION_LENGTH * 2),
});

export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

/** The page's answer, keeping only well-formed captures; when the page could not be scanned, the tab's own title and URL. */
export function scanFromReply(raw: unknown, tab: TabInfo): PageScan {
  const parsed = ScanReply.safeParse(raw);
  if (!parsed.success) return { captures: [], url: tab.url ?? '', title: tab.title ?? '', selection: '' };
  const captures = parsed.data.captures.flatMap((c) => {
    const capture = Capture.safeParse(c);
    return capture.success ? [capture.data] : [];
  });
  return { ...parsed.data, captures };
}

/** Drafts live in the worker's memory: the form asks for its draft right after it opens. */
export class DraftStore {
  private readonly drafts = new Map<string, ManualDraft>();

  put(draft: ManualDraft): void {
    this.drafts.set(draft.id, draft);
    for (const id of this.drafts.keys()) {
      if (this.drafts.size <= MAX_DRAFTS) break;
      this.drafts.delete(id);
    }
  }

  get(id: string): ManualDraft | undefined {
    return this.drafts.get(id);
  }
}

/** The part of browser.scripting the scan needs. */
export type ScriptInjector = Pick<typeof browser.scripting, 'executeScript'>;

/**
 * Two injections into the tab activeTab opened to us: the scan's file, then a call that returns its result. The
 * names go in as the call's argument, a plain array of strings (cloned into the page's script as JSON); the
 * script checks them again, since what runs in a page is never trusted further than it must be.
 */
export async function injectScan(scripting: ScriptInjector, tabId: number, people: readonly string[]): Promise<unknown> {
  await scripting.executeScript({ target: { tabId }, files: [MANUAL_CAPTURE_FILE] });
  const [injection] = await scripting.executeScript({
    target: { tabId },
    func: (name: string, names: string[]) => (globalThis as unknown as Record<string, ((people: unknown) => unknown) | undefined>)[name]?.(names),
    args: [MANUAL_CAPTURE_GLOBAL, [...people]],
  });
  return injection?.result;
}

export interface ManualCaptureDeps {
  /** Injects the scan into the tab and returns what it returned (undefined when the page cannot be scripted). */
  scanTab(tabId: number, people: readonly string[]): Promise<unknown>;
  /** The user's own name from the settings (peopleOf), so the page's recipient is never read as its title. */
  people(): Promise<string[]>;
  openConfirmPage(draftId: string, tab: TabInfo): Promise<void>;
  drafts: DraftStore;
  newId(): string;
}

export interface ManualCaptureOptions {
  /** The context menu's selectionText: it becomes the certificate code. */
  selectionText?: string;
}

export async function captureTab(tab: TabInfo, options: ManualCaptureOptions, deps: ManualCaptureDeps): Promise<ManualDraft> {
  let raw: unknown;
  if (tab.id !== undefined) {
    // Without the settings the scan still runs, as it did before the name existed.
    const people = await deps.people().catch(() => []);
    try {
      raw = await deps.scanTab(tab.id, people);
    } catch (error) {
      // A browser page, the web store, a PDF viewer: no script runs there, but the user still gets the form.
      console.warn('Recert Companion: this page could not be scanned', error);
    }
  }
  const scan = scanFromReply(raw, tab);
  const selectionText = options.selectionText?.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_LENGTH);
  const draft: ManualDraft = {
    ...scan,
    selection: selectionText || scan.selection,
    selectionAsCode: options.selectionText !== undefined,
    id: deps.newId(),
  };
  deps.drafts.put(draft);
  await deps.openConfirmPage(draft.id, tab);
  return draft;
}
