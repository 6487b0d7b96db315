/**
 * Pack sync: where packs come from, what is fetched, what becomes active. Runs in the
 * background service worker; everything it touches outside itself (network, clock, timers,
 * hashing, the database) is passed in, so the unit tests drive it in Node.
 *
 * The last-good rule: a fetched version is stored whatever it is, and becomes active only
 * when its whole chain passed validation. A network failure or a failing version leaves the
 * active pack as it was and records the error on the source, which the options page and the
 * side panel show.
 */
import {
  getBuiltinPack,
  type Language,
  LIMITS,
  type Pack,
  type PackIssue,
  PackSchema,
  type ResolvedPack,
  resolvePack,
} from '../../rules/index';
import { type Active, deleteActiveOf, getActive, listActive, putActive } from '../active';
import { database, type TalontapaDatabase } from '../db';
import {
  addPack,
  deletePacksOf,
  getPack,
  latestPack,
  type NewPack,
  packHistory,
  prunePacks,
  type StoredPack,
} from '../packs';
import {
  deleteSource,
  getSource,
  listSources,
  putSource,
  type Source,
  type SyncError,
  type SyncReason,
  updateSource,
} from '../sources';
import { describeText, fetchChain, type Layer, validateChain } from './chain';
import { fetchWithRetry, sha256Hex } from './fetch-text';
import { chainLoader, sourceUrlProblem } from './layers';
import { EMPTY_POLICY, type ManagedPolicy } from './policy';
import { type ChangeSummary, summarizeChanges } from './summary';

export interface SyncTuning {
  /** Per request, body included. */
  timeoutMs: number;
  /** Further attempts after a failure that may pass (network, timeout, 5xx). */
  retries: number;
  /** The first wait before a retry; each further one doubles. */
  retryDelayMs: number;
  maxBytes: number;
  /** Versions kept per source (the active and the last good one always). */
  historyLimit: number;
}

export const DEFAULT_TUNING: SyncTuning = {
  timeoutMs: 15_000,
  retries: 2,
  retryDelayMs: 2_000,
  maxBytes: LIMITS.packBytes,
  historyLimit: 30,
};

export interface SyncDeps {
  db?: TalontapaDatabase;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  digest?: (bytes: Uint8Array) => Promise<string>;
  /** Overrides of the defaults, read before every sync (tests shorten the timeout). */
  tuning?: () => Promise<Partial<SyncTuning>> | Partial<SyncTuning>;
  /** Called after anything the pages show changed; `active` when a language's pack did. */
  onChange?: (change: { active: boolean }) => void;
}

export type SyncOutcome =
  | { status: 'activated'; seq: number }
  | { status: 'unchanged' }
  | { status: 'invalid'; seq: number; issues: PackIssue[] }
  | { status: 'failed'; error: SyncError }
  | { status: 'not-synced' };

/** The active pack of a language with the parents its `extends` chain fetched. */
export interface ActivePack {
  sourceId: string;
  seq: number;
  language: Language;
  pack: Pack;
  parents: Pack[];
}

export interface HistoryEntry {
  seq: number;
  fetchedAt: number;
  name: string | null;
  version: string | null;
  language: Language | null;
  ok: boolean;
  issues: PackIssue[];
  active: boolean;
  lastGood: boolean;
  /** Against the next older good version; null for a failing version and the first good one. */
  changes: ChangeSummary | null;
}

export interface SourceStatus {
  source: Source;
  /** Managed by policy or locked by it: the agent may not remove it. */
  locked: boolean;
  active: { seq: number; language: Language; name: string | null; version: string | null } | null;
  latest: { seq: number; ok: boolean; version: string | null; fetchedAt: number } | null;
}

const INVALID_MESSAGE = 'the pack failed validation';
const INVALID: SyncReason = { code: 'invalid' };

function normaliseUrl(url: string): string {
  return new URL(url).href;
}

/** The packs of a stored version, parsed again (they passed validation when stored). */
export function packsOf(row: StoredPack): { pack: Pack; parents: Pack[] } | null {
  try {
    const pack = PackSchema.parse(JSON.parse(row.text));
    const parents = row.parents.map((p) => PackSchema.parse(JSON.parse(p.text)));
    return { pack, parents };
  } catch {
    return null;
  }
}

function resolveRow(row: StoredPack): ResolvedPack | null {
  const packs = packsOf(row);
  if (!packs) return null;
  try {
    const layers = [packs.pack, ...packs.parents];
    const load = chainLoader(layers);
    return resolvePack(packs.pack, (ref, from) => getBuiltinPack(ref) ?? load(ref, from));
  } catch {
    return null;
  }
}

