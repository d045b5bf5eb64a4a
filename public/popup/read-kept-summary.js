// The popup's first step, a classic script run while its page is still being parsed: it starts reading the summary
// the worker kept at the last opening (session storage, key POPUP_SUMMARY_KEY of src/domain/popup-summary.ts), so
// the read overlaps the popup module's loading; main.tsx takes the promise from here.
globalThis.recertKeptSummary = (globalThis.browser ?? globalThis.chrome)?.storage?.session?.get('popupSummary');
