// The markdownlint built-in rules the project enables, with their severity and Korean wording.
// Only rules that catch Markdown that renders wrongly or breaks the structure are on; style-only
// rules stay off so task owners editing in the web editor are not buried in noise.
import type { Severity, Text } from "../../findings.ts";

export interface BuiltinRule {
  severity: Severity;
  description: Text;
}

export const builtinRules: Record<string, BuiltinRule> = {
  MD001: { severity: "warning", description: { ko: "제목 단계는 한 번에 한 단계씩만 내려가야 합니다(## 다음에 ####는 안 됩니다)", en: "Heading levels should only increment by one level at a time" } },
  MD011: { severity: "error", description: { ko: "링크 문법이 거꾸로 되어 있습니다. [글자](주소) 순서로 써 주세요", en: "Reversed link syntax; write [text](address)" } },
  MD018: { severity: "error", description: { ko: "제목 기호(#) 뒤에 공백이 없어 제목으로 인식되지 않습니다. '## 제목'처럼 한 칸 띄워 주세요", en: "No space after hash on atx style heading, so it is not a heading; write '## Title'" } },
  MD019: { severity: "warning", description: { ko: "제목 기호(#) 뒤에 공백이 여러 칸 있습니다", en: "Multiple spaces after hash on atx style heading" } },
  MD023: { severity: "error", description: { ko: "제목은 줄의 맨 앞에서 시작해야 합니다(앞의 공백을 지워 주세요)", en: "Headings must start at the beginning of the line" } },
  MD032: { severity: "warning", description: { ko: "목록 앞뒤에 빈 줄이 있어야 합니다", en: "Lists should be surrounded by blank lines" } },
  MD037: { severity: "warning", description: { ko: "강조 표시(* 또는 _) 안쪽에 공백이 있어 강조가 적용되지 않습니다", en: "Spaces inside emphasis markers" } },
  MD039: { severity: "warning", description: { ko: "링크 글자 안쪽 앞뒤에 공백이 있습니다", en: "Spaces inside link text" } },
  MD042: { severity: "error", description: { ko: "주소가 빈 링크입니다. 링크 주소를 채워 주세요", en: "No empty links; fill in the link's address" } },
  MD045: { severity: "warning", description: { ko: "이미지에 대체 글자가 없습니다. ![설명](파일) 형식으로 설명을 적어 주세요", en: "Images should have alternate text" } },
  MD052: { severity: "error", description: { ko: "참조 링크의 정의가 없습니다. [이름]: 주소 줄을 추가해 주세요", en: "Reference links and images should use a label that is defined" } },
  MD056: { severity: "error", description: { ko: "표의 칸 수가 제목 줄과 다릅니다. 모든 줄의 | 개수를 맞춰 주세요", en: "Table column count differs from the header row" } },
  MD058: { severity: "error", description: { ko: "표 앞뒤에 빈 줄이 없어 표가 제대로 보이지 않을 수 있습니다. 표 위아래에 빈 줄을 넣어 주세요", en: "Tables should be surrounded by blank lines" } },
};
