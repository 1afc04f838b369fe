// Reads the log filter from a query string: validated values for the form and the store's TurnFilter.
import type { Context } from 'hono';
import type { TurnFilter } from '../../store/turn-filter.js';
import { parseLocal } from '../time.js';
import { MODE_LABELS } from '../views/labels.js';
import type { TurnQuery } from '../views/turns.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The filter of a request; unknown channels (not in `sources`), modes and malformed dates are ignored. `locality` scopes it. */
export function readTurnQuery(c: Context, zone: string, locality: string | undefined, sources: readonly string[]): { query: TurnQuery; filter: TurnFilter } {
  const get = (key: string) => (c.req.query(key) ?? '').trim();
  const flag = (key: string) => get(key) === '1' || get(key) === 'on';
  const day = (key: string) => (DAY.test(get(key)) ? get(key) : '');
  const query: TurnQuery = {
    q: get('q').slice(0, 200),
    channel: sources.includes(get('channel')) ? get('channel') : '',
    mode: get('mode') in MODE_LABELS ? get('mode') : '',
    from: day('from'),
    to: day('to'),
    refused: flag('refused'),
    nocite: flag('nocite'),
    down: flag('down'),
    flagged: flag('flagged'),
  };
  const to = parseLocal(query.to, zone);
  const filter: TurnFilter = {
    search: query.q || undefined,
    channel: query.channel || undefined,
    mode: query.mode || undefined,
    from: parseLocal(query.from, zone),
    to: to ? new Date(to.getTime() + 86_400_000) : undefined,
    refused: query.refused ? true : undefined,
    noCitation: query.nocite || undefined,
    feedback: query.down ? 'down' : undefined,
    flagged: query.flagged ? true : undefined,
    locality,
  };
  return { query, filter };
}
