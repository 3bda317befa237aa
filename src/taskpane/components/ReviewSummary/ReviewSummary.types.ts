import type * as React from "react";
import type { Review } from "../../../engine/types";

export interface ReviewSummaryProps {
  review: Review;
  /** Receives focus when a review completes, so keyboard and screen-reader users land on the result. */
  headingRef?: React.Ref<HTMLHeadingElement>;
}
