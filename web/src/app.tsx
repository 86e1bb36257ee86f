import { useEffect, useRef } from 'preact/hooks';
import { SearchBox } from './components/SearchBox';
import { href, navigationKeptPlace, useRoute, type Route } from './router';
import { EntityPage } from './views/EntityPage';
import { Home } from './views/Home';
import { SearchResults } from './views/SearchResults';
import { ErrorState } from './components/Status';

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const url = href(route);
  const first = useRef(true);

  // After a navigation, move the focus to the new page's heading (for screen
  // readers and keyboards) once it is there; not on the first load, nor when
  // the navigation keeps its place (back, forward, following a graph node).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigationKeptPlace()) return;
    let tries = 0;
    const t = setInterval(() => {
      const h = main.current?.querySelector<HTMLElement>('h1');
      if (h || ++tries > 40) {
        clearInterval(t);
        if (h && !main.current?.contains(document.activeElement)) h.focus({ preventScroll: true });
      }
    }, 50);
    return () => clearInterval(t);
  }, [url]);

  useEffect(() => {
    if (route.name !== 'entity') document.title = title(route);
  }, [url]);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href={href({ name: 'home' })}>
          jhagraph <span>explorer</span>
        </a>
        {route.name !== 'home' && route.name !== 'search' && <SearchBox />}
        <a class="api-link" href="/">
          GraphQL
        </a>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="site-footer">
        <p>
          Data from Dutch government letters to parliament; every relation links to the sentence that supports it. The same
          data is at <a href="/graphql">/graphql</a>.
        </p>
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'search':
      return <SearchResults q={route.q} />;
    case 'entity':
      return <EntityPage id={route.id} view={route.view} />;
    case 'notFound':
      return (
        <>
          <h1 tabIndex={-1}>Page not found</h1>
          <ErrorState title="Not found" message={`There is no explorer page at ${route.path}.`} />
        </>
      );
  }
}

function title(route: Route): string {
  switch (route.name) {
    case 'search':
      return `${route.q ? `“${route.q}”` : 'Search'} · jhagraph explorer`;
    case 'notFound':
      return 'Not found · jhagraph explorer';
    default:
      return 'jhagraph explorer';
  }
}
