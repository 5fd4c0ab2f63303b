import { useStore } from "../state/store-context";
import { UI } from "../strings";

const S = UI.share.summary;

/** Failures grouped by a cause they share, largest first; a click lists the group's requests. */
export function ProblemGroups() {
  const store = useStore();
  const groups = store.problemGroups.value;
  return (
    <div class="summary-block">
      <h2 class="summary-heading">{S.problems}</h2>
      {groups.length === 0 ? (
        <p class="summary-none">{S.noProblems}</p>
      ) : (
        <ul class="summary-list">
          {groups.map((group) => (
            <li key={group.key}>
              <button
                type="button"
                class="summary-item problem-item"
                data-severity={group.severity}
                title={S.problemTitle(group.count)}
                onClick={() => store.focusRows(group.cause, group.ids)}
              >
                <span class="problem-severity">{S.severity[group.severity]}</span>{" "}
                <span class="problem-count">{S.problemCount(group.count)}</span> {group.cause}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Above the list while it shows one problem's rows: what they share, and the way back to every row. */
export function RowFocusBanner() {
  const store = useStore();
  const focus = store.focus.value;
  if (!focus) return null;
  return (
    <div class="row-focus" role="status">
      <span>
        {UI.share.focus.shown(focus.ids.size)} {focus.label}
      </span>{" "}
      <button type="button" class="tool-button" onClick={() => store.clearFocus()}>
        {UI.share.focus.showAll}
      </button>
    </div>
  );
}
