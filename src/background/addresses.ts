/** The parts of a sender's or a record's address the background compares. */

/**
 * Scheme and host, or undefined for an address without a host. Not URL.origin: that is the opaque "null" for
 * data:, javascript: and about: pages, and also for chrome-extension:// where the URL parser does not know the
 * scheme (Node, some engines), and "null" === "null" would take any such page for one of ours.
 */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : undefined;
  } catch {
    return undefined;
  }
}

export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
