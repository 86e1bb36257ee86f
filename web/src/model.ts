// Types of what the explorer reads from the API, and how kinds of entities
// and relations are named on screen.

export interface NodeRef {
  __typename: string;
  id: string;
  name: string;
  date?: string | null; // documents
  celex?: string; // legal acts
  eurlexUrl?: string; // legal acts
}

export interface Evidence {
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

export interface Relation {
  type: string;
  direction: 'OUT' | 'IN';
  ref: string | null;
  properties: string;
  node: NodeRef;
  evidence: Evidence;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface RelationConnection {
  totalCount: number;
  edges: { cursor: string; node: Relation }[];
  pageInfo: PageInfo;
}

export interface KindInfo {
  label: string;
  /** CSS class suffix for the kind's colour. */
  cls: string;
}

const KINDS: Record<string, KindInfo> = {
  Document: { label: 'Document', cls: 'document' },
  LegalAct: { label: 'Legal act', cls: 'act' },
  Person: { label: 'Person', cls: 'person' },
  Office: { label: 'Office', cls: 'office' },
  CouncilMeeting: { label: 'Council meeting', cls: 'meeting' },
  AgendaItem: { label: 'Agenda item', cls: 'item' },
  Country: { label: 'Country', cls: 'country' },
  Organisation: { label: 'Organisation', cls: 'org' },
  Position: { label: 'Position', cls: 'position' },
};

export function kind(typename: string): KindInfo {
  return KINDS[typename] ?? { label: humanize(typename), cls: 'other' };
}

export const KIND_NAMES = Object.keys(KINDS);

/** The relation types the schema had when the explorer was written; the live list comes from introspection. */
export const RELATION_TYPES = [
  'SIGNED', 'HELD_OFFICE', 'CITES', 'MENTIONS', 'ANNOTATES', 'REPORTS_ON',
  'HAS_ITEM', 'CONCERNS', 'ATTENDS', 'HOLDS', 'ON', 'STATED_IN',
];

// How a relation reads from the entity whose page it is on: [OUT, IN].
const RELATION_LABELS: Record<string, [string, string]> = {
  SIGNED: ['Signed', 'Signed by'],
  HELD_OFFICE: ['Held office', 'Held by'],
  CITES: ['Cites', 'Cited by'],
  MENTIONS: ['Mentions', 'Mentioned in'],
  ANNOTATES: ['Annotated agenda of', 'Annotated agenda in'],
  REPORTS_ON: ['Reports on', 'Reported on in'],
  HAS_ITEM: ['Agenda items', 'On the agenda of'],
  CONCERNS: ['Concerns', 'Concerned by'],
  ATTENDS: ['Attends', 'Attended by'],
  HOLDS: ['Holds positions', 'Held by'],
  ON: ['Position on', 'Positions on it'],
  STATED_IN: ['Stated under', 'Positions stated'],
};

export function relationLabel(type: string, direction: 'OUT' | 'IN'): string {
  const l = RELATION_LABELS[type];
  if (l) return direction === 'OUT' ? l[0] : l[1];
  return (direction === 'IN' ? '← ' : '') + humanize(type);
}

export function humanize(s: string): string {
  const words = s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2024-01-15" as "15 January 2024"; anything else as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The facts in a relation's properties JSON, without the ones shown elsewhere. */
export function relationFacts(r: Relation): [string, string][] {
  let props: Record<string, unknown>;
  try {
    props = JSON.parse(r.properties) as Record<string, unknown>;
  } catch {
    return [];
  }
  return Object.entries(props)
    // ref is shown on its own; offsets into the text mean nothing to a reader.
    .filter(([k, v]) => k !== 'ref' && !/(start|end)$/i.test(k) && v !== null && v !== '' && typeof v !== 'object')
    .map(([k, v]) => [humanize(k), String(v)]);
}
