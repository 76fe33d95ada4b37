import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WAIT_MS } from './wait';

export interface DevServer {
  /** e.g. http://127.0.0.1:40123/ */
  url: string;
  /** What the server has printed so far. */
  log: () => string;
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
 * `astro dev` on a free loopback port, reading `contentDir`, with a cache folder of its own (so it
 * shares nothing with a build or another server), answering once its first page does.
 */
export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const cacheDir = mkdtempSync(join(tmpdir(), 'astro-dev-cache-'));
  // Astro's dev server leaves out its page handler when it sees VITEST (it thinks it is inside a test
  // runner's Vite); and NODE_ENV=test would not be development. The server gets neither.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    env: { ...env, CONTENT_DIR: contentDir, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(cacheDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + WAIT_MS;
  let last: unknown;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${output}`);
    try {
      // A request that arrives while Vite re-optimises its dependencies can wait for ever: each try gives up after a while.
      if ((await fetch(url, { signal: AbortSignal.timeout(3000) })).ok) break;
    } catch (error) {
      // Not listening yet, or not answering yet.
      last = error;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not answer at ${url} within ${WAIT_MS} ms (${String((last as Error)?.cause ?? last)}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, log: () => output, stop };
}
