import { isOverdue, timelineLayout, todayInTilburg } from './model';

const plan = { start: '2026-01-01', end: '2027-12-31' }; // 730 days

describe('timelineLayout', () => {
  it('places each action by its start and end day on the plan period', () => {
    const layout = timelineLayout(
      plan,
      [
        { id: 'year1', start_date: '2026-01-01', end_date: '2026-12-31' },
        { id: 'second-half', start_date: '2027-01-01', end_date: '2027-12-31' },
        { id: 'one-day', start_date: '2026-07-02', end_date: '2026-07-02' },
      ],
      '2026-11-23',
    );
    expect(layout.start).toBe('2026-01-01');
    expect(layout.end).toBe('2027-12-31');
    expect(layout.bars.get('year1')).toEqual({ id: 'year1', left: 0, width: 50 });
    expect(layout.bars.get('second-half')).toEqual({ id: 'second-half', left: 50, width: 50 });
    // a single day is too thin to see at this scale: it gets the minimum width
    expect(layout.bars.get('one-day')).toEqual({ id: 'one-day', left: 24.93, width: 0.5 });
    expect(layout.today).toBeCloseTo((326 / 730) * 100, 1);
  });

  it('puts a tick on the first day of every quarter, marking the start of each year', () => {
    const { ticks } = timelineLayout(plan, [], '2026-11-23');
    expect(ticks.map((t) => t.date)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
      '2027-10-01',
    ]);
    expect(ticks.filter((t) => t.yearStart).map((t) => t.offset)).toEqual([0, 50]);
  });

  it('widens the axis for an action outside the period, and skips a quarter start before it', () => {
    const layout = timelineLayout(
      { start: '2026-01-15', end: '2026-06-30' },
      [{ id: 'late', start_date: '2026-05-01', end_date: '2026-09-30' }],
      '2030-01-01',
    );
    expect(layout.end).toBe('2026-09-30');
    expect(layout.ticks.map((t) => t.date)).toEqual(['2026-04-01', '2026-07-01']);
    expect(layout.bars.get('late')!.left! + layout.bars.get('late')!.width!).toBeCloseTo(100, 1);
    expect(layout.today).toBeNull();
  });

  it('gives an action without dates no bar', () => {
    expect(timelineLayout(plan, [{ id: 'x', start_date: null, end_date: null }], '2026-01-01').bars.get('x')).toEqual({
      id: 'x',
      left: null,
      width: null,
    });
  });
});

describe('isOverdue', () => {
  it('is late after the end date unless done or stopped', () => {
    expect(isOverdue({ end_date: '2026-09-30', action_status: 'vertraagd' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ end_date: '2026-09-30', action_status: 'gereed' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ end_date: '2026-09-30', action_status: 'gestopt' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ end_date: '2026-11-23', action_status: 'gepland' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ end_date: null, action_status: 'gepland' }, '2026-11-23')).toBe(false);
  });
});

it('todayInTilburg is the calendar date in Amsterdam', () => {
  expect(todayInTilburg(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
});
