// npm run bench: performance figures next to their budgets (issue 6). Builds what it needs, runs headless Chromium,
// PGlite in Node and a throwaway PostgreSQL 15. Not part of npm test: the figures depend on the machine and its load.
// `npm run bench -- startup rpcs` runs only those parts (js, startup, returning, rpcs, search, initiatives,
// lighthouse, realtime).
import { launch } from './bench/browser';
import { build, serve } from './bench/build';
import { measureInitiativesMap } from './bench/initiatives-map';
import { measureJsShipped } from './bench/js-shipped';
import { measureLighthouse } from './bench/lighthouse';
import { measureRealtime } from './bench/realtime';
import { summary } from './bench/report';
import { measureReturningVisits } from './bench/returning';
import { measureRpcs } from './bench/rpcs';
import { measureSearch } from './bench/search';
import { measureStartup } from './bench/startup';

const only = process.argv.slice(2);
const wants = (part: string) => only.length === 0 || only.includes(part);

async function main() {
  console.log('Agendakaart benchmark — building the embedded and the Supabase-mode app…');
  await build('embedded');
  if (wants('js')) await build('supabase');
  const browser = await launch();
  const embedded = await serve('embedded');
  try {
    if (wants('js')) {
      const supabase = await serve('supabase');
      try {
        await measureJsShipped(browser, supabase.url);
      } finally {
        await supabase.stop();
      }
    }
    if (wants('startup')) await measureStartup(browser, embedded.url);
    if (wants('returning')) await measureReturningVisits(browser, embedded.url);
    if (wants('lighthouse')) await measureLighthouse(embedded.url);
  } finally {
    await browser.close();
    await embedded.stop();
  }
  if (wants('rpcs')) await measureRpcs();
  if (wants('search')) await measureSearch();
  if (wants('initiatives')) await measureInitiativesMap();
  if (wants('realtime')) measureRealtime();
  summary();
}

await main();
