// One line per figure: what, measured value, budget, verdict. Figures without a budget are informational.
export type Figure = {
  name: string;
  value: number | undefined;
  unit: string;
  budget?: number;
  higherIsBetter?: boolean;
  note?: string;
};

const figures: Figure[] = [];

export function record(figure: Figure): void {
  figures.push(figure);
  console.log(line(figure));
}

export function note(name: string, text: string): void {
  record({ name, value: undefined, unit: '', note: text });
}

function format(value: number, unit: string): string {
  const digits = unit === 'ms' && value < 10 ? 1 : unit === 'KB' ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

function verdict(f: Figure): string {
  if (f.value === undefined || f.budget === undefined) return '';
  const ok = f.higherIsBetter ? f.value >= f.budget : f.value <= f.budget;
  return ok ? 'OK' : 'OVER BUDGET';
}

function line(f: Figure): string {
  if (f.value === undefined) return `  ${f.name.padEnd(66)} ${f.note ?? 'not measured'}`;
  const budget = f.budget === undefined ? '' : `budget ${f.higherIsBetter ? '≥' : '≤'} ${format(f.budget, f.unit)}`;
  return `  ${f.name.padEnd(66)} ${format(f.value, f.unit).padStart(10)}   ${budget.padEnd(20)} ${verdict(f)}${f.note ? `  (${f.note})` : ''}`;
}

export function section(title: string): void {
  console.log(`\n${title}`);
}

export function summary(): { overBudget: Figure[] } {
  const overBudget = figures.filter((f) => verdict(f) === 'OVER BUDGET');
  console.log('\nSummary');
  for (const f of figures) console.log(line(f));
  console.log(
    overBudget.length === 0
      ? '\nAll measured figures are within budget.'
      : `\n${overBudget.length} figure(s) over budget: ${overBudget.map((f) => f.name).join('; ')}`,
  );
  return { overBudget };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
