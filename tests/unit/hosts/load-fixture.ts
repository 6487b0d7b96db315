import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads a host fixture page into happy-dom's document under the host's URL. Scripts do not
 * run, so `editable` stands in for what the page's editor would have made of its mount point,
 * and the variants the URL's query names are put in here as the fixture's variants.js does.
 */
export function loadFixture(
  file: string,
  url: string,
  editable?: { selector: string; className: string; attributes?: Record<string, string> },
): void {
  load(file, url, editable);
  for (const name of new URL(url).searchParams.keys()) {
    for (const template of document.querySelectorAll<HTMLTemplateElement>('template')) {
      if (template.dataset.variant === name) {
        template.replaceWith(template.content.cloneNode(true));
      }
    }
  }
}

function load(
  file: string,
  url: string,
  editable?: { selector: string; className: string; attributes?: Record<string, string> },
): void {
  const html = readFileSync(resolve('tests/fixtures/hosts', file), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  if (!editable) return;
  for (const mount of document.querySelectorAll<HTMLElement>(editable.selector)) {
    mount.className = editable.className;
    mount.setAttribute('contenteditable', 'true');
    mount.setAttribute('role', 'textbox');
    for (const [name, value] of Object.entries(editable.attributes ?? {})) {
      mount.setAttribute(name, value);
    }
  }
}
