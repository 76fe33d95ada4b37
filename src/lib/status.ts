import type { TopicStatus } from './compare';

/** How each status is named to readers: neutral words, no verdict on who is right. */
export const STATUS_LABEL: Record<TopicStatus, string> = {
  agree: 'Outlets agree',
  disagree: 'Answers differ',
  single: 'One outlet only',
};
