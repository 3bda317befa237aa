import * as React from "react";
import { Badge, Caption1 } from "@fluentui/react-components";
import type { ReviewSummaryProps } from "./ReviewSummary.types";
import { useReviewSummaryStyles } from "./useReviewSummaryStyles";

export const ReviewSummary: React.FC<ReviewSummaryProps> = ({ review, headingRef }) => {
  const styles = useReviewSummaryStyles();
  const { risk, missing, ok } = review.summary;
  const party = review.parties[review.perspective].join(", ");
  return (
    <section className={styles.root} aria-labelledby="review-summary-heading" data-testid="review-summary">
      {/* A plain h2 (typography from tokens): Fluent's Text presets do not forward refs. */}
      <h2 id="review-summary-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        Summary
      </h2>
      <ul className={styles.counts}>
        <li>
          <Badge appearance="filled" color="danger" size="large" data-testid="count-risk">{`${risk} at risk`}</Badge>
        </li>
        <li>
          <Badge appearance="filled" color="warning" size="large" data-testid="count-missing">{`${missing} missing`}</Badge>
        </li>
        <li>
          <Badge appearance="filled" color="success" size="large" data-testid="count-ok">{`${ok} OK`}</Badge>
        </li>
      </ul>
      <Caption1 className={styles.meta}>
        {`Reviewed for the ${review.perspective}${party ? ` (${party})` : ""} against ${review.checklist.id} ${review.checklist.version}. The review ran in this pane; the add-in sent no document text anywhere.`}
      </Caption1>
    </section>
  );
};
