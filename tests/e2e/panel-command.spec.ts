import { expect, test } from './fixtures';

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
