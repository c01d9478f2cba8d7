/** An item to place on a timeline: where it starts and how far its mark and label reach, in days. */
export interface LaneItem {
  /** Days from the timeline's start. */
  readonly start: number;
  /** Days from the timeline's start that the item (its bar or its label) reaches. */
  readonly end: number;
}

/**
 * Gives each item the lowest lane (0 = top) in which it does not overlap an earlier item, taking items
 * in the order given (so callers put the items they want on top first), with `gapDays` of clearance.
 * Returns one lane per item; an empty list gives an empty list.
 */
export function journeyLanes(items: readonly LaneItem[], gapDays: number): number[] {
  const occupied: { start: number; end: number }[][] = [];
  return items.map((item) => {
    let lane = 0;
    for (;;) {
      const spans = occupied[lane] ?? [];
      const clash = spans.some((s) => item.start < s.end + gapDays && s.start < item.end + gapDays);
      if (!clash) {
        spans.push({ start: item.start, end: item.end });
        occupied[lane] = spans;
        return lane;
      }
      lane++;
    }
  });
}
