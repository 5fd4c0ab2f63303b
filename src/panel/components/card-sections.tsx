import { headerValue } from "../../core/http";
import type { RequestRecord } from "../../core/model";
import type { ReferenceEntry, RelatedCode } from "../../reference";
import { useStore } from "../state/store-context";
import { CARD } from "../strings/card";

export function CardList({ title, items, kind }: { title: string; items: readonly string[]; kind: string }) {
  if (items.length === 0) return null;
  return (
    <section class={`card-section card-${kind}`}>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** The headers this code depends on, with the values this exchange carried: what the server sent, what was sent. */
export function CardHeaders({ names, record }: { names: readonly string[]; record: RequestRecord }) {
  if (names.length === 0) return null;
  return (
    <section class="card-section card-headers">
      <h3>{CARD.sections.headers}</h3>
      <dl>
        {names.map((name) => {
          // Never merged: a request's Content-Type is not the response's, and both sides may carry Upgrade.
          const sides = [
            { side: CARD.headerReceived, value: headerValue(record.responseHeaders, name) },
            { side: CARD.headerSent, value: headerValue(record.requestHeaders, name) },
          ].filter((found) => found.value !== undefined);
          return [
            <dt key={`${name}-n`}>{name}</dt>,
            sides.length === 0 ? (
              <dd key={`${name}-v`} class="absent">
                {CARD.headerAbsent}
              </dd>
            ) : (
              sides.map(({ side, value }) => (
                <dd key={`${name}-${side}`}>
                  <span class="header-side">{side}</span> {value}
                </dd>
              ))
            ),
          ];
        })}
      </dl>
    </section>
  );
}

/** Each related code opens its own reference card. */
export function CardRelated({ related }: { related: readonly RelatedCode[] }) {
  const store = useStore();
  if (related.length === 0) return null;
  return (
    <section class="card-section card-related">
      <h3>{CARD.sections.related}</h3>
      <ul>
        {related.map((r) => (
          <li key={r.code}>
            <button
              type="button"
              class="link-button related-code"
              title={CARD.openRelated(r.code)}
              onClick={() => store.showReference(r.code)}
            >
              {r.code}
            </button>{" "}
            {r.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Only https: links from our own reference are ever rendered as links. */
export function CardLinks({ entry }: { entry: ReferenceEntry }) {
  const links = entry.links.filter((link) => link.url.startsWith("https://"));
  if (!entry.spec && links.length === 0) return null;
  return (
    <section class="card-section card-links">
      <h3>{CARD.sections.readMore}</h3>
      {entry.spec && <p class="card-spec">{entry.spec}</p>}
      <ul>
        {links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noreferrer noopener">
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
