// A manual on its department's page: title, the first sentence of its 업무개요 (the doc's
// description, set from the core's reading), and whom to ask and whether its review is due.
// Not truncated to one line as Docusaurus's card is: on a phone the summary is what tells manuals apart.
// Other cards (institution pages list departments) are Docusaurus's own.
import React from "react";
import clsx from "clsx";
import Link from "@docusaurus/Link";
import DocCard from "@theme-original/DocCard";
import type { Props } from "@theme/DocCard";
import { useDocById } from "@docusaurus/plugin-content-docs/client";
import ListingStatus from "../../components/ListingStatus";
import type { ListingStatus as Status } from "../../data/types";
import styles from "./styles.module.css";

function ManualListingCard({ item, listing }: { item: Extract<Props["item"], { type: "link" }>; listing: Status }): React.ReactNode {
  const doc = useDocById(item.docId ?? undefined);
  return (
    <Link href={item.href} className={clsx("card padding--md", styles.card)} data-manual-listing>
      <h2 className={styles.title}>{item.label}</h2>
      {doc?.description && (
        <p className={styles.summary} data-listing-summary>
          {doc.description}
        </p>
      )}
      <ListingStatus status={listing} className={styles.status} />
    </Link>
  );
}

export default function DocCardWithListing(props: Props): React.ReactNode {
  const listing = props.item.type === "link" ? (props.item.customProps?.listing as Status | undefined) : undefined;
  if (props.item.type === "link" && listing) return <ManualListingCard item={props.item} listing={listing} />;
  return <DocCard {...props} />;
}
