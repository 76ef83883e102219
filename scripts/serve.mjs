// A small static server for the built site that behaves like the static hosts the wiki is made
// for, so tests exercise what hosts will do:
// - `base`: the site lives under a sub-path (e.g. /imperfects/), as on GitHub Pages;
// - a page is a directory's index.html. `mode` "github" redirects /characters/x to
//   /characters/x/ first, as GitHub Pages, Cloudflare Pages and a default nginx do; "direct"
//   answers /characters/x at once, as Netlify does;
// - an unknown path gets 404.html with status 404, as every host does when there is one;
//   "spa" instead answers an unknown path with index.html and status 200, as the "rewrite
//   everything to index.html" rule of many single-page-app deploy guides does;
// - the rules in the site's own `_headers` file are applied, as Netlify and Cloudflare do;
//   `headers: false` (--no-headers) leaves them out, as GitHub Pages does;
// - `compress` (off by default; the browser tests see the files as they are) compresses text
//   as a real host does, so the benchmark measures the bytes a phone really receives: brotli
//   when the request's Accept-Encoding allows it, else gzip, else none.
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [--base /imperfects/] [--mode direct|github|spa] [--compress] [--no-headers]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

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

/** What `compress` compresses: text, and wasm (which compresses well and hosts do compress). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.xml', '.txt']);

// Each file is compressed once, at the highest level, as hosts that precompress their assets
// do (brotli quality 11, gzip level 9), and kept in memory: quality 11 takes a few seconds
// on the app's wasm, far too slow to redo per request. `zlib`'s async forms run it off the
// event loop. Keyed by path, size and mtime, so a rebuilt file is compressed again.
const ENCODERS = {
  br: (body) => promisify(brotliCompress)(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};
const compressed = new Map();
function compressedBody(file, info, encoding) {
  const key = `${encoding} ${info.size} ${info.mtimeMs} ${file}`;
  if (!compressed.has(key)) {
    const body = readFile(file).then(ENCODERS[encoding]);
    body.catch(() => compressed.delete(key));
    compressed.set(key, body);
  }
  return compressed.get(key);
}

/** The encoding to answer with: br if the client takes it, else gzip, else none. */
export function chooseEncoding(acceptEncoding = '') {
  const weights = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const accepts = (name) => (weights.has(name) ? weights.get(name) > 0 : (weights.get('*') ?? 0) > 0);
  return ['br', 'gzip'].find(accepts) ?? null;
}

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

export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', base = '/', mode = 'direct', compress = false, headers = true } = {}) {
  const dir = resolve(root);
  const rules = headers ? readHeaderRules(dir) : [];
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headersFor = (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
    const send = async (file, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (compress && COMPRESSIBLE.has(extname(file))) {
        const encoding = chooseEncoding(req.headers['accept-encoding']);
        const body = encoding ? await compressedBody(file, await stat(file), encoding) : await readFile(file);
        res.writeHead(status, {
          'content-type': type,
          ...(encoding ? { 'content-encoding': encoding } : {}),
          vary: 'Accept-Encoding',
          'content-length': body.length,
          ...headersFor(url.pathname),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': type, ...headersFor(url.pathname) });
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
      if (mode === 'spa' && existsSync(join(dir, 'index.html'))) return await send(join(dir, 'index.html'));
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
  const flag = (name) => args.includes(name) && args.splice(args.indexOf(name), 1).length > 0;
  const compress = flag('--compress');
  const headers = !flag('--no-headers');
  const [root = 'dist', port = '8080'] = args;
  await startServer({ root, port: Number(port), base, mode, compress, headers });
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base.replace(/\/?$/, '/')} (${mode} mode${compress ? ', compressed' : ''}; Ctrl+C to stop)`);
}
