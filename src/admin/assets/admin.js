// Loa staff console: small progressive enhancements. Every page works without this script.
'use strict';

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
  if (button && !window.confirm(button.getAttribute('data-confirm') || 'Chắc chắn?')) event.preventDefault();
});

// Character counters: <textarea data-count="id-of-output">.
for (const field of document.querySelectorAll('textarea[data-count]')) {
  const output = document.getElementById(field.getAttribute('data-count'));
  const update = () => {
    if (output) output.textContent = `${field.value.length} ký tự`;
  };
  field.addEventListener('input', update);
  update();
}

// Per-channel previews: <div class="preview" data-limit="4096" data-source="id-of-textarea"><pre></pre><span class="len"></span></div>.
for (const preview of document.querySelectorAll('.preview[data-source]')) {
  const source = document.getElementById(preview.getAttribute('data-source'));
  const limit = Number(preview.getAttribute('data-limit'));
  const pre = preview.querySelector('pre');
  const len = preview.querySelector('.len');
  if (!source || !pre || !len) continue;
  const update = () => {
    const text = source.value;
    pre.textContent = text;
    const parts = Math.max(1, Math.ceil(text.length / limit));
    len.textContent = `${text.length}/${limit} ký tự${parts > 1 ? ` · sẽ chia thành ${parts} tin` : ''}`;
    len.classList.toggle('over', text.length > limit);
  };
  source.addEventListener('input', update);
  update();
}

// Live recipient count: <output id="recipients" data-url="/admin/broadcasts/audience.json">, fed by the form's channel and locality.
const recipients = document.querySelector('output[data-audience-url]');
if (recipients) {
  const form = recipients.closest('form');
  const refresh = async () => {
    const params = new URLSearchParams({ channel: form.elements.channel.value, locality: form.elements.locality.value });
    try {
      const response = await fetch(`${recipients.getAttribute('data-audience-url')}?${params}`, { credentials: 'same-origin' });
      if (response.ok) {
        const data = await response.json();
        recipients.textContent = String(data.recipients);
        for (const span of form.querySelectorAll('[data-recipients-of]')) {
          span.textContent = String(data.channels.find((c) => c.channel === span.getAttribute('data-recipients-of'))?.recipients ?? 0);
        }
      }
    } catch {
      /* keep the last count */
    }
  };
  form.elements.channel.addEventListener('change', refresh);
  form.elements.locality.addEventListener('input', refresh);
}

// Live delivery progress: <section data-progress-url="...json"> with <progress>, and [data-count-of="sent"] spans.
const live = document.querySelector('[data-progress-url]');
if (live) {
  const bar = live.querySelector('progress');
  const status = live.querySelector('[data-status]');
  const tick = async () => {
    let finished = false;
    try {
      const response = await fetch(live.getAttribute('data-progress-url'), { credentials: 'same-origin' });
      if (response.ok) {
        const data = await response.json();
        if (bar) {
          bar.max = Math.max(1, data.total);
          bar.value = data.done;
          bar.textContent = `${data.done}/${data.total}`;
        }
        for (const span of live.querySelectorAll('[data-count-of]')) span.textContent = String(data.counts[span.getAttribute('data-count-of')] ?? 0);
        if (status) status.textContent = data.statusLabel;
        finished = data.status === 'done' || data.status === 'cancelled';
        if (finished) for (const element of document.querySelectorAll('[data-open-only]')) element.hidden = true;
      }
    } catch {
      /* try again */
    }
    if (!finished) setTimeout(tick, 1000);
  };
  tick();
}

// Correction form: a cited document's button, or a title picked from the searchable list, fills the source fields.
const titleField = document.getElementById('title');
if (titleField && titleField.form) {
  const fill = (title, reference, url) => {
    titleField.value = title;
    const form = titleField.form;
    if (form.elements.reference) form.elements.reference.value = reference || '';
    if (form.elements.url) form.elements.url.value = url || '';
  };
  for (const button of document.querySelectorAll('[data-source-title]')) {
    button.addEventListener('click', () => fill(button.getAttribute('data-source-title'), button.getAttribute('data-source-reference'), button.getAttribute('data-source-url')));
  }
  const list = titleField.list;
  if (list) {
    titleField.addEventListener('change', () => {
      const option = [...list.options].find((o) => o.value === titleField.value);
      if (option) fill(option.value, option.getAttribute('data-reference'), option.getAttribute('data-url'));
    });
  }
}

// On a phone the menu is one scrollable line: bring the current page's entry into view.
const currentEntry = document.querySelector('.nav a[aria-current="page"]');
const menu = currentEntry && currentEntry.closest('ul');
if (menu && menu.scrollWidth > menu.clientWidth) menu.scrollLeft = currentEntry.offsetLeft - (menu.clientWidth - currentEntry.offsetWidth) / 2;

// Upload form: for Markdown and text files, fill empty fields from the file's front matter and first lines before
// sending (the server does the same for every format, so the draft page shows what was found either way).
const uploadFile = document.querySelector('form[action="/admin/documents"] input[type="file"]');
if (uploadFile) {
  const form = uploadFile.form;
  const setIfEmpty = (name, value) => {
    const field = form.elements[name];
    if (field && value && !field.value) field.value = value;
  };
  uploadFile.addEventListener('change', async () => {
    const file = uploadFile.files && uploadFile.files[0];
    if (!file || !/\.(md|markdown|txt)$/i.test(file.name)) return;
    const head = (await file.slice(0, 8192).text()).normalize('NFC');
    const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(head);
    const fields = {};
    for (const line of front ? front[1].split(/\r?\n/) : []) {
      const match = /^(title|number|issuer|issued|effective|status|superseded_by|source):\s*"?([^"]*?)"?\s*$/.exec(line);
      if (match) fields[match[1] === 'superseded_by' ? 'supersededBy' : match[1]] = match[2];
    }
    const body = front ? head.slice(front[0].length) : head;
    const lines = body.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean).slice(0, 15).join('\n');
    const number = /^(?:Số|SỐ|số)\s*(?:hiệu|HIỆU)?\s*[:：.]?\s*(\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-ZĐ0-9]*(?:[-&][A-ZĐ0-9]+)*)/mu.exec(lines);
    const date = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(lines);
    if (number) fields.number = fields.number || number[1];
    if (date) fields.issued = fields.issued || `${date[3]}-${date[2].padStart(2, '0')}-${date[1].padStart(2, '0')}`;
    for (const [name, value] of Object.entries(fields)) setIfEmpty(name, value);
  });
}
