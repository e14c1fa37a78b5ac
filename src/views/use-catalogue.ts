import { useEffect, useState } from 'react';
import { loadCatalogue } from '../content/scenario-source';
import type { Guideline } from '../engine/schema/guideline';

let cache: Map<string, Guideline> | undefined;

/** The guideline catalogue by id, loaded lazily (it is not needed to start playing). */
export function useCatalogue(): Map<string, Guideline> | undefined {
  const [map, setMap] = useState(cache);
  useEffect(() => {
    if (cache) return;
    let live = true;
    void loadCatalogue().then((c) => {
      cache = new Map(c.guidelines.map((g) => [g.id, g]));
      if (live) setMap(cache);
    });
    return () => {
      live = false;
    };
  }, []);
  return map;
}
