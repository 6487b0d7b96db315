import { z } from 'zod';

/**
 * What an administrator may set through Chrome's managed storage (the extension's
 * `managed_schema`, public/managed-schema.json, declares exactly these keys). Read leniently:
 * a malformed entry is dropped with a reason, the rest still applies.
 */
export const DEFAULT_SYNC_INTERVAL_MINUTES = 60;

export interface ManagedPolicy {
  packSources: { url: string; sha256?: string }[];
  lockSources: boolean;
  syncIntervalMinutes: number | null;
  /** Entries of the policy that could not be used, and why. */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = {
  packSources: [],
  lockSources: false,
  syncIntervalMinutes: null,
  problems: [],
};

const SourceEntrySchema = z.object({
  url: z.string().min(1),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .transform((s) => s.toLowerCase())
    .optional(),
});

export function readPolicy(raw: unknown): ManagedPolicy {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const packSources: ManagedPolicy['packSources'] = [];
  if (value.packSources !== undefined) {
    if (!Array.isArray(value.packSources)) problems.push('packSources: expected an array');
    else
      value.packSources.forEach((entry, i) => {
        const parsed = SourceEntrySchema.safeParse(entry);
        if (parsed.success) packSources.push(parsed.data);
        else problems.push(`packSources[${i}]: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      });
  }
  let lockSources = false;
  if (value.lockSources !== undefined) {
    if (typeof value.lockSources === 'boolean') lockSources = value.lockSources;
    else problems.push('lockSources: expected true or false');
  }
  let syncIntervalMinutes: number | null = null;
  if (value.syncIntervalMinutes !== undefined) {
    const n = value.syncIntervalMinutes;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1) syncIntervalMinutes = n;
    else problems.push('syncIntervalMinutes: expected a whole number of minutes, at least 1');
  }
  return { packSources, lockSources, syncIntervalMinutes, problems };
}
