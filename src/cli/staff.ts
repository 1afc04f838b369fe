// `loa staff add|list|passwd|disable|enable`: console accounts; passwords are typed hidden or read from stdin, never argv.
import type { Command } from 'commander';
import type * as Password from '../admin/password.js';
import type { StaffStore } from '../store/staff.js';
import { cliContext, fail } from './context.js';

const ROLES = ['admin', 'moderator', 'campaign'] as const;

/** Registers `staff` and its subcommands. */
export function registerStaffCommand(program: Command): void {
  const staff = program.command('staff').description('staff accounts of the web console (/admin)');

  staff
    .command('add')
    .description('add an account; asks for the password (or reads its first line from stdin)')
    .requiredOption('--name <name>', 'login name (letters, digits, . _ @ -)')
    .requiredOption('--role <role>', 'admin | moderator | campaign')
    .option('--locality <place>', 'province or ward: the account sees only residents, logs and broadcasts of this place')
    .action(async (options: { name: string; role: string; locality?: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) fail(`--role must be one of ${ROLES.join(', ')} (got "${options.role}")`);
      if (!/^[\p{L}\p{N}._@-]{2,60}$/u.test(options.name)) fail('--name must be 2-60 letters, digits or . _ @ - (no spaces)');
      await withStaff(async (store, { hashPassword }) => {
        if (store.findForLogin(options.name)) fail(`staff "${options.name}" already exists; use \`loa staff passwd ${options.name}\` to change the password`);
        const password = await readNewPassword();
        const member = store.add(
          { name: options.name, role: options.role as (typeof ROLES)[number], locality: options.locality, passwordHash: await hashPassword(password) },
          new Date(),
        );
        process.stdout.write(`added ${member.name} (${member.role}${member.locality ? `, ${member.locality}` : ''})\n`);
      });
    });

  staff
    .command('list')
    .description('list accounts')
    .action(async () => {
      await withStaff(async (store) => {
        for (const m of store.list()) {
          process.stdout.write(`${m.name}\t${m.role}\t${m.locality ?? '-'}\t${m.disabled ? 'disabled' : 'active'}\n`);
        }
      });
    });

  staff
    .command('passwd')
    .description('set a new password (signs the account out everywhere)')
    .argument('<name>')
    .action(async (name: string) => {
      await withStaff(async (store, { hashPassword }) => {
        const account = store.findForLogin(name) ?? fail(`no staff named "${name}"`);
        store.setPassword(account.member.id, await hashPassword(await readNewPassword()));
        process.stdout.write(`password changed for ${account.member.name}\n`);
      });
    });

  for (const [action, disabled] of [['disable', true], ['enable', false]] as const) {
    staff
      .command(action)
      .description(disabled ? 'block an account and end its sessions' : 'unblock an account')
      .argument('<name>')
      .action(async (name: string) => {
        await withStaff(async (store) => {
          const account = store.findForLogin(name) ?? fail(`no staff named "${name}"`);
          store.setDisabled(account.member.id, disabled);
          process.stdout.write(`${account.member.name} ${disabled ? 'disabled' : 'enabled'}\n`);
        });
      });
  }
}

/** Opens the database, runs `work` with the staff store, closes it. */
async function withStaff(work: (store: StaffStore, password: typeof Password) => Promise<void>): Promise<void> {
  const { config } = cliContext();
  const { openDatabase } = await import('../store/db.js');
  const { createStores } = await import('../store/stores.js');
  const { matchesLocality } = await import('../core/reminders.js');
  const password = await import('../admin/password.js');
  const db = openDatabase(config.DATABASE_PATH);
  try {
    await work(createStores(db, { inLocality: matchesLocality }).staff, password);
  } finally {
    db.close();
  }
}

/** On a terminal: asks twice without echo. Otherwise: the first line of stdin. Checks the password rules. */
async function readNewPassword(): Promise<string> {
  const { passwordProblem } = await import('../admin/password.js');
  let password: string;
  if (process.stdin.isTTY) {
    password = await readHidden('Mật khẩu (ít nhất 10 ký tự): ');
    if ((await readHidden('Nhập lại mật khẩu: ')) !== password) fail('the two passwords differ');
  } else {
    password = (await readStdin()).split(/\r?\n/u)[0] ?? '';
  }
  const problem = passwordProblem(password);
  if (problem) fail(problem);
  return password;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => (text += chunk));
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

/** Reads one line from the terminal in raw mode, echoing nothing. Ctrl+C aborts. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}
