// A small static server for the built site, as a static host would serve it: files as they
// are, and index.html for any other path so that deep links into the app load (SPA fallback).
// Usage: node scripts/serve.mjs [dir=dist] [port=8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    const send = async (target, status = 200) => {
      const body = await readFile(target);
      res.writeHead(status, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return await send(file);
      if (info?.isDirectory()) {
        const index = join(file, 'index.html');
        if (await stat(index).catch(() => null)) return await send(index);
      }
      // A path with an extension is a missing file; anything else is a route of the app.
      if (extname(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      await send(join(base, 'index.html'));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  await startServer({ root, port: Number(port) });
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
