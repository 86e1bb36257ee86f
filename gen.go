package main

// Regenerates the GraphQL code in resolvers/ from schema.graphqls (see gqlgen.yml).
//go:generate go tool gqlgen generate
