// Serves the built site (dist/) on localhost, as any static web server would.
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export function serve(dir = 'dist', port = 4321, host = '127.0.0.1'): Promise<Server> {
  const handler = sirv(dir, { dev: false, etag: true, gzip: false });
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>404</title><p>Not found</p>');
  }));
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

/** Serves `dir` on a free port and says where. */
export async function serveOrigin(dir = 'dist'): Promise<{ server: Server; origin: string }> {
  const server = await serve(dir, 0);
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  await serve('dist', port);
  console.log(`Serving dist/ at http://localhost:${port}/  (Ctrl+C to stop)`);
}
