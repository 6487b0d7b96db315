import type { Page, Worker } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES } from '../demo/hosts.mjs';
import { expect, readHighlights, tabIdOf, test, typeText } from './fixtures';

/**
 * The hosts as they really are (../shared/HOSTS.md) and as they may become: a redesign that
 * removes every host-specific hook still leaves the reply box checked, through the generic
 * adapter; the editors' APIs hidden from the page still leave insertion working, by a paste;
 * the context comes from the hooks and the host's same-origin JSON, for the active ticket only.
 */

type Host = 'gmail' | 'zendesk' | 'freshdesk';

interface Case {
  host: Host;
  /** Waits until the page's editor is ready. */
  ready: (page: Page) => Promise<void>;
  /** The reply box, found by what survives a redesign (its id, or the editor library's class). */
  editor: string;
  /** Removes the host's own hooks as a redesign would; the editor library's stay. */
  redesign: (page: Page) => Promise<void>;
}

const CASES: Case[] = [
  {
    host: 'gmail',
    ready: async () => {},
    editor: '[id=":9m"]',
    redesign: (page) =>
      page.evaluate(() => {
        for (const element of document.querySelectorAll('[g_editable]')) {
          element.removeAttribute('g_editable');
        }
        for (const element of document.querySelectorAll<HTMLElement>('[class]')) {
          element.className = [...element.classList].map((name) => `v2-${name}`).join(' ');
        }
      }),
  },
  {
    host: 'zendesk',
    ready: (page) =>
      page
        .waitForFunction(() => (window as { editors?: object }).editors?.['4712' as never])
        .then(() => {}),
    editor: '.ck-editor__editable:visible',
    redesign: (page) =>
      page.evaluate(() => {
        // CKEditor would render the attribute back from its view: remove it there.
        const editors = (window as unknown as { editors: Record<string, CKEditorLike> }).editors;
        for (const editor of Object.values(editors)) {
          editor.editing.view.change((writer) =>
            writer.removeAttribute('data-test-id', editor.editing.view.document.getRoot()),
          );
        }
        for (const element of document.querySelectorAll('[data-test-id]')) {
          element.removeAttribute('data-test-id');
        }
        for (const element of document.querySelectorAll(
          '[data-side-conversations-anchor-id], .ticket-panes-grid-layout',
        )) {
          element.removeAttribute('data-side-conversations-anchor-id');
          element.classList.remove('ticket-panes-grid-layout');
        }
      }),
  },
  {
    host: 'freshdesk',
    ready: (page) =>
      page
        .waitForFunction(() => (window as { editor?: { el?: unknown } }).editor?.el)
        .then(() => {}),
    editor: '.fr-element',
    redesign: (page) =>
      page.evaluate(() => {
        for (const element of document.querySelectorAll('[data-test-id]')) {
          element.removeAttribute('data-test-id');
        }
        for (const element of document.querySelectorAll<HTMLElement>('[class]')) {
          // Froala's own classes (fr-…) belong to the editor library, not to Freshdesk.
          element.className = [...element.classList]
            .map((name) => (name.startsWith('fr-') ? name : `v2-${name}`))
            .join(' ');
        }
      }),
  },
];

interface CKEditorLike {
  editing: {
    view: {
      document: { getRoot(): unknown };
      change(
        callback: (writer: { removeAttribute(key: string, element: unknown): void }) => void,
      ): void;
    };
  };
}

/** Errors the page or the extension's scripts in it report. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // A resource the fixture page cannot load (Froala's banner image) is no error of ours.
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

async function openPanel(
  openSidePanel: (tabId?: number) => Promise<Page>,
  worker: Worker,
  page: Page,
): Promise<{ panel: Page; tabId: number }> {
  const tabId = await tabIdOf(worker, page);
  return { panel: await openSidePanel(tabId), tabId };
}

/**
 * Waits until the content script has checked the draft: its highlights are in the page. The
 * first check of a page compiles the pack; on this shared, loaded machine that can take
 * seconds, hence the longer wait.
 */
async function checked(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await readHighlights(page)).map((range) => range.text), {
      timeout: 15_000,
    })
    .toContain(text);
}

/** Puts the caret right after the first `text` in the editor, as a click there would. */
async function caretAfter(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(editor).evaluate((root, word) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(word);
      if (at < 0) continue;
      getSelection()?.collapse(node, at + word.length);
      return;
    }
    throw new Error(`no ${word} in the editor`);
  }, text);
}

