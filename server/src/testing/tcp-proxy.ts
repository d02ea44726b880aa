import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A small TCP proxy in front of server nodes, like a load balancer: each new connection goes to the first
 * backend that accepts it, in the order given. When that node dies its connections drop; the clients'
 * reconnections land on the next live one.
 */
export interface TcpProxy {
  port: number;
  url: string;
  close(): Promise<void>;
}

function connectFirst(ports: number[], index = 0): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (index >= ports.length) return reject(new Error('no backend accepted the connection'));
    const upstream = createConnection({ host: '127.0.0.1', port: ports[index] });
    upstream.once('connect', () => resolve(upstream));
    upstream.once('error', () => {
      upstream.destroy();
      connectFirst(ports, index + 1).then(resolve, reject);
    });
  });
}

export async function startTcpProxy(backendPorts: number[]): Promise<TcpProxy> {
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.pause();
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    connectFirst(backendPorts).then(
      (upstream) => {
        open.add(upstream);
        upstream.once('close', () => {
          open.delete(upstream);
          client.destroy();
        });
        upstream.on('error', () => upstream.destroy());
        client.once('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      },
      () => client.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
