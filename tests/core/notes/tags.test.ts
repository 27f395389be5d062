import { describe, expect, it } from 'vitest';
import { canonicalizeTags, cleanTag, completeTag, countTags, normalizeTags, tagKey } from '../../../renderer/src/core/notes/tags';

describe('tags', () => {
  it.each([
    ['  cyber   security ', 'cyber security'],
    ['网络\u3000安全', '网络 安全'],
    ['a\tb\nc', 'a b c'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanTag(raw)).toBe(clean);
  });

  it('compares tags without case or width', () => {
    expect(tagKey('ＩＴＵ-T')).toBe(tagKey('itu-t'));
    expect(tagKey(' Cyber  Security ')).toBe('cyber security');
  });

  it('drops empty tags and case-insensitive duplicates, keeping the first spelling', () => {
    expect(normalizeTags(['ITU', ' itu ', '', '   ', 'Budget', 'ＩＴＵ', 'budget'])).toEqual(['ITU', 'Budget']);
  });

  it('respells new tags as the existing ones', () => {
    expect(canonicalizeTags(['cop', 'New tag', 'ITU-T'], ['COP', 'itu-t'])).toEqual(['COP', 'New tag', 'itu-t']);
  });

  it('counts tags across notes, most used first', () => {
    const counts = countTags([{ tags: ['b', 'a'] }, { tags: ['a'] }, { tags: ['A', 'c'] }]);
    expect(counts).toEqual([
      { tag: 'a', count: 3 },
      { tag: 'b', count: 1 },
      { tag: 'c', count: 1 },
    ]);
  });

  it('completes by prefix, most used first, leaving out tags the note has', () => {
    const existing = [
      { tag: 'cyber', count: 2 },
      { tag: 'Cybercrime', count: 5 },
      { tag: 'COP', count: 9 },
      { tag: 'budget', count: 1 },
    ];
    expect(completeTag('cy', existing).map((entry) => entry.tag)).toEqual(['Cybercrime', 'cyber']);
    expect(completeTag('C', existing, { exclude: ['cop'] }).map((entry) => entry.tag)).toEqual(['Cybercrime', 'cyber']);
    expect(completeTag('', existing, { limit: 2 }).map((entry) => entry.tag)).toEqual(['COP', 'Cybercrime']);
    expect(completeTag('x', existing)).toEqual([]);
  });
});
