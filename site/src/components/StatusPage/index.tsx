// "현황": where the manuals stand, for administrators and department heads. The numbers come from
// the core's status board (the same as `manuals status --format json`); the charts were laid out
// at build time (site/plugins/status/bar-chart.ts) and are plain SVG, each followed by its table.
import React from "react";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import type { StatusBoard, ManualRef } from "../../../../bot/core/status/status";
import type { DueManual } from "../../../../bot/core/schedule/review-due";
import type { BarChart } from "../../../plugins/status/bar-chart";
import styles from "./styles.module.css";

interface Props {
  status: { board: StatusBoard; charts: { departments: BarChart; people: BarChart; laws: BarChart } };
}

type Names = StatusBoard["names"];
/** "김민수 주무관(@kim-minsu)" from manuals/people.yml, "@kim-minsu" when not registered. */
const named = (names: Names, login: string) => names[login] ?? `@${login}`;

function Chart({ chart, title, id }: { chart: BarChart; title: string; id: string }): React.ReactNode {
  return (
    <svg className={styles.chart} viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      {chart.ticks.map((t) => (
        <line key={t.value} x1={t.x} x2={t.x} y1={0} y2={chart.height - 20} className={styles.tick} />
      ))}
      {chart.bars.map((b) => (
        <g key={b.label}>
          <text x={chart.left - 8} y={b.y + b.height / 2} dominantBaseline="middle" textAnchor="end" className={styles.label}>
            {b.label}
          </text>
          <rect x={chart.left} y={b.y} width={Math.max(1, b.width)} height={b.height} className={styles.bar} />
          <text x={chart.left + b.width + 6} y={b.y + b.height / 2} dominantBaseline="middle" className={styles.value}>
            {b.value}
          </text>
        </g>
      ))}
      {chart.ticks.map((t) => (
        <text key={`l${t.value}`} x={t.x} y={chart.height - 6} textAnchor="middle" className={styles.axis}>
          {t.value}
        </text>
      ))}
    </svg>
  );
}

function Count({ metric, value }: { metric: string; value: number }): React.ReactNode {
  return <strong data-metric={metric}>{value}</strong>;
}

function DueList({ items, metric, names }: { items: DueManual[]; metric: string; names: Names }): React.ReactNode {
  if (!items.length) return <p>없음</p>;
  return (
    <ul data-list={metric}>
      {items.map((d) => (
        <li key={d.file} data-file={d.file}>
          {d.title ?? d.file} — 기한 {d.due}, {d.owner ? named(names, d.owner) : "?"}
        </li>
      ))}
    </ul>
  );
}

function ManualList({ items, metric, names }: { items: ManualRef[]; metric: string; names: Names }): React.ReactNode {
  if (!items.length) return <p>없음</p>;
  return (
    <ul data-list={metric}>
      {items.map((m) => (
        <li key={m.file} data-file={m.file}>
          {m.title} — {m.owner ? named(names, m.owner) : "?"}
        </li>
      ))}
    </ul>
  );
}

export default function StatusPage({ status }: Props): React.ReactNode {
  const { board, charts } = status;
  return (
    <Layout title="현황" description="업무매뉴얼 현황: 기관·부서별 매뉴얼, 검토 기한, 업무 팁, 대리자, 법령, 사람별 매뉴얼">
      <main className="container margin-vert--lg">
        <Heading as="h1">현황</Heading>
        <p>
          <time dateTime={board.today}>{board.today}</time> 기준 매뉴얼 <Count metric="total" value={board.total} />개
        </p>

        <section aria-labelledby="s-institutions">
          <Heading as="h2" id="s-institutions">기관별 매뉴얼</Heading>
          <table>
            <thead><tr><th scope="col">기관</th><th scope="col">매뉴얼</th></tr></thead>
            <tbody>
              {board.institutions.map((i) => (
                <tr key={i.key}><th scope="row">{i.name}</th><td data-institution={i.key}>{i.manuals}</td></tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="s-departments">
          <Heading as="h2" id="s-departments">부서별 매뉴얼</Heading>
          <Chart chart={charts.departments} title="부서별 매뉴얼 수 (막대그래프, 아래 표와 같은 숫자)" id="c-departments" />
          <table>
            <thead><tr><th scope="col">부서</th><th scope="col">매뉴얼</th></tr></thead>
            <tbody>
              {board.departments.map((d) => (
                <tr key={d.key}><th scope="row">{d.name}</th><td data-department={d.key}>{d.manuals}</td></tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="s-reviews">
          <Heading as="h2" id="s-reviews">검토 기한</Heading>
          <p>기한이 지난 매뉴얼 <Count metric="overdue" value={board.overdue.length} />개</p>
          <DueList items={board.overdue} metric="overdue" names={board.names} />
          <p>{board.withinDays}일 안에 기한이 오는 매뉴얼 <Count metric="nearDue" value={board.nearDue.length} />개</p>
          <DueList items={board.nearDue} metric="nearDue" names={board.names} />
        </section>

        <section aria-labelledby="s-content">
          <Heading as="h2" id="s-content">내용 점검</Heading>
          <p>업무 팁이 비어 있는 매뉴얼 <Count metric="withoutTips" value={board.withoutTips.length} />개</p>
          <ManualList items={board.withoutTips} metric="withoutTips" names={board.names} />
          <p>작성 안내 문구가 남아 있는 매뉴얼 <Count metric="scaffold" value={board.scaffold.length} />개</p>
          <ManualList items={board.scaffold} metric="scaffold" names={board.names} />
        </section>

        <section aria-labelledby="s-deputies">
          <Heading as="h2" id="s-deputies">대리자 없는 담당자</Heading>
          <p>대리자 없이 담당하는 사람 <Count metric="ownersWithoutDeputy" value={board.ownersWithoutDeputy.length} />명</p>
          <ul data-list="ownersWithoutDeputy">
            {board.ownersWithoutDeputy.map((o) => (
              <li key={o.login} data-login={o.login} data-count={o.manuals.length}>
                {named(board.names, o.login)}: {o.manuals.map((m) => m.title).join(", ")}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="s-laws">
          <Heading as="h2" id="s-laws">많이 쓰는 법령</Heading>
          <Chart chart={charts.laws} title="법령별 근거로 삼는 매뉴얼 수 (막대그래프, 아래 표와 같은 숫자)" id="c-laws" />
          <table>
            <thead><tr><th scope="col">법령</th><th scope="col">매뉴얼</th></tr></thead>
            <tbody>
              {board.laws.map((l) => (
                <tr key={l.key}><th scope="row">「{l.name}」</th><td data-law={l.key}>{l.manuals}</td></tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="s-people">
          <Heading as="h2" id="s-people">사람별 매뉴얼 (전보 시 빈자리)</Heading>
          <Chart chart={charts.people} title="사람별 담당과 대리 매뉴얼 수 (막대그래프, 많은 순 15명, 아래 표와 같은 숫자)" id="c-people" />
          <table>
            <thead><tr><th scope="col">사람</th><th scope="col">담당</th><th scope="col">대리</th></tr></thead>
            <tbody>
              {board.people.map((p) => (
                <tr key={p.login} data-person={p.login}><th scope="row">{named(board.names, p.login)}</th><td data-role="owner">{p.owner}</td><td data-role="deputy">{p.deputy}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>
    </Layout>
  );
}
