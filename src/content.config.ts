import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { strictGlob } from './loaders/strict-glob';
import { articleSchema } from './schemas/article';
import { lexiconSchema } from './schemas/lexicon';
import { outletSchema } from './schemas/outlet';
import { storySchema } from './schemas/story';

/** Tests point this at a fixture folder to build deliberately broken content. */
const root = process.env.CONTENT_DIR ?? './content';

/** `content/outlets/<outlet>.yaml`: one file per outlet. Every file is read, so a stray one fails loudly. */
const outlet = outletSchema();
const outlets = defineCollection({
  loader: strictGlob({ pattern: '*', base: `${root}/outlets` }, outlet),
  schema: outlet,
});

/** `content/stories/<story>.yaml`: one file per story, with its topics. */
const story = storySchema();
const stories = defineCollection({
  loader: strictGlob({ pattern: '*', base: `${root}/stories` }, story),
  schema: story,
});

/**
 * `content/articles/<story>/<outlet>.md`: the outlet's words in the body, its claims in frontmatter.
 * The bodies are not kept in the content store: the site reads a body from its file only when its
 * story must be checked and rendered anew (src/lib/site.ts), and a store holding every body is
 * held in memory whole for the length of a build.
 */
const article = articleSchema(reference);
const articles = defineCollection({
  loader: strictGlob({ pattern: '**/*', base: `${root}/articles`, retainBody: false }, article),
  schema: article,
});

/**
 * `content/lexicon/<story>.yaml`: the terms whose use the story's wording page compares, and media
 * the texts cite. Optional, unlike the others: without the folder no story has a lexicon, and the
 * wording pages say so; with it, every file is read as strictly as the rest.
 */
const lexicon = lexiconSchema();
const lexicons = defineCollection({
  loader: existsSync(`${root}/lexicon`)
    ? strictGlob({ pattern: '*', base: `${root}/lexicon` }, lexicon)
    : { name: 'no-lexicon', load: async () => {} },
  schema: lexicon,
});

export const collections = { outlets, stories, articles, lexicon: lexicons };
