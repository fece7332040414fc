/** A commander option parser for counts: a positive whole number, or commander's usage error. */
import { InvalidArgumentError } from 'commander';

export function parsePositiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidArgumentError('expected a positive whole number');
  return value;
}
