/**
 * An HTTP proxy for Firefox that writes down where every connection goes and delivers it to the fixture server.
 * Firefox's WebDriver BiDi reports no request of an extension's background page (it is no browsing context), so
 * the proxy is how the Firefox suite sees those: with every request of the browser passing through it, a connection
 * to a host the test never opens can only have come from the browser's own services (switched off by the driver's
 * prefs) or from the extension. Nothing leaves the machine: only connections to the fixture server's port are
 * carried (to it); any other is written down and refused, as it was refused before the proxy (forceResolve sends it
 * to 127.0.0.1:443, where nothing listens). The driver relies on that: a tab the extension opens at a portal's
 * address without the port fails to load, and the driver loads it again at the server's port.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedConnection {
  host: string;
  port: number;
}

export interface RecordingProxy {
  port: number;
  /** Every CONNECT (https) and absolute-URL request (http), in order. */
  connections: ProxiedConnection[];
  stop(): Promise<void>;
}

/** `host:port` of a CONNECT line, brackets of an IPv6 literal taken off. */
function parseAuthority(authority: string): ProxiedConnection {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
  return m ? { host: m[1]!.toLowerCase(), port: Number(m[2]) } : { host: authority.toLowerCase(), port: 443 };
}

export async function startRecordingProxy(fixturePort: number): Promise<RecordingProxy> {
  const connections: ProxiedConnection[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain http: the test serves nothing over it, so it is written down and refused.
    const url = new URL(req.url ?? '/', 'http://unknown.invalid');
    connections.push({ host: url.hostname.toLowerCase(), port: Number(url.port || 80) });
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('No plain http in the e2e suite\n');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = parseAuthority(req.url ?? '');
    connections.push(target);
    if (target.port !== fixturePort) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
      return;
    }
    sockets.add(client);
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    upstream.on('error', drop).on('close', drop);
    client.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    connections,
    async stop() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Firefox prefs that send every http and https request, whatever its host, through the proxy at port. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // DNS stays with the proxy, so a host name never has to resolve for its request to be seen.
    'network.proxy.socks_remote_dns': true,
  };
}
