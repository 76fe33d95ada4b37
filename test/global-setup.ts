import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveWithNginx } from './helpers/nginx';
import { astroBuild } from './helpers/run';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, from the real `astro build`. */
    distDir: string;
    /** Where nginx serves it, under the sub-path, e.g. http://127.0.0.1:40123/news/compare/ */
    baseUrl: string;
    /** The base path the site is built for and served under. */
    basePath: string;
  }
}

const DIST = 'test-results/dist';
/** Every test runs against a build for a sub-path, as on GitHub Pages, so base-path mistakes show. */
export const BASE_PATH = '/news/compare/';
const SITE_URL = 'https://example.org';

export default async function setup(project: TestProject) {
  rmSync(DIST, { recursive: true, force: true });
  const build = await astroBuild({ OUT_DIR: DIST, BASE_PATH, SITE_URL });
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveWithNginx(DIST, BASE_PATH);
  project.provide('distDir', DIST);
  project.provide('baseUrl', server.url);
  project.provide('basePath', BASE_PATH);
  return server.stop;
}
