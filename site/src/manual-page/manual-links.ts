// Where "이 매뉴얼 고치기" and "오류 신고" go on GitHub: the file in the web editor on the branch the
// site is built from, and the manual-error issue form (.github/ISSUE_TEMPLATE/manual-error.yml)
// with its `manual` field and the title filled in through the query parameters GitHub documents
// for issue forms (template=, title=, and a field's id).
export const ERROR_TEMPLATE = "manual-error.yml";

const pathSegments = (path: string) => path.split("/").map(encodeURIComponent).join("/");

export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/+$/, "")}/edit/${pathSegments(branch)}/${pathSegments(file)}`;
}

export function errorReportUrl(repository: string, manual: { title: string; file: string }): string {
  const query = new URLSearchParams({ template: ERROR_TEMPLATE, title: `[오류] ${manual.title}`, manual: `${manual.title} — ${manual.file}` });
  return `${repository.replace(/\/+$/, "")}/issues/new?${query.toString()}`;
}
