/** What bringToFront needs of the browser: tabs, and windows where there are any (Firefox for Android has none). */
export interface FrontApi {
  tabs: { update(tabId: number, properties: { active: boolean }): Promise<{ windowId?: number } | undefined> };
  windows?: { update(windowId: number, properties: { focused: boolean }): Promise<unknown> };
}

/**
 * Shows a tab: makes it the active one, then focuses its window. Firefox for Android has no windows API (MDN's
 * compatibility data), so there the tab is only made active, which on a phone is all there is to do.
 */
export async function bringToFront(api: FrontApi, tabId: number): Promise<void> {
  const tab = await api.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined && api.windows) await api.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}
