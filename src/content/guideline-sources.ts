/** The catalogue's source register (titles of laws, protocols and guides), loaded once, lazily. */
export type CatalogueSource = { id: string; title: string; status?: string };

let sources: Promise<Map<string, CatalogueSource>> | undefined;
export function loadSources(): Promise<Map<string, CatalogueSource>> {
  sources ??= import('../../scenarios/guidelines/sources.json').then(
    (m) => new Map((m.default.sources as CatalogueSource[]).map((s) => [s.id, s])),
  );
  return sources;
}
