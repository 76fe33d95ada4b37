import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireTool } from './tools.ts';
import { freePort } from './port.ts';
import { WAIT_MS } from './wait.ts';

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123/news/compare/ */
  url: string;
  stop: () => Promise<void>;
}

/** The shipped deploy/nginx.conf's values that a deployment (and a test) changes. */
const SHIPPED = { listen: 'listen 80;', base: '/news/compare/', root: '/var/www/side-by-side/' };

/**
 * The shipped `deploy/nginx.conf`, with only its paths and port changed: served on a loopback
 * port, from `root`, under `base`.
 */
export function nginxServerBlock(port: number, root: string, base: string): string {
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  for (const value of Object.values(SHIPPED)) {
    if (!conf.includes(value)) throw new Error(`deploy/nginx.conf no longer contains "${value}": update test/helpers/nginx.ts.`);
  }
  return conf.replace(SHIPPED.listen, `listen 127.0.0.1:${port};`).replaceAll(SHIPPED.root, `${root}/`).replaceAll(SHIPPED.base, base);
}

/**
 * Serves a built site with nginx on a loopback port, under `base` (e.g. `/news/`), the way the
 * README tells a deployer to: the shipped server block inside a minimal main configuration.
 */
export async function serveWithNginx(distDir: string, base = '/'): Promise<StaticServer> {
  const nginx = requireTool('nginx');
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const location = base.endsWith('/') ? base : `${base}/`;
  writeFileSync(join(prefix, 'site.conf'), nginxServerBlock(port, resolve(distDir), location));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  types {
    text/html html; text/css css; application/javascript js mjs; application/json json;
    image/svg+xml svg; image/png png; image/x-icon ico; font/woff2 woff2; text/plain txt; application/xml xml; text/csv csv;
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}${location}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${log}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}: ${log}`);
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
