import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, plural } from '../../../renderer/src/lib/format';
import { outletChoiceFor } from '../../../renderer/src/lib/outlets';

describe('formatting', () => {
  it('writes calendar days the way analysts cite them, whatever the time zone', () => {
    expect(formatLongDate('2025-01-14')).toBe('14 January 2025');
    expect(formatShortDate('2025-01-14')).toBe('14 Jan 2025');
    expect(formatLongDate(undefined)).toBe('');
    expect(plural(1, 'word')).toBe('1 word');
    expect(plural(1054, 'word')).toBe('1,054 words');
  });

  it('picks an existing outlet by name, case-insensitively, or names a new one', () => {
    const sources = [{ id: 'S1', name: 'The Journal' }];
    expect(outletChoiceFor(' the journal ', sources)).toEqual({ sourceId: 'S1' });
    expect(outletChoiceFor('Adnkronos', sources)).toEqual({ name: 'Adnkronos' });
    expect(outletChoiceFor('   ', sources)).toBeUndefined();
  });
});
