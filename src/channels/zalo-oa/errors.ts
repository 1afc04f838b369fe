// The error every Zalo OA and OAuth call throws: HTTP status and Zalo's own error number, never a token.
import { PlatformError } from '../../errors.js';

/** A failed Zalo OA or OAuth call. `errorCode` is Zalo's `error` field (negative numbers); both are undefined on network errors. */
export class ZaloOaError extends PlatformError {
  constructor(
    /** What was attempted, e.g. "message/cs" or "access_token refresh". */
    readonly operation: string,
    readonly httpStatus: number | undefined,
    readonly errorCode: number | undefined,
    readonly description: string,
    cause?: unknown,
  ) {
    super(`Zalo OA ${operation} failed: ${errorCode ?? httpStatus ?? 'network'} ${description}`, 'zalo-oa', httpStatus, cause);
    this.name = 'ZaloOaError';
  }
}
