import { send } from '../../messaging/client';
import { type CompiledPack, compilePack, getBuiltinPack, PackSchema } from '../../rules/index';
import type { Language } from '../../rules/types';
import { chainLoader } from '../../storage/sync/layers';

/**
 * The packs the background says are active, per language, compiled here: the content
 * script cannot open the extension's IndexedDB (it would open the host page's). Until the
 * answer comes the built-in pack is used; `changed` forgets them when the background says
 * the active packs changed, so the next check asks again.
 */
export class SyncedPacks {
  private readonly packs = new Map<Language, CompiledPack | null>();
  private readonly asked = new Set<Language>();
  /** Every language asked for since the page loaded: a change re-asks for each. */
  private readonly wanted = new Set<Language>();
  private generation = 0;

  /** `arrived` runs when an answer changed what `get` returns (to re-check the draft). */
  constructor(private readonly arrived: () => void) {}

  /** The synced pack for `language`; undefined while unknown, null when there is none. */
  get(language: Language): CompiledPack | null | undefined {
    if (!this.asked.has(language)) void this.ask(language);
    return this.packs.get(language);
  }

  changed(): void {
    this.generation += 1;
    this.asked.clear();
    // The old packs stay in use until the new answers replace them: no flash of the built-in.
    // An answer still on its way is dropped (it may predate the change), so every language
    // asked for is asked again, not only those answered.
    for (const language of this.wanted) void this.ask(language);
  }

  private async ask(language: Language): Promise<void> {
    this.asked.add(language);
    this.wanted.add(language);
    const generation = this.generation;
    const reply = await send<unknown>({ type: 'content/get-pack', language });
    if (generation !== this.generation) return;
    const compiled = reply.ok ? compileAnswer(reply.value) : null;
    const before = this.packs.get(language);
    this.packs.set(language, compiled);
    if (before !== compiled) this.arrived();
  }
}

/** The background's answer compiled; null (the built-in pack) when it is none or unusable. */
function compileAnswer(value: unknown): CompiledPack | null {
  if (!value || typeof value !== 'object') return null;
  const answer = value as { pack?: unknown; parents?: unknown };
  const pack = PackSchema.safeParse(answer.pack);
  const parents = Array.isArray(answer.parents)
    ? answer.parents.map((p) => PackSchema.safeParse(p))
    : [];
  if (!pack.success || parents.some((p) => !p.success)) return null;
  const layers = [pack.data, ...parents.map((p) => (p.success ? p.data : pack.data))];
  const load = chainLoader(layers);
  try {
    return compilePack(pack.data, { load: (ref, from) => getBuiltinPack(ref) ?? load(ref, from) });
  } catch (error) {
    console.warn('Talontapa: the synced pack could not be compiled; using the built-in', error);
    return null;
  }
}
