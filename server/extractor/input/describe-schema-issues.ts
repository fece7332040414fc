/** Turns a zod failure into one line naming each bad field ("published: Invalid ISO date; text: missing"). */
import type { z } from 'zod';

export function describeSchemaIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
