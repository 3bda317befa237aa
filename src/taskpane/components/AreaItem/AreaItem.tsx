import * as React from "react";
import { AccordionHeader, AccordionItem, AccordionPanel, Body1, Body1Strong, Caption1, Subtitle2 } from "@fluentui/react-components";
import { FallbackCard } from "../FallbackCard/FallbackCard";
import { FindingList } from "../FindingList/FindingList";
import { SeverityBadge, StatusBadge } from "../ReviewBadges/ReviewBadges";
import type { AreaItemProps } from "./AreaItem.types";
import { useAreaItemStyles } from "./useAreaItemStyles";

export const AreaItem: React.FC<AreaItemProps> = ({ area, capabilities, actions, revisedParagraphs }) => {
  const styles = useAreaItemStyles();
  return (
    <AccordionItem value={area.id} data-testid="area" data-area={area.id}>
      <AccordionHeader as="h3" expandIconPosition="start">
        <span className={styles.header}>
          <Body1Strong>{area.title}</Body1Strong>
          <span className={styles.badges}>
            <StatusBadge status={area.status} />
            <SeverityBadge severity={area.severity} />
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Body1>{area.why}</Body1>

        <Subtitle2 as="h4" className={styles.sectionHeading}>
          What the agreement says
        </Subtitle2>
        {area.findings.length === 0 ? (
          <Caption1 className={styles.quiet}>Nothing in the agreement addresses this area.</Caption1>
        ) : (
          <FindingList area={area} capabilities={capabilities} actions={actions} revisedParagraphs={revisedParagraphs} />
        )}

        <Subtitle2 as="h4" className={styles.sectionHeading}>
          Fallback clauses, strongest first
        </Subtitle2>
        {area.fallbacks.length === 0 ? (
          <Caption1 className={styles.quiet}>The checklist offers no fallback clause for this side.</Caption1>
        ) : (
          <ol className={styles.list}>
            {area.fallbacks.map((fallback, i) => (
              <FallbackCard
                key={fallback.id}
                actionKey={`${area.id}-fallback-${fallback.id}`}
                fallback={fallback}
                rank={i + 1}
                capabilities={capabilities}
                actions={actions}
              />
            ))}
          </ol>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
};
