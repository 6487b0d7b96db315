import type { BrowserContext, CDPSession, Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { launchWithExtension } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES, routeHosts } from '../demo/hosts.mjs';
import { expect, test, typeText } from './fixtures';

test('Alt+Shift+Y is registered to open the panel, with its description in the browser’s language', async ({
  worker,
}) => {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands).toContainEqual(
    expect.objectContaining({
      name: 'open-panel',
      shortcut: 'Alt+Shift+Y',
      description: 'Open the Talontapa panel',
    }),
  );
});

/**
 * The whole keyboard path in the browser's real side panel, not the panel page in a tab.
 *
 * Playwright's `keyboard.press` sends the renderer a key event with text, which the browser
 * never treats as a shortcut; a raw key-down sent over the DevTools protocol goes through the
 * browser's accelerators first, as a key pressed on a keyboard does, so it runs the
 * extension's command. Playwright does not expose the side panel (it is not a tab) as a
 * `Page`, so the test talks to it over the DevTools protocol: keys in, focus state out.
 */

const ALT = 1;
const SHIFT = 8;
const KEYS = {
  Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 },
  ArrowDown: { key: 'ArrowDown', code: 'ArrowDown', windowsVirtualKeyCode: 40 },
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
} as const;

/** A DevTools session with one target the browser does not hand to Playwright. */
class TargetSession {
  private next = 1;
  private readonly pending = new Map<number, (reply: Record<string, unknown>) => void>();

  private constructor(
    private readonly browser: CDPSession,
    private readonly sessionId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number } & Record<string, unknown>;
      if (reply.id === undefined) return;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async attach(browser: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(browser, sessionId);
  }

  async send(
    method: string,
    params: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> {
    const id = this.next++;
    const reply = new Promise<Record<string, unknown>>((resolve) => this.pending.set(id, resolve));
    await this.browser.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const answer = await reply;
    if (answer.error) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
    return answer.result as Record<string, unknown>;
  }

  async press(name: keyof typeof KEYS): Promise<void> {
    const key = KEYS[name];
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, text: undefined });
  }

  /** Runs an expression in the panel and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result } = (await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  }
}

async function pressShortcut(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const y = {
    key: 'Y',
    code: 'KeyY',
    windowsVirtualKeyCode: 89,
    nativeVirtualKeyCode: 89,
    modifiers: ALT | SHIFT,
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...y });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...y });
  await cdp.detach();
}

test.describe('keyboard only, in the real side panel', () => {
  let context: BrowserContext;

  test.beforeAll(async () => {
    // Its own browser: the side panel it opens stays open in its window.
    context = await launchWithExtension();
    await routeHosts(context);
  });
  test.afterAll(async () => {
    await context.close();
  });

  test('Alt+Shift+Y opens the panel; Tab, arrows and Enter apply a fix; focus is back in the editor', async () => {
    const editor = '.ip [g_editable]';
    const page = await context.newPage();
    await page.goto(HOST_PAGES.gmail.url);
    await page.locator(`${editor} > div`).first().click();
    await typeText(page, 'Hi Emily,\nThe the parcel left today.');

    await page.bringToFront();
    await pressShortcut(page);
    const owner = context.browser();
    if (!owner) throw new Error('a persistent context still has its browser');
    const browser = await owner.newBrowserCDPSession();
    const panelTarget = async () => {
      const { targetInfos } = await browser.send('Target.getTargets');
      return (
        targetInfos.find((t: { url: string }) => new URL(t.url).pathname === '/sidepanel.html')
          ?.targetId ?? null
      );
    };
    await expect.poll(panelTarget, { message: 'the side panel opens' }).not.toBeNull();
    const panel = await TargetSession.attach(browser, (await panelTarget()) as string);
    await panel.send('Emulation.setFocusEmulationEnabled', { enabled: true });

    const focused = () =>
      panel.evaluate<{ index: string | null; check: string | null }>(`(() => {
        const active = document.activeElement;
        return {
          index: active?.dataset?.findingIndex ?? null,
          check: active?.closest('.finding')?.getAttribute('data-check') ?? null,
        };
      })()`);
    await expect
      .poll(() =>
        panel.evaluate<number>(
          `document.querySelectorAll('.finding[data-check="repeated-word"]').length`,
        ),
      )
      .toBe(1);
    for (let i = 0; i < 12 && (await focused()).index === null; i++) await panel.press('Tab');
    expect((await focused()).index).toBe('0');
    const total = await panel.evaluate<number>(`document.querySelectorAll('.finding').length`);
    for (let i = 0; i < total && (await focused()).check !== 'repeated-word'; i++) {
      await panel.press('ArrowDown');
    }
    expect((await focused()).check).toBe('repeated-word');
    await panel.press('Enter');

    const draft = () => page.locator(editor).evaluate((e) => (e as HTMLElement).innerText);
    await expect.poll(draft).toContain('The parcel left today.');
    expect(await draft()).not.toContain('The the');
    await expect
      .poll(() =>
        page.evaluate(
          (selector) => document.activeElement === document.querySelector(selector),
          editor,
        ),
      )
      .toBe(true);
    await browser.detach();
  });
});
