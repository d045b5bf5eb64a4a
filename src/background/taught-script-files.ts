/**
 * Where the build puts the taught sites' two classic scripts (vite.config.ts's RUNTIME_SCRIPTS builds them there).
 * From the extension's root: Firefox resolves a path without the leading slash against the calling page's folder.
 */
export const TAUGHT_SITE_SCRIPT = '/content/taught-site.js';
export const TAUGHT_READER_SCRIPT = '/content/taught-reader.js';
