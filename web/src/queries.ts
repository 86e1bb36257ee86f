// Every GraphQL query the explorer sends. Relation counts and first pages
// are read with one aliased field per relation type and direction.

import { gql, isAbort } from './api';
import { RELATION_TYPES, type Evidence, type NodeRef, type RelationConnection } from './model';

const NODE_REF = `__typename id name ... on Document { date } ... on LegalAct { celex eurlexUrl }`;
const EVIDENCE = `evidence { documentId quote start end }`;
const RELATION_CONN = `totalCount edges { cursor node { type direction ref properties node { ${NODE_REF} } ${EVIDENCE} } } pageInfo { hasNextPage endCursor }`;

export const SEARCH = `query Search($q: String!, $first: Int) {
  search(query: $q, first: $first) { score kind node { ${NODE_REF} } }
}`;

export interface SearchHit {
  score: number;
  kind: string;
  node: NodeRef;
}

export function search(q: string, first: number, signal?: AbortSignal): Promise<SearchHit[]> {
  return gql<{ search: SearchHit[] }>(SEARCH, { q, first }, signal).then((d) => d.search);
}

export const LATEST_DOCUMENTS = `query Latest {
  documents(first: 8) { totalCount edges { node { id name date dossier number signatories { person { id name } } } } }
}`;

export interface LatestDocument {
  id: string;
  name: string;
  date: string | null;
  signatories: { person: { id: string; name: string } }[];
}

export function latestDocuments(signal: AbortSignal) {
  return gql<{ documents: { totalCount: number; edges: { node: LatestDocument }[] } }>(LATEST_DOCUMENTS, {}, signal).then(
    (d) => d.documents,
  );
}

/** The properties every kind of entity shows on its page. */
export const ENTITY = `query Entity($id: ID!) {
  node(id: $id) {
    __typename id name
    ... on Document {
      dossier number dossierInferred date kind title addressee ingested source url
      signatories { person { id name } office ${EVIDENCE} }
    }
    ... on LegalAct { celex type year actNumber: number title aliases eurlexUrl }
    ... on Person { offices { office { id name } start end } }
    ... on Office { holders { person { id name } start end } }
    ... on CouncilMeeting {
      formation informal startDate endDate place yearCorrected presidency { id name }
      agenda { id name section sectionTitle order title format }
      attendees { node { __typename id name } ${EVIDENCE} }
    }
    ... on AgendaItem { section sectionTitle order title format meeting { id name } }
    ... on Country { code memberState }
    ... on Organisation { aliases }
    ... on Position {
      stance polarity negated conditional cue actor subject quote date
      actors { __typename id name } subjects { __typename id name }
      document { id name } agendaItem { id name } ${EVIDENCE}
    }
  }
}`;

interface Ref {
  id: string;
  name: string;
}
interface Term {
  start: string | null;
  end: string | null;
}
interface Base {
  id: string;
  name: string;
}

/** An entity with the fields ENTITY reads for its kind. */
export type Entity =
  | (Base & {
      __typename: 'Document';
      dossier: string | null;
      number: string | null;
      dossierInferred: boolean;
      date: string | null;
      kind: string | null;
      title: string | null;
      addressee: string | null;
      ingested: boolean;
      source: string | null;
      url: string;
      signatories: { person: Ref; office: string | null; evidence: Evidence }[];
    })
  | (Base & {
      __typename: 'LegalAct';
      celex: string;
      type: string | null;
      year: number | null;
      actNumber: number | null; // number, aliased: Document.number is a String
      title: string | null;
      aliases: string[];
      eurlexUrl: string;
    })
  | (Base & { __typename: 'Person'; offices: (Term & { office: Ref })[] })
  | (Base & { __typename: 'Office'; holders: (Term & { person: Ref })[] })
  | (Base & {
      __typename: 'CouncilMeeting';
      formation: string | null;
      informal: boolean;
      startDate: string | null;
      endDate: string | null;
      place: string | null;
      yearCorrected: boolean;
      presidency: Ref | null;
      agenda: (Ref & { section: string | null; sectionTitle: string | null; order: number | null; title: string | null; format: string | null })[];
      attendees: { node: NodeRef; evidence: Evidence }[];
    })
  | (Base & {
      __typename: 'AgendaItem';
      section: string | null;
      sectionTitle: string | null;
      order: number | null;
      title: string | null;
      format: string | null;
      meeting: Ref | null;
    })
  | (Base & { __typename: 'Country'; code: string; memberState: boolean })
  | (Base & { __typename: 'Organisation'; aliases: string[] })
  | (Base & { __typename: 'Position' } & Omit<PositionNode, 'id' | 'name'>);

export function entity(id: string, signal: AbortSignal): Promise<Entity | null> {
  return gql<{ node: Entity | null }>(ENTITY, { id }, signal).then((d) => d.node);
}

let relationTypes: Promise<string[]> | null = null;

/** The relation types of the live schema (it may have grown), else the ones known at build time. */
export function loadRelationTypes(): Promise<string[]> {
  relationTypes ??= gql<{ __type: { enumValues: { name: string }[] } | null }>(
    `{ __type(name: "RelationType") { enumValues { name } } }`,
  ).then(
    (d) => d.__type?.enumValues.map((v) => v.name) ?? RELATION_TYPES,
    () => RELATION_TYPES,
  );
  return relationTypes;
}

export interface GroupKey {
  type: string;
  direction: 'OUT' | 'IN';
}

