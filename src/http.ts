// The one HTTP server (Hono on Node): health check and error handling; channels and the console mount routes on it.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { Logger } from './logger.js';

/** Creates the shared Hono app with /healthz and a JSON error handler that never leaks internals. */
export function createHttpApp(logger: Logger, health: () => Record<string, unknown>): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true, ...health() }));
  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, 'HTTP handler failed');
    return c.json({ error: 'Lỗi máy chủ. Vui lòng thử lại sau.' }, 500);
  });
  app.notFound((c) => c.json({ error: 'Không tìm thấy.' }, 404));
  return app;
}

/** Starts listening; resolves with the server and the actual port once it is bound. */
export function listen(app: Hono, host: string, port: number): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => resolve({ server, port: info.port }));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`port ${port} on ${host} is already in use; set PORT to a free port (e.g. PORT=${port + 1}) or stop the program using it`, { cause: error }));
      } else reject(error);
    });
  });
}

/** Closes the server, waiting for open requests to finish. */
export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
