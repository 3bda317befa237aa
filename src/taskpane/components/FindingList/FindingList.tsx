import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { FindingCard } from "../FindingCard/FindingCard";
import type { FindingListProps } from "./FindingList.types";
import { FINDINGS_PAGE, moreCount } from "./paging";
import { useFindingListStyles } from "./useFindingListStyles";

/**
 * An area's findings, a page at a time, in the engine's order (it lists risks before
 * mentions; this list does not sort). Action keys stay the finding's index in the area, so
 * an action's outcome stays beside its card however many are shown.
 */
export const FindingList: React.FC<FindingListProps> = ({ area, capabilities, actions, revisedParagraphs }) => {
  const styles = useFindingListStyles();
  const total = area.findings.length;
  // How many may be shown; a new review (new findings) starts again from the first page,
  // adjusting the state during render as React recommends for a prop change.
  const [page, setPage] = React.useState({ findings: area.findings, limit: FINDINGS_PAGE });
  let limit = page.limit;
  if (page.findings !== area.findings) {
    limit = FINDINGS_PAGE;
    setPage({ findings: area.findings, limit });
  }
  const shown = Math.min(limit, total);
  const more = moreCount(shown, total);

  // "Show more" moves focus to the first card it added: the button itself may be gone, and a
  // keyboard user carries on reading where the new cards start.
  const list = React.useRef<HTMLUListElement>(null);
  const focusFrom = React.useRef<number | null>(null);
  React.useEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    list.current?.children[from]?.querySelector<HTMLElement>("button:not([disabled])")?.focus();
  }, [shown]);

  const showMore = () => {
    focusFrom.current = shown;
    setPage({ findings: area.findings, limit: shown + more });
  };

  return (
    <>
      <ul className={styles.list} ref={list} data-testid="findings">
        {area.findings.slice(0, shown).map((finding, i) => (
          <FindingCard
            key={`${finding.ruleId}-${finding.paragraph}-${finding.start}`}
            actionKey={`${area.id}-finding-${i}`}
            finding={finding}
            fallbacks={area.fallbacks}
            capabilities={capabilities}
            actions={actions}
            inRevision={revisedParagraphs?.has(finding.paragraph) ?? false}
          />
        ))}
      </ul>
      {more > 0 && (
        <div className={styles.more}>
          <Button size="small" onClick={showMore} data-testid="show-more-findings">
            {`Show ${more} more`}
          </Button>
          <Caption1 className={styles.quiet} data-testid="findings-shown">{`${shown} of ${total} findings shown`}</Caption1>
        </div>
      )}
    </>
  );
};
