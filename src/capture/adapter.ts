import type { Capture, Program } from '../domain/schema';

/** What the reader knows beyond the page: the user's own name, so the recipient is never read as a course or issuer. */
export interface ReadingContext {
  people?: readonly string[];
  /** The names of the site the page is on ("Cisco Digital Learning"): a document title that is only that names no course. */
  siteNames?: readonly string[];
}

/**
 * One learning site. The file name under capture/adapters/ is the id.
 * `detect` is cheap and side-effect free (URL first, then one or two DOM probes);
 * `extract` never throws: it returns [] or captures whose missing fields are absent.
 */
export interface Adapter {
  readonly id: string;
  readonly label: string;
  /** Match patterns (https://host/path*): the build declares the adapter's capture script on exactly these (vite.config.ts). */
  readonly matches: readonly string[];
  /** The renewal program every activity on this site counts toward, when there is one (the Cisco sites). */
  readonly program?: Program;
  detect(doc: Document, url: URL): boolean;
  extract(doc: Document, url: URL, context?: ReadingContext): Capture[];
}
