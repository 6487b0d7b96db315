import { type OwnTemplate, OwnTemplateSchema } from '../rules/templates/own';
import { database, type TalontapaDatabase } from './db';
import { field, parseRows } from './rows';

/**
 * The agent's own templates (rules/templates/own.ts), one row each by id. Rows are parsed on
 * read: one damaged row is skipped and reported, never thrown at the side panel.
 */
const key = field('id');

/** Every readable own template, the most recently changed first. */
export async function listOwnTemplates(db: TalontapaDatabase = database()): Promise<OwnTemplate[]> {
  const rows = await db.templates.orderBy('updatedAt').reverse().toArray();
  return parseRows('templates', OwnTemplateSchema, rows, key);
}

export async function putOwnTemplate(
  template: OwnTemplate,
  db: TalontapaDatabase = database(),
): Promise<void> {
  await db.templates.put(OwnTemplateSchema.parse(template));
}

/** Whether there was such a template. */
export async function deleteOwnTemplate(
  id: string,
  db: TalontapaDatabase = database(),
): Promise<boolean> {
  return db.transaction('rw', db.templates, async () => {
    const found = (await db.templates.get(id)) !== undefined;
    if (found) await db.templates.delete(id);
    return found;
  });
}
