// Every REST operation the fake implements, by GitHub operationId.
import { appRoutes } from "./apps.ts";
import { checkRoutes } from "./checks.ts";
import { contentRoutes } from "./contents.ts";
import { gitRoutes } from "./git.ts";
import { issueRoutes } from "./issues.ts";
import { pullRoutes } from "./pulls.ts";
import { reviewRoutes } from "./reviews.ts";
import type { RouteTable } from "./route.ts";

export const routeTable: RouteTable = {
  ...appRoutes,
  ...pullRoutes,
  ...reviewRoutes,
  ...checkRoutes,
  ...issueRoutes,
  ...contentRoutes,
  ...gitRoutes,
};
