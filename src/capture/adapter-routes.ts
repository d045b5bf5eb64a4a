/**
 * Which adapter serves which pages, without loading the adapters: the content script (which must stay small
 * on every portal page) loads only the adapter the page needs. Each route's matches are the adapter's own; a
 * meta-test holds them, the registry (adapters/index.ts) and manifest.json to each other.
 */
import type { Adapter } from './adapter';

export interface AdapterRoute {
  id: string;
  matches: readonly string[];
  load(): Promise<Adapter>;
}

export const ADAPTER_ROUTES: readonly AdapterRoute[] = [
  { id: 'cisco-u', matches: ['https://u.cisco.com/*'], load: () => import('./adapters/cisco-u').then((m) => m.default) },
  {
    id: 'cisco-learning-network',
    matches: ['https://learningnetwork.cisco.com/*'],
    load: () => import('./adapters/cisco-learning-network').then((m) => m.default),
  },
  {
    id: 'cisco-digital-learning',
    matches: ['https://digital-learning.cisco.com/*'],
    load: () => import('./adapters/cisco-digital-learning').then((m) => m.default),
  },
  { id: 'cisco-live', matches: ['https://www.ciscolive.com/*'], load: () => import('./adapters/cisco-live').then((m) => m.default) },
  { id: 'certmetrics', matches: ['https://cp.certmetrics.com/*'], load: () => import('./adapters/certmetrics').then((m) => m.default) },
  { id: 'credly', matches: ['https://www.credly.com/*'], load: () => import('./adapters/credly').then((m) => m.default) },
  { id: 'coursera', matches: ['https://www.coursera.org/*'], load: () => import('./adapters/coursera').then((m) => m.default) },
  { id: 'udemy', matches: ['https://www.udemy.com/*'], load: () => import('./adapters/udemy').then((m) => m.default) },
  { id: 'edx', matches: ['https://courses.edx.org/*'], load: () => import('./adapters/edx').then((m) => m.default) },
  {
    id: 'linkedin-learning',
    matches: ['https://www.linkedin.com/learning/*'],
    load: () => import('./adapters/linkedin-learning').then((m) => m.default),
  },
];
