// The graph view's model: the nodes and links seen so far, grown one
// neighbourhood at a time, and laid out with a force simulation (d3-force).
// The layout runs to rest synchronously, so it is the same on every run.

import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { NodeRef, Relation } from './model';

export interface GNode extends SimulationNodeDatum {
  id: string;
  name: string;
  typename: string;
  /** Whether its neighbourhood has been added. */
  expanded: boolean;
  /** How many relations it has in all, once expanded. */
  total?: number;
}

export interface GLink {
  key: string;
  source: string;
  target: string;
  /** Relation types between the two, e.g. CITES, MENTIONS. */
  types: string[];
}

export class Graph {
  readonly nodes = new Map<string, GNode>();
  readonly links = new Map<string, GLink>();

  constructor(root: NodeRef) {
    this.nodes.set(root.id, { id: root.id, name: root.name, typename: root.__typename, expanded: false, x: 0, y: 0, fx: 0, fy: 0 });
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds the neighbours of center (which must be in the graph) and re-runs the layout. */
  expand(center: NodeRef, relations: Relation[], total: number): void {
    let c = this.nodes.get(center.id);
    if (!c) {
      c = { id: center.id, name: center.name, typename: center.__typename, expanded: false, x: 0, y: 0 };
      this.nodes.set(c.id, c);
    }
    c.expanded = true;
    c.total = total;
    const fresh = relations.filter((r) => !this.nodes.has(r.node.id));
    const seen = new Set<string>();
    fresh.forEach((r) => {
      if (seen.has(r.node.id)) return;
      seen.add(r.node.id);
      const angle = (2 * Math.PI * seen.size) / (fresh.length + 1);
      this.nodes.set(r.node.id, {
        id: r.node.id,
        name: r.node.name,
        typename: r.node.__typename,
        expanded: false,
        x: (c!.x ?? 0) + 150 * Math.cos(angle),
        y: (c!.y ?? 0) + 150 * Math.sin(angle),
      });
    });
    for (const r of relations) {
      const [a, b] = r.direction === 'OUT' ? [center.id, r.node.id] : [r.node.id, center.id];
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      const l = this.links.get(key) ?? { key, source: a, target: b, types: [] };
      if (!l.types.includes(r.type)) l.types.push(r.type);
      this.links.set(key, l);
    }
    this.layout();
  }

  /** Links that touch id. */
  linksOf(id: string): GLink[] {
    return [...this.links.values()].filter((l) => l.source === id || l.target === id);
  }

  private layout(): void {
    const nodes = [...this.nodes.values()];
    const links = [...this.links.values()].map((l) => ({ source: l.source, target: l.target }));
    forceSimulation<GNode>(nodes)
      .force('link', forceLink<GNode, { source: string | GNode; target: string | GNode }>(links).id((d) => d.id).distance(150).strength(0.5))
      .force('charge', forceManyBody().strength(-700))
      .force('collide', forceCollide(52))
      .force('x', forceX(0).strength(0.03))
      .force('y', forceY(0).strength(0.05))
      .stop()
      .tick(300);
  }

  /** The box the nodes lie in, with room for their labels. */
  bounds(pad = 70): { x: number; y: number; w: number; h: number } {
    const xs = [...this.nodes.values()].map((n) => n.x ?? 0);
    const ys = [...this.nodes.values()].map((n) => n.y ?? 0);
    const x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad;
    const y0 = Math.min(...ys) - pad / 2, y1 = Math.max(...ys) + pad;
    const w = Math.max(x1 - x0, 320), h = Math.max(y1 - y0, 240);
    return { x: (x0 + x1 - w) / 2, y: (y0 + y1 - h) / 2, w, h };
  }
}
