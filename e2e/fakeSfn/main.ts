/** Runs the fake Step Functions endpoint as its own process (Playwright starts it): prints `FAKE_SFN_URL=<url>`. */
import { startFakeSfn } from './server.ts';

const fake = await startFakeSfn({ runningMs: Number(process.env.FAKE_SFN_RUNNING_MS ?? 400) });
console.log(`FAKE_SFN_URL=${fake.url}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
