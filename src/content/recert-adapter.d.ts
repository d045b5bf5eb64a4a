/** The adapter a capture script is built with (vite.config.ts aliases `recert:adapter` to one adapter's file). */
declare module 'recert:adapter' {
  import type { Adapter } from '../capture/adapter';

  const adapter: Adapter;
  export default adapter;
}
