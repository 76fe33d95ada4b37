/** The site's name and one-line description, used in page titles, cards and metadata. */
export const SITE_NAME = 'Side by Side';
export const SITE_TAGLINE = 'How different outlets reported the same story, side by side';
