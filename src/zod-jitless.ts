// Zod parses without generating code: Loa parses each schema a few times (settings, data files, one request body), where
// compiling a fast path costs more than it saves (`loa ask`, 6 interleaved runs: 0.70 → 0.67 s CPU, 0.60 → 0.58 s wall).
import { z } from 'zod';

z.config({ jitless: true });
