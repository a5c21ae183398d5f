/**
 * Start the HTTP API on a port (0: any free port, for tests). Logs one line when it listens and none
 * per request: request bodies hold plans, which are not ours to keep.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type ApiOptions } from './app.ts';

export interface Running {
  readonly url: string;
  close(): Promise<void>;
}

export function startServer(
  options: ApiOptions & { readonly port: number; readonly host: string },
): Promise<Running> {
  const app = createApp(options);
  return new Promise((resolve) => {
    const server: ServerType = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) =>
              server.close((error) => (error ? fail(error) : done())),
            ),
        });
      },
    );
  });
}
