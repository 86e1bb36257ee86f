// An entity's relations grouped by type and direction, each group with its
// count, a page of relations with their evidence, and "Show more".

import { useState } from 'preact/hooks';
import { EntityLink } from '../components/EntityLink';
import { Evidence } from '../components/Evidence';
import { Empty, ErrorState, Loading } from '../components/Status';
import { useLoad } from '../hooks';
import { relationFacts, relationLabel, type RelationConnection } from '../model';
import { moreRelations, relationGroups, type RelationGroup } from '../queries';

const FIRST_PAGE = 10;
const MORE_PAGE = 20;

export function Relations({ id }: { id: string }) {
  const [state, retry] = useLoad(`relations:${id}`, (signal) => relationGroups(id, FIRST_PAGE, signal));
  if (state.status === 'loading') return <Loading label="Loading relations…" />;
  if (state.status === 'error') return <ErrorState title="The relations could not be loaded" message={state.message} retry={retry} />;
  if (state.data.length === 0) return <Empty>This entity has no relations yet.</Empty>;
  return (
    <div class="relations">
      <nav aria-label="Relation types" class="group-index">
        <ul>
          {state.data.map((g) => (
            <li key={groupId(g)}>
              <a href={`#${groupId(g)}`}>
                {relationLabel(g.type, g.direction)} <span class="count">{g.connection.totalCount}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {state.data.map((g) => (
        <Group key={`${id}/${groupId(g)}`} id={id} group={g} />
      ))}
    </div>
  );
}

const groupId = (g: { type: string; direction: string }) => `rel-${g.type.toLowerCase()}-${g.direction.toLowerCase()}`;

function Group({ id, group }: { id: string; group: RelationGroup }) {
  const [conn, setConn] = useState<RelationConnection>(group.connection);
  const [more, setMore] = useState<{ loading: boolean; error?: string }>({ loading: false });
  const label = relationLabel(group.type, group.direction);
  const hid = `${groupId(group)}-h`;

  const loadMore = () => {
    setMore({ loading: true });
    moreRelations(id, group, MORE_PAGE, conn.pageInfo.endCursor).then(
      (next) => {
        setConn({ totalCount: next.totalCount, edges: [...conn.edges, ...next.edges], pageInfo: next.pageInfo });
        setMore({ loading: false });
      },
      (err: unknown) => setMore({ loading: false, error: err instanceof Error ? err.message : String(err) }),
    );
  };

  return (
    <section class="group" id={groupId(group)} aria-labelledby={hid} data-type={group.type} data-direction={group.direction}>
      <h2 id={hid}>
        {label} <span class="count" aria-label={`${conn.totalCount} relations`}>{conn.totalCount}</span>
      </h2>
      <ul class="relation-list">
        {conn.edges.map(({ cursor, node: r }) => {
          const facts = relationFacts(r);
          return (
            <li key={cursor} class="relation">
              <div class="relation-head">
                <EntityLink node={r.node} />
              </div>
              {(facts.length > 0 || (r.ref && r.ref !== r.node.name)) && (
                <p class="relation-meta">
                  {[r.ref && r.ref !== r.node.name ? `written as “${r.ref}”` : '', ...facts.map(([k, v]) => `${k.toLowerCase()}: ${v}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              )}
              <Evidence evidence={r.evidence} act={r.node.__typename === 'LegalAct' ? r.node : null} />
            </li>
          );
        })}
      </ul>
      {conn.pageInfo.hasNextPage && (
        <p class="more">
          <button type="button" class="button" onClick={loadMore} disabled={more.loading} aria-busy={more.loading}>
            {more.loading ? 'Loading…' : `Show more (${conn.totalCount - conn.edges.length} more)`}
          </button>
          <span class="muted"> showing {conn.edges.length} of {conn.totalCount}</span>
        </p>
      )}
      {more.error && <ErrorState title="More relations could not be loaded" message={more.error} retry={loadMore} />}
    </section>
  );
}
