import { areaColor } from '@/lib/geo/area-colors';
import { areaStyle, outlineStyle } from './styles';

test('areas are filled in their own colour; the others step back when one is selected', () => {
  expect(areaStyle(2, 'normal').fillColor).toBe(areaColor(2));
  expect(areaStyle(2, 'dimmed').fillColor).toBe(areaColor(2));
  expect(areaStyle(2, 'dimmed').fillOpacity).toBeLessThan(areaStyle(2, 'normal').fillOpacity!);
});

test('the selected area gets a thicker, dark outline with a white halo, so it stands out on any fill', () => {
  const selected = outlineStyle('selected');
  expect(selected.line.color).toBe('#1a1a1a');
  expect(selected.line.weight).toBeGreaterThan(outlineStyle('normal').line.weight!);
  expect(selected.halo.weight).toBeGreaterThan(selected.line.weight!);
  expect(outlineStyle('normal').halo.opacity).toBe(0);
  expect(selected.line.interactive).toBe(false);
});
