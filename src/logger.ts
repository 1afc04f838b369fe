// Creates the pino logger; secrets are redacted by key name wherever they appear in log objects.
import { pino, type Logger } from 'pino';

export type { Logger };

/** Builds the process logger at `level`; `destination` defaults to stdout. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', 'apiKey', 'secret', 'password', '*.token', '*.apiKey', '*.secret', '*.password', 'access_token', 'refresh_token', '*.access_token', '*.refresh_token'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
