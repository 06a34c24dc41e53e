// npm run bench: performance figures next to their budgets (issue 6). Builds what it needs, runs headless Chromium.
// Not part of npm test: figures depend on the machine. Exit code 0 even when over budget; the summary says so.
import { launch } from './bench/browser';
import { build, serve } from './bench/build';
import { summary } from './bench/report';
import { measureStartup } from './bench/startup';

const only = process.argv.slice(2);
const wants = (part: string) => only.length === 0 || only.includes(part);

async function main() {
  console.log('Agendakaart benchmark — building…');
  await build('embedded');
  const browser = await launch();
  const embedded = await serve('embedded');
  try {
    if (wants('startup')) await measureStartup(browser, embedded.url);
  } finally {
    await embedded.stop();
    await browser.close();
  }
  summary();
}

await main();
