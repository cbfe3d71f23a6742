// Wording of the CLI's own output (summaries, usage and configuration errors), Korean and English.
import type { Language } from "../core/findings.ts";

type P = Record<string, string | number>;
const messages = {
  "cli.no-root": { ko: (p: P) => `매뉴얼 저장소를 찾을 수 없습니다(${p.start}에서 위로 manuals/와 schemas/ 폴더를 찾았습니다). 저장소 안에서 실행해 주세요.`, en: (p: P) => `No manuals repository found (looked for manuals/ and schemas/ from ${p.start} upwards). Run inside the repository.` },
  "cli.schema-missing": { ko: (p: P) => `스키마 파일 ${p.file}이(가) 없습니다. 저장소가 온전한지 확인해 주세요.`, en: (p: P) => `Schema file ${p.file} is missing. Check that the repository is complete.` },
  "cli.schema-invalid": { ko: (p: P) => `스키마 파일 ${p.file}을(를) 읽을 수 없습니다: ${p.detail}`, en: (p: P) => `Schema file ${p.file} cannot be read: ${p.detail}` },
  "cli.schema-compile": { ko: (p: P) => `스키마가 올바르지 않습니다: ${p.detail}. schemas/의 최근 변경을 확인해 주세요.`, en: (p: P) => `A schema is invalid: ${p.detail}. Check recent changes in schemas/.` },
  "cli.outside-root": { ko: (p: P) => `${p.path}은(는) 저장소 밖에 있습니다.`, en: (p: P) => `${p.path} is outside the repository.` },
  "cli.no-such-path": { ko: (p: P) => `${p.path}이(가) 없습니다. 경로를 확인해 주세요.`, en: (p: P) => `${p.path} does not exist. Check the path.` },
  "cli.bad-option": { ko: (p: P) => `옵션 값이 올바르지 않습니다: ${p.detail}`, en: (p: P) => `Invalid option value: ${p.detail}` },
  "handover.skipped": {
    ko: (p: P) => `${p.file}: 파일을 그대로 다시 쓸 수 없어 담당자·대리자를 바꾸지 않았습니다. ${p.detail} 고친 뒤 다시 실행해 주세요.`,
    en: (p: P) => `${p.file}: owner/deputy not changed, because the file could not be rewritten as it is. ${p.detail} Fix it and run again.`,
  },
  "cli.git": { ko: (p: P) => `git 명령이 실패했습니다: ${p.detail}`, en: (p: P) => `A git command failed: ${p.detail}` },
  "check.clean": { ko: (p: P) => `✔ 매뉴얼 ${p.files}개를 검사했습니다. 문제가 없습니다.`, en: (p: P) => `✔ Checked ${p.files} manual(s). No problems.` },
  "check.summary": {
    ko: (p: P) => `매뉴얼 ${p.files}개 검사: 오류 ${p.errors}건, 경고 ${p.warnings}건 (${p.affected}개 파일)`,
    en: (p: P) => `Checked ${p.files} manual(s): ${p.errors} error(s), ${p.warnings} warning(s) in ${p.affected} file(s)`,
  },
  "check.progress": { ko: (p: P) => `검사 중 ${p.done}/${p.total}`, en: (p: P) => `Checking ${p.done}/${p.total}` },
  "check.none": { ko: () => "검사할 매뉴얼이 없습니다.", en: () => "No manuals to check." },
} satisfies Record<string, Record<Language, (p: P) => string>>;

export type CliMessageId = keyof typeof messages;

export function cliText(lang: Language, id: CliMessageId, params: P = {}): string {
  return messages[id][lang](params);
}
