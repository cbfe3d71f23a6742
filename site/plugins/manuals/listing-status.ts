// A listed manual's owner and review status, from its card: the home page's reading paths and the
// department pages (through the sidebar's customProps) show the same line.
import type { ListingStatus, ManualCard } from "../../src/data/types.ts";

export function listingStatus(card: ManualCard | null | undefined): ListingStatus {
  if (!card) return { owner: null, reviewDue: "", overdue: false };
  const owner = card.ownerPerson.known ? card.ownerPerson.name : card.owner ? `@${card.owner}` : null;
  return { owner, reviewDue: card.reviewDue, overdue: card.reviewDue !== "" && card.reviewDue < card.builtOn };
}
