// Removes personal data from free text before export: e-mail addresses, phone numbers, 9- and 12-digit ID numbers.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Digit runs, optionally with a leading + and single spaces, dots or dashes between digits, not inside a word. */
const DIGITS = /(?<![\p{L}\p{N}/])\+?\d(?:[ .-]?\d){7,13}(?![\p{L}\p{N}/])/gu;

const REDACTED = { email: '[email]', phone: '[số điện thoại]', id: '[số giấy tờ]' } as const;

/**
 * Replaces e-mails, Vietnamese phone numbers (0 + 9–10 digits, or +84/84 + 9–10 digits) and citizen ID numbers
 * (9-digit CMND, 12-digit CCCD). Dates, document numbers ("387/QĐ-TTg", "25/03/2022") and amounts written with
 * thousands separators ("100.000.000") are left alone.
 */
export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, REDACTED.email).replace(DIGITS, (match) => {
    const digits = match.replace(/\D/gu, '');
    const international = match.startsWith('+84') || (digits.startsWith('84') && digits.length >= 11);
    if (international && digits.length >= 11 && digits.length <= 12) return REDACTED.phone;
    if (digits.startsWith('0') && (digits.length === 10 || digits.length === 11)) return REDACTED.phone;
    const amount = /^\d{1,3}(?:[.,]\d{3})+$/u.test(match);
    if (!amount && (digits.length === 9 || digits.length === 12)) return REDACTED.id;
    return match;
  });
}