export interface RelationGroup extends GroupKey {
  connection: RelationConnection;
}

/**
 * The relations of an entity grouped by type and direction, each group with
 * its count and first page: one request for the counts, one for the first
 * pages of the groups that are not empty, as aliased fields.
 */
export async function relationGroups(id: string, pageSize: number, signal: AbortSignal): Promise<RelationGroup[]> {
  const groups = await relationCounts(id, signal);
  if (groups.length === 0) return [];
  const fields = groups.map(
    (k, i) => `g${i}: relations(types: [${k.type}], direction: ${k.direction}, first: ${pageSize}) { ${RELATION_CONN} }`,
  );
  const pages = await gql<{ node: Record<string, RelationConnection> | null }>(
    `query Relations($id: ID!) { node(id: $id) { ${fields.join(' ')} } }`,
    { id },
    signal,
  );
  if (!pages.node) return [];
  return groups.map((k, i) => ({ ...k, connection: pages.node![`g${i}`] }));
}

/** The groups of relations an entity has, in the order of RELATION_TYPES, outgoing first. */
async function relationCounts(id: string, signal: AbortSignal): Promise<GroupKey[]> {
  let counts: { type: string; direction: string; count: number }[];
  try {
    counts = (
      await gql<{ relationCounts: { type: string; direction: string; count: number }[] }>(
        `query RelationCounts($id: ID!) { relationCounts(id: $id) { type direction count } }`,
        { id },
        signal,
      )
    ).relationCounts;
  } catch (err) {
    if (isAbort(err)) throw err;
    counts = await aliasedCounts(id, signal); // an API without relationCounts
  }
  const rank = (t: string) => {
    const i = RELATION_TYPES.indexOf(t);
    return i < 0 ? RELATION_TYPES.length : i; // types added since go last
  };
  return counts
    .filter((c): c is { type: string; direction: 'OUT' | 'IN'; count: number } => c.count > 0 && (c.direction === 'OUT' || c.direction === 'IN'))
    .sort((a, b) => rank(a.type) - rank(b.type) || (a.direction === 'OUT' ? -1 : 1))
    .map(({ type, direction }) => ({ type, direction }));
}

/** Counts by one aliased relations(types:, direction:) { totalCount } per type and direction of the live schema. */
async function aliasedCounts(id: string, signal: AbortSignal) {
  const types = await loadRelationTypes();
  const keys = types.flatMap((type) => [
    { type, direction: 'OUT' },
    { type, direction: 'IN' },
  ]);
  const fields = keys.map((k, i) => `g${i}: relations(types: [${k.type}], direction: ${k.direction}, first: 1) { totalCount }`);
  const d = await gql<{ node: Record<string, { totalCount: number }> | null }>(
    `query RelationCountsByAlias($id: ID!) { node(id: $id) { ${fields.join(' ')} } }`,
    { id },
    signal,
  );
  return d.node ? keys.map((k, i) => ({ ...k, count: d.node![`g${i}`].totalCount })) : [];
}

export const MORE_RELATIONS = `query MoreRelations($id: ID!, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {
  node(id: $id) { relations(types: $types, direction: $direction, first: $first, after: $after) { ${RELATION_CONN} } }
}`;

export function moreRelations(id: string, key: GroupKey | null, first: number, after: string | null, signal?: AbortSignal) {
  const vars = key ? { id, types: [key.type], direction: key.direction, first, after } : { id, direction: 'BOTH', first, after };
  return gql<{ node: { relations: RelationConnection } | null }>(MORE_RELATIONS, vars, signal).then((d) => {
    if (!d.node) throw new Error(`No entity with id ${id}.`);
    return d.node.relations;
  });
}

/** A document's normalised text and publication, for evidence. */
export interface DocText {
  id: string;
  url: string;
  ingested: boolean;
  text: string | null;
}

export function documentTexts(ids: string[]): Promise<(DocText | null)[]> {
  const vars = Object.fromEntries(ids.map((id, i) => [`d${i}`, id]));
  const decl = ids.map((_, i) => `$d${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `d${i}: document(id: $d${i}) { id url ingested text }`).join(' ');
  return gql<Record<string, DocText | null>>(`query DocumentTexts(${decl}) { ${fields} }`, vars).then((d) =>
    ids.map((_, i) => d[`d${i}`]),
  );
}

export const POSITIONS = `query Positions($subject: String!, $first: Int, $after: String) {
  positions(filter: { subject: $subject }, first: $first, after: $after) {
    totalCount
    edges { node {
      id name stance polarity negated conditional cue actor subject quote date
      actors { __typename id name } subjects { __typename id name }
      document { id name } agendaItem { id name } ${EVIDENCE}
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface PositionNode {
  id: string;
  name: string;
  stance: string;
  polarity: string | null;
  negated: boolean;
  conditional: boolean;
  cue: string | null;
  actor: string | null;
  subject: string | null;
  quote: string;
  date: string | null;
  actors: NodeRef[];
  subjects: NodeRef[];
  document: { id: string; name: string } | null;
  agendaItem: { id: string; name: string } | null;
  evidence: Evidence;
}

export interface PositionConnection {
  totalCount: number;
  edges: { node: PositionNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function positionsOn(subject: string, first: number, after: string | null, signal?: AbortSignal) {
  return gql<{ positions: PositionConnection }>(POSITIONS, { subject, first, after }, signal).then((d) => d.positions);
}
