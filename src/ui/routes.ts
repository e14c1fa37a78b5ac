/** Hash routes (DESIGN §5): the same build runs from a web server, a file share or an LMS package. */
export type Route =
  | { name: 'home' }
  | { name: 'welcome' }
  | { name: 'settings' }
  /** Results server (LRS) settings and the outbox's state (issue 11). */
  | { name: 'lrs' }
  | { name: 'module'; moduleId: string }
  | { name: 'play'; attemptId: string }
  | { name: 'debrief'; attemptId: string }
  | { name: 'attempts' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  switch (head) {
    case 'welcome':
      return { name: 'welcome' };
    case 'settings':
      return { name: 'settings' };
    case 'lrs':
      return { name: 'lrs' };
    case 'attempts':
      return { name: 'attempts' };
    case 'module':
      return arg ? { name: 'module', moduleId: arg } : { name: 'home' };
    case 'play':
      return arg ? { name: 'play', attemptId: arg } : { name: 'home' };
    case 'debrief':
      return arg ? { name: 'debrief', attemptId: arg } : { name: 'home' };
    default:
      return { name: 'home' };
  }
}

export function routeHref(r: Route): string {
  switch (r.name) {
    case 'home':
      return '#/';
    case 'module':
      return `#/module/${encodeURIComponent(r.moduleId)}`;
    case 'play':
    case 'debrief':
      return `#/${r.name}/${encodeURIComponent(r.attemptId)}`;
    default:
      return `#/${r.name}`;
  }
}

export const navigate = (r: Route) => {
  window.location.hash = routeHref(r);
};
