// `loa-ask`: `loa ask` from a start-up snapshot that the build makes with the modules loaded and the language compiled.
import '../zod-jitless.js';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { Command } from 'commander';
import { isBuildFresh } from '../../scripts/build-state.mjs';
import { codeFile } from '../code-files.js';
import { forgetTextCaches } from '../core/text/memo.js';
import { understand } from '../core/understand/understand.js';
import { loadDeliveryTexts } from '../delivery/texts.js';
import { loadSynonyms } from '../knowledge/synonyms.js';
import { loadLanguage } from '../language.js';
import * as composition from '../main.js';
import { loadPrompts } from '../prompts.js';
import { registerAskCommands } from './ask.js';

/** The checkout the snapshot was built in (dist/..). */
const BUILT_IN = resolve(fileURLToPath(codeFile('../')));

/**
 * Messages of the usual shapes (bare, chatty, accented, small talk) read once while the snapshot is built, so the
 * reading code is compiled in it: about 30 ms of a `loa-ask`. Answering them too (from the knowledge indexed in memory:
 * the snapshot cannot hold the database) saved nothing more: the larger snapshot took as long to load.
 */
const WARM_UP_MESSAGES = [
  'xin chào',
  'cho em hoi gia dinh hoc tap la gi vay ad',
  'Tuần lễ học tập suốt đời năm nay diễn ra khi nào?',
  'Chào bạn, mình muốn hỏi tiêu chí công nhận dòng họ học tập gồm những gì ạ, cảm ơn nhiều',
];

// What every `loa ask` does before it answers, done once here: the default folders' YAML read from the build's cache, the
// language compiled (loadLanguage gives it back while prompts/language/ holds the same texts), every module evaluated.
const lexicon = loadLanguage(join(BUILT_IN, 'prompts'));
for (const message of WARM_UP_MESSAGES) understand(message, lexicon);
loadPrompts(join(BUILT_IN, 'prompts'));
loadDeliveryTexts(join(BUILT_IN, 'prompts'));
loadSynonyms(join(BUILT_IN, 'knowledge', 'synonyms.yaml'));
void composition;
// The compiled code stays; the words read on the way go (a smaller snapshot loads sooner).
forgetTextCaches();

// Node cannot start from a snapshot holding a package loaded from node_modules (the yaml parser on a text the build's
// cache lacks, say): the build stops instead.
const loaded = Object.keys(createRequire(import.meta.url).cache);
if (loaded.length > 0) throw new Error(`the snapshot of loa-ask would hold ${loaded[0]}, which Node cannot start from`);

startupSnapshot.setDeserializeMainFunction(async () => {
  const args = process.argv.slice(1);
  const checkout = checkoutOfBlob();
  // Built from other sources, or moved since: the snapshot's code or paths are not this checkout's, so `loa ask` answers.
  if (checkout !== BUILT_IN || !isBuildFresh(checkout)) {
    answerThroughLoaAsk(checkout, args);
    return;
  }
  const program = new Command('loa').showHelpAfterError();
  registerAskCommands(program);
  await program.parseAsync(['ask', ...args], { from: 'user' });
});

/** The checkout holding the snapshot file this process started from (`node --snapshot-blob <checkout>/dist/…`). */
function checkoutOfBlob(): string {
  const at = process.execArgv.indexOf('--snapshot-blob');
  const blob = at === -1 ? process.execArgv.find((arg) => arg.startsWith('--snapshot-blob='))?.slice('--snapshot-blob='.length) : process.execArgv[at + 1];
  return blob === undefined ? BUILT_IN : resolve(dirname(blob), '..');
}

/** Signals a fallback's `loa ask` gets too: a supervisor may signal this process alone. */
const PASSED_ON: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs `bin/loa.js ask` of `checkout` with `args`, passing on the signals this process gets and ending as it ends. */
function answerThroughLoaAsk(checkout: string, args: readonly string[]): void {
  const child = spawn(process.execPath, [join(checkout, 'bin', 'loa.js'), 'ask', ...args], { stdio: 'inherit' });
  const passOn = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of PASSED_ON) process.on(signal, passOn);
  child.once('exit', (code, signal) => {
    for (const passed of PASSED_ON) process.off(passed, passOn);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
}
