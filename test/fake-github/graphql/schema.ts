// The part of GitHub's GraphQL schema the fake knows, written as GitHub publishes it (names, types,
// nullability), so that graphql's own validation refuses what GitHub would refuse. Types the fake
// serves list all of GitHub's fields; those the fake does not answer are resolved as "unimplemented"
// (a fake gap, not a client error). Query, Repository and Commit list only some of theirs: a field
// missing here is refused as GitHub refuses a field that does not exist.
import { buildSchema, type GraphQLSchema } from "graphql";

const SDL = /* GraphQL */ `
  scalar GitObjectID
  scalar URI
  scalar Base64String
  scalar DateTime

  type Query {
    repository(owner: String!, name: String!, followRenames: Boolean = true): Repository
  }

  type Repository {
    id: ID!
    name: String!
    nameWithOwner: String!
    isPrivate: Boolean!
    url: URI!
    object(expression: String, oid: GitObjectID): GitObject
  }

  interface GitObject {
    abbreviatedOid: String!
    commitResourcePath: URI!
    commitUrl: URI!
    id: ID!
    oid: GitObjectID!
    repository: Repository!
  }

  type Blob implements GitObject {
    abbreviatedOid: String!
    byteSize: Int!
    commitResourcePath: URI!
    commitUrl: URI!
    id: ID!
    isBinary: Boolean
    isTruncated: Boolean!
    oid: GitObjectID!
    repository: Repository!
    text: String
  }

  type Tree implements GitObject {
    abbreviatedOid: String!
    commitResourcePath: URI!
    commitUrl: URI!
    entries: [TreeEntry!]
    id: ID!
    oid: GitObjectID!
    repository: Repository!
  }

  type TreeEntry {
    extension: String
    isGenerated: Boolean!
    lineCount: Int
    mode: Int!
    name: String!
    nameRaw: Base64String!
    object: GitObject
    oid: GitObjectID!
    path: String
    pathRaw: Base64String
    repository: Repository!
    size: Int!
    type: String!
  }

  type Commit implements GitObject {
    abbreviatedOid: String!
    commitResourcePath: URI!
    commitUrl: URI!
    committedDate: DateTime!
    id: ID!
    message: String!
    messageHeadline: String!
    oid: GitObjectID!
    repository: Repository!
    tree: Tree!
  }

  type Tag implements GitObject {
    abbreviatedOid: String!
    commitResourcePath: URI!
    commitUrl: URI!
    id: ID!
    message: String
    name: String!
    oid: GitObjectID!
    repository: Repository!
    target: GitObject!
  }
`;

let schema: GraphQLSchema | undefined;

export function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(SDL);
  return schema;
}
