import { freshdesk } from './freshdesk';
import { generic } from './generic';
import { gmail } from './gmail';
import type { HostAdapter } from './types';
import { zendesk } from './zendesk';

export type { HostAdapter } from './types';

/** The supported hosts; any other page the content script runs on was enabled by the agent. */
export const HOST_ADAPTERS: readonly HostAdapter[] = [gmail, zendesk, freshdesk];

export function adapterFor(url: URL): HostAdapter {
  return HOST_ADAPTERS.find((adapter) => adapter.matches(url)) ?? generic;
}
