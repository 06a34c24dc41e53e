import { QueryClient } from '@tanstack/react-query';
import { documentQueries } from './api';

const calls: Array<{ fn: string; args: Record<string, unknown> }> = [];
const TOTAL = 250;
const thread = (n: number) => ({ id: `t${n}`, replies: [] });

/** document_comments answers the first 100 threads, document_comments_page the rest, as the database does. */
vi.mock('@/lib/supabase/client', () => ({
  supabase: {
    rpc: (fn: string, args: Record<string, unknown>) => {
      calls.push({ fn, args });
      const offset = fn === 'document_comments' ? 0 : (args.p_offset as number);
      const limit = fn === 'document_comments' ? 100 : (args.p_limit as number);
      const end = Math.min(TOTAL, offset + limit);
      const data = {
        open_count: 3,
        thread_total: TOTAL,
        has_more: end < TOTAL,
        threads: Array.from({ length: end - offset }, (_, i) => thread(offset + i)),
      };
      return { abortSignal: () => Promise.resolve({ data, error: null }) };
    },
  },
}));

test('the document page gets every comment thread, a page at a time, not only the first 100', async () => {
  const comments = await new QueryClient().fetchQuery(documentQueries.comments('doc-1'));
  expect(comments.threads.map((t) => t.id)).toEqual(Array.from({ length: TOTAL }, (_, i) => `t${i}`));
  expect(comments.has_more).toBe(false);
  expect(calls.map((c) => [c.fn, c.args.p_offset ?? 0])).toEqual([
    ['document_comments', 0],
    ['document_comments_page', 100],
  ]);
});
