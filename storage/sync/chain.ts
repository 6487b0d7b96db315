/**
 * A pack and the packs its `extends` chain names over URLs, fetched and validated together:
 * an organisation pack at `…/org.json` under a team pack at `…/team-fi.json` that says
 * `"extends": "./org.json"`. Each layer is validated exactly as `talontapa validate` does
 * (cli/pack-loader.ts), parents first; a cycle or a missing parent fails the whole chain
 * with an error at `extends` that names the chain.
 */
import { LIMITS, type Pack, type PackIssue, parsePackText, validatePack } from '../../rules/index';
import type { StoredPack } from '../packs';
import { decodeUtf8, FetchError, type FetchResult } from './fetch-text';
import { isUrlRef, resolveRef } from './layers';

/** One pack file of a chain, top first. */
export interface Layer {
  url: string | null;
  etag: string | null;
  sha256: string;
  text: string;
  /** False when the server said 304: the stored copy is current. */
  changed: boolean;
}

/** Packs deeper than this are refused: no house style needs more layers. */
export const MAX_CHAIN = 8;

export type ChainFetch =
  | { ok: true; layers: Layer[]; chainIssues: PackIssue[] }
  | { ok: false; error: FetchError; url: string };

export interface ChainIO {
  /** Fetches one URL, conditionally when `etag` is given. */
  get: (url: string, etag: string | null) => Promise<FetchResult>;
  digest: (bytes: Uint8Array) => Promise<string>;
}

/** The stored copies of a previous fetch by URL, for conditional requests. */
function copiesOf(previous: StoredPack | null): Map<string, Omit<Layer, 'changed' | 'url'>> {
  const copies = new Map<string, Omit<Layer, 'changed' | 'url'>>();
  if (!previous) return copies;
  if (previous.url) copies.set(previous.url, previous);
  for (const parent of previous.parents) copies.set(parent.url, parent);
  return copies;
}

function extendsOf(text: string): string | undefined {
  try {
    const ref = (JSON.parse(text) as { extends?: unknown } | null)?.extends;
    return typeof ref === 'string' ? ref : undefined;
  } catch {
    return undefined;
  }
}

const chainText = (urls: readonly string[]) => urls.join(' → ');

/** Fetches `url` and every URL its `extends` chain names. */
export async function fetchChain(
  url: string,
  previous: StoredPack | null,
  io: ChainIO,
): Promise<ChainFetch> {
  const copies = copiesOf(previous);
  const layers: Layer[] = [];
  const urls: string[] = [];
  let next: string | null = url;
  while (next) {
    const current: string = next;
    next = null;
    urls.push(current);
    const copy = copies.get(current) ?? null;
    let result: FetchResult;
    try {
      result = await io.get(current, copy?.etag ?? null);
    } catch (error) {
      const failure =
        error instanceof FetchError ? error : new FetchError(String(error), true, false);
      // A parent that is not there is the pack's fault (a bad `extends`), not an outage.
      if (layers.length > 0 && failure.missing) {
        return {
          ok: true,
          layers,
          chainIssues: [
            {
              path: 'extends',
              message: `the parent pack ${current} is missing (${failure.message}); chain: ${chainText(urls)}`,
            },
          ],
        };
      }
      return { ok: false, error: failure, url: current };
    }
    if (result.status === 'not-modified' && copy) {
      layers.push({
        url: current,
        etag: copy.etag,
        sha256: copy.sha256,
        text: copy.text,
        changed: false,
      });
    } else if (result.status === 'ok') {
      const text = decodeUtf8(result.bytes);
      layers.push({
        url: current,
        etag: result.etag,
        sha256: await io.digest(result.bytes),
        // Not UTF-8: kept as nothing readable, so validation reports "not JSON".
        text: text ?? '',
        changed: true,
      });
    } else {
      return {
        ok: false,
        error: new FetchError('the server answered 304 for a pack we do not hold', true, false, {
          code: 'unknown-304',
        }),
        url: current,
      };
    }
    const ref = extendsOf(layers.at(-1)?.text ?? '');
    if (ref === undefined || !isUrlRef(ref)) break;
    const parent = resolveRef(ref, current);
    if (!parent) {
      return {
        ok: true,
        layers,
        chainIssues: [{ path: 'extends', message: `"${ref}" is not a URL` }],
      };
    }
    if (urls.includes(parent)) {
      return {
        ok: true,
        layers,
        chainIssues: [
          {
            path: 'extends',
            message: `"extends" forms a cycle: ${chainText([...urls, parent])}`,
          },
        ],
      };
    }
    if (urls.length >= MAX_CHAIN) {
      return {
        ok: true,
        layers,
        chainIssues: [
          {
            path: 'extends',
            message: `more than ${MAX_CHAIN} packs in the chain: ${chainText(urls)} → …`,
          },
        ],
      };
    }
    next = parent;
  }
  return { ok: true, layers, chainIssues: [] };
}

export type ChainValidation =
  | { ok: true; pack: Pack; parents: Pack[] }
  | { ok: false; issues: PackIssue[] };

/**
 * Validates a chain bottom-up, each layer with its examples, as the command line does; an
 * error in a parent is reported at the top pack's `extends`, naming the parent's URL.
 * `base` resolves relative `extends` of a chain with no URL (an imported file): none.
 */
export function validateChain(
  layers: readonly Pick<Layer, 'url' | 'text'>[],
  maxBytes: number = LIMITS.packBytes,
): ChainValidation {
  const packs: Pack[] = [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as Pick<Layer, 'url' | 'text'>;
    const below = packs.slice();
    const fail = (issues: readonly PackIssue[]): ChainValidation => ({
      ok: false,
      issues:
        i === 0
          ? [...issues]
          : issues.map((e) => ({
              path: 'extends',
              message: `${layer.url} is invalid: ${e.path ? `${e.path}: ` : ''}${e.message}`,
            })),
    });
    const parsed = parsePackText(layer.text, maxBytes);
    if (!parsed.ok) return fail(parsed.errors);
    const ref = (parsed.json as { extends?: unknown } | null)?.extends;
    if (typeof ref === 'string' && isUrlRef(ref) && below.length === 0) {
      const message = layer.url
        ? `the parent pack "${ref}" was not fetched`
        : `"${ref}" is relative to a URL, and an imported file has none: publish the pack at a URL, or extend a built-in pack`;
      return fail([{ path: 'extends', message }]);
    }
    const result = validatePack(parsed.json, {
      maxBytes,
      // `from` is the pack being validated (not yet in `below`) or one of its parents.
      load: (_ref, from) => {
        const index = below.indexOf(from);
        return index === -1 ? below[0] : below[index + 1];
      },
    });
    if (!result.ok) return fail(result.errors);
    packs.unshift(result.pack);
  }
  const [pack, ...parents] = packs;
  if (!pack) return { ok: false, issues: [{ path: '', message: 'no pack' }] };
  return { ok: true, pack, parents };
}

/** What a stored row says about the pack, read leniently (it may have failed validation). */
export function describeText(text: string): {
  packId: string | null;
  name: string | null;
  version: string | null;
  language: 'fi' | 'en' | null;
} {
  let json: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null) json = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: nothing to describe.
  }
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : null);
  const language = json.language === 'fi' || json.language === 'en' ? json.language : null;
  return { packId: str(json.id), name: str(json.name), version: str(json.version), language };
}
