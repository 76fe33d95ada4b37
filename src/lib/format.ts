import type { ArticleData } from '../schemas/article';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "9 Sep 2025". Dates are calendar days, so they are read in UTC whatever the build machine's
 * zone; months are spelled here because ICU's en-GB short month ("Sept") varies by version.
 */
export const formatDate = (date: Date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** `YYYY-MM-DD`, for `<time datetime>`. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "9 Sep 2025", or "about 13 Sep 2025" when the date is inferred rather than stated. */
export const publishedLabel = (published: ArticleData['published']) => `${published.inferred ? 'about ' : ''}${formatDate(published.date)}`;

/** "1 outlet", "5 outlets". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
