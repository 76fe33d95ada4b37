import type { TopicStatus } from './compare';

/** How each verdict is named to readers: plain words, no verdict on who is right. */
export const STATUS_LABEL: Record<TopicStatus, string> = {
  conflict: 'Conflict',
  differ: 'Reported differently',
  agree: 'Outlets agree',
  single: 'One outlet only',
};

/** What each verdict means, for legends and tooltips. */
export const STATUS_MEANING: Record<TopicStatus, string> = {
  conflict: 'Two answers cannot both be true: at least one outlet is wrong, or was at the time.',
  differ: 'The answers differ but can all be true: more detail, another moment, or another part of the story.',
  agree: 'Every outlet that gives an answer gives the same one.',
  single: 'Only one outlet reports this.',
};

/** The order verdicts are listed in: what most needs a reader's eye first. */
export const STATUS_ORDER: readonly TopicStatus[] = ['conflict', 'differ', 'agree', 'single'];
