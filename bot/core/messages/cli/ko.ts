// Korean wording of the `manuals` command's own output: usage and configuration errors (the
// argument parser's included), git failures, summaries, checklists and prompts.
import { josa } from "../josa.ts";
import type { Message, MessageParams as P } from "../message.ts";

const maybe = (suggestion: unknown) => (suggestion ? ` 혹시 ${josa(`'${suggestion}'`, "이라/라")}고 쓰려던 것인가요?` : "");

export const cliKo = {
  // Repository and schemas
  "cli.no-root": (p: P) => `매뉴얼 저장소를 찾을 수 없습니다(${p.start}에서 위로 manuals/와 schemas/ 폴더를 찾았습니다). 저장소 안에서 실행해 주세요.`,
  "cli.schema-missing": (p: P) => `스키마 파일 ${josa(p.file, "이/가")} 없습니다. 저장소가 온전한지 확인해 주세요.`,
  "cli.schema-invalid": (p: P) => `스키마 파일 ${josa(p.file, "을/를")} 읽을 수 없습니다: ${p.detail}`,
  "cli.schema-compile": (p: P) => `스키마가 올바르지 않습니다: ${p.detail}. schemas/의 최근 변경을 확인해 주세요.`,
  "cli.registry-invalid": (p: P) => `등록부를 읽을 수 없습니다(${p.file}:${p.line}): ${p.detail} \`npx manuals check\`로 등록부 오류를 확인해 주세요.`,
  "cli.outside-root": (p: P) => `${josa(p.path, "은/는")} 저장소 밖에 있습니다. 매뉴얼 저장소 안의 경로를 적어 주세요.`,
  "cli.no-such-path": (p: P) => `${josa(p.path, "이/가")} 없습니다. 경로를 확인해 주세요.`,
  "cli.internal-error": (p: P) => `내부 오류가 발생했습니다. 도구의 결함이니 아래 내용을 관리자에게 알려 주세요.\n${p.detail}`,

  // Option values
  "cli.bad-option": (p: P) => `옵션 값이 올바르지 않습니다: ${p.detail}`,
  "cli.unknown-commit": (p: P) => `${p.option} ${josa(`'${p.ref}'`, "은/는")} 커밋이나 브랜치가 아닙니다. 이름을 확인하고, 원격 브랜치(예: origin/main)라면 먼저 \`git fetch\`로 받아 오세요.`,
  "cli.bad-date": (p: P) => `${p.option} 값 ${josa(`'${p.value}'`, "은/는")} 날짜가 아닙니다. YYYY-MM-DD 형식의 실제 날짜로 적어 주세요. 예: 2026-03-02`,
  "cli.bad-count": (p: P) => `${p.option} 값 ${josa(`'${p.value}'`, "은/는")} 쓸 수 없습니다. 0 이상의 정수(일 수)로 적어 주세요. 예: ${p.option} 30`,
  "cli.out-of-range": (p: P) => `${p.option} 값 ${josa(`'${p.value}'`, "은/는")} 쓸 수 없습니다. ${p.min}부터 ${p.max}까지의 정수로 적어 주세요.`,
  "cli.unknown-department": (p: P) => `부서 ${josa(`'${p.value}'`, "이/가")} manuals/departments.yml에 없습니다.${maybe(p.suggestion)} 등록된 부서: ${p.known}.`,
  "cli.unknown-law": (p: P) => `법령 키 ${josa(`'${p.value}'`, "이/가")} manuals/laws.yml에 없습니다.${maybe(p.suggestion)}${p.suggestion ? "" : " laws.yml에서 법령 키를 확인해 주세요."}`,
  "cli.bad-article": (p: P) => `조문 ${josa(`'${p.value}'`, "은/는")} 형식이 맞지 않습니다. 조문은 제16조, 제16조의2, 제16조제1항처럼 적습니다.${maybe(p.hint)}`,
  "cli.bad-law-spec": (p: P) => `${p.option} 값 ${josa(`'${p.value}'`, "은/는")} '법령키:조문' 형식이어야 합니다. 예: ${p.option} resident-registration-act:제16조`,
  "cli.bad-login": (p: P) => `${p.option} 값 ${josa(`'${p.value}'`, "은/는")} GitHub 로그인이 아닙니다. 로그인은 영문자·숫자·하이픈(-)으로 된 39자 이하의 이름이며 하이픈으로 시작하거나 끝나지 않습니다. 예: kim-minsu`,
  "cli.same-person": (p: P) => `--from과 --to가 같은 사람(${p.login})입니다. 업무를 이어받을 다른 사람의 로그인을 --to에 적어 주세요.`,
  "cli.missing-options": (p: P) => `필요한 옵션이 빠졌습니다: ${p.options}. 터미널에서 실행하면 하나씩 물어봅니다. \`npx manuals ${p.command} --help\`로 사용법을 볼 수 있습니다.`,
  "cli.bad-id": (p: P) => `id ${josa(`'${p.value}'`, "은/는")} 쓸 수 없습니다. id는 영문 소문자와 숫자를 하이픈(-)으로 이은 ${p.max}자 이하의 이름입니다(공백·한글·대문자·밑줄 불가, 하이픈으로 시작하거나 끝나지 않음). 예: ${p.example}`,
  "cli.id-exists": (p: P) => `id ${josa(`'${p.id}'`, "은/는")} 이미 ${p.files}에서 쓰고 있습니다. id는 매뉴얼마다 달라야 하니 다른 id를 정해 주세요.${p.proposal ? ` 예: ${p.proposal}` : ""}`,
  "cli.file-exists": (p: P) => `${josa(p.path, "이/가")} 이미 있습니다. 다른 id를 쓰거나 그 파일을 고쳐 주세요.`,

  // The argument parser (commander), by its error code
  "cli.unknown-option": (p: P) => `알 수 없는 옵션 ${josa(`'${p.option}'`, "이/가")} 있습니다.${maybe(p.suggestion)}`,
  "cli.missing-option": (p: P) => `필수 옵션 ${josa(p.option, "이/가")} 빠졌습니다. 예: ${p.example}`,
  "cli.option-needs-value": (p: P) => `옵션 ${p.option}에 값이 없습니다. 옵션 뒤에 값을 적어 주세요. 예: ${p.example}`,
  "cli.missing-argument": (p: P) => `${josa(`'${p.argument}'`, "이/가")} 빠졌습니다. 명령 뒤에 적어 주세요.`,
  "cli.bad-choice": (p: P) => `${p.option} 값 ${josa(`'${p.value}'`, "은/는")} 쓸 수 없습니다. 다음 중 하나를 적어 주세요: ${p.allowed}.${maybe(p.suggestion)}`,
  "cli.unknown-command": (p: P) => `알 수 없는 명령 ${josa(`'${p.command}'`, "이/가")} 있습니다.${maybe(p.suggestion)} 명령: ${p.commands}.`,
  "cli.excess-arguments": (p: P) => `${p.command} 명령에 필요 없는 값이 있습니다: ${p.received}. 옵션 이름(--…)이 빠지지 않았는지 확인해 주세요.`,
  "cli.parse-error": (p: P) => `명령을 해석할 수 없습니다: ${p.detail}`,
  "cli.help-hint": (p: P) => `사용법: npx ${p.command} --help`,

  // git, in sentences: what was asked, what to check
  "git.not-installed": () => "git을 실행할 수 없습니다. git이 설치되어 있고 PATH에서 찾을 수 있는지 확인해 주세요.",
  "git.not-repository": (p: P) => `${josa(p.root, "은/는")} git 저장소가 아닙니다. 이 명령은 git으로 내려받은(clone) 매뉴얼 저장소 안에서 실행해야 합니다.`,
  "git.unknown-ref": (p: P) => `git에서 ${josa(`'${p.ref}'`, "을/를")} 찾을 수 없습니다. 브랜치나 커밋 이름의 철자를 확인하고, 원격 브랜치(예: origin/main)라면 먼저 \`git fetch\`로 받아 오세요.`,
  "git.no-merge-base": (p: P) => `${josa(`'${p.base}'`, "와/과")} '${p.head}'의 공통 조상 커밋을 찾을 수 없습니다. 두 브랜치가 같은 저장소의 것인지 확인하고, 얕게 내려받은 저장소(clone --depth)라면 \`git fetch --unshallow\`로 기록을 받아 오세요.`,
  "git.failed": (p: P) => `git에게 ${p.what} 요청했지만 실패했습니다(git의 답: ${p.detail}). \`git status\`로 저장소 상태를 확인한 뒤 다시 실행해 주세요.`,
  "git.what-diff": () => "바뀐 파일 목록을",
  "git.what-read": () => "파일 내용을",
  "git.what-grep": () => "파일 검색을",
  "git.what-other": (p: P) => `'git ${p.command}' 실행을`,

  // check
  "check.clean": (p: P) => `✔ 매뉴얼 ${p.files}개를 검사했습니다. 문제가 없습니다.`,
  "check.summary": (p: P) => `매뉴얼 ${p.files}개 검사: 오류 ${p.errors}건, 경고 ${p.warnings}건 (${p.affected}개 파일)`,
  "check.progress": (p: P) => `검사 중 ${p.done}/${p.total}`,
  "check.none": () => "검사할 매뉴얼이 없습니다.",
  "format.error": () => "오류",
  "format.warning": () => "경고",
  "format.other-changes": (p: P) => `법령과 무관한 변경: ${p.files}`,

  // due
  "due.none": (p: P) => `검토 기한이 ${p.within}일 안에 돌아오는 매뉴얼이 없습니다.`,
  "due.overdue": (p: P) => `${p.days}일 지남`,
  "due.left": (p: P) => `${p.days}일 남음`,
  "due.line": (p: P) => `${p.mark} ${p.title} — 기한 ${p.due} (${p.state}) ${p.owner}  ${p.file}`,

  // impact
  "impact.head": (p: P) => `「${p.name}」${p.article ? ` ${p.article}` : ""} (현행 시행일 ${p.effective}) — 매뉴얼 ${p.count}개`,

  // handover
  "handover.skipped": (p: P) => `${p.file}: 파일을 그대로 다시 쓸 수 없어 담당자·대리자를 바꾸지 않았습니다. ${p.detail} 고친 뒤 다시 실행해 주세요.`,
  "handover.reason-yaml": (p: P) => `앞부분 정보의 YAML 문법 오류(${p.detail}).`,
  "handover.reason-no-front-matter": () => "앞부분 정보(--- 로 감싼 YAML)를 찾을 수 없습니다.",
  "handover.reason-not-scalar": (p: P) => `${p.key} 값이 한 줄짜리 글자가 아닙니다(목록이나 객체).`,
  "handover.reason-reread": (p: P) => `바꾼 뒤 다시 읽으니 ${p.key} 값이 '${p.value}'로 읽히지 않았습니다.`,
  "handover.title": (p: P) => `인수인계 점검표: ${p.from} → ${p.to}`,
  "handover.from-person": (p: P) => `떠나는 사람: ${p.person}`,
  "handover.to-person": (p: P) => `이어받는 사람: ${p.person}`,
  "handover.add-to-people": (p: P) => `manuals/people.yml에 @${p.login}의 이름, 직급, 팀, 사무실 전화 추가하기(추가하기 전에는 사이트와 점검표에 아이디만 보입니다)`,
  "handover.contacts": (p: P) => `인수인계 뒤 담당자: ${p.owner} / 대리자: ${p.deputy}`,
  "handover.no-deputy": () => "(없음)",
  "handover.dry-run": () => " (미리보기)",
  "handover.none": (p: P) => `${josa(p.from, "이/가")} 담당하거나 대리하는 매뉴얼이 없습니다.`,
  "handover.file": (p: P) => `파일: \`${p.file}\` (${p.roles})`,
  "handover.role-owner": () => "담당자",
  "handover.role-deputy": () => "대리자",
  "handover.deputy-is-owner": () => "⚠ 새 담당자가 대리자와 같습니다. 다른 대리자를 지정하세요.",
  "handover.law": (p: P) => `「${p.name}」 ${p.article} (매뉴얼 기준 ${p.version}${p.current ? `, 현행 ${p.current} ⚠` : ""})`,
  "handover.review": (p: P) => `마지막 검토 ${p.last}, 다음 검토 기한 ${p.due}`,
  "handover.tips": () => "업무 팁을 읽고 전임자와 함께 확인하기",

  // new
  "new.created": (p: P) => `만들었습니다: ${p.path}\n각 섹션의 안내 문장을 실제 내용으로 바꾼 뒤 'npx manuals check ${p.path}'로 확인하세요. 안내 문장이 남아 있으면 검사를 통과하지 않습니다.`,
  "new.ask-title": () => "업무 이름 (예: 지방세 감면 신청 처리)",
  "new.ask-id": () => "id (영문 소문자·숫자·하이픈, 제목에서 만든 제안을 고쳐도 됩니다)",
  "new.ask-department": () => "부서",
  "new.ask-owner": () => "담당자 GitHub 로그인",
  "new.ask-deputy": () => "대리자 GitHub 로그인 (휴가·전보 때 맡을 사람, 없으면 비워 두기)",
  "new.ask-law": () => "근거 법령",
  "new.ask-article": (p: P) => `「${p.name}」의 조문 (예: 제16조)`,
  "new.ask-more-laws": () => "근거 법령을 더 추가할까요?",
  "new.ask-tags": () => "검색어 (쉼표로 구분, 예: 지방세, 감면)",
  "new.title-short": () => "업무 이름을 두 글자 이상 적어 주세요.",

  // remind
  "remind.summary": (p: P) => `검토 기한이 된 매뉴얼 ${p.due}건, 부서 ${p.departments}곳 (${p.today} 기준, ${p.within}일 이내).`,
} satisfies Record<string, Message>;
