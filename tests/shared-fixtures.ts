import { executeServerCommand } from '@web/test-runner-commands';

/** Bytes of a file in ../shared/fixtures (public test data), read through the test runner. */
export async function readSharedFixture(path: string): Promise<Uint8Array> {
  const base64 = await executeServerCommand<string, { path: string }>('shared-fixture', { path });
  const binary = atob(base64 ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Paths (relative to shared/fixtures) of every file under `dir`. */
export async function listSharedFixtures(dir: string): Promise<string[]> {
  return (await executeServerCommand<string[], { dir: string }>('shared-fixture-list', { dir })) ?? [];
}
