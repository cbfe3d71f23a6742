// Korean wording of the e-book, the printed book, the handover packet and the status board.
import { josa } from "../josa.ts";
import type { Message, MessageParams as P } from "../message.ts";

export const bookKo = {
  "book.department-title": (p: P) => `${p.department} 업무매뉴얼`,
  "book.institution-title": (p: P) => `${p.institution} 업무매뉴얼`,
  "book.subtitle": (p: P) => `매뉴얼 ${p.count}개 · ${p.builtOn} 발행`,
  "book.contents": () => "차례",
  "book.approved": (p: P) => `승인 커밋 ${p.sha} · 승인일 ${p.date}`,
  "book.approved-unknown": () => "승인 기록 없음(저장소 이력을 읽을 수 없음)",
  "book.footer": (p: P) => `${p.title} · 본문 승인 커밋 ${p.sha} (${p.date})`,
  "book.footer-unknown": (p: P) => `${p.title} · 승인 기록 없음`,
  "book.page": () => "쪽",
  "book.card-institution": () => "기관",
  "book.card-department": () => "부서",
  "book.card-owner": () => "담당자",
  "book.card-deputy": () => "대리자",
  "book.card-none": () => "없음",
  "book.card-last-reviewed": () => "마지막 검토",
  "book.card-due": () => "다음 검토 기한",
  "book.card-laws": () => "근거 법령",
  "book.card-law": (p: P) => `「${p.name}」 ${p.article} (${p.version} 기준)`,
  "book.section-missing": (p: P) => `${josa(`'${p.title}'`, "이/가")} 이 매뉴얼에 없습니다.`,
  "book.image-omitted": (p: P) => `[그림: ${p.alt}]`,
  "book.packet-title": (p: P) => `인수인계 자료: @${p.from} → @${p.to}`,
  "book.packet-checklist": () => "인수인계 점검표",
  "book.no-browser": (p: P) => `PDF를 만들 Chromium을 찾을 수 없습니다(${p.path}). Chromium을 설치하거나 CHROMIUM_PATH에 실행 파일 경로를 적어 주세요.`,
} satisfies Record<string, Message>;
