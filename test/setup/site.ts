/**
 * Global setup of the build and browser tiers: one real `astro build` for a sub-path (as on GitHub
 * Pages, so base-path mistakes show), served by nginx with the shipped `deploy/nginx.conf`.
 * Both tiers use it; the build and the server are made once per run and shared.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveWithNginx, type StaticServer } from '../helpers/nginx';
import { astroBuild } from '../helpers/run';

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
export const BASE_PATH = '/news/compare/';
const SITE_URL = 'https://example.org';

interface Shared {
  users: number;
  server: Promise<StaticServer>;
}

async function buildAndServe(): Promise<StaticServer> {
  rmSync(DIST, { recursive: true, force: true });
  const build = await astroBuild({ OUT_DIR: DIST, BASE_PATH, SITE_URL });
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  return serveWithNginx(DIST, BASE_PATH);
}

// Each project loads this module on its own; the process-wide slot lets them share one build.
const SLOT = Symbol.for('outlet-compare.test-site');
const shared = globalThis as typeof globalThis & { [SLOT]?: Shared };

export default async function setup(project: TestProject) {
  const site = (shared[SLOT] ??= { users: 0, server: buildAndServe() });
  site.users++;
  const server = await site.server;
  project.provide('distDir', DIST);
  project.provide('baseUrl', server.url);
  project.provide('basePath', BASE_PATH);
  return async () => {
    if (--site.users > 0) return;
    delete shared[SLOT];
    await server.stop();
  };
}
