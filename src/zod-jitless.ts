// Zod parses without generating code: Loa parses each schema a few times (settings, data files, one webhook body), where
// compiling a fast path costs more than it saves (`loa ask`: about 60 ms of 540 ms compiling parsers). Import it first.
import { z } from 'zod';

z.config({ jitless: true });
