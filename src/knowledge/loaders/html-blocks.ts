// Turns an HTML page into a Markdown-like body: furniture removed (scripts, menus, hidden text, comments), headings kept.
import type { CheerioAPI } from 'cheerio';

/** Elements that never hold article text. */
const REMOVE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'input',
  'select', 'textarea', 'nav', 'aside', 'dialog', 'menu', '[hidden]', '[aria-hidden="true"]', '[role="navigation"]',
  '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]', '.sr-only', '.visually-hidden',
].join(', ');

/** Class or id words that mark page furniture (menus, share bars, comments, related or most-read lists, ads). */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|share|sharing|social|comments?|binh-?luan|related|lien-?quan|sidebar|widget|banner|ads?|advert\w*|quang-?cao|popular|most-?read|doc-?nhieu|xem-?nhieu|tags?|tu-?khoa|footer|header|cookie|newsletter|subscribe|login|signup|modal|popup|toolbar|pagination)(?:$|[\s_-])/iu;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'figcaption', 'footer', 'header', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tr', 'ul', 'br', 'center',
]);

/** The page's title: og:title, then the first h1, then <title>. */
export function pageTitle($: CheerioAPI): string | undefined {
  const candidates = [$('meta[property="og:title"]').attr('content'), $('h1').first().text(), $('title').first().text()];
  return candidates.map((text) => text?.replace(/\s+/gu, ' ').trim()).find((text) => text !== undefined && text !== '');
}

/** The article body as Markdown-like text: "#" headings, "- " list items, paragraphs separated by blank lines. */
export function htmlToBody($: CheerioAPI): string {
  $(REMOVE).remove();
  $('[style]').filter((_, el) => HIDDEN_STYLE.test($(el).attr('style') ?? '')).remove();
  $('[class], [id]')
    .filter((_, el) => {
      const names = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
      const tag = 'name' in el ? String(el.name) : '';
      return FURNITURE_NAME.test(names) && !['body', 'html', 'article', 'main'].includes(tag);
    })
    .remove();
  $('header, footer').filter((_, el) => $(el).closest('article, main').length === 0).remove();

  const root = [$('article').first(), $('main').first(), $('[role="main"]').first(), $('body').first()].find((c) => c.length > 0) ?? $.root();
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = inline.replace(/\s+/gu, ' ').trim();
    if (text !== '') blocks.push(text);
    inline = '';
  };
  const walk = (nodes: ReturnType<CheerioAPI>) => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') {
        inline += 'data' in node ? String(node.data) : '';
        return;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
      const tag = 'name' in node ? String(node.name).toLowerCase() : '';
      const heading = /^h([1-6])$/u.exec(tag);
      if (heading) {
        flush();
        const text = $(node).text().replace(/\s+/gu, ' ').trim();
        if (text !== '') blocks.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
        return;
      }
      if (tag === 'td' || tag === 'th') {
        inline += ' | ';
        walk($(node));
        return;
      }
      if (!BLOCKS.has(tag)) {
        walk($(node));
        return;
      }
      flush();
      if (tag === 'li') inline = '- ';
      walk($(node));
      flush();
    });
  };
  walk(root);
  flush();
  return blocks
    .map((block) => block.replace(/^\|\s*/u, '').replace(/^-\s*$/u, ''))
    .filter((block) => block !== '')
    .join('\n\n');
}
