// The `loa` command: start | ask | chat | ingest, plus the commands each feature registers.
import './zod-jitless.js';
import { Command } from 'commander';
import { registerAskCommands } from './cli/ask.js';
import { registerBroadcastCommand } from './cli/broadcast.js';
import { registerEvalCommand } from './cli/eval.js';
import { registerIngestCommand } from './cli/ingest.js';
import { registerStaffCommand } from './cli/staff.js';
import { registerStartCommand } from './cli/start.js';
import { registerWeekCommand } from './cli/week.js';
import { registerZaloCommand } from './cli/zalo.js';

const program = new Command('loa')
  .description('Loa — trợ lý tự động hỏi đáp về xã hội học tập (Telegram, Zalo, web chat)')
  .showHelpAfterError();

registerStartCommand(program);
registerAskCommands(program);
registerIngestCommand(program);
registerEvalCommand(program);
registerZaloCommand(program);
registerBroadcastCommand(program);
registerWeekCommand(program);
registerStaffCommand(program);

await program.parseAsync(process.argv);