for (const item of CASES) {
  test(`${item.host}: after a redesign removes its hooks, the reply box is still checked and highlighted, and the panel says the layout was not recognised`, async ({
    page,
    worker,
    openSidePanel,
  }) => {
    const errors = collectErrors(page);
    await page.goto(HOST_PAGES[item.host].url);
    await item.ready(page);
    await item.redesign(page);
    await page.locator(item.editor).first().click();
    await typeText(page, 'Hello,\nThe the parcel is on its way.');
    // Checked and highlighted in the page.
    await checked(page, 'The the');

    const { panel } = await openPanel(openSidePanel, worker, page);
    await expect(panel.locator('.finding[data-check="repeated-word"] .finding-text')).toHaveText(
      'The the',
    );
    await expect(panel.getByTestId('layout-unrecognised')).toHaveCount(1);
    await expect(panel.getByTestId('layout-unrecognised')).toContainText(/not recognised/);
    // No thread was read: no customer, no message.
    await expect(panel.getByTestId('thread')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

interface RichEditor {
  host: 'zendesk' | 'freshdesk';
  ready: (page: Page) => Promise<void>;
  editor: string;
  /** Hides the editor's API from the page, as a host that bundles its editor privately would. */
  hideApi: (page: Page) => Promise<void>;
  /** The editor's own model, through the reference the fixture keeps for the test. */
  model: (page: Page) => Promise<string>;
  undo: (page: Page) => Promise<void>;
  /** Takes focus out of the editor, as a click elsewhere in the page would. */
  blur: (page: Page) => Promise<void>;
}

const RICH: RichEditor[] = [
  {
    host: 'zendesk',
    ready: CASES[1]?.ready as RichEditor['ready'],
    editor: '[data-side-conversations-anchor-id="4712"] .ck-editor__editable',
    hideApi: (page) =>
      page.evaluate(() => {
        for (const element of document.querySelectorAll('.ck-editor__editable')) {
          delete (element as Element & { ckeditorInstance?: unknown }).ckeditorInstance;
        }
      }),
    model: (page) =>
      page.evaluate(() =>
        (window as unknown as { editors: Record<string, { getData(): string }> }).editors[
          '4712'
        ]?.getData(),
      ) as Promise<string>,
    undo: (page) => page.keyboard.press('Control+z'),
    // Zendesk puts the caret at the start of an editor that was not focused: the insertion
    // must still go where the agent's caret was.
    blur: (page) =>
      page
        .locator('[data-side-conversations-anchor-id="4712"] [data-test-id="omni-header-subject"]')
        .click(),
  },
  {
    host: 'freshdesk',
    ready: CASES[2]?.ready as RichEditor['ready'],
    editor: '.fr-element',
    hideApi: (page) =>
      page.evaluate(() => {
        const page = window as unknown as { FroalaEditor?: unknown };
        page.FroalaEditor = undefined;
        const box = document.querySelector('#reply-editor') as Element & {
          'data-froala.editor'?: unknown;
        };
        delete box['data-froala.editor'];
      }),
    model: (page) =>
      page.evaluate(() =>
        (window as unknown as { editor: { html: { get(): string } } }).editor.html.get(),
      ),
    // Unlicensed, Froala refuses its own Ctrl+Z (see hosts.spec.ts): its undo stack is what
    // Ctrl+Z replays when licensed.
    undo: (page) =>
      page.evaluate(() =>
        (window as unknown as { editor: { undo: { run(): void } } }).editor.undo.run(),
      ),
    blur: (page) => page.locator('.ticket-subject-heading').click(),
  },
];

for (const rich of RICH) {
  test(`${rich.host}: with the editor's API hidden, an insertion goes in by a paste, into the editor's model, and one undo removes it`, async ({
    page,
    worker,
    openSidePanel,
  }) => {
    const errors = collectErrors(page);
    await page.goto(HOST_PAGES[rich.host].url);
    await rich.ready(page);
    await rich.hideApi(page);
    await page.evaluate(() => {
      const pastes: string[] = [];
      (window as unknown as { __pastes: string[] }).__pastes = pastes;
      document.addEventListener(
        'paste',
        (event) => pastes.push(event.clipboardData?.getData('text/plain') ?? ''),
        { capture: true },
      );
    });
    await page.locator(rich.editor).click();
    await typeText(page, 'Hello,\nThe the refund left today.');
    await checked(page, 'The the');
    await caretAfter(page, rich.editor, 'refund');
    const { panel, tabId } = await openPanel(openSidePanel, worker, page);
    await expect(panel.locator('.finding').first()).toBeVisible();
    await page.bringToFront();
    await rich.blur(page);
    // The editor has lost focus: the insertion has to focus it and settle its selection.
    expect(
      await page.locator(rich.editor).evaluate((editor) => editor.contains(document.activeElement)),
    ).toBe(false);
    const before = await rich.model(page);

    const reply = await panel.evaluate((message) => chrome.runtime.sendMessage(message), {
      type: 'panel/insert',
      tabId,
      insertion: { text: ' INSERTED' },
    });
    expect(reply).toMatchObject({ ok: true });
    // A paste keeps the space at the insertion's edge as a no-break space.
    await expect
      .poll(async () => (await rich.model(page)).replace(/&nbsp;|\u00a0/g, ' '))
      .toContain('refund INSERTED left');
    // It went in as a paste the editor took, not through an API or the DOM.
    expect(
      await page.evaluate(() => (window as unknown as { __pastes: string[] }).__pastes),
    ).toEqual([' INSERTED']);

    await page.bringToFront();
    await page.locator(rich.editor).focus();
    await rich.undo(page);
    await expect.poll(() => rich.model(page)).toBe(before);
    expect(errors).toEqual([]);
  });
}

test('Freshdesk: the customer’s messages come apart from agent replies and private notes by the JSON served at the page’s origin', async ({
  page,
  worker,
  openSidePanel,
}) => {
  const asked: string[] = [];
  // The host's answer: besides the fixture's messages, a private copy of a customer's mail,
  // which the page shows under the customer's name (as a forwarded mail kept as a note).
  await page.route('https://acme.freshdesk.com/api/_/tickets/5120/conversations', (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      json: [
        {
          id: 1,
          incoming: false,
          private: false,
          body: '<div>Hi John, thanks for reaching out. We are looking into it.</div>',
        },
        {
          id: 2,
          incoming: true,
          private: false,
          body: '<div>Any news? When will I get my money back?</div>',
        },
        {
          id: 3,
          incoming: false,
          private: true,
          body: '<div>Finance confirmed the double charge.</div>',
        },
        { id: 4, incoming: true, private: true, body: '<div>A private copy of a mail.</div>' },
      ],
    });
  });
  await page.goto(HOST_PAGES.freshdesk.url);
  await CASES[2]?.ready(page);
  await page.evaluate(() => {
    const last = [...document.querySelectorAll('[data-test-id="conversation-wrapper"]')].at(-1);
    const copy = last?.cloneNode(true) as HTMLElement;
    (copy.querySelector('.sender-info a') as HTMLElement).textContent = 'John Smith';
    (copy.querySelector('[data-test-conversation="conversation-text"]') as HTMLElement).innerHTML =
      '<p>A private copy of a mail.</p>';
    last?.after(copy);
  });
  await page.locator('.fr-element').click();
  await typeText(page, 'Hi John,\nThe the refund is on its way.');
  await checked(page, 'The the');
  const { panel, tabId } = await openPanel(openSidePanel, worker, page);
  await expect(panel.getByTestId('thread-customer')).toHaveText('John Smith');
  // Not the private copy signed with the customer's name (the DOM alone would take it), not
  // the agent's reply, not the note.
  await expect(panel.getByTestId('thread-message')).toHaveText(
    'Any news? When will I get my money back?',
  );
  expect(asked).toEqual(['https://acme.freshdesk.com/api/_/tickets/5120/conversations']);
  const tab = await panel.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'panel/get-findings', tabId: id }),
    tabId,
  );
  expect(tab.value.report.context).toMatchObject({
    customerEmail: 'john.smith@example.com',
    ticketId: '5120',
    subject: 'Charged twice for my order',
  });
});

