import { useEffect, useState } from 'react';
import { loadGuidelineSources, type GuidelineSource } from '../content/guideline-sources';

let cache: Map<string, GuidelineSource> | undefined;

/** The catalogue's sources by id, loaded lazily with the first citation shown. */
export function useGuidelineSources(): Map<string, GuidelineSource> | undefined {
  const [map, setMap] = useState(cache);
  useEffect(() => {
    if (cache) return;
    let live = true;
    void loadGuidelineSources().then((s) => {
      cache = s;
      if (live) setMap(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return map;
}
