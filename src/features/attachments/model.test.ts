import { classifyFile, descriptionError, fitWithin, formatBytes, LIMITS, sortedIds } from './model';

const file = (type: string, size: number, name = 'foto') => ({ type, size, name });

describe('which files may be picked', () => {
  test('photos in the types browsers decode, up to 25 MB before scaling', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp']) {
      expect(classifyFile(file(type, 4_000_000), false)).toEqual({ kind: 'photo' });
    }
    expect(classifyFile(file('image/jpeg', LIMITS.photoInputBytes + 1), false)).toEqual({ refused: 'photoTooLarge' });
    expect(classifyFile(file('image/heic', 1000), false)).toEqual({ refused: 'photoType' });
    expect(classifyFile(file('image/gif', 1000), false)).toEqual({ refused: 'photoType' });
    expect(classifyFile(file('image/jpeg', 0), false)).toEqual({ refused: 'empty' });
  });

  test('PDF documents only where documents are allowed (the area team), up to 10 MB', () => {
    expect(classifyFile(file('application/pdf', 1000), false)).toEqual({ refused: 'photoType' });
    expect(classifyFile(file('application/pdf', 1000), true)).toEqual({ kind: 'document' });
    expect(classifyFile(file('', 1000, 'verslag.PDF'), true)).toEqual({ kind: 'document' });
    expect(classifyFile(file('application/pdf', LIMITS.documentBytes + 1), true)).toEqual({
      refused: 'documentTooLarge',
    });
    expect(classifyFile(file('application/msword', 1000), true)).toEqual({ refused: 'documentType' });
  });
});

test('photos are scaled to fit, never enlarged, and keep their proportions', () => {
  expect(fitWithin(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 });
  expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
  expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  expect(fitWithin(10000, 10, 480)).toEqual({ width: 480, height: 1 });
});

test('a description (alt text) is 3 to 250 characters', () => {
  expect(descriptionError('  ')).toBe('descriptionMissing');
  expect(descriptionError('ok')).toBe('descriptionMissing');
  expect(descriptionError('Kapot hek')).toBeNull();
  expect(descriptionError('x'.repeat(251))).toBe('descriptionTooLong');
});

test('sizes read the way people read them', () => {
  expect(formatBytes(1_258_291, 'nl')).toBe('1,2 MB');
  expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
  expect(formatBytes(340 * 1024, 'nl')).toBe('340 kB');
  expect(formatBytes(10, 'nl')).toBe('1 kB');
});

test('the same ids give the same query key', () => {
  expect(sortedIds(['b', 'a', 'b'])).toEqual(['a', 'b']);
});
