// The neighbourhood of an entity as a graph. Clicking a node (or Enter on
// it) opens that entity in the graph view, which adds its neighbours to the
// graph; the back button returns to the previous focus.

import { useEffect, useState } from 'preact/hooks';
import { KindBadge } from '../components/EntityLink';
import { ErrorState, Loading } from '../components/Status';
import { Graph, type GLink, type GNode } from '../graph';
import { KIND_NAMES, kind, relationLabel, type NodeRef } from '../model';
import { moreRelations } from '../queries';
import { entityHref } from '../router';

const NEIGHBOURS = 30;
const R = 13;
const R_FOCUS = 19;
const MAX_LABELLED = 12;

// The graph outlives a page: following a node adds to it, until it is reset
// or an entity outside it is opened.
let current: Graph | null = null;

type Status = { status: 'loading' } | { status: 'ok' } | { status: 'error'; message: string };

export function GraphView({ entity }: { entity: NodeRef }) {
  const [status, setStatus] = useState<Status>({ status: 'loading' });
  const [, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!current || !current.has(entity.id)) current = new Graph(entity);
    const g = current;
    if (g.nodes.get(entity.id)!.expanded) {
      setStatus({ status: 'ok' });
      setVersion((v) => v + 1);
      return;
    }
    const ctl = new AbortController();
    setStatus({ status: 'loading' });
    moreRelations(entity.id, null, NEIGHBOURS, null, ctl.signal).then(
      (conn) => {
        if (ctl.signal.aborted) return;
        g.expand(entity, conn.edges.map((e) => e.node), conn.totalCount);
        setStatus({ status: 'ok' });
        setVersion((v) => v + 1);
      },
      (err: unknown) => {
        if (!ctl.signal.aborted) setStatus({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => ctl.abort();
  }, [entity.id, attempt]);

  const g = current;
  if (!g || !g.has(entity.id)) return <Loading label="Loading the neighbourhood…" />;
  const focus = g.nodes.get(entity.id)!;
  const reset = () => {
    current = null;
    setAttempt((a) => a + 1);
  };

  return (
    <div class="graph-view">
      <div class="graph-bar">
        <p class="muted">
          Click a node, or Tab to it and press Enter, to follow it and add its neighbours. {g.nodes.size} entities,{' '}
          {g.links.size} links.
        </p>
        <button type="button" class="button" onClick={reset} disabled={g.nodes.size <= 1}>
          Reset graph
        </button>
      </div>
      {status.status === 'loading' && <Loading label="Loading the neighbourhood…" />}
      {status.status === 'error' && (
        <ErrorState title="The neighbourhood could not be loaded" message={status.message} retry={() => setAttempt((a) => a + 1)} />
      )}
      <div class="graph-layout">
        <GraphSvg g={g} focus={focus} />
        <aside class="graph-focus" aria-live="polite" aria-labelledby="graph-focus-h">
          <KindBadge typename={focus.typename} />
          <h2 id="graph-focus-h" data-testid="graph-focus">
            {focus.typename === 'Document' ? focus.id : focus.name}
          </h2>
          <p class="muted">{focus.typename === 'Document' ? focus.name : focus.id}</p>
          {focus.total !== undefined && (
            <p>
              {Math.min(focus.total, NEIGHBOURS)} of {focus.total} relations shown
            </p>
          )}
          <p>
            <a href={entityHref(focus.id)}>Open its page</a>
          </p>
          <FocusLinks g={g} focus={focus} />
        </aside>
      </div>
      <ul class="legend" aria-label="Colours of the kinds of entities">
        {KIND_NAMES.map((k) => (
          <li key={k}>
            <span class={`dot kind-${kind(k).cls}`} aria-hidden="true" />
            {kind(k).label}
          </li>
        ))}
      </ul>
    </div>
  );
}

const label = (n: GNode) => {
  const s = n.typename === 'Document' ? n.id : n.name;
  return s.length > 24 ? s.slice(0, 22) + '…' : s;
};

function GraphSvg({ g, focus }: { g: Graph; focus: GNode }) {
  const b = g.bounds();
  const nodes = [...g.nodes.values()];
  const links = [...g.links.values()];
  const touches = (l: GLink) => l.source === focus.id || l.target === focus.id;
  // Labels on the focus's links, unless there are too many to read.
  const labelled = g.linksOf(focus.id).length <= MAX_LABELLED;
  return (
    <svg
      class="graph"
      viewBox={`${b.x} ${b.y} ${b.w} ${b.h}`}
      role="group"
      aria-label={`Graph of the entities around ${focus.name}`}
      data-testid="graph"
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" class="arrow" />
        </marker>
      </defs>
      <g class="links">
        {links.map((l) => {
          const s = g.nodes.get(l.source)!, t = g.nodes.get(l.target)!;
          const [x1, y1, x2, y2] = trim(s, t, s.id === focus.id ? R_FOCUS : R, t.id === focus.id ? R_FOCUS : R);
          return (
            <g key={l.key} class={touches(l) ? 'link focus' : 'link'}>
              <line x1={x1} y1={y1} x2={x2} y2={y2} marker-end="url(#arrow)">
                <title>{`${s.name} ${l.types.join(', ')} ${t.name}`}</title>
              </line>
              {labelled && touches(l) && (
                <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 - 4} class="link-label" aria-hidden="true">
                  {l.types.join(', ').toLowerCase()}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <g class="nodes">
        {nodes.map((n) => {
          const isFocus = n.id === focus.id;
          return (
            <a
              key={n.id}
              href={entityHref(n.id, 'graph')}
              data-keep-place
              class={`gnode kind-${kind(n.typename).cls}${isFocus ? ' focus' : ''}${n.expanded ? ' expanded' : ''}`}
              data-id={n.id}
              data-kind={n.typename}
              aria-current={isFocus ? 'page' : undefined}
              aria-label={`${kind(n.typename).label}: ${n.name}${n.expanded ? '' : ', not expanded yet'}`}
            >
              <circle cx={n.x} cy={n.y} r={isFocus ? R_FOCUS : R} />
              <text x={n.x} y={(n.y ?? 0) + (isFocus ? R_FOCUS : R) + 14} aria-hidden="true">
                {label(n)}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}

/** The segment between two nodes' centres, shortened to their circles. */
function trim(s: GNode, t: GNode, rs: number, rt: number): [number, number, number, number] {
  const x1 = s.x ?? 0, y1 = s.y ?? 0, x2 = t.x ?? 0, y2 = t.y ?? 0;
  const d = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / d, uy = (y2 - y1) / d;
  return [x1 + ux * rs, y1 + uy * rs, x2 - ux * (rt + 2), y2 - uy * (rt + 2)];
}

/** The focused entity's links as a list: the graph's text alternative. */
function FocusLinks({ g, focus }: { g: Graph; focus: GNode }) {
  const links = g.linksOf(focus.id);
  if (links.length === 0) return null;
  return (
    <details class="focus-links">
      <summary>Its links as a list ({links.length})</summary>
      <ul class="plain">
        {links.map((l) => {
          const out = l.source === focus.id;
          const other = g.nodes.get(out ? l.target : l.source)!;
          return (
            <li key={l.key}>
              <span class="muted">{l.types.map((t) => relationLabel(t, out ? 'OUT' : 'IN')).join(', ')}: </span>
              <a href={entityHref(other.id, 'graph')} data-keep-place>{other.typename === 'Document' ? other.id : other.name}</a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
