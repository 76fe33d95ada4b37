import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxAddHeaders, parseHeadersFile } from '../../src/lib/headers.ts';

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123/news/compare/ */
  url: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/**
 * Serves a built site with Debian's nginx on a loopback port, under `base` (e.g. `/news/`), the
 * way a static host would: files, directory indexes, the site's 404 page, and the response
 * headers of the site's `_headers` file (the security headers, and caching for /_astro/).
 */
export async function serveWithNginx(distDir: string, base = '/'): Promise<StaticServer> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const root = resolve(distDir);
  const location = base.endsWith('/') ? base : `${base}/`;
  const conf = join(prefix, 'nginx.conf');
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const all = rules.find((r) => r.pattern === '/*') ?? { pattern: '/*', headers: [] };
  const assets = rules.find((r) => r.pattern === '/_astro/*') ?? { pattern: '/_astro/*', headers: [] };
  // nginx does not inherit add_header into a location with its own, so the assets get both sets.
  const assetHeaders = { pattern: assets.pattern, headers: [...assets.headers, ...all.headers] };
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  gzip on;
  gzip_types text/css application/javascript application/json image/svg+xml text/plain application/xml text/csv;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    location ${location} {
      alias ${root}/;
      index index.html;
      error_page 404 ${location}404.html;
${nginxAddHeaders(all, '      ')}
      location ${location}_astro/ {
        alias ${root}/_astro/;
${nginxAddHeaders(assetHeaders, '        ')}
      }
    }
  }
}
`,
  );
  const child: ChildProcess = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}${location}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${log}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer at ${url}: ${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((r) => child.once('exit', r));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
