import { entityHref, type View } from '../router';
import { formatDate, kind, type NodeRef } from '../model';

export function KindBadge({ typename }: { typename: string }) {
  const k = kind(typename);
  return <span class={`badge kind-${k.cls}`}>{k.label}</span>;
}

/**
 * A link to an entity's page. Documents show their kst key first (their
 * names are long titles), with the title and date after it.
 */
export function EntityLink({ node, view, badge = true }: { node: NodeRef; view?: View; badge?: boolean }) {
  const isDoc = node.__typename === 'Document';
  const sub = isDoc ? [formatDate(node.date), node.name !== node.id ? node.name : ''].filter(Boolean).join(' · ') : '';
  return (
    <span class="entity-link">
      {badge && <KindBadge typename={node.__typename} />}
      <a href={entityHref(node.id, view)} data-id={node.id}>
        {isDoc ? node.id : node.name}
      </a>
      {!isDoc && node.celex && <span class="muted"> · CELEX {node.celex}</span>}
      {sub && <span class="subtitle">{sub}</span>}
    </span>
  );
}
