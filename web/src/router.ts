// Routes of the explorer, each its own URL under /explore/ (History API):
//
//   /explore/                          home
//   /explore/search?q=2011/98/EU       search results
//   /explore/entity/<id>               an entity's page (id URL-encoded)
//   /explore/entity/<id>?view=graph    its neighbourhood as a graph
//   /explore/entity/<id>?view=timeline positions taken on it, by date

import { useEffect, useState } from 'preact/hooks';

export const BASE = '/explore/';

export type View = 'relations' | 'graph' | 'timeline';

export type Route =
  | { name: 'home' }
  | { name: 'search'; q: string }
  | { name: 'entity'; id: string; view: View }
  | { name: 'notFound'; path: string };

const VIEWS: View[] = ['relations', 'graph', 'timeline'];

export function parse(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  if (pathname === BASE || pathname === BASE.slice(0, -1)) return { name: 'home' };
  if (pathname === BASE + 'search') return { name: 'search', q: params.get('q') ?? '' };
  const m = /^\/explore\/entity\/([^/]+)\/?$/.exec(pathname);
  if (m) {
    let id: string;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      return { name: 'notFound', path: pathname };
    }
    const v = params.get('view') as View | null;
    return { name: 'entity', id, view: v && VIEWS.includes(v) ? v : 'relations' };
  }
  return { name: 'notFound', path: pathname };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return BASE;
    case 'search':
      return `${BASE}search?q=${encodeURIComponent(route.q)}`;
    case 'entity':
      return `${BASE}entity/${encodeURIComponent(route.id)}` + (route.view === 'relations' ? '' : `?view=${route.view}`);
    case 'notFound':
      return route.path;
  }
}

export const entityHref = (id: string, view: View = 'relations') => href({ name: 'entity', id, view });
export const searchHref = (q: string) => href({ name: 'search', q });

const listeners = new Set<() => void>();
let keptPlace = false;

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  /** Keep the scroll position and the focus (following a node in the graph). */
  keepPlace?: boolean;
}

/** Goes to url inside the explorer: a new history entry, or replaces the current one. */
export function navigate(url: string, { replace = false, keepPlace = false }: NavigateOptions = {}): void {
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  keptPlace = keepPlace;
  if (!keepPlace) window.scrollTo(0, 0);
  listeners.forEach((f) => f());
}

/** Whether the last navigation asked to keep the scroll position and focus (back and forward do). */
export function navigationKeptPlace(): boolean {
  return keptPlace;
}

/** The current route; re-renders on navigate() and on the back and forward buttons. */
export function useRoute(): Route {
  const current = () => parse(location.pathname, location.search);
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    const pop = () => {
      keptPlace = true;
      update();
    };
    listeners.add(update);
    window.addEventListener('popstate', pop);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', pop);
    };
  }, []);
  return route;
}

/**
 * Click handler for in-app links: plain left clicks navigate without a page
 * load; clicks with a modifier (new tab, new window) keep their browser meaning.
 * A link marked data-keep-place keeps the scroll position and the focus.
 */
export function onLinkClick(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest('a');
  if (!a) return;
  const target = a.getAttribute('target');
  if (target && target !== '_self') return;
  const raw = a.getAttribute('href') ?? (a as unknown as SVGAElement).href?.baseVal;
  if (!raw) return;
  const url = new URL(raw, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return; // in-page jump
  e.preventDefault();
  navigate(url.pathname + url.search, { keepPlace: a.hasAttribute('data-keep-place') });
}