test('Zendesk: with two open tickets nested in each other, only the active one is read; the agent from users/me.json', async ({
  page,
  worker,
  openSidePanel,
}) => {
  await page.goto(HOST_PAGES.zendesk.url);
  await CASES[1]?.ready(page);
  // The background ticket's markup moved inside the active ticket's, and shown.
  await page.evaluate(() => {
    const background = document.querySelector('[data-side-conversations-anchor-id="4711"]');
    const layout = background?.closest('.ticket-panes-grid-layout') as HTMLElement;
    const side = document.querySelector(
      '[data-side-conversations-anchor-id="4712"] [data-test-id="ticket-app-layout-side-pane"]',
    );
    if (!background || !side) throw new Error('fixture changed');
    side.append(background);
    layout.remove();
  });
  await page
    .locator('[data-side-conversations-anchor-id="4712"] .ck-editor__editable')
    .first()
    .click();
  await typeText(page, 'Hei Maija,\nHyvitys lähti lähti tänään.');
  await checked(page, 'lähti lähti');
  const { panel, tabId } = await openPanel(openSidePanel, worker, page);
  await expect(panel.getByTestId('thread-ticket')).toHaveText('4712');
  await expect(panel.getByTestId('thread-customer')).toHaveText('Maija Virtanen');
  await expect(panel.getByTestId('thread-message')).toHaveText(
    'Onko asiassa edistytty? Milloin saan hyvityksen?',
  );
  expect(await panel.locator('main').textContent()).not.toMatch(/Pekka|TAUSTA|Palautus/);
  await expect
    .poll(async () => {
      const tab = await panel.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'panel/get-findings', tabId: id }),
        tabId,
      );
      return tab.value.report.context.agentName;
    })
    .toBe('Aino Agentti');
});

