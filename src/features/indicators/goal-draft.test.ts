import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/goalIndicators.en.json';
import nl from '@/i18n/messages/goalIndicators.nl.json';
import { AppError } from '@/lib/supabase/unwrap';
import { draftArgs, draftErrors, draftOf, parseDecimal, serverHint, SERVER_HINTS, type GoalDraft } from './goal-draft';

const cbs: GoalDraft = { ...draftOf(null), key: 'aandeel-0-15', targetValue: '20', targetYear: '2030' };
const custom: GoalDraft = {
  ...draftOf(null),
  kind: 'custom',
  name: 'Ouders die de VVE kennen',
  unit: '%',
  source: 'Peiling gebiedsteam',
  baselineValue: '55,5',
  baselineYear: '2025',
  targetValue: '80',
  targetYear: '2030',
};

describe('goal indicator drafts', () => {
  it('reads a decimal comma or point, and nothing else', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' -3 ')).toBe(-3);
    expect(parseDecimal('.5')).toBe(0.5);
    for (const bad of ['', 'twaalf', '1.000,5', '1e5', 'NaN', '1000000000000'])
      expect(parseDecimal(bad), bad).toBeNull();
  });

  it('says which field is wrong, per kind', () => {
    expect(draftErrors(cbs)).toEqual({});
    expect(draftErrors(custom)).toEqual({});
    expect(draftErrors({ ...cbs, key: '', targetValue: 'veel', targetYear: '30' })).toEqual({
      key: 'figure',
      targetValue: 'number',
      targetYear: 'year',
    });
    expect(draftErrors({ ...cbs, scope: 'districts' })).toEqual({ districtIds: 'districts' });
    expect(draftErrors({ ...custom, name: 'x', unit: '', source: '', baselineValue: '', baselineYear: '25' })).toEqual({
      name: 'name',
      unit: 'unit',
      source: 'source',
      baselineValue: 'number',
      baselineYear: 'year',
    });
    expect(draftErrors({ ...custom, targetYear: '2024' })).toEqual({ targetYear: 'targetYear' });
  });

  it('turns a draft into the arguments of save_goal_indicator', () => {
    expect(draftArgs(cbs, 'goal', null)).toEqual({
      p_goal_lineage_id: 'goal',
      p_target_value: 20,
      p_target_year: 2030,
      p_indicator_key: 'aandeel-0-15',
    });
    expect(
      draftArgs({ ...cbs, scope: 'districts', districtIds: ['d1'], baselineYear: '2024' }, 'goal', null),
    ).toMatchObject({ p_district_ids: ['d1'], p_baseline_year: 2024 });
    expect(draftArgs(custom, 'goal', null)).toMatchObject({ p_baseline_value: 55.5, p_unit: '%', p_name: custom.name });
  });

  it('knows the refusals the server names, each with copy in Dutch and English', () => {
    for (const hint of SERVER_HINTS) {
      expect(nl.serverErrors[hint], hint).toBeTruthy();
      expect(en.serverErrors[hint], hint).toBeTruthy();
    }
    const refused = new AppError('invalid', 'Het streefjaar …', '22023', { cause: { hint: 'goal_indicator_years' } });
    expect(serverHint(refused)).toBe('goal_indicator_years');
    expect(serverHint(new AppError('invalid', 'x', '22023', { cause: { hint: 'iets_anders' } }))).toBeNull();
  });
});
