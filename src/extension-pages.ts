/**
 * The extension's own pages, as paths inside the built extension (vite.config.ts builds each from its index.html):
 * one home, so that the worker, the popup and the pages open the same addresses.
 */
export const WELCOME_PAGE = 'src/ui/welcome/index.html';
/** The dashboard; its sections are URL fragments (#records, #certifications, #catalogue, ...). */
export const OPTIONS_PAGE = 'src/ui/options/index.html';
/** The capture and record forms. */
export const CONFIRM_PAGE = 'src/ui/confirm/index.html';
/** Where the record for a CE portal tab's form is picked. */
export const FILL_CHOOSER_PAGE = 'src/ui/fill-chooser/index.html';

/** A page report (issue 21): what it holds, and Save; the fragment is the report's id. */
export const REPORT_PAGE = 'src/ui/report/index.html';

/** The fragment key that names the version the extension was updated from, when the worker opens the welcome page. */
export const UPDATED_FROM = 'updated-from';

/** The welcome page after an update from previousVersion: it then says what is new in this version. */
export function welcomeAfterUpdate(previousVersion: string): string {
  return `${WELCOME_PAGE}#${UPDATED_FROM}=${encodeURIComponent(previousVersion)}`;
}
