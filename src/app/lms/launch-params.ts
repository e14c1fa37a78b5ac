/**
 * An LMS launch, read from the page's query (kept across hash navigation and reloads): SCORM
 * packages open `index.html?lms=<module>`, cmi5 AUs `index.html?au=<module>&endpoint=…&fetch=…`
 * (the LMS appends its parameters to the AU URL, so the module rides in the query, not the hash).
 * Tiny and synchronous: it is on the first load; the runtimes themselves load only when launched.
 */
export type LmsLaunch =
  { kind: 'scorm'; moduleId: string } | { kind: 'cmi5'; moduleId: string; params: URLSearchParams };

export function lmsLaunch(search: string = window.location.search): LmsLaunch | undefined {
  const q = new URLSearchParams(search);
  const scorm = q.get('lms');
  if (scorm) return { kind: 'scorm', moduleId: scorm };
  const au = q.get('au');
  if (au) return { kind: 'cmi5', moduleId: au, params: q };
  return undefined;
}
