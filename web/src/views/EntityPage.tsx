// An entity's page: its kind and name, its properties, and one of three
// views of its relations, each its own URL: the grouped list (default), the
// graph of its neighbourhood, and the timeline of positions taken on it.

import { useEffect } from 'preact/hooks';
import { KindBadge } from '../components/EntityLink';
import { ErrorState, Loading } from '../components/Status';
import { useLoad } from '../hooks';
import { formatDate } from '../model';
import { entityHref, navigationKeptPlace, type View } from '../router';
import { entity, type Entity } from '../queries';
import { GraphView } from './GraphView';
import { Properties } from './Properties';
import { Relations } from './Relations';
import { Timeline } from './Timeline';

// Kinds that positions are taken on (a Person or an Office is never a subject).
const HAS_TIMELINE = new Set(['LegalAct', 'Document', 'Country', 'Organisation', 'AgendaItem', 'CouncilMeeting']);

export function EntityPage({ id, view }: { id: string; view: View }) {
  const [state, retry] = useLoad(`entity:${id}`, (signal) => entity(id, signal));
  const name = state.status === 'ok' ? state.data?.name : undefined;
  useEffect(() => {
    if (name) document.title = `${name} · jhagraph explorer`;
  }, [name]);

  // Following a graph node, or going back, keeps the page it comes from on
  // screen until the next one is there, so that the scroll position holds.
  const stale = state.status === 'loading' && navigationKeptPlace() ? state.stale : undefined;
  if (state.status === 'loading' && !stale) return <Loading label={`Loading ${id}…`} />;
  if (state.status === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>{id}</h1>
        <ErrorState title="This entity could not be loaded" message={state.message} retry={retry} />
      </>
    );
  }
  const e = state.status === 'ok' ? state.data : stale;
  if (!e) {
    return (
      <>
        <h1 tabIndex={-1}>{id}</h1>
        <ErrorState title="Not found" message={`The graph has no entity with the id “${id}”. Try the search box above.`} />
      </>
    );
  }
  const views: [View, string][] = [
    ['relations', 'Relations'],
    ['graph', 'Graph'],
  ];
  if (HAS_TIMELINE.has(e.__typename)) views.push(['timeline', 'Timeline of positions']);

  return (
    <article class="entity" data-typename={e.__typename} aria-busy={state.status === 'loading'}>
      {state.status === 'loading' && (
        <p class="progress" role="status" aria-live="polite">
          Loading {id}…
        </p>
      )}
      <header class="entity-header">
        <KindBadge typename={e.__typename} />
        <h1 tabIndex={-1}>{heading(e)}</h1>
        <p class="entity-id">
          <code>{e.id}</code>
          {e.__typename === 'Document' && e.date && <> · {formatDate(e.date)}</>}
        </p>
      </header>
      <Properties e={e} />
      <nav class="views" aria-label="Views of the relations">
        <ul>
          {views.map(([v, label]) => (
            <li key={v}>
              <a href={entityHref(e.id, v)} aria-current={v === view ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section class="view" aria-label={views.find(([v]) => v === view)?.[1] ?? 'Relations'}>
        {view === 'graph' ? (
          <GraphView entity={e} />
        ) : view === 'timeline' && HAS_TIMELINE.has(e.__typename) ? (
          <Timeline id={e.id} name={e.name} />
        ) : (
          <Relations id={e.id} />
        )}
      </section>
    </article>
  );
}

/** Documents are headed by their kst key (their titles stand below); others by their name. */
function heading(e: Entity): string {
  if (e.__typename === 'Document') return e.dossier ? `Kamerstuk ${e.dossier}, nr. ${e.number ?? '?'}` : e.name;
  return e.name;
}
