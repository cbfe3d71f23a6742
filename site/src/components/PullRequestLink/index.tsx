// "PR #123", linked to the pull request when the site knows its repository.
import React from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";

export default function PullRequestLink({ pr }: { pr: number | null }): React.ReactNode {
  const repository = useDocusaurusContext().siteConfig.customFields?.repositoryUrl as string | undefined;
  if (pr === null) return null;
  return repository ? (
    <a href={`${repository}/pull/${pr}`} target="_blank" rel="noopener noreferrer">
      PR #{pr}
    </a>
  ) : (
    <span>PR #{pr}</span>
  );
}
