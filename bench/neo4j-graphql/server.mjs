// The reference server of `make bench`: jhagraph's graph served by the Neo4j
// GraphQL Library (@neo4j/graphql v7) with Apollo Server, over the same Neo4j
// and data as `jhagraph serve`. Type definitions: typedefs.graphql.
//
//   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USER=neo4j NEO4J_PASSWORD=... \
//     node server.mjs [--port 4000] [--print-schema]
//
// --print-schema prints the schema the library generates and exits.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { printSchema } from "graphql";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT || "4000" },
    "print-schema": { type: "boolean", default: false },
  },
});

const typeDefs = fs.readFileSync(new URL("./typedefs.graphql", import.meta.url), "utf8");

let driver;
if (!values["print-schema"]) {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.error("neo4j-graphql: NEO4J_URI is not set");
    process.exit(2);
  }
  driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD || ""), {
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: true,
  });
}

const lib = new Neo4jGraphQL({ typeDefs, driver });
const schema = await lib.getSchema();
if (values["print-schema"]) {
  process.stdout.write(printSchema(schema));
  process.exit(0);
}
await driver.verifyConnectivity();

const sessionConfig = process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : undefined;
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(values.port), host: "127.0.0.1" },
  // Reads go to readers, as jhagraph's do; the library's own default otherwise.
  context: async ({ req }) => ({ sessionConfig, cypherQueryOptions: undefined, jwt: undefined, executionContext: driver }),
});
console.error(`neo4j-graphql: serving ${url} (@neo4j/graphql ${JSON.parse(fs.readFileSync(new URL("./node_modules/@neo4j/graphql/package.json", import.meta.url))).version})`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
