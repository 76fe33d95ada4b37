import type { ContentProblem } from './content-errors';
import type { Article, Story } from './model';

/*
 * Which content problems each page shows under `astro dev` (in a build there are none: it stops).
 * A page lists its problems at the top (ContentProblems) and shows each beside the claim or topic
 * it concerns (ContentWarning).
 */

/** An article page's: the article's own, its story file's, and its outlet file's. */
export const articlePageProblems = (story: Story, article: Article): ContentProblem[] =>
  story.problems.filter(({ target }) =>
    target?.article ? target.article === article.id : target?.outlet ? target.outlet === article.outlet.id : target?.story === story.id,
  );

/** One claim's problems. */
export const claimProblemsOf = (problems: readonly ContentProblem[], claimId: string) =>
  problems.filter((p) => p.target?.claim === claimId);

/** One topic's own problems (its relations, its claims), not those of one claim on it. */
export const topicProblemsOf = (problems: readonly ContentProblem[], topicId: string) =>
  problems.filter((p) => p.target?.topic === topicId && !p.target.claim);
