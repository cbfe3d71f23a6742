// "이 매뉴얼 고치기" and "오류 신고" on every manual page, when the site knows its repository.
import React from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { editUrl, errorReportUrl } from "../../manual-page/manual-links";
import styles from "./styles.module.css";

export default function ManualActions({ title, file }: { title: string; file: string }): React.ReactNode {
  const fields = useDocusaurusContext().siteConfig.customFields ?? {};
  const repository = fields.repositoryUrl as string | null | undefined;
  if (!repository) return null;
  const branch = (fields.repositoryBranch as string | undefined) ?? "main";
  return (
    <p className={styles.actions}>
      <a className={styles.action} href={editUrl(repository, branch, file)} target="_blank" rel="noopener noreferrer" data-manual-edit>
        ✏️ 이 매뉴얼 고치기
      </a>
      <a className={styles.action} href={errorReportUrl(repository, { title, file })} target="_blank" rel="noopener noreferrer" data-manual-report>
        ⚠️ 오류 신고
      </a>
    </p>
  );
}
