import {
  expect,
  mutations,
  type PanelFinding,
  panelFindings,
  readHighlights,
  test,
  typeText,
  watchMutations,
} from './fixtures';

const FINNISH_DRAFT =
  'Hei {{customer.firstName}},\n\nKiitos viestistäsi. Tilauksesi on on matkalla ja saat sen huomenna.\n\nYstävällisin terveisin\nAsiakaspalvelu';

const ENGLISH_DRAFT =
  'Hi John,\nThank you for your message. The the refund was sent today.\nBest regards,\n[agent name]';

// The demo pages are on 127.0.0.1, which the extension reaches only once the agent enabled it.
test('a textarea draft is checked, highlighted, listed and selectable', async ({
  page,
  site,
  openSidePanel,
  enableSite,
}) => {
  await page.goto(`${site}/textarea-fi.html`);
  await enableSite(page);
  await watchMutations(page, '#reply');
  await page.click('#reply');
  await typeText(page, FINNISH_DRAFT);

  const placeholder = FINNISH_DRAFT.indexOf('{{');
  await expect
    .poll(() => readHighlights(page))
    .toContainEqual({
      name: 'talontapa-error',
      text: '{{customer.firstName}}',
      startOffset: placeholder,
      endOffset: placeholder + '{{customer.firstName}}'.length,
    });
  // The mirror holds the textarea's value verbatim, so range offsets are draft offsets.
  for (const range of await readHighlights(page)) {
    expect(range.text).toBe(FINNISH_DRAFT.slice(range.startOffset, range.endOffset));
  }

  const panel = await openSidePanel();
  await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
  await expect(panel.locator('.finding[data-check="repeated-word"]')).toHaveCount(1);
  // The interface follows the browser's language (English here); the messages the pack's.
  await expect(panel.getByRole('region', { name: 'Errors' })).toBeVisible();
  const highlights = await readHighlights(page);
  for (const finding of await panelFindings(panel)) {
    if (finding.end === finding.start || finding.marker) continue;
    expect(finding.text).toBe(FINNISH_DRAFT.slice(finding.start, finding.end));
    expect(highlights).toContainEqual(
      expect.objectContaining({ startOffset: finding.start, endOffset: finding.end }),
    );
  }

  await panel.locator('.finding[data-check="repeated-word"] .finding-button').click();
  const repeated = (await panelFindings(panel)).find((f) => f.check === 'repeated-word');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const reply = document.querySelector('#reply') as HTMLTextAreaElement;
        return [reply.selectionStart, reply.selectionEnd];
      }),
    )
    .toEqual([repeated?.start, repeated?.end]);

  // Typing into a textarea changes no node; so anything recorded would be the extension's.
  expect(await mutations(page)).toEqual([]);
});

test('a contenteditable draft is highlighted in place without touching the editor', async ({
  page,
  site,
  openSidePanel,
  enableSite,
}) => {
  await page.goto(`${site}/contenteditable-en.html`);
  await enableSite(page);
  await watchMutations(page, '#reply');
  await page.click('#reply');
  await typeText(page, ENGLISH_DRAFT);

  await expect
    .poll(async () => (await readHighlights(page)).map((range) => range.text))
    .toEqual(expect.arrayContaining(['[agent name]']));

  const panel = await openSidePanel();
  await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
  await expect(panel.locator('.finding[data-check="repeated-word"]')).toHaveCount(1);
  const findings = await panelFindings(panel);
  const highlighted = (await readHighlights(page)).map((range) => range.text);
  for (const finding of findings) {
    if (finding.end === finding.start || finding.marker) continue;
    // The draft the extension read is exactly what was typed, Enter being a newline.
    expect(finding.text).toBe(ENGLISH_DRAFT.slice(finding.start, finding.end));
    expect(highlighted).toContain(finding.text);
  }

  // Typing itself mutates a contenteditable: only text, line breaks and line divs may appear.
  const typing = await mutations(page);
  for (const record of typing) {
    expect(record).toMatch(/^(characterData|childList)::\+(#text|BR|DIV|,)*:-(#text|BR|DIV|,)*$/);
  }

  const target = findings.find((f) => f.check === 'placeholder') as PanelFinding;
  await panel.locator('.finding[data-check="placeholder"] .finding-button').click();
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(target.text);

  // While the agent does not type, the extension adds nothing at all.
  await page.waitForTimeout(300);
  expect(await mutations(page)).toEqual(typing);
});

test('Finnish grammar checks run in the page once the dictionary has loaded', async ({
  page,
  site,
  openSidePanel,
  enableSite,
}) => {
  await page.goto(`${site}/textarea-fi.html`);
  await enableSite(page);
  await page.click('#reply');
  // Pasted in one input: the grammar checks must catch up by themselves once Voikko is read.
  await page.keyboard.insertText(
    'Hei Maija,\n\nKiitos viestistäsi. Lähettäkää kuitti meille. Vika korjataan huomenna.\n\nYstävällisin terveisin\nMatti',
  );
  const panel = await openSidePanel();
  const command = panel.locator('.finding[data-check="command"]');
  await expect(command).toHaveCount(1);
  await expect(command.locator('.finding-text')).toHaveText(/Lähettäkää/);
  await expect(panel.locator('.finding[data-check="passive"]')).toHaveCount(1);
  // Mixed address: "viestistäsi" (sinä) beside "Lähettäkää" (te).
  await expect(panel.locator('.finding[data-check="address"]').first()).toBeVisible();
});

test('a long draft is underlined wherever the agent scrolls', async ({
  page,
  site,
  enableSite,
}) => {
  await page.goto(`${site}/contenteditable-en.html`);
  await enableSite(page);
  await page.click('#reply');
  const filler = 'We checked the order and it left the warehouse today.\n\n'.repeat(120);
  await page.keyboard.insertText(`Hi [first name],\n\n${filler}Best regards,\n[agent name]`);
  // Only ranges near the screen are registered; the caret, and so the view, is at the end.
  const highlighted = async () => (await readHighlights(page)).map((range) => range.text);
  await expect.poll(highlighted).toContain('[agent name]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(highlighted).toContain('[first name]');
  // The end of the draft is now far off screen: its range is dropped from the registry.
  await expect.poll(highlighted).not.toContain('[agent name]');
});

test('text in an element with no box of its own (display: contents) is still underlined', async ({
  page,
  site,
  enableSite,
}) => {
  await page.goto(`${site}/contenteditable-en.html`);
  await enableSite(page);
  // What some editors render: inline wrappers that take no box. The test writes the page's
  // markup; the extension only reads it.
  await page.evaluate(() => {
    const reply = document.querySelector('#reply') as HTMLElement;
    reply.innerHTML =
      '<div><span style="display: contents">Hi [first name],</span></div><div><br></div>' +
      '<div>We checked the order.</div>';
  });
  await page.click('#reply');
  await page.keyboard.press('End');
  await page.keyboard.type(' Thanks');
  const highlighted = async () => (await readHighlights(page)).map((range) => range.text);
  await expect.poll(highlighted).toContain('[first name]');
});
