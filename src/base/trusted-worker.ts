/**
 * Starts a module worker from one of the library's own files in a way that also works under
 * Trusted Types (`require-trusted-types-for 'script'`), where a worker's URL must be a
 * TrustedScriptURL. The policy `care-network-elements` passes only URLs of the same origin as
 * the library's module; a host with Trusted Types adds that name to its `trusted-types`
 * directive (SECURITY.md). Returns null when no worker can start (no Worker, a policy that
 * forbids it): callers then do the work on the main thread.
 */
type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy };

let policy: ScriptUrlPolicy | null | undefined;

function scriptUrlPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory
      ? factory.createPolicy('care-network-elements', {
          createScriptURL(url: string) {
            // Only the library's own files: same origin as this module, never data: or blob:.
            if (new URL(url).origin !== new URL(import.meta.url).origin) throw new TypeError(`Not a care-network-elements worker: ${url}`);
            return url;
          },
        })
      : null;
  } catch {
    policy = null; // The host's `trusted-types` directive does not allow the name.
  }
  return policy;
}

export function startModuleWorker(url: URL): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const trusted = scriptUrlPolicy();
    // Without Trusted Types the plain URL is fine; with them the policy's value is required.
    return new Worker((trusted ? trusted.createScriptURL(url.href) : url) as URL, { type: 'module' });
  } catch {
    return null;
  }
}
