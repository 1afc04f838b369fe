// Removes personal data from free text before export and display: e-mails (also "a(at)gmail.com"), phone numbers
// (also "(028) 3829 1234"), ID and passport numbers, bank account numbers.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** "lan(at)gmail.com", "lan [at] gmail [dot] com", "lan at gmail chấm com": the ways people hide an address. */
const DISGUISED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:[([{]\s*(?:at|a|@)\s*[)\]}]|\s(?:at|a còng)\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|[([{]\s*(?:dot|chấm)\s*[)\]}]|\s(?:dot|chấm)\s)\s*[\p{L}\p{N}-]+)+/giu;
/** A landline with its area code in brackets: "(028) 3829 1234", "(0243) 826.1234". */
const BRACKETED_PHONE = /\(\s*0\d{1,3}\s*\)\s*\d{3,4}(?:[ .-]?\d{3,4})/gu;
/** Digit runs, optionally with a leading + and single spaces, dots or dashes between digits, not inside a word. */
const DIGITS = /(?<![\p{L}\p{N}/])\+?\d(?:[ .-]?\d){7,18}(?![\p{L}\p{N}/])/gu;
/** Vietnamese passports: one capital letter and 7 digits ("C1234567"); some older ones have 8. */
const PASSPORT = /(?<![\p{L}\p{N}/])[A-Z]\d{7,8}(?![\p{L}\p{N}/])/gu;

const REDACTED = { email: '[email]', phone: '[số điện thoại]', id: '[số giấy tờ]', account: '[số tài khoản]' } as const;

/**
 * Replaces e-mails, Vietnamese phone numbers (0 + 9–10 digits, +84/84 + 9–10 digits, bracketed area codes),
 * citizen ID numbers (9-digit CMND, 12-digit CCCD), passport numbers and bank account numbers (13–19 digits).
 * Dates, document numbers ("387/QĐ-TTg", "25/03/2022") and amounts written with thousands separators
 * ("100.000.000") are left alone.
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, REDACTED.email)
    .replace(DISGUISED_EMAIL, REDACTED.email)
    .replace(BRACKETED_PHONE, REDACTED.phone)
    .replace(PASSPORT, REDACTED.id)
    .replace(DIGITS, (match) => {
      const digits = match.replace(/\D/gu, '');
      const international = match.startsWith('+84') || (digits.startsWith('84') && digits.length >= 11);
      if (international && digits.length >= 11 && digits.length <= 12) return REDACTED.phone;
      if (digits.startsWith('0') && (digits.length === 10 || digits.length === 11)) return REDACTED.phone;
      const amount = /^\d{1,3}(?:[.,]\d{3})+$/u.test(match);
      if (amount) return match;
      if (digits.length === 9 || digits.length === 12) return REDACTED.id;
      if (digits.length >= 13) return REDACTED.account;
      return match;
    });
}
