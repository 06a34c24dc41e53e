import { areaColor } from '@/lib/geo/area-colors';
import { areaStyle } from './styles';

test('the selected area has a dark, thicker outline; the others are dimmed', () => {
  const selected = areaStyle(1, 'selected');
  const dimmed = areaStyle(2, 'dimmed');
  expect(selected.weight).toBeGreaterThan(areaStyle(1, 'normal').weight!);
  expect(selected.color).toBe('#1a1a1a');
  expect(dimmed.fillOpacity).toBeLessThan(areaStyle(2, 'normal').fillOpacity!);
  expect(dimmed.fillColor).toBe(areaColor(2));
});
