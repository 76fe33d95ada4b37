import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveWithNginx } from './helpers/nginx';
import { astroBuild } from './helpers/run';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, from the real `astro build`. */
    distDir: string;
    /** Where nginx serves it, e.g. http://127.0.0.1:40123/ */
    baseUrl: string;
  }
}

const DIST = 'test-results/dist';

export default async function setup(project: TestProject) {
  rmSync(DIST, { recursive: true, force: true });
  const build = await astroBuild({ OUT_DIR: DIST });
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveWithNginx(DIST);
  project.provide('distDir', DIST);
  project.provide('baseUrl', server.url);
  return server.stop;
}
