// Live co-editing: the median time from "Opslaan" in one tab to the text on the other tab (two demo area-team
// members on Wijkagenda Noord). Runs the measuring browser journey of tests/e2e/co-editing.e2e.ts and reads what it
// wrote (AGENDAKAART_BENCH_DIR/realtime.json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './build';
import { note, record, section } from './report';

type RealtimeResult = { median_ms: number; min_ms: number; max_ms: number; own_tab_median_ms: number; saves: number };

export function measureRealtime(): void {
  section('Live co-editing (two tabs, embedded backend)');
  const dir = mkdtempSync(join(tmpdir(), 'agendakaart-bench-realtime-'));
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      'e2e',
      'tests/e2e/co-editing.e2e.ts',
      '-t',
      'meet hoe snel',
    ],
    { cwd: root, env: { ...process.env, AGENDAKAART_BENCH_DIR: dir }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const file = join(dir, 'realtime.json');
  if (run.status !== 0 || !existsSync(file)) {
    note('save on one page → visible on the other (median)', `not measured: the journey failed (exit ${run.status})`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as RealtimeResult;
  record({
    name: 'save on one page → visible on the other (median)',
    value: r.median_ms,
    unit: 'ms',
    budget: 1000,
    note: `${r.saves} saves, min ${r.min_ms}, max ${r.max_ms}`,
  });
  record({ name: 'save → visible on the saving page itself (median)', value: r.own_tab_median_ms, unit: 'ms' });
}
