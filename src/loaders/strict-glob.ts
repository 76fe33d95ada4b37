import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { describeIssues } from '../lib/issues';

type GlobOptions = Parameters<typeof glob>[0];
/** What Astro's loaders get beside the public context (internal: glob reads it to pick each file's parser and renderer). */
type EntryTypes = Map<string, { getRenderFunction?: unknown; contentModuleTypes?: unknown }>;

/**
 * The entry types with Markdown's renderer taken out: glob then stores the raw body and data only.
 * The site renders article bodies itself, once, from the tree its checks already parsed
 * (src/plugins/index.ts), so the content store holds no HTML that could go stale when another
 * article of the story changes, and no body is parsed twice.
 */
function withoutRendering(entryTypes: EntryTypes): EntryTypes {
  return new Map([...entryTypes].map(([ext, { getRenderFunction: _render, contentModuleTypes: _modules, ...type }]) => [ext, type]));
}

/**
 * Astro's `glob()` loader, made strict so bad content stops the build with a message that names
 * the file and the field:
 * - whatever glob would only log (a file it skips, a body it cannot render, a missing folder) throws;
 * - a schema failure is restated field by field, prefixed with the file's path;
 * - an error Astro locates in a file (invalid YAML frontmatter) is prefixed with that file's path.
 * `schema` must be the collection's own schema; it is used only to word the messages.
 * Markdown bodies are stored unrendered (see `withoutRendering`).
 */
export function strictGlob(options: GlobOptions, schema: z.ZodType): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    load: async (context: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const result = await schema.safeParseAsync(props.data);
          const details = result.success ? [(error as Error).message] : describeIssues(result.error.issues, props.data);
          throw new Error(`${props.filePath ?? `entry "${props.id}"`}: ${details.join('; ')}.`, { cause: error });
        }
      };
      try {
        const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
        // `entryTypes` is not in the public context type: it goes beside it, as Astro passes it.
        const loading = { ...context, logger: strictLogger(context), parseData, entryTypes: withoutRendering(entryTypes) };
        await inner.load(loading);
      } catch (error) {
        const file = (error as { loc?: { file?: string } }).loc?.file;
        if (error instanceof Error && file) {
          const name = relative(process.cwd(), file);
          if (!error.message.includes(name)) error.message = `${name}: ${error.message}`;
        }
        throw error;
      }
    },
  };
}

function strictLogger({ logger, collection }: LoaderContext): LoaderContext['logger'] {
  const fail = (message: string) => {
    throw new Error(`Content collection "${collection}": ${message.replace(/\.$/, '')}. The build stops rather than drop content.`);
  };
  // Info and debug pass through; a warning or error from the loader means content would be lost.
  return Object.assign(Object.create(logger) as LoaderContext['logger'], { warn: fail, error: fail });
}
