// Opt-in / opt-out recognition: the words residents type, and questions that must stay questions.
import { describe, expect, it } from 'vitest';
import { recognizeIntent } from '../../src/core/subscription-intent.js';

describe('recognizeIntent', () => {
  it.each([
    'đăng ký',
    'Đăng ký',
    'dang ky',
    'DANG KY',
    'dang ky nhan tin',
    'đăng ký nhận tin',
    'Đăng kí nhận thông báo ạ',
    'tôi muốn đăng ký nhận tin',
    'cho mình đăng ký nhé',
    'đăng ký nhận tin về Tuần lễ học tập suốt đời',
    'subscribe',
    'đăng ký lại',
    'dk',
  ])('opt-in: %s', (text) => expect(recognizeIntent(text)).toBe('opt-in'));

  it.each([
    'hủy',
    'huỷ',
    'huy',
    'HỦY',
    'dừng',
    'dung',
    'STOP',
    'stop',
    'Stop!',
    'hủy đăng ký',
    'huy dang ky',
    'dừng nhận tin',
    'ngừng nhận thông báo nhé',
    'thôi nhận tin',
    'không nhận tin nữa',
    'tắt thông báo',
    'unsubscribe',
    'dừng lại, cảm ơn',
  ])('opt-out: %s', (text) => expect(recognizeIntent(text)).toBe('opt-out'));

  it.each([
    'làm sao đăng ký gia đình học tập?',
    'làm sao đăng ký gia đình học tập',
    'lam sao dang ky gia dinh hoc tap',
    'đăng ký gia đình học tập',
    'đăng ký danh hiệu công dân học tập thế nào',
    'thủ tục đăng ký dòng họ học tập',
    'hủy danh hiệu gia đình học tập khi nào?',
    'có được hủy kết quả công nhận không',
    'dừng ở đâu?',
    'đúng',
    'Đúng rồi',
    'dùng',
    'thôi',
    'bỏ qua',
    'đăng ký?',
    'có đăng ký không',
    'gia đình học tập là gì',
    '',
  ])('not an intent: %s', (text) => expect(recognizeIntent(text)).toBeUndefined());
});
