// A local stand-in for the national law information service's DRF endpoints, serving the recorded
// answers in test/fixtures/law-api/: lawSearch.do by target and query, lawService.do by MST. A
// query without a recording gets the service's empty result. Faults can be injected per request.
import { readFileSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const lawApiFixtures = fileURLToPath(new URL("../fixtures/law-api/", import.meta.url));

export type Fault = "http-500" | "reset" | "truncated" | "unverified" | "missing-date" | "hang";

export interface LawApiServer {
  /** Base URL up to /DRF, for LAW_API_BASE_URL. */
  baseUrl: string;
  /** Every request received: endpoint, params (OC included, to check it is sent). */
  requests: { endpoint: string; params: Record<string, string> }[];
  /** Make requests whose query or MST matches fail this way. */
  fail(match: string, fault: Fault): void;
  close(): Promise<void>;
}

const broken: Record<Exclude<Fault, "http-500" | "reset" | "hang">, string> = {
  truncated: "broken/truncated-search.xml",
  unverified: "broken/unverified-user.html",
  "missing-date": "broken/missing-effective-date.xml",
};

export async function startLawApiServer(options: { oc: string }): Promise<LawApiServer> {
  const faults = new Map<string, Fault>();
  const requests: LawApiServer["requests"] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const params = Object.fromEntries(url.searchParams);
    const endpoint = url.pathname.replace(/^\/DRF\//, "");
    requests.push({ endpoint, params });
    const send = (status: number, body: string, type = "application/xml;charset=UTF-8") => response.writeHead(status, { "content-type": type }).end(body);
    const key = params.query ?? params.MST ?? "";
    const fault = faults.get(key);
    if (fault === "reset") return void request.socket.destroy();
    if (fault === "hang") return; // never answers: the client's timeout must fire
    if (fault === "http-500") return send(500, "<html><body>Internal Server Error</body></html>", "text/html");
    if (fault) return send(200, readFileSync(join(lawApiFixtures, broken[fault]), "utf8"), fault === "unverified" ? "text/html;charset=UTF-8" : undefined);
    if (params.OC !== options.oc) return send(200, readFileSync(join(lawApiFixtures, broken.unverified), "utf8"), "text/html;charset=UTF-8");
    if (params.type !== "XML") return send(400, "type");
    if (endpoint === "lawSearch.do") {
      const file = join(lawApiFixtures, "lawSearch", params.target ?? "law", `${params.query}.xml`);
      if (existsSync(file)) return send(200, readFileSync(file, "utf8"));
      const empty = readFileSync(join(lawApiFixtures, "lawSearch/empty.xml"), "utf8").replace("{{query}}", params.query ?? "");
      return send(200, empty.replace(/<(\/?)LawSearch>/g, `<$1${params.target === "ordin" ? "OrdinSearch" : params.target === "admrul" ? "AdmRulSearch" : "LawSearch"}>`));
    }
    if (endpoint === "lawService.do") {
      const file = join(lawApiFixtures, "lawService", params.target ?? "law", `${params.MST}.xml`);
      if (existsSync(file)) return send(200, readFileSync(file, "utf8"));
      return send(200, `<?xml version="1.0" encoding="UTF-8"?><Law>일치하는 법령이 없습니다. 법령명을 확인하여 주십시오.</Law>`);
    }
    send(404, "not found", "text/plain");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/DRF`,
    requests,
    fail: (match, fault) => void faults.set(match, fault),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
