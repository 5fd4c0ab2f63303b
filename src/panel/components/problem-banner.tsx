import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** Why an import failed, and which entries of the shown view could not be read, beside the rows that did load. */
export function ProblemBanner() {
  const store = useStore();
  const notice = store.notice.value;
  const problems = store.problems.value;
  if (!notice && problems.length === 0) return null;
  return (
    <div class="problem-banner" role="status">
      {notice && <p>{notice}</p>}
      {problems.length > 0 && (
        <details>
          <summary>{UI.views.unreadEntries(problems.length)}</summary>
          <ul>
            {problems.slice(0, 50).map((p) => (
              // The message already names its entry ("entry 2: no request object").
              <li key={p.index}>{p.message}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" class="link-button" onClick={() => store.dismissProblems()}>
        {UI.views.dismiss}
      </button>
    </div>
  );
}
