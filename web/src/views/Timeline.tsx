// The positions taken on a subject, newest first, by date.

import { useState } from 'preact/hooks';
import { EntityLink } from '../components/EntityLink';
import { Evidence } from '../components/Evidence';
import { Empty, ErrorState, Loading } from '../components/Status';
import { useLoad } from '../hooks';
import { formatDate } from '../model';
import { positionsOn, type PositionConnection } from '../queries';
import { Stance } from './Properties';
import { entityHref } from '../router';

const PAGE = 20;

export function Timeline({ id, name }: { id: string; name: string }) {
  const [state, retry] = useLoad(`timeline:${id}`, (signal) => positionsOn(id, PAGE, null, signal));
  if (state.status === 'loading') return <Loading label="Loading the positions…" />;
  if (state.status === 'error') return <ErrorState title="The positions could not be loaded" message={state.message} retry={retry} />;
  if (state.data.totalCount === 0) return <Empty>No positions have been found on {name} in the letters yet.</Empty>;
  return <TimelineList key={id} id={id} first={state.data} />;
}

function TimelineList({ id, first }: { id: string; first: PositionConnection }) {
  const [conn, setConn] = useState(first);
  const [more, setMore] = useState<{ loading: boolean; error?: string }>({ loading: false });
  const loadMore = () => {
    setMore({ loading: true });
    positionsOn(id, PAGE, conn.pageInfo.endCursor).then(
      (next) => {
        setConn({ ...next, edges: [...conn.edges, ...next.edges] });
        setMore({ loading: false });
      },
      (err: unknown) => setMore({ loading: false, error: err instanceof Error ? err.message : String(err) }),
    );
  };
  // Consecutive positions of the same day share one date heading.
  const days: { date: string; items: PositionConnection['edges'] }[] = [];
  for (const e of conn.edges) {
    const d = e.node.date ?? '';
    if (days.length && days[days.length - 1].date === d) days[days.length - 1].items.push(e);
    else days.push({ date: d, items: [e] });
  }
  return (
    <div class="timeline-wrap">
      <p class="muted">
        {conn.totalCount === 1 ? 'One position' : `${conn.totalCount} positions, newest first`}
        {conn.edges.length < conn.totalCount ? `; ${conn.edges.length} shown` : ''}.
      </p>
      <ol class="timeline">
        {days.map((day) => (
          <li key={day.date} class="day">
            <h3 class="day-date">
              <time dateTime={day.date}>{day.date ? formatDate(day.date) : 'Undated'}</time>
            </h3>
            <ul class="plain">
              {day.items.map(({ node: p }) => (
                <li key={p.id} class="position">
                  <p class="position-head">
                    <Stance stance={p.stance} polarity={p.polarity} negated={p.negated} conditional={p.conditional} />{' '}
                    {p.actors.length > 0 ? (
                      p.actors.map((a) => <EntityLink key={a.id} node={a} badge={false} />)
                    ) : (
                      <span>{p.actor}</span>
                    )}{' '}
                    <a href={entityHref(p.id)} class="muted">
                      details<span class="visually-hidden"> of this position</span>
                    </a>
                  </p>
                  {p.agendaItem && (
                    <p class="muted">
                      under <EntityLink node={{ __typename: 'AgendaItem', ...p.agendaItem }} badge={false} />
                    </p>
                  )}
                  <Evidence evidence={p.evidence} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {conn.pageInfo.hasNextPage && (
        <p class="more">
          <button type="button" class="button" onClick={loadMore} disabled={more.loading} aria-busy={more.loading}>
            {more.loading ? 'Loading…' : 'Show older positions'}
          </button>
        </p>
      )}
      {more.error && <ErrorState title="More positions could not be loaded" message={more.error} retry={loadMore} />}
    </div>
  );
}
