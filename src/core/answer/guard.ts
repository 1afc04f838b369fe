// Recognises prompt injection and requests for secrets, prompts or personal data before any retrieval.
import { foldText } from '../text/vietnamese.js';

/** Folded patterns: instructions to override the bot, requests for its internals, or for someone's personal data. */
const ATTACK_PATTERNS: RegExp[] = [
  /\b(bo qua|phot lo|quen|khong can tuan theo)\b.{0,40}\b(huong dan|chi dan|chi thi|quy tac|lenh|yeu cau|luat (cua ban|da duoc dan|o tren|truoc do))\b/u,
  /\bignore\b.{0,40}\b(instruction|prompt|rule|direction)s?\b/u,
  /\b(disregard|forget|override)\b.{0,40}\b(instruction|prompt|rule|above|previous)s?\b/u,
  /\bsystem ?prompt\b/u,
  /\bprompt (he thong|cua ban|goc|an)\b/u,
  /\b(in|hien thi|tiet lo|cho (toi|minh) (xem|biet)|doc|liet ke) (nguyen van|toan bo)? ?(cac )?(huong dan|chi dan|cau hinh|loi nhac)\b/u,
  /\b(api|secret|access|bot|openai) ?(key|token)\b/u,
  /\b(khoa|ma) (api|bi mat)\b/u,
  /\b(mat khau|password|bien moi truong|environment variable|cau hinh (server|may chu|he thong))\b/u,
  /(?:^|[^\p{L}\p{N}])\.env(?![\p{L}\p{N}])/u,
  /\b(developer mode|jailbreak|dan mode|you are now|act as|pretend (to be|you))\b/u,
  /\b(tu bay gio|ke tu gio) ban (la|se|phai)\b/u,
  /\btu gio ban (la|phai)\b/u,
  /\b(gia vo|hay dong vai) (ban la|la)\b/u,
  /\b(so dien thoai|sdt|dia chi nha|so cccd|can cuoc|cmnd|email|thong tin ca nhan|tai khoan ngan hang)\b.{0,20}\bcua (ong|ba|anh|chi|em|co|chu|nguoi dung|nguoi dan|nguoi khac|ho|user)\b/u,
];

/** True when the message tries to change the bot's rules or extract internals or personal data. */
export function isAttack(text: string): boolean {
  const folded = foldText(text);
  return ATTACK_PATTERNS.some((pattern) => pattern.test(folded));
}
