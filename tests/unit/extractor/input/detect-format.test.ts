import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../server/extractor/input/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['a.article.json', 'json'],
    ['a.JSON', 'json'],
    ['a.txt', 'text'],
    ['notes/a.md', 'text'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
  ] as const)('reads %s by its extension as %s', (fileName, format) => {
    expect(detectFormat('anything', fileName)).toBe(format);
  });

  it.each([
    ['  {"title": "x"}', 'json'],
    ['<!DOCTYPE html><html></html>', 'html'],
    ['\n<html lang="en">', 'html'],
    ['<p>Paragraph</p>', 'html'],
    ['Plain headline\n\nText', 'text'],
    ['<3 diplomacy', 'text'],
    ['[Getty] caption', 'text'],
  ] as const)('sniffs %j as %s', (content, format) => {
    expect(detectFormat(content, 'upload.bin')).toBe(format);
  });

  it('lets an explicit format win', () => {
    expect(detectFormat('{', 'a.json', 'text')).toBe('text');
  });
});
