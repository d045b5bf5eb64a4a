/**
 * What the worker remembers of each tab's reading, so the popup can offer a report of a page that looked like it
 * should be read but gave nothing or only part (issue 21). The pages' scripts send nothing new for it: the messages
 * they already send say it (a learning site's "Finish capture" offer asks for its words when the adapter read
 * nothing; a capture without its end date is partial; the CE portal's dashboard says its claims were unreadable; an
 * Item Catalog read stopped short). Kept in session storage, since the worker may stop between the page's message
 * and the popup's opening; bounded (the oldest note goes first). A note holds the page's origin and path only, and
 * answers for that page only, so moving on (a load, or a single-page app's new path) leaves it behind. No listener
 * on tabs closing: it would start the worker on every closed tab, and a closed tab's id is not given again.
 */
import type { ReadingNote, ReadingOutcome, ReadingSurface } from '../domain/page-report';

export const READING_NOTES_KEY = 'readingNotes';
/** A few windows' worth of tabs: the oldest note goes first. */
export const MAX_READING_NOTES = 32;

/** The part of storage.session the notes need. */
export interface NoteStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface StoredNote extends ReadingNote {
  page: string;
  at: number;
}

/** The page a note is about: origin and path, and a single-page app's hash route; no query, no other fragment. */
export function pageOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { origin, pathname, hash } = new URL(url);
    const route = /^#!?\//.test(hash) ? hash.split('?')[0] : '';
    return origin === 'null' ? undefined : `${origin}${pathname}${route}`;
  } catch {
    return undefined;
  }
}

function isStoredNote(value: unknown): value is StoredNote {
  const note = value as Partial<StoredNote> | null;
  return (
    typeof note === 'object' && note !== null && typeof note.page === 'string' && typeof note.at === 'number' &&
    (note.surface === 'learning-site' || note.surface === 'ce-portal') && (note.outcome === 'empty' || note.outcome === 'partial')
  );
}

export class ReadingNotes {
  /** Notes are written one after another, so two pages' messages at once both land. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: NoteStorage,
    private readonly now: () => number = Date.now,
  ) {}

  private async all(): Promise<Record<string, StoredNote>> {
    const stored = (await this.storage.get(READING_NOTES_KEY))[READING_NOTES_KEY];
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, StoredNote] => isStoredNote(entry[1])));
  }

  private change(edit: (notes: Record<string, StoredNote>) => boolean): Promise<void> {
    const next = this.queue.then(async () => {
      const notes = await this.all();
      if (!edit(notes)) return;
      const kept = Object.entries(notes).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_READING_NOTES);
      await this.storage.set({ [READING_NOTES_KEY]: Object.fromEntries(kept) });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** What a page's script said of its reading: nothing or part (noted), or all (any note of the tab goes). */
  record(tabId: number | undefined, url: string | undefined, surface: ReadingSurface, outcome: ReadingOutcome | 'read'): Promise<void> {
    const page = pageOf(url);
    if (tabId === undefined || page === undefined) return Promise.resolve();
    return this.change((notes) => {
      const key = String(tabId);
      if (outcome === 'read') return key in notes && delete notes[key];
      notes[key] = { page, surface, outcome, at: this.now() };
      return true;
    });
  }

  /** The tab's note, when it is about the page the tab shows now. */
  async forTab(tabId: number | undefined, url: string | undefined): Promise<ReadingNote | undefined> {
    if (tabId === undefined) return undefined;
    await this.queue;
    const note = (await this.all())[String(tabId)];
    return note && note.page === pageOf(url) ? { surface: note.surface, outcome: note.outcome } : undefined;
  }
}

/** A page's message said how its reading went: noted for its tab, never failing the message it came with. */
export function noteReading(notes: ReadingNotes | undefined, sender: { tab?: { id?: number }; url?: string }, surface: ReadingSurface, outcome: ReadingOutcome | 'read'): void {
  if (!notes || !sender.tab) return;
  notes.record(sender.tab.id, sender.url, surface, outcome).catch((error: unknown) => console.warn('Recert Companion: a page\'s reading could not be noted', error));
}
