/**
 * The adapter registry: just a list. Add an adapter by adding its file and its line here (import it, list it); the
 * build derives the adapter's capture script and its manifest entry from this list (vite.config.ts).
 */
import type { Adapter } from '../adapter';
import certmetrics from './certmetrics';
import ciscoDigitalLearning from './cisco-digital-learning';
import ciscoLearningNetwork from './cisco-learning-network';
import ciscoLive from './cisco-live';
import ciscoU from './cisco-u';
import coursera from './coursera';
import credly from './credly';
import edx from './edx';
import linkedinLearning from './linkedin-learning';
import udemy from './udemy';

export const adapters: readonly Adapter[] = [
  ciscoU,
  ciscoLearningNetwork,
  ciscoDigitalLearning,
  ciscoLive,
  certmetrics,
  credly,
  coursera,
  udemy,
  edx,
  linkedinLearning,
];

export function adapterById(id: string): Adapter | undefined {
  return adapters.find((a) => a.id === id);
}
