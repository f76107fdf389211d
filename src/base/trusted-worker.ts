/**
 * Module workers of the library's own files that also start under Trusted Types
 * (`require-trusted-types-for 'script'`), where a worker's URL must be a TrustedScriptURL.
 * The policy `care-network-elements` passes only URLs of the same origin as the library's
 * module; a host with Trusted Types adds that name to its `trusted-types` directive
 * (SECURITY.md). Without it, starting the worker fails and callers do the work on the main thread.
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

/**
 * The Worker constructor to use for the library's own module workers: the global one, or under
 * Trusted Types a subclass that turns the URL into a TrustedScriptURL first. Callers keep the
 * literal `new Worker(new URL('./x.js', import.meta.url), { type: 'module' })` with a local
 * `const Worker = trustedWorker()`, because bundlers (Vite, webpack) find and bundle workers by
 * that very spelling. Undefined where there are no workers.
 */
export function trustedWorker(): typeof Worker | undefined {
  const Base = globalThis.Worker;
  if (typeof Base === 'undefined') return undefined;
  const trusted = scriptUrlPolicy();
  if (!trusted) return Base;
  return class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(trusted!.createScriptURL(String(url)) as URL, options);
    }
  };
}
