// Loads and validates Loa's settings from an environment object; pure, no side effects at import time.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url({ message: 'a full URL such as https://example.org/path' }).optional())
  .optional();

const url = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .pipe(z.url({ message: 'a full URL such as https://example.org' }));

const positiveInt = (fallback: number, what: string) =>
  z.coerce
    .number({ message: what })
    .int({ message: what })
    .positive({ message: what })
    .default(fallback);

const idList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );

const schema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ message: 'a port number between 0 and 65535' })
    .int({ message: 'a port number between 0 and 65535' })
    .min(0, { message: 'a port number between 0 and 65535' })
    .max(65535, { message: 'a port number between 0 and 65535' })
    .default(8080),
  DATABASE_PATH: z.string().trim().min(1).default('./data/loa.db'),
  KNOWLEDGE_DIR: z.string().trim().min(1).default('./knowledge'),
  PROMPTS_DIR: z.string().trim().min(1).default('./prompts'),
  TIMEZONE: z
    .string()
    .trim()
    .default('Asia/Ho_Chi_Minh')
    .refine(isTimeZone, { message: 'an IANA time zone such as Asia/Ho_Chi_Minh' }),
  /** Days a conversation turn is kept; empty keeps every turn. Feedback, flags and corrected turns are always kept. */
  TURN_RETENTION_DAYS: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || /^[1-9]\d{0,5}$/u.test(value), { message: 'a whole number of days, e.g. 180, or empty to keep every turn' })
    .transform((value) => (value === '' ? undefined : Number(value))),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().trim().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: positiveInt(20000, 'a whole number of milliseconds, e.g. 20000'),
  MODEL_CALLS_PER_MINUTE: positiveInt(60, 'a whole number of model calls per minute, e.g. 60'),
  TRUST_PROXY: z.coerce
    .number({ message: 'the number of reverse proxies in front (0 = ignore X-Forwarded-For)' })
    .int({ message: 'the number of reverse proxies in front (0 = ignore X-Forwarded-For)' })
    .min(0, { message: 'the number of reverse proxies in front (0 = ignore X-Forwarded-For)' })
    .default(0),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: url('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, {
        message: '1-256 characters from A-Z, a-z, 0-9, _ and - (Telegram secret_token rules)',
      })
      .optional(),
  ),
  ZALO_BOT_TOKEN: optionalString,
  ZALO_BOT_API_BASE: url('https://bot-api.zaloplatforms.com'),
  ZALO_BOT_WEBHOOK_URL: optionalUrl,
  ZALO_BOT_WEBHOOK_SECRET: optionalString.pipe(
    z.string().min(8, { message: '8 to 256 characters' }).max(256, { message: '8 to 256 characters' }).optional(),
  ),
  ZALO_OA_APP_ID: optionalString,
  ZALO_OA_APP_SECRET: optionalString,
  ZALO_OA_SECRET_KEY: optionalString,
  ZALO_OA_REFRESH_TOKEN: optionalString,
  ZALO_OA_API_BASE: url('https://openapi.zalo.me'),
  ZALO_OA_OAUTH_BASE: url('https://oauth.zaloapp.com'),
  ZALO_OA_TEMPLATE_ID: optionalString,
  ZALO_OA_TEMPLATE_PARAM: z
    .string()
    .trim()
    .default('content')
    .pipe(z.string().regex(/^[A-Za-z0-9_]{1,64}$/u, { message: 'the name of a template parameter: letters, digits and _ (e.g. content)' })),
  STAFF_TELEGRAM_IDS: idList,
  STAFF_ZALO_IDS: idList,
  TELEGRAM_BROADCAST_RATE: positiveInt(25, 'a whole number of messages per second, e.g. 25'),
  ZALO_BROADCAST_RATE: positiveInt(10, 'a whole number of messages per second, e.g. 10'),
});

/** Validated, typed and frozen settings. Names mirror the environment variables in README and .env.example. */
export type Config = Readonly<z.infer<typeof schema>>;

/** Raised when a setting is invalid; `message` is one line naming the variable and what is expected. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The environment variable that failed validation. */
    readonly variable: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates `env` (usually `process.env`) and returns frozen settings, or throws a one-line ConfigError. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? 'configuration');
    const got = env[variable];
    const shown = variable.includes('TOKEN') || variable.includes('SECRET') || variable.includes('KEY') ? '' : ` (got "${got ?? ''}")`;
    throw new ConfigError(`Invalid ${variable}: expected ${issue?.message ?? 'a valid value'}${shown}.`, variable);
  }
  return Object.freeze(result.data);
}

/** True when a model endpoint is configured, which switches answers to grounded mode. */
export function hasModel(config: Config): boolean {
  return config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
