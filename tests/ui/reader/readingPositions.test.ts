import { describe, expect, test } from 'vitest';
import { readingPosition, rememberReadingPosition, type KeyValueStorage } from '../../../renderer/src/ui/reader/readingPositions';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('reading positions', () => {
  test('are remembered per report', () => {
    const storage = memoryStorage();
    expect(readingPosition(storage, 'a')).toBeUndefined();
    rememberReadingPosition(storage, 'a', '4.3');
    rememberReadingPosition(storage, 'b', '1.1');
    rememberReadingPosition(storage, 'a', '5.2');
    expect(readingPosition(storage, 'a')).toBe('5.2');
    expect(readingPosition(storage, 'b')).toBe('1.1');
  });

  test('a damaged or foreign stored value is ignored, and then overwritten', () => {
    for (const stored of ['not json', '[1,2]', 'null', '{"a": 4}', '"x"']) {
      const storage = memoryStorage({ 'kb.readingPositions.v1': stored });
      expect(readingPosition(storage, 'a')).toBeUndefined();
      rememberReadingPosition(storage, 'a', '1');
      expect(readingPosition(storage, 'a')).toBe('1');
    }
  });

  test('inherited names are not positions', () => {
    expect(readingPosition(memoryStorage(), 'constructor')).toBeUndefined();
    expect(readingPosition(memoryStorage(), '__proto__')).toBeUndefined();
  });

  test('a full storage is not an error', () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => rememberReadingPosition(storage, 'a', '1')).not.toThrow();
  });
});
