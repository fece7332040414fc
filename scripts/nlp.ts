/** `npm run nlp:start|stop|status`: the local Stanford CoreNLP worker the extractor reads its annotations from. */
import { Command } from 'commander';
import { createLocalNlp } from './nlp/local-nlp.js';
import { projectRoot, runCli } from './run-cli.js';

const program = new Command('nlp').description('the local Stanford CoreNLP worker (127.0.0.1 only)');
const worker = createLocalNlp(projectRoot);

program.command('start').description('start it (reused when already running) and wait until it answers').action(async () => {
  console.log(`CoreNLP worker ${await worker.start((line) => console.log(line))} at ${worker.url} (log ${worker.logFile})`);
});
program.command('stop').description('stop it').action(async () => {
  console.log(`CoreNLP worker ${await worker.stop()}`);
});
program.command('status').description('say whether it runs').action(async () => {
  console.log(`CoreNLP worker ${await worker.status()} (${worker.url}, log ${worker.logFile})`);
});

await runCli(() => program.parseAsync());
