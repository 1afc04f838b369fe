// Application errors that say what failed, where, and carry a machine-readable code.

/** Base error: `code` identifies the failure, `where` names the component that raised it. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options: { cause?: unknown; where?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.where = options.where ?? 'loa';
  }
  readonly where: string;
}

/** Input that cannot be processed (a corrupt file, a malformed request). */
export class InputError extends AppError {
  constructor(message: string, where: string, cause?: unknown) {
    super(message, 'bad_input', { where, cause });
    this.name = 'InputError';
  }
}

/** A remote platform (Telegram, Zalo, a model server) answered with an error or not at all. */
export class PlatformError extends AppError {
  constructor(
    message: string,
    where: string,
    readonly status?: number,
    cause?: unknown,
  ) {
    super(message, 'platform_error', { where, cause });
    this.name = 'PlatformError';
  }
}
