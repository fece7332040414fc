/**
 * A TCP relay in front of the test Neo4j that a test can cut, as if the database went away:
 * every open connection is dropped and the port refuses new ones.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface TcpProxy {
  /** The relay's bolt:// address. */
  uri: string;
  /** Drops every connection and stops listening (the port then refuses). */
  cut(): Promise<void>;
}

/** Relays 127.0.0.1:<free port> to the host and port of `target` (a bolt:// URI). */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    return socket;
  };
  const server = createServer((client) => {
    const upstream = track(connect(Number(port), hostname));
    track(client);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${proxyPort}`,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      sockets.forEach((socket) => socket.destroy());
      await closed;
    },
  };
}
