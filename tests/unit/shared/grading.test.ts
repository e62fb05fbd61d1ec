import { describe, expect, it } from 'vitest';
import { describeGrade, formatGrade, isDoubtfulOrWorse, parseGrade } from '../../../shared/grading';

describe('Admiralty grades', () => {
  it('reads what analysts type', () => {
    expect(parseGrade('B2')).toEqual({ ok: true, grading: { source: 'B', credibility: '2' } });
    expect(parseGrade(' e5 ')).toEqual({ ok: true, grading: { source: 'E', credibility: '5' } });
    expect(parseGrade('c')).toEqual({ ok: true, grading: { source: 'C' } });
    expect(parseGrade('3')).toEqual({ ok: true, grading: { credibility: '3' } });
    expect(parseGrade('F-6')).toEqual({ ok: true, grading: { source: 'F', credibility: '6' } });
  });

  it('refuses anything else with the valid range', () => {
    for (const bad of ['G1', 'A7', 'A0', '', '  ', 'AB', '12', 'B2x', '2B']) {
      const r = parseGrade(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/A–F.*1–6/);
    }
  });

  it('renders badges and their words', () => {
    expect(formatGrade({ source: 'B', credibility: '2' })).toBe('B2');
    expect(describeGrade({ source: 'B', credibility: '2' })).toBe('B2 — usually reliable, probably true');
    expect(describeGrade({ source: 'E', credibility: '5' })).toBe('E5 — unreliable, improbable');
    expect(describeGrade({ credibility: '6' })).toBe('6 — truth cannot be judged');
    expect(describeGrade(undefined)).toBe('not graded');
  });

  it('counts 4 and 5 as doubtful or worse, not 6', () => {
    expect(['1', '2', '3', '4', '5', '6'].map((c) => isDoubtfulOrWorse({ credibility: c as '1' }))).toEqual([false, false, false, true, true, false]);
  });
});
