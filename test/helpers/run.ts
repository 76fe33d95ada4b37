import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion, collecting stdout and stderr together. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** `astro build` with the given environment (CONTENT_DIR, OUT_DIR, CACHE_DIR, BASE_PATH…), as `npm run build` runs it. */
export const astroBuild = (env: NodeJS.ProcessEnv) => run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], env);
