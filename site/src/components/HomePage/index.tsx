// The home page: search first, then the institutions and their departments, each with a short
// "처음 오셨나요?" reading path for newly arrived staff, and the manuals changed most recently.
import React from "react";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import type { HomeData } from "../../data/types";
import ListingStatus from "../ListingStatus";
import SearchBox from "../SearchBox";
import styles from "./styles.module.css";

export default function HomePage({ home }: { home: HomeData }): React.ReactNode {
  return (
    <Layout title="홈" description="승인된 업무매뉴얼을 찾아 읽는 곳">
      <main>
        <section className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              업무매뉴얼
            </Heading>
            <p className={styles.lead}>승인된 업무매뉴얼 {home.manuals}개를 기관·부서별로, 또는 검색으로 찾아보세요.</p>
            <SearchBox variant="hero" />
          </div>
        </section>

        <div className="container margin-vert--lg">
          <section aria-labelledby="institutions-heading">
            <Heading as="h2" id="institutions-heading">
              기관별 매뉴얼
            </Heading>
            <div className={styles.institutions}>
              {home.institutions.map((institution) => (
                <article key={institution.key} className={styles.institution}>
                  <Heading as="h3" className={styles.institutionName}>
                    <Link to={institution.permalink}>{institution.name}</Link>
                  </Heading>
                  <p className={styles.count}>부서 {institution.departments.length}곳 · 매뉴얼 {institution.count}개</p>
                  <ul className={styles.departments}>
                    {institution.departments.map((department) => (
                      <li key={department.key}>
                        <details className={styles.department}>
                          <summary>
                            <span className={styles.departmentName}>{department.name}</span> <span className={styles.count}>({department.count})</span>
                          </summary>
                          <p className={styles.pathTitle}>처음 오셨나요? 이 순서로 읽어 보세요</p>
                          <ol className={styles.path}>
                            {department.readingPath.map((manual) => (
                              <li key={manual.permalink}>
                                <Link to={manual.permalink}>{manual.title}</Link>
                                <ListingStatus status={manual} className={styles.listed} />
                              </li>
                            ))}
                          </ol>
                          <Link to={department.permalink} className={styles.all}>
                            {department.name} 매뉴얼 전체 보기
                          </Link>
                        </details>
                      </li>
                    ))}
                  </ul>
                </article>
              ))}
            </div>
          </section>

          <section aria-labelledby="recent-heading" className="margin-top--lg">
            <Heading as="h2" id="recent-heading">
              최근 바뀐 매뉴얼
            </Heading>
            {home.recent.length === 0 ? (
              <p>변경 이력이 없습니다.</p>
            ) : (
              <ul className={styles.recent}>
                {home.recent.map((manual) => (
                  <li key={manual.permalink}>
                    <time dateTime={manual.date}>{manual.date}</time> <Link to={manual.permalink}>{manual.title}</Link> <span className={styles.count}>{manual.department}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/law-changes">법령 변경 내역 보기 →</Link>
            </p>
          </section>
        </div>
      </main>
    </Layout>
  );
}
