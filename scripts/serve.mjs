// A small static server for the built site that behaves like the static hosts the wiki is made
// for, so tests exercise what hosts will do:
// - `base`: the site lives under a sub-path (e.g. /imperfects/), as on GitHub Pages;
// - a page is a directory's index.html. `mode` "github" redirects /characters/x to
//   /characters/x/ first, as GitHub Pages, Cloudflare Pages and a default nginx do; "direct"
//   answers /characters/x at once, as Netlify does;
// - an unknown path gets 404.html with status 404, as every host does when there is one;
// - the rules in the site's own `_headers` file are applied, as Netlify and Cloudflare do.
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [--base /imperfects/] [--mode direct|github]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Netlify-style `_headers`: a path pattern line, then indented `Name: value` lines. */
function readHeaderRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', base = '/', mode = 'direct' } = {}) {
  const dir = resolve(root);
  const rules = readHeaderRules(dir);
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headersFor = (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
    const send = async (file, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(url.pathname) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) return send(page, 404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    };
    try {
      let path = decodeURIComponent(url.pathname);
      if (path === prefix.slice(0, -1)) path = prefix;
      if (!path.startsWith(prefix)) return await notFound();
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) return await notFound();
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return await send(file);
      if (info?.isDirectory() && existsSync(join(file, 'index.html'))) {
        if (mode === 'github' && !path.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        return await send(join(file, 'index.html'));
      }
      await notFound();
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : fallback;
  };
  const base = option('--base', '/');
  const mode = option('--mode', 'direct');
  const [root = 'dist', port = '8080'] = args;
  await startServer({ root, port: Number(port), base, mode });
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base.replace(/\/?$/, '/')} (${mode} mode; Ctrl+C to stop)`);
}
