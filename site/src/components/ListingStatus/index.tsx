// "담당 김민수 주무관 · 검토 예정일 2027-03-02", or "검토 기한 지남": a listed manual's owner and review status.
import React from "react";
import type { ListingStatus as Status } from "../../data/types";

export default function ListingStatus({ status, className }: { status: Status; className?: string }): React.ReactNode {
  return (
    <span className={className} data-listed-manual>
      {status.owner && <>담당 {status.owner} · </>}
      {status.overdue ? <strong>검토 기한 지남</strong> : status.reviewDue && <>검토 예정일 {status.reviewDue}</>}
    </span>
  );
}
