import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './port';
import { WAIT_MS } from './wait';

export interface DevServer {
  /** e.g. http://127.0.0.1:40123/ */
  url: string;
  /** What the server has printed so far. */
  log: () => string;
  stop: () => Promise<void>;
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
  const exited = new Promise((r) => child.once('exit', r));
  /** Resolves at the server's next words: it prints when it is listening, and when it fails. */
  const nextOutput = () =>
    new Promise<void>((resolve) => {
      const heard = () => {
        child.stdout?.off('data', heard);
        child.stderr?.off('data', heard);
        resolve();
      };
      child.stdout?.on('data', heard);
      child.stderr?.on('data', heard);
    });
  let last: unknown;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${output}`);
    const left = deadline - Date.now();
    if (left <= 0) {
      await stop();
      throw new Error(`astro dev did not answer at ${url} within ${WAIT_MS} ms (${String((last as Error)?.cause ?? last)}):\n${output}`);
    }
    const speaks = nextOutput();
    let answered = false;
    try {
      // A request that arrives while Vite re-optimises its dependencies can wait for ever: each try gives up after a while.
      answered = (await fetch(url, { signal: AbortSignal.timeout(Math.min(3000, left)) })).ok;
    } catch (error) {
      last = error;
      if ((error as Error).name === 'TimeoutError') continue;
    }
    if (answered) break;
    // Refused, or not ready: wait until the server says something (or exits, or time runs out).
    await Promise.race([speaks, exited, new Promise((r) => setTimeout(r, left))]);
  }
  return { url, log: () => output, stop };
}
