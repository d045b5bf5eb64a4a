/**
 * The sites the extension reads on its own, as data (vite.config.ts writes `recert:content-sites` from the adapter
 * registry and manifest.json): a page names them without bundling any adapter's reading code.
 */
declare module 'recert:content-sites' {
  export interface LearningSite {
    /** The adapter's id (src/capture/adapters/<id>.ts). */
    readonly id: string;
    /** The site's name as users know it ("Cisco U.", "Coursera"). */
    readonly label: string;
    /** The match patterns its capture script runs on. */
    readonly matches: readonly string[];
  }
  /** One per adapter, in the registry's order. */
  export const LEARNING_SITES: readonly LearningSite[];
  /** Where the CE portal's script runs. */
  export const CE_PORTAL_MATCHES: readonly string[];
}
