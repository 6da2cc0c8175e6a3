/**
 * The HTTPS static server behind the mapped hosts: serves tests/pages/ by path on 127.0.0.1 at a
 * free port. Chromium reaches it as https://www.163.com/… through --host-resolver-rules.
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { createSelfSignedCertificate } from './certificate';
import { repoPath } from './repo';

export const PAGES_DIR = repoPath('tests/pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  port: number;
  /** base64 SHA-256 of the server's public key (Chromium trusts it via --ignore-certificate-errors-spki-list). */
  spkiSha256: string;
  /** Every path requested, in order (for tests that care what the browser fetched). */
  requestedPaths: string[];
  close(): Promise<void>;
}

/** Maps a URL path to a file under `root`, or null when it would leave the root or is malformed. */
export function resolvePagePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootDir = resolve(root);
  const file = resolve(rootDir, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  return file.startsWith(rootDir + sep) ? file : null;
}

export interface ServerOptions {
  root?: string;
  hostnames?: readonly string[];
  /** Extra folders served under a URL prefix, e.g. `{ '/dy/article/corpus/': '/some/dir' }` (the corpus runner). */
  mounts?: Record<string, string>;
}

/**
 * The file for a URL path: under the first mount whose prefix it starts with, else under root. A
 * missing `x.html` is served from `x.html.br` when that exists (fixtures kept Brotli-compressed).
 */
async function findFile(root: string, mounts: Record<string, string>, path: string): Promise<{ file: string; br: boolean } | null> {
  const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
  const file = prefix ? resolvePagePath(mounts[prefix]!, '/' + path.slice(prefix.length)) : resolvePagePath(root, path);
  if (!file) return null;
  const isFile = (f: string) =>
    stat(f).then(
      (info) => info.isFile(),
      () => false,
    );
  if (await isFile(file)) return { file, br: false };
  if (await isFile(file + '.br')) return { file: file + '.br', br: true };
  return null;
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const root = options.root ?? PAGES_DIR;
  const mounts = options.mounts ?? {};
  const tls = createSelfSignedCertificate(options.hostnames ?? ['localhost']);
  const requestedPaths: string[] = [];

  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://placeholder.invalid').pathname;
    requestedPaths.push(path);
    const send = (status: number, headers: Record<string, string>, body?: Buffer | string) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' });
    const notFound = () =>
      // Chromium asks every host for a favicon; a 404 there would be a console error in every test.
      path === '/favicon.ico' ? send(204, {}) : send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
    findFile(root, mounts, path)
      .then(async (found) => {
        if (!found) return notFound();
        const body = await readFile(found.file);
        const type = CONTENT_TYPES[extname(found.file.replace(/\.br$/, '')).toLowerCase()] ?? 'application/octet-stream';
        send(200, { 'Content-Type': type, 'Content-Length': String(body.length), ...(found.br ? { 'Content-Encoding': 'br' } : {}) }, body);
      })
      .catch(notFound);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    port: (server.address() as AddressInfo).port,
    spkiSha256: tls.spkiSha256,
    requestedPaths,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** For scripts that print where a page lives on disk. */
export const pageFile = (urlPath: string) => join(PAGES_DIR, urlPath);