test('Gmail: with two threads in the DOM, the one holding the compose is read', async ({
  page,
  worker,
  openSidePanel,
}) => {
  await page.goto(HOST_PAGES.gmail.url);
  // Both thread views shown; the inline reply moved under the earlier thread.
  await page.evaluate(() => {
    const [earlier] = document.querySelectorAll<HTMLElement>('[role="main"] > .nH');
    if (!earlier) throw new Error('fixture changed');
    earlier.style.display = '';
    earlier.append(document.querySelector('.ip') as HTMLElement);
  });
  await page.locator('.ip [g_editable] > div').first().click();
  await typeText(page, 'Hi Oliver,\nThe the invoice is attached.');
  await checked(page, 'The the');
  const { panel } = await openPanel(openSidePanel, worker, page);
  await expect(panel.getByTestId('thread-customer')).toHaveText('Oliver Oldthread');
  await expect(panel.getByTestId('thread-subject')).toHaveText('Invoice for March');
  await expect(panel.getByTestId('thread-message')).toHaveText(
    'OLD THREAD: please resend the March invoice.',
  );
  expect(await panel.locator('main').textContent()).not.toMatch(/Emily|parcel/);
});

test('Zendesk: when only the thread lost its hooks, the reply box keeps its adapter and the panel says the customer message is unavailable', async ({
  page,
  worker,
  openSidePanel,
}) => {
  const errors = collectErrors(page);
  await page.goto(HOST_PAGES.zendesk.url);
  await CASES[1]?.ready(page);
  await page.evaluate(() => {
    for (const comment of document.querySelectorAll('article[data-test-id]')) {
      comment.setAttribute('data-test-id', 'conversation-entry-v2');
    }
  });
  await page.locator('[data-side-conversations-anchor-id="4712"] .ck-editor__editable').click();
  await typeText(page, 'Hei Maija,\nHyvitys lähti lähti tänään.');
  await checked(page, 'lähti lähti');
  const { panel } = await openPanel(openSidePanel, worker, page);
  await expect(panel.locator('.finding[data-check="repeated-word"] .finding-text')).toHaveText(
    'lähti lähti',
  );
  await expect(panel.getByTestId('layout-unrecognised')).toHaveCount(1);
  // What the hooks still say is shown; the customer's message is not.
  await expect(panel.getByTestId('thread-ticket')).toHaveText('4712');
  await expect(panel.getByTestId('thread-message')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("Freshdesk: without Froala's global, the instance kept on the editor's element is used, not a paste", async ({
  page,
  worker,
  openSidePanel,
}) => {
  await page.goto(HOST_PAGES.freshdesk.url);
  await CASES[2]?.ready(page);
  await page.evaluate(() => {
    (window as unknown as { FroalaEditor?: unknown }).FroalaEditor = undefined;
    const pastes: string[] = [];
    (window as unknown as { __pastes: string[] }).__pastes = pastes;
    document.addEventListener('paste', () => pastes.push('paste'), { capture: true });
  });
  await page.locator('.fr-element').click();
  await typeText(page, 'Hello,\nThe the refund left today.');
  await checked(page, 'The the');
  await caretAfter(page, '.fr-element', 'refund');
  const { panel, tabId } = await openPanel(openSidePanel, worker, page);
  await expect(panel.locator('.finding').first()).toBeVisible();
  const reply = await panel.evaluate((message) => chrome.runtime.sendMessage(message), {
    type: 'panel/insert',
    tabId,
    insertion: { text: ' INSERTED' },
  });
  expect(reply).toMatchObject({ ok: true });
  const model = () =>
    page.evaluate(() =>
      (window as unknown as { editor: { html: { get(): string } } }).editor.html.get(),
    );
  await expect.poll(model).toContain('refund INSERTED left');
  expect(await page.evaluate(() => (window as unknown as { __pastes: string[] }).__pastes)).toEqual(
    [],
  );
});
