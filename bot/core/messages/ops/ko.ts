// Korean wording of the scheduled jobs (law amendments, review reminders): why a job stopped having
// changed nothing, and what it did.
import { josa } from "../josa.ts";
import type { Message, MessageParams as P } from "../message.ts";

const nothingChanged = "아무것도 바꾸지 않았습니다.";

export const opsKo = {
  "ops.law-api-key-missing": () =>
    "법령정보 API 인증키가 없습니다. 국가법령정보 공동활용(open.law.go.kr)에서 발급받은 OC 값을 환경 변수 LAW_API_OC에 넣어 주세요(GitHub Actions에서는 저장소 Secret LAW_API_OC). 인증키는 저장소에 커밋하지 마세요.",
  "ops.law-api-url": (p: P) => `LAW_API_BASE_URL 값 ${josa(`"${p.url}"`, "은/는")} 주소 형식이 아닙니다. 예: ${p.example}`,
  "ops.law-api-unreachable": (p: P) => `법령정보 API(${p.base})에 연결하지 못했습니다(${p.request}: ${p.reason}). 네트워크와 LAW_API_BASE_URL을 확인하고 잠시 후 다시 실행하세요. ${nothingChanged}`,
  "ops.law-api-http": (p: P) => `법령정보 API가 ${p.request} 요청에 HTTP ${p.status} 오류로 답했습니다. 잠시 후 다시 실행하세요. ${nothingChanged}`,
  "ops.law-xml": (p: P) => `법령정보 API의 ${p.what} 응답이 올바른 XML이 아닙니다(${p.line}행: ${p.detail}). 받은 내용: "${p.excerpt}". 인증키(LAW_API_OC)와 API 주소(LAW_API_BASE_URL)를 확인하고, 잠시 후 다시 실행하세요.`,
  "ops.law-search-shape": (p: P) =>
    `법령정보 API가 「${p.query}」 검색에 법령 목록(${p.root})이 아닌 응답(${p.roots || "내용 없음"})을 보냈습니다: "${p.excerpt}". 인증키(LAW_API_OC)가 맞는지, 이 서버의 IP나 도메인이 국가법령정보 공동활용에 등록되어 있는지 확인하세요.`,
  "ops.law-search-entry": (p: P) =>
    `법령정보 API의 「${p.query}」 검색 결과 ${p.index}번째 항목에 ${josa(p.field, "이/가")} 없거나 올바르지 않습니다("${p.value}"). 응답이 손상되었거나 API 형식이 바뀌었습니다. 잠시 후 다시 실행하고, 계속되면 관리자에게 알려 주세요.`,
  "ops.law-service-shape": (p: P) => `법령정보 API의 본문 조회(MST=${p.serial}) 응답에 기본정보·시행일자가 없습니다: "${p.excerpt}". 잠시 후 다시 실행하고, 계속되면 인증키(LAW_API_OC)와 API 주소를 확인하세요.`,
  "ops.github-env": (p: P) =>
    `GitHub에 이슈를 쓰려면 환경 변수 ${josa(p.missing, "이/가")} 필요합니다. GitHub Actions에서는 자동으로 주어지며(워크플로에 permissions: issues: write), 직접 실행할 때는 토큰과 저장소를 지정하세요. 이슈를 건드리지 않고 결과만 보려면 --dry-run을 쓰세요.`,
  "ops.github-read": (p: P) => `GitHub API ${p.status || "연결"} 오류로 이슈를 읽지 못했습니다(${p.where}): ${p.detail}. 토큰이 이 저장소에 issues: write 권한을 가졌는지(워크플로의 permissions) 확인하고 다시 실행하세요. 다시 실행해도 이슈가 중복되지 않습니다.`,
  "ops.github-write": (p: P) => `GitHub API ${p.status || "연결"} 오류로 이슈를 쓰지 못했습니다(${p.where}): ${p.detail}. 토큰이 이 저장소에 issues: write 권한을 가졌는지(워크플로의 permissions) 확인하고 다시 실행하세요. 다시 실행해도 이슈가 중복되지 않습니다.`,

  "ops.sync-none": () => "이슈: 바꿀 것이 없습니다(모두 최신).",
  "ops.sync-create": (p: P) => `이슈 #${p.number} 새로 만듦: ${p.key}`,
  "ops.sync-update": (p: P) => `이슈 #${p.number} 고침${p.reopened ? "(다시 엶)" : ""}: ${p.key}`,
  "ops.sync-close": (p: P) => `이슈 #${p.number} 닫음: ${p.key}`,

  "ops.law-report-head": (p: P) =>
    `법령 ${p.total}개를 국가법령정보센터와 비교했습니다: 개정 ${p.amended}개, 최신 ${p.current}개${p.notFound ? `, 찾지 못함 ${p.notFound}개` : ""}${p.ahead ? `, 등록부가 앞섬 ${p.ahead}개` : ""}.`,
  "ops.law-amended": (p: P) =>
    `등록부 ${p.registry} → 현행 ${p.effective}${p.amendment ? ` (${p.amendment}${p.number ? `, 제${p.number}호` : ""})` : ""}${p.changed !== undefined ? ` — 바뀐 조문: ${p.changed || "없음"}` : ""}`,
  "ops.law-not-cited": () => "이 법령을 인용하는 매뉴얼이 없습니다.",
  "ops.law-not-found": (p: P) => `국가법령정보센터에서 이 이름의 법령${p.kind ? `(${p.kind})` : ""}을 찾지 못했습니다. manuals/laws.yml의 name이 공식 명칭과 글자 그대로 같은지 확인하세요.`,
  "ops.law-registry-ahead": (p: P) => `등록부 시행일 ${josa(p.registry, "이/가")} 국가법령정보센터의 ${p.effective}보다 늦습니다. 날짜를 확인하세요.`,
  "ops.laws-written": (p: P) => `manuals/laws.yml의 시행일을 고쳤습니다: ${p.keys}`,
} satisfies Record<string, Message>;
