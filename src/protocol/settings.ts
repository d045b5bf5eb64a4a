/** The dashboard's settings. */
import { z } from 'zod';
import { Settings } from '../domain/schema';
import { declare } from './declare';

export const settingsMessages = [
  /** The settings, for pages that check against them before sending (the largest PDF kept). */
  declare(z.strictObject({ type: z.literal('settings.get') })).replies<Settings>(),
  /** Saves the dashboard's settings; the background checks them again. */
  declare(z.strictObject({ type: z.literal('settings.save'), settings: Settings }), { writes: true }).replies<Settings>(),
] as const;
