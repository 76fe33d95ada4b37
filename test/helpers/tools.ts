/**
 * The system programs the built-site and browser tests drive: where each is, and how to get it.
 * `npm test` (scripts/test.ts) installs the missing ones where it can; the tests only look them up.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type ToolName = 'nginx' | 'chromium' | 'firefox' | 'java';

export interface Tool {
  /** What people call it. */
  label: string;
  /** Environment variable that names its path, overriding the search. */
  env: string;
  /** Executable names to look for on the PATH, in order. */
  names: string[];
  /** The Debian/Ubuntu package that provides it. */
  apt: string;
  /** How to install it on macOS. */
  brew: string;
}

export const TOOLS: Record<ToolName, Tool> = {
  nginx: { label: 'nginx', env: 'NGINX_PATH', names: ['nginx'], apt: 'nginx-light', brew: 'brew install nginx' },
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome'],
    apt: 'chromium',
    brew: 'brew install --cask chromium',
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    apt: 'firefox-esr',
    brew: 'brew install --cask firefox',
  },
  java: {
    label: 'Java (for the Nu HTML Checker)',
    env: 'JAVA_PATH',
    names: ['java'],
    apt: 'default-jre-headless',
    brew: 'brew install openjdk',
  },
};

/** Which tools each test tier needs. */
export const TIER_TOOLS: Record<string, ToolName[]> = {
  unit: [],
  build: ['nginx'],
  browser: ['nginx', 'chromium', 'firefox', 'java'],
};

// Debian installs nginx in an sbin folder, which an ordinary user's PATH often leaves out.
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first of `names` found on the PATH (or in the system's sbin folders); undefined when none is. */
export function onPath(names: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = [...(env['PATH'] ?? '').split(delimiter).filter(Boolean), ...SBIN];
  for (const exe of names) {
    for (const dir of dirs) if (executable(join(dir, exe))) return join(dir, exe);
  }
  return undefined;
}

/** The tool's path: its environment variable if set, else the first match on the PATH; undefined when absent. */
export function findTool(name: ToolName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const tool = TOOLS[name];
  const override = env[tool.env];
  if (override) return executable(override) ? override : undefined;
  return onPath(tool.names, env);
}

/** One line saying how to install the given tools on Debian/Ubuntu and on macOS. */
export function installHint(names: readonly ToolName[]): string {
  const tools = names.map((n) => TOOLS[n]);
  const labels = tools.map((t) => t.label).join(', ');
  const apt = `sudo apt-get install ${tools.map((t) => t.apt).join(' ')}`;
  const brew = tools.map((t) => t.brew).join(' && ');
  const envs = tools.map((t) => t.env).join(', ');
  return `Missing: ${labels}. Install with \`${apt}\` (Debian/Ubuntu) or \`${brew}\` (macOS), or set ${envs} to the program's path.`;
}

/** The tool's path, or an error whose message is the one line that says how to get it. */
export function requireTool(name: ToolName): string {
  const path = findTool(name);
  if (!path) throw new Error(installHint([name]));
  return path;
}
