// Korean wording of what a change did to a manual, as the site's history, the 법령 변경 page and its
// feeds say it (bot/core/compare/change-sentences.ts): one sentence per fact, particles by es-hangul.
import { josa } from "../josa.ts";
import type { Message, MessageParams as P } from "../message.ts";

export const changesKo = {
  "change.manual-added": () => "매뉴얼을 새로 만들었습니다.",
  "change.manual-deleted": () => "매뉴얼을 삭제했습니다.",
  "change.moved-department": (p: P) => `담당 부서를 ${p.from}에서 ${josa(p.to, "으로/로")} 옮겼습니다.`,
  "change.renamed": (p: P) => `파일 이름을 ${p.from}에서 ${josa(p.to, "으로/로")} 바꿨습니다.`,
  "change.law-added": (p: P) => `「${p.name}」 ${josa(p.article, "을/를")} 근거 법령에 추가했습니다(${p.version} 시행 기준).`,
  "change.law-removed": (p: P) => `「${p.name}」 ${josa(p.article, "을/를")} 근거 법령에서 뺐습니다.`,
  "change.law-version": (p: P) => `「${p.name}」 ${p.article}의 기준 시행일을 ${p.from}에서 ${josa(p.to, "으로/로")} 바꿨습니다.`,
  "change.law-article": (p: P) => `「${p.name}」의 근거 조문을 ${p.from}에서 ${josa(p.to, "으로/로")} 바꿨습니다.`,
  "change.law-article-version": (p: P) =>
    `「${p.name}」의 근거 조문을 ${p.from}에서 ${josa(p.to, "으로/로")}, 기준 시행일을 ${p.fromVersion}에서 ${josa(p.toVersion, "으로/로")} 바꿨습니다.`,
  "change.sections": (p: P) => `${p.sections} 본문을 고쳤습니다.`,
  "change.sections-separator": () => "·",
} satisfies Record<string, Message>;
