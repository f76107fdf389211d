// Public test data in ../shared/fixtures for benchmarks, read through the bench server's
// /__shared-fixtures__/ route (scripts/shared-fixtures-plugin.mjs). Never used by the package.

/** Bytes of a file in shared/fixtures, e.g. `gedcom/samples/royal92.ged`. */
export async function fetchSharedFixture(path: string): Promise<Uint8Array> {
  const response = await fetch(`/__shared-fixtures__/${path.split('/').map(encodeURIComponent).join('/')}`);
  if (!response.ok) throw new Error(`shared fixture ${path}: ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Paths (relative to shared/fixtures) of every file under `dir`. */
export async function listSharedFixtureFiles(dir: string): Promise<string[]> {
  const response = await fetch(`/__shared-fixtures__/?list=${encodeURIComponent(dir)}`);
  if (!response.ok) throw new Error(`shared fixture list ${dir}: ${response.status} ${await response.text()}`);
  return (await response.json()) as string[];
}
