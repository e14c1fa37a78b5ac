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
  | { name: 'attempts' }
  // Instructor: assignment builder (issue 10).
  | { name: 'assign' }
  | { name: 'assign-new' }
  | { name: 'assign-detail'; assignmentId: string }
  | { name: 'assign-edit'; assignmentId: string }
  | { name: 'assign-handout'; assignmentId: string }
  // Trainee: an assignment link, `#/a/<payload>` (the payload is the assignment itself).
  | { name: 'assignment'; payload: string }

  /** The instructor's cohort view: loose (`#/cohort`) or for one assignment (`#/cohort/<id>`). */
  | { name: 'cohort'; assignmentId?: string }
  /** The guideline browser (issue 15): every guideline, or one of them (`#/guidelines/<id>`). */
  | { name: 'guidelines'; guidelineId?: string }
  /** The author preview (issue 15): the modules, one module, or one node of it. */
  | { name: 'author'; moduleId?: string; nodeId?: string }
  /** A new practice attempt that starts at a node (the author preview's "play from this node"). */
  | { name: 'play-from'; moduleId: string; nodeId: string }
  /** The organization dashboard (issue 12): `#/review?module=…&cohort=…`, filters in the query. */
  | { name: 'review'; query: string };

export function parseRoute(hash: string): Route {
  // Taken raw, not URI-decoded: a damaged link may hold a stray '%', and its screen says so.
  const link = /^#\/?a\/(.*)$/s.exec(hash);
  if (link) return { name: 'assignment', payload: link[1]! };
  const review = /^#\/?review\/?(?:\?(.*))?$/s.exec(hash);
  if (review) return { name: 'review', query: review[1] ?? '' };
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  const [head, arg, sub] = parts;
  switch (head) {
    case 'assign':
      if (!arg) return { name: 'assign' };
      if (arg === 'new') return { name: 'assign-new' };
      if (sub === 'edit') return { name: 'assign-edit', assignmentId: arg };
      if (sub === 'handout') return { name: 'assign-handout', assignmentId: arg };
      return { name: 'assign-detail', assignmentId: arg };
    case 'welcome':
      return { name: 'welcome' };
    case 'settings':
      return { name: 'settings' };
    case 'lrs':
      return { name: 'lrs' };
    case 'attempts':
      return { name: 'attempts' };
    case 'cohort':
      return arg ? { name: 'cohort', assignmentId: arg } : { name: 'cohort' };
    case 'guidelines':
      return arg ? { name: 'guidelines', guidelineId: arg } : { name: 'guidelines' };
    case 'author':
      return {
        name: 'author',
        ...(arg ? { moduleId: arg } : {}),
        ...(arg && sub ? { nodeId: sub } : {}),
      };
    case 'play-from':
      return arg && sub ? { name: 'play-from', moduleId: arg, nodeId: sub } : { name: 'home' };
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

const safeDecode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

export function routeHref(r: Route): string {
  switch (r.name) {
    case 'assign':
      return '#/assign';
    case 'assign-new':
      return '#/assign/new';
    case 'assign-detail':
      return `#/assign/${encodeURIComponent(r.assignmentId)}`;
    case 'assign-edit':
      return `#/assign/${encodeURIComponent(r.assignmentId)}/edit`;
    case 'assign-handout':
      return `#/assign/${encodeURIComponent(r.assignmentId)}/handout`;
    case 'assignment':
      return `#/a/${r.payload}`;
    case 'home':
      return '#/';
    case 'module':
      return `#/module/${encodeURIComponent(r.moduleId)}`;
    case 'play':
    case 'debrief':
      return `#/${r.name}/${encodeURIComponent(r.attemptId)}`;
    case 'cohort':
      return r.assignmentId ? `#/cohort/${encodeURIComponent(r.assignmentId)}` : '#/cohort';
    case 'guidelines':
      return r.guidelineId ? `#/guidelines/${encodeURIComponent(r.guidelineId)}` : '#/guidelines';
    case 'author':
      return ['#/author', r.moduleId, r.moduleId && r.nodeId]
        .filter((p): p is string => Boolean(p))
        .map((p, i) => (i ? encodeURIComponent(p) : p))
        .join('/');
    case 'play-from':
      return `#/play-from/${encodeURIComponent(r.moduleId)}/${encodeURIComponent(r.nodeId)}`;
    case 'review':
      return r.query ? `#/review?${r.query}` : '#/review';
    default:
      return `#/${r.name}`;
  }
}

export const navigate = (r: Route) => {
  window.location.hash = routeHref(r);
};
