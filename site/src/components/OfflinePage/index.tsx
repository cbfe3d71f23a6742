// /offline: what the service worker shows when a page is not on this device and there is no
// network. Styled like the site (its CSS and script are cached with it), a way home, and the
// manuals this device has kept — those remember-visited.ts noted, confirmed in the worker's cache.
import React, { useEffect, useState } from "react";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import { readSaved, type SavedManual } from "../../offline/saved-manuals";
import styles from "./styles.module.css";

function useSavedManuals(): SavedManual[] | null {
  const [saved, setSaved] = useState<SavedManual[] | null>(null);
  useEffect(() => {
    const listed = readSaved(localStorage);
    if (typeof caches === "undefined") {
      setSaved(listed);
      return;
    }
    void Promise.all(listed.map(async (manual) => ((await caches.match(manual.permalink, { ignoreSearch: true })) ? [manual] : []))).then((kept) => setSaved(kept.flat()));
  }, []);
  return saved;
}

export default function OfflinePage(): React.ReactNode {
  const saved = useSavedManuals();
  return (
    <Layout title="오프라인" description="네트워크 없이 읽을 수 있는 매뉴얼">
      <main className="container margin-vert--lg">
        <Heading as="h1">오프라인입니다</Heading>
        <p className={styles.lead}>
          이 페이지는 아직 이 기기에 저장되지 않았거나 네트워크에 연결되어 있지 않습니다. 한 번 열어 본 매뉴얼은 네트워크 없이도 열립니다.
        </p>
        <p>
          <Link to="/" className="button button--primary">
            홈으로
          </Link>
        </p>
        <section aria-labelledby="saved-heading">
          <Heading as="h2" id="saved-heading">
            이 기기에 저장된 매뉴얼
          </Heading>
          {saved === null ? null : saved.length === 0 ? (
            <p>아직 저장된 매뉴얼이 없습니다. 네트워크에 연결되었을 때 매뉴얼을 열면 이 기기에 저장됩니다.</p>
          ) : (
            <ul className={styles.saved} data-saved-manuals>
              {saved.map((manual) => (
                <li key={manual.permalink}>
                  <a href={manual.permalink}>{manual.title}</a>
                  {manual.where && <span className={styles.where}>{manual.where}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </Layout>
  );
}
