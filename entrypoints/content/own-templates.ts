import { send } from '../../messaging/client';
import { type OwnTemplate, OwnTemplateSchema } from '../../rules/templates/own';

/**
 * The agent's own templates for `;;shortcut` expansion, asked from the background (the
 * content script cannot open the extension's IndexedDB) once a reply box is attached, and
 * again when the background says they changed. Expansion is synchronous: until the answer
 * comes, only the packs' shortcuts expand.
 */
export class OwnTemplates {
  private list: OwnTemplate[] = [];
  private asked = false;
  private generation = 0;

  get(): readonly OwnTemplate[] {
    if (!this.asked) void this.ask();
    return this.list;
  }

  changed(): void {
    if (this.asked) void this.ask();
  }

  private async ask(): Promise<void> {
    this.asked = true;
    const generation = ++this.generation;
    const reply = await send<unknown>({ type: 'content/get-templates' });
    if (generation !== this.generation || !reply.ok || !Array.isArray(reply.value)) return;
    this.list = reply.value.flatMap((row) => {
      const parsed = OwnTemplateSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }
}