export class PackSync {
  private readonly db: TalontapaDatabase;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly digest: (bytes: Uint8Array) => Promise<string>;
  private readonly tuning: () => Promise<Partial<SyncTuning>> | Partial<SyncTuning>;
  private readonly onChange: (change: { active: boolean }) => void;
  private readonly running = new Map<string, Promise<SyncOutcome>>();
  private policy: ManagedPolicy = EMPTY_POLICY;

  constructor(deps: SyncDeps = {}) {
    this.db = deps.db ?? database();
    this.fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
    this.digest = deps.digest ?? sha256Hex;
    this.tuning = deps.tuning ?? (() => ({}));
    this.onChange = deps.onChange ?? (() => undefined);
  }

  get managedPolicy(): ManagedPolicy {
    return this.policy;
  }

  private async settings(): Promise<SyncTuning> {
    return { ...DEFAULT_TUNING, ...(await this.tuning()) };
  }

  /** The agent's own sources are set aside while an administrator locks the sources. */
  private inUse(source: Source): boolean {
    return source.managed || !this.policy.lockSources;
  }

  private refuseWhenLocked(): void {
    if (this.policy.lockSources) {
      throw new Error('your administrator has locked the pack sources');
    }
  }

  /** Adds a URL source (not yet synced); an agent's source only while sources are unlocked. */
  async addSource(entry: { url: string; sha256?: string | undefined }): Promise<Source> {
    this.refuseWhenLocked();
    const problem = sourceUrlProblem(entry.url);
    if (!problem && (await getSource(normaliseUrl(entry.url), this.db))?.managed) {
      throw new Error('this source is set by your administrator');
    }
    const source = await this.putUrlSource(entry, false);
    this.onChange({ active: false });
    return source;
  }

  private async putUrlSource(
    entry: { url: string; sha256?: string | undefined },
    managed: boolean,
  ): Promise<Source> {
    const problem = sourceUrlProblem(entry.url);
    if (problem) throw new Error(`${entry.url}: ${problem}`);
    const id = normaliseUrl(entry.url);
    const existing = await getSource(id, this.db);
    const source: Source = {
      id,
      kind: 'url',
      url: id,
      ...(entry.sha256 ? { sha256: entry.sha256.toLowerCase() } : {}),
      managed: managed || (existing?.managed ?? false),
      addedAt: existing?.addedAt ?? this.now(),
      lastCheckedAt: existing?.lastCheckedAt ?? null,
      lastSyncedAt: existing?.lastSyncedAt ?? null,
      lastError: existing?.lastError ?? null,
    };
    await putSource(source, this.db);
    return source;
  }

  /** Removes a source with its stored versions; its language falls back to the next source. */
  async removeSource(id: string): Promise<void> {
    this.refuseWhenLocked();
    if ((await getSource(id, this.db))?.managed) {
      throw new Error('this source is set by your administrator');
    }
    await this.deleteSourceRows(id);
    this.onChange({ active: true });
  }

