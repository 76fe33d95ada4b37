import { z } from 'astro/zod';

/** A lower-case, hyphenated identifier such as `israel-strike-doha`: it appears in addresses. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "us-notice"');

/** Non-empty text with surrounding whitespace removed. */
export const textSchema = z.string().trim().min(1, 'must not be empty');
