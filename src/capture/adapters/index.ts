/** The adapter registry: just a list. Add an adapter by adding its file and one import here. */
import type { Adapter } from '../adapter';
import ciscoU from './cisco-u';

export const adapters: readonly Adapter[] = [ciscoU];

export function adapterById(id: string): Adapter | undefined {
  return adapters.find((a) => a.id === id);
}