  private async deleteSourceRows(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.sources, this.db.packs, this.db.active], async () => {
      await deleteActiveOf(id, this.db);
      await deletePacksOf(id, this.db);
      await deleteSource(id, this.db);
    });
  }

  /**
   * Makes the managed sources what the policy lists; returns the ids that are new or
   * changed (to sync now).
   */
  async applyPolicy(policy: ManagedPolicy): Promise<string[]> {
    const wanted = new Map<string, { url: string; sha256?: string }>();
    const problems = [...policy.problems];
    for (const entry of policy.packSources) {
      const problem = sourceUrlProblem(entry.url);
      if (problem) problems.push(`packSources: ${entry.url}: ${problem}`);
      else wanted.set(normaliseUrl(entry.url), entry);
    }
    this.policy = { ...policy, problems };
    const changed: string[] = [];
    let removed = false;
    for (const source of await listSources(this.db)) {
      if (source.managed && !wanted.has(source.id)) {
        await this.deleteSourceRows(source.id);
        removed = true;
      }
    }
    for (const [id, entry] of wanted) {
      const existing = await getSource(id, this.db);
      if (existing?.managed && existing.sha256 === entry.sha256) continue;
      await this.putUrlSource({ url: id, sha256: entry.sha256 }, true);
      changed.push(id);
    }
    // The worker applies the policy on every wake: only a real change is news to the pages.
    if (removed || changed.length > 0) this.onChange({ active: removed });
    return changed;
  }

  /** Syncs one source; a second call while one runs waits for it instead of fetching twice. */
  syncSource(id: string): Promise<SyncOutcome> {
    const running = this.running.get(id);
    if (running) return running;
    const run = this.runSync(id).finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  /** Syncs every URL source in use, one after another (the packs are small). */
  async syncAll(): Promise<Map<string, SyncOutcome>> {
    const outcomes = new Map<string, SyncOutcome>();
    for (const source of await listSources(this.db)) {
      if (source.kind !== 'url' || !this.inUse(source)) continue;
      outcomes.set(source.id, await this.syncSource(source.id));
    }
    return outcomes;
  }

  private async runSync(id: string): Promise<SyncOutcome> {
    const source = await getSource(id, this.db);
    if (!source) throw new Error(`no pack source ${id}`);
    if (source.kind !== 'url' || !source.url) return { status: 'not-synced' };
    const tuning = await this.settings();
    const startedAt = this.now();
    await updateSource(id, { lastCheckedAt: startedAt }, this.db);
    const previous = await latestPack(id, this.db);
    const chain = await fetchChain(source.url, previous, {
      get: (url, etag) =>
        fetchWithRetry(
          url,
          { fetch: this.fetch, etag, timeoutMs: tuning.timeoutMs, maxBytes: tuning.maxBytes },
          { retries: tuning.retries, retryDelayMs: tuning.retryDelayMs, sleep: this.sleep },
        ),
      digest: this.digest,
    });
    if (!chain.ok) {
      const error: SyncError = {
        at: this.now(),
        message: chain.error.message,
        issues: [],
        ...(chain.error.reason ? { reason: chain.error.reason } : {}),
        ...(chain.url === source.url ? {} : { url: chain.url }),
      };
      await updateSource(id, { lastError: error }, this.db);
      this.onChange({ active: false });
      return { status: 'failed', error };
    }
    if (
      previous &&
      chain.chainIssues.length === 0 &&
      sameAsStored(chain.layers, previous) &&
      previous.pin === (source.sha256 ?? null)
    ) {
      // 304 (or the same bytes again) judged under the same pin: nothing new. A network
      // failure before this is over.
      await updateSource(
        id,
        { lastSyncedAt: this.now(), lastError: previous.ok ? null : invalidError(previous) },
        this.db,
      );
      this.onChange({ active: false });
      return { status: 'unchanged' };
    }
    return this.store(source, chain.layers, chain.chainIssues, tuning);
  }

  /** Imports a pack file as a source of its own (`file:<name>`), replacing an earlier import. */
  async importFile(name: string, text: string): Promise<SyncOutcome> {
    const tuning = await this.settings();
    const id = `file:${name}`;
    const existing = await getSource(id, this.db);
    const source: Source = {
      id,
      kind: 'file',
      managed: false,
      addedAt: existing?.addedAt ?? this.now(),
      lastCheckedAt: this.now(),
      lastSyncedAt: existing?.lastSyncedAt ?? null,
      lastError: null,
    };
    this.refuseWhenLocked();
    await putSource(source, this.db);
    const bytes = new TextEncoder().encode(text);
    const layer: Layer = {
      url: null,
      etag: null,
      sha256: await this.digest(bytes),
      text,
      changed: true,
    };
    return this.store(source, [layer], [], tuning);
  }

  /** Stores a fetched chain as a new version; activates it only when it is valid. */
  private async store(
    source: Source,
    layers: readonly Layer[],
    chainIssues: readonly PackIssue[],
    tuning: SyncTuning,
  ): Promise<SyncOutcome> {
    const [top, ...parents] = layers;
    if (!top) throw new Error('nothing fetched');
    const at = this.now();
    let issues: PackIssue[];
    let language: Language | null = null;
    if (chainIssues.length > 0) issues = [...chainIssues];
    else if (source.sha256 && top.sha256 !== source.sha256) {
      issues = [
        {
          path: '',
          message: `the pack's sha256 is ${top.sha256}, but the source is pinned to ${source.sha256}`,
        },
      ];
    } else {
      const validation = validateChain(layers, tuning.maxBytes);
      issues = validation.ok ? [] : validation.issues;
      if (validation.ok) language = validation.pack.language;
    }
    const row: NewPack = {
      sourceId: source.id,
      fetchedAt: at,
      url: top.url,
      etag: top.etag,
      sha256: top.sha256,
      text: top.text,
      parents: parents.map((p) => ({
        url: p.url ?? '',
        etag: p.etag,
        sha256: p.sha256,
        text: p.text,
      })),
      ...describeText(top.text),
      ok: issues.length === 0,
      issues,
      pin: source.sha256 ?? null,
    };
    const seq = await this.db.transaction(
      'rw',
      [this.db.sources, this.db.packs, this.db.active],
      async () => {
        // Removed while its fetch ran: nothing to store it under.
        if (!(await getSource(source.id, this.db))) return null;
        const seq = await addPack(row, this.db);
        if (language) {
          // A source has one pack at a time: if it changed language, the old one goes.
          await deleteActiveOf(source.id, this.db);
          await putActive(
            { sourceId: source.id, language, activeSeq: seq, lastGoodSeq: seq, activatedAt: at },
            this.db,
          );
        }
        await updateSource(
          source.id,
          {
            lastSyncedAt: at,
            lastError: language ? null : { at, message: INVALID_MESSAGE, issues, reason: INVALID },
          },
          this.db,
        );
        return seq;
      },
    );
    if (seq === null) return { status: 'not-synced' };
    const kept = (await listActive(this.db))
      .filter((a) => a.sourceId === source.id)
      .flatMap((a) => [a.activeSeq, a.lastGoodSeq]);
    await prunePacks(source.id, tuning.historyLimit, kept, this.db);
    this.onChange({ active: language !== null });
    return language ? { status: 'activated', seq } : { status: 'invalid', seq, issues };
  }

  /** Makes an earlier good version active again (until the next good publish). */
  async rollback(sourceId: string, seq: number): Promise<void> {
    // Under a lock the administrator decides which version runs: the latest good one.
    this.refuseWhenLocked();
    const row = await getPack(seq, this.db);
    if (!row || row.sourceId !== sourceId) throw new Error(`no version ${seq} of ${sourceId}`);
    if (!row.ok || !row.language)
      throw new Error('a version that failed validation cannot be used');
    const current = await getActive(sourceId, row.language, this.db);
    await this.db.transaction('rw', this.db.active, async () => {
      await deleteActiveOf(sourceId, this.db);
      await putActive(
        {
          sourceId,
          language: row.language as Language,
          activeSeq: seq,
          lastGoodSeq: current?.lastGoodSeq ?? seq,
          activatedAt: this.now(),
        },
        this.db,
      );
    });
    this.onChange({ active: true });
  }

  /** Sources in the order their packs win a language: the administrator's first, then oldest. */
  private async orderedSources(): Promise<Source[]> {
    const sources = (await listSources(this.db)).filter((s) => this.inUse(s));
    return [...sources.filter((s) => s.managed), ...sources.filter((s) => !s.managed)];
  }

  /** The pack the content script should run for `language`, or null for the built-in one. */
  async activePack(language: Language): Promise<ActivePack | null> {
    for (const source of await this.orderedSources()) {
      const active = await getActive(source.id, language, this.db);
      if (!active) continue;
      const row = await getPack(active.activeSeq, this.db);
      if (!row?.ok) continue;
      const packs = packsOf(row);
      if (!packs) continue;
      return { sourceId: source.id, seq: row.seq, language, ...packs };
    }
    return null;
  }

  /** Every source with its active and latest versions, for the options page and side panel. */
  async status(): Promise<SourceStatus[]> {
    const actives = await listActive(this.db);
    const out: SourceStatus[] = [];
    for (const source of await listSources(this.db)) {
      const active: Active | undefined = actives.find((a) => a.sourceId === source.id);
      const activeRow = active ? await getPack(active.activeSeq, this.db) : null;
      const latest = await latestPack(source.id, this.db);
      out.push({
        source,
        locked: source.managed || this.policy.lockSources,
        active:
          active && activeRow
            ? {
                seq: activeRow.seq,
                language: active.language,
                name: activeRow.name,
                version: activeRow.version,
              }
            : null,
        latest: latest
          ? { seq: latest.seq, ok: latest.ok, version: latest.version, fetchedAt: latest.fetchedAt }
          : null,
      });
    }
    return out;
  }

  /** A source's versions, newest first, each good one with what changed since the one before. */
  async history(sourceId: string): Promise<HistoryEntry[]> {
    const rows = await packHistory(sourceId, this.db);
    const actives = (await listActive(this.db)).filter((a) => a.sourceId === sourceId);
    const resolved = new Map<number, ResolvedPack | null>();
    for (const row of rows) if (row.ok) resolved.set(row.seq, resolveRow(row));
    return rows.map((row, index) => {
      const after = resolved.get(row.seq) ?? null;
      const older = rows.slice(index + 1).find((r) => r.ok && resolved.get(r.seq));
      const before = older ? resolved.get(older.seq) : undefined;
      return {
        seq: row.seq,
        fetchedAt: row.fetchedAt,
        name: row.name,
        version: row.version,
        language: row.language,
        ok: row.ok,
        issues: row.issues,
        active: actives.some((a) => a.activeSeq === row.seq),
        lastGood: actives.some((a) => a.lastGoodSeq === row.seq),
        changes: after && before ? summarizeChanges(before, after) : null,
      };
    });
  }
}

function invalidError(row: StoredPack): SyncError {
  return { at: row.fetchedAt, message: INVALID_MESSAGE, issues: row.issues, reason: INVALID };
}

/** Whether every layer is the stored copy (304, or the same bytes from a server without ETags). */
function sameAsStored(layers: readonly Layer[], previous: StoredPack): boolean {
  const stored = [previous.sha256, ...previous.parents.map((p) => p.sha256)];
  return layers.length === stored.length && layers.every((l, i) => l.sha256 === stored[i]);
}
