// Staff accounts of the console: name, role, optional locality, scrypt password hash, disabled flag.
import { type Db, writeTransaction } from './db.js';

/** What a staff member may do: moderator (logs, corrections, gaps), campaign (broadcasts, Week, subscribers), admin (all). */
export type StaffRole = 'admin' | 'moderator' | 'campaign';

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'moderator', 'campaign'];

/** A staff account without its password hash. */
export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
  /** When set, the member sees only this province or ward's residents, logs and broadcasts. */
  locality?: string;
  disabled: boolean;
  createdAt: string;
}

/** Staff accounts. Password hashing happens outside (admin/password.ts); the store keeps the hash only. */
export interface StaffStore {
  /** Adds an account; throws when the name is taken (names are case-insensitive). */
  add(input: { name: string; role: StaffRole; locality?: string; passwordHash: string }, at: Date): StaffMember;
  get(id: number): StaffMember | undefined;
  /** The account and its hash, for login. */
  findForLogin(name: string): { member: StaffMember; passwordHash: string } | undefined;
  list(): StaffMember[];
  setPassword(id: number, passwordHash: string): void;
  setDisabled(id: number, disabled: boolean): void;
}

interface StaffRow {
  id: number;
  name: string;
  role: StaffRole;
  locality: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
}

/** Creates the staff store over an open database. */
export function createStaffStore(db: Db): StaffStore {
  const insert = db.prepare('INSERT INTO staff (name, role, locality, password_hash, created_at) VALUES (?, ?, ?, ?, ?)');
  const byId = db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?');
  const byName = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE name = ?');
  const all = db.prepare<[], StaffRow>('SELECT * FROM staff ORDER BY name');
  const password = db.prepare('UPDATE staff SET password_hash = ? WHERE id = ?');
  const disabled = db.prepare('UPDATE staff SET disabled = ? WHERE id = ?');
  const endSessions = db.prepare('DELETE FROM staff_sessions WHERE staff_id = ?');

  return {
    add(input, at) {
      const name = input.name.trim();
      if (byName.get(name)) throw new Error(`staff "${name}" already exists`);
      const id = Number(insert.run(name, input.role, input.locality?.trim() || null, input.passwordHash, at.toISOString()).lastInsertRowid);
      return toMember(byId.get(id) as StaffRow);
    },
    get(id) {
      const row = byId.get(id);
      return row ? toMember(row) : undefined;
    },
    findForLogin(name) {
      const row = byName.get(name.trim());
      return row ? { member: toMember(row), passwordHash: row.password_hash } : undefined;
    },
    list: () => all.all().map(toMember),
    setPassword: writeTransaction(db, (id: number, hash: string) => {
      password.run(hash, id);
      endSessions.run(id);
    }),
    setDisabled: writeTransaction(db, (id: number, value: boolean) => {
      disabled.run(value ? 1 : 0, id);
      if (value) endSessions.run(id);
    }),
  };
}

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    locality: row.locality ?? undefined,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}
