import { SearchBox } from '../components/SearchBox';
import { EntityLink } from '../components/EntityLink';
import { Empty, ErrorState, Loading } from '../components/Status';
import { useLoad } from '../hooks';
import { search } from '../queries';

export function SearchResults({ q }: { q: string }) {
  const [state, retry] = useLoad(q, (signal) => (q ? search(q, 50, signal) : Promise.resolve([])));
  return (
    <div>
      <h1 tabIndex={-1}>{q ? <>Search results for “{q}”</> : 'Search'}</h1>
      <SearchBox initial={q} />
      {!q ? (
        <Empty>Type a name, a reference such as 2011/98/EU or a Kamerstuk such as kst-32317-867.</Empty>
      ) : state.status === 'loading' ? (
        <Loading label="Searching…" />
      ) : state.status === 'error' ? (
        <ErrorState title="The search failed" message={state.message} retry={retry} />
      ) : state.data.length === 0 ? (
        <Empty>Nothing found for “{q}”.</Empty>
      ) : (
        <ol class="results">
          {state.data.map((hit) => (
            <li key={hit.node.id}>
              <EntityLink node={hit.node} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
