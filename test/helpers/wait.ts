/**
 * The one timeout for anything a test waits on: a browser condition, a page load, `expect.poll`.
 * Generous, because this machine is shared and busy; a test waits for its condition, never a fixed time.
 */
export const WAIT_MS = 30_000;
