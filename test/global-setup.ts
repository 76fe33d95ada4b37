import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './helpers/run';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, from the real `astro build`. */
    distDir: string;
    /** Where `astro preview` serves it, e.g. http://127.0.0.1:40123/ */
    baseUrl: string;
  }
}

const DIST = 'test-results/dist';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

export default async function setup(project: TestProject) {
  rmSync(DIST, { recursive: true, force: true });
  const build = await astroBuild({ OUT_DIR: DIST });
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);

  const port = await freePort();
  const preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, OUT_DIR: DIST, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  preview.stdout?.on('data', (chunk) => (log += chunk));
  preview.stderr?.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitFor(baseUrl, preview, () => log);
  project.provide('distDir', DIST);
  project.provide('baseUrl', baseUrl);
  return () => {
    preview.kill();
  };
}
