/**
 * Firefox's own debugging protocol (the Remote Debugging Protocol about:debugging speaks), for the one thing
 * WebDriver BiDi cannot do: stop an extension's background page, as Firefox does when it is idle. Firefox is
 * started with `--start-debugger-server <port>` and the prefs below; packets are `<byte length>:<JSON>` over TCP.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

/** Prefs that let a local client attach without the "allow incoming connection?" prompt. */
export const DEBUGGER_SERVER_PREFS = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
} as const;

/** A port free on 127.0.0.1 right now, for Firefox to open its debugger server on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Packet = Record<string, unknown> & { from?: string; error?: string; message?: string };

export class FirefoxDebugger {
  private buffer = Buffer.alloc(0);
  private waiting: Array<(packet: Packet) => void> = [];
  private queue: Packet[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  /** Connects (retrying while Firefox opens the port) and reads the root actor's greeting. */
  static async connect(port: number, timeoutMs = 15_000): Promise<FirefoxDebugger> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new FirefoxDebugger(socket);
        await client.next();
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`No Firefox debugger server on port ${port}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private drain(): void {
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      const waiter = this.waiting.shift();
      if (waiter) waiter(packet);
      else this.queue.push(packet);
    }
  }

  private next(): Promise<Packet> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Sends one request and returns the reply from that actor (unsolicited events from others are skipped). */
  async request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Packet> {
    const body = Buffer.from(JSON.stringify({ to, type, ...extra }));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    for (;;) {
      const packet = await this.next();
      if (packet.from !== to) continue;
      if (packet.error) throw new Error(`${to} ${type}: ${packet.error} ${packet.message ?? ''}`);
      return packet;
    }
  }

  /**
   * Stops the add-on's background page now, whatever it is doing, as about:debugging's "Terminate Background
   * Script" does; the next event starts a new one. Whether it was running: a stopped page is not stopped twice.
   */
  async terminateBackground(addonId: string): Promise<boolean> {
    const { addons } = (await this.request('root', 'listAddons')) as { addons?: Array<{ id: string; actor: string; backgroundScriptStatus?: string }> };
    const addon = addons?.find((a) => a.id === addonId);
    if (!addon) throw new Error(`Add-on ${addonId} is not installed`);
    if (addon.backgroundScriptStatus === 'STOPPED') return false;
    await this.request(addon.actor, 'terminateBackgroundScript');
    return true;
  }

  /** Sets an integer pref in the running browser (the root's preference actor), as about:config would. */
  async setIntPref(name: string, value: number): Promise<void> {
    const { preferenceActor } = (await this.request('root', 'getRoot')) as { preferenceActor?: string };
    if (!preferenceActor) throw new Error('This Firefox offers no preference actor');
    await this.request(preferenceActor, 'setIntPref', { name, value });
  }

  /** Sets a boolean pref in the running browser, as about:config would. */
  async setBoolPref(name: string, value: boolean): Promise<void> {
    const { preferenceActor } = (await this.request('root', 'getRoot')) as { preferenceActor?: string };
    if (!preferenceActor) throw new Error('This Firefox offers no preference actor');
    await this.request(preferenceActor, 'setBoolPref', { name, value });
  }

  close(): void {
    this.socket.destroy();
  }
}
