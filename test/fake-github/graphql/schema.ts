// The part of GitHub's GraphQL schema the fake knows, written as GitHub publishes it (names, types,
// nullability), so that graphql's own validation refuses what GitHub would refuse. Types the fake
// serves list all of GitHub's fields; those the fake does not answer are resolved as "unimplemented"
// (a fake gap, not a client error). Query, Repository and Commit list only some of theirs, and so do
// the pull request types and Organization (PullRequest, its reviews, comments, labels and review requests, actors,
// check suites and runs), which hold the fields a review reads: a field missing here is refused as
// GitHub refuses a field that does not exist.
import { buildSchema, type GraphQLSchema } from "graphql";

const SDL = /* GraphQL */ `
  scalar GitObjectID
  scalar URI
  scalar Base64String
  scalar DateTime

  type Query {
    organization(login: String!): Organization
    repository(owner: String!, name: String!, followRenames: Boolean = true): Repository
  }

  type Organization {
    databaseId: Int
    login: String!
    team(slug: String!): Team
  }

  enum TeamMembershipType {
    ALL
    CHILD_TEAM
    IMMEDIATE
  }

  type TeamMemberConnection {
    nodes: [User]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Repository {
    id: ID!
    name: String!
    nameWithOwner: String!
    isPrivate: Boolean!
    url: URI!
    object(expression: String, oid: GitObjectID): GitObject
    pullRequest(number: Int!): PullRequest
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  interface Actor {
    login: String!
    url: URI!
  }

  type User implements Actor {
    databaseId: Int
    login: String!
    url: URI!
  }

  type Bot implements Actor {
    databaseId: Int
    login: String!
    url: URI!
  }

  type Team {
    combinedSlug: String!
    databaseId: Int
    members(after: String, before: String, first: Int, last: Int, membership: TeamMembershipType = ALL, query: String): TeamMemberConnection!
    name: String!
    slug: String!
  }

  union RequestedReviewer = Bot | Team | User

  enum PullRequestState {
    CLOSED
    MERGED
    OPEN
  }

  enum PullRequestReviewState {
    APPROVED
    CHANGES_REQUESTED
    COMMENTED
    DISMISSED
    PENDING
  }

  type PullRequest {
    author: Actor
    baseRefName: String!
    baseRefOid: GitObjectID!
    comments(after: String, before: String, first: Int, last: Int): IssueCommentConnection!
    databaseId: Int
    headRefName: String!
    headRefOid: GitObjectID!
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
    number: Int!
    reviewRequests(after: String, before: String, first: Int, last: Int): ReviewRequestConnection
    reviews(after: String, author: String, before: String, first: Int, last: Int, states: [PullRequestReviewState!]): PullRequestReviewConnection
    state: PullRequestState!
    title: String!
  }

  type Label {
    color: String!
    name: String!
  }

  type LabelConnection {
    nodes: [Label]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type ReviewRequest {
    asCodeOwner: Boolean!
    requestedReviewer: RequestedReviewer
  }

  type ReviewRequestConnection {
    nodes: [ReviewRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type PullRequestReview {
    author: Actor
    body: String!
    commit: Commit
    databaseId: Int
    state: PullRequestReviewState!
    submittedAt: DateTime
  }

  type PullRequestReviewConnection {
    nodes: [PullRequestReview]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type IssueComment {
    author: Actor
    body: String!
    createdAt: DateTime!
    databaseId: Int
    viewerDidAuthor: Boolean!
  }

  type IssueCommentConnection {
    nodes: [IssueComment]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type App {
    databaseId: Int
    name: String!
    slug: String!
  }

  enum CheckRunType {
    ALL
    LATEST
  }

  enum CheckStatusState {
    COMPLETED
    IN_PROGRESS
    PENDING
    QUEUED
    REQUESTED
    WAITING
  }

  enum CheckConclusionState {
    ACTION_REQUIRED
    CANCELLED
    FAILURE
    NEUTRAL
    SKIPPED
    STALE
    STARTUP_FAILURE
    SUCCESS
    TIMED_OUT
  }

  input CheckRunFilter {
    appId: Int
    checkName: String
    checkType: CheckRunType
    conclusions: [CheckConclusionState!]
    status: CheckStatusState
    statuses: [CheckStatusState!]
  }

  input CheckSuiteFilter {
    appId: Int
    checkName: String
  }

  type CheckRun {
    completedAt: DateTime
    conclusion: CheckConclusionState
    databaseId: Int
    externalId: String
    name: String!
    status: CheckStatusState!
  }

  type CheckRunConnection {
    nodes: [CheckRun]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type CheckSuite {
    app: App
    checkRuns(after: String, before: String, filterBy: CheckRunFilter, first: Int, last: Int): CheckRunConnection
    databaseId: Int
  }

  type CheckSuiteConnection {
    nodes: [CheckSuite]
    pageInfo: PageInfo!
    totalCount: Int!
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
    checkSuites(after: String, before: String, filterBy: CheckSuiteFilter, first: Int, last: Int): CheckSuiteConnection
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
