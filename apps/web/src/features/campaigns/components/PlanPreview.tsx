import { Alert } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

import { t } from '../../../i18n';
import type { OutlineLine, OutlineRun, PlanOutline } from '../preview/plan-outline';

/**
 * The kế hoạch on an A4 sheet, laid out as the .docx is (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW for a Party
 * issuer): margins 20/15/20/30 mm, Times New Roman, 14 pt body. Sizes are fractions of the sheet's
 * width (container query units), so a narrow column shows the same page smaller rather than reflowed:
 * what wraps here wraps about where it wraps on paper.
 */
const PAGE_WIDTH_PT = 595.3;
const size = (pt: number) => `calc(${pt} * 100cqw / ${PAGE_WIDTH_PT})`;
const mm = (value: number) => `calc(${value} * 100cqw / 210)`;

const sheet: CSSProperties = {
  background: '#fff',
  color: '#000',
  fontFamily: '"Times New Roman", "Liberation Serif", Tinos, serif',
  fontSize: size(14),
  lineHeight: 1.15,
  padding: `${mm(20)} ${mm(15)} ${mm(20)} ${mm(30)}`,
  boxShadow: '0 1px 4px rgba(0, 0, 0, 0.2)',
  minHeight: mm(297),
  boxSizing: 'border-box',
  overflowWrap: 'anywhere',
};
const centred: CSSProperties = { textAlign: 'center', margin: 0 };
const bodyParagraph: CSSProperties = {
  textAlign: 'justify',
  textIndent: mm(12.7),
  margin: `0 0 ${size(6)} 0`,
};
const ruleStyle = (widthPercent: number): CSSProperties => ({
  borderTop: '1px solid #000',
  width: `${widthPercent}%`,
  margin: `${size(3)} auto ${size(6)}`,
});
const placeholder: CSSProperties = { color: '#8c8c8c', fontStyle: 'italic' };

export function PlanPreview({ outline }: { outline: PlanOutline }) {
  const { header } = outline;
  return (
    <div style={{ containerType: 'inline-size', width: '100%' }}>
      {outline.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.campaigns.previewProblems}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {outline.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <article aria-label={t.campaigns.previewLabel} style={sheet}>
        <div style={{ display: 'flex' }}>
          <div style={{ width: '40%' }}>
            {header.parentBody.map((line) => (
              <p key={`p-${line}`} style={{ ...centred, fontSize: size(13) }}>
                {line}
              </p>
            ))}
            {header.body.length ? (
              header.body.map((line) => (
                <p key={`b-${line}`} style={{ ...centred, fontSize: size(13), fontWeight: 700 }}>
                  {line}
                </p>
              ))
            ) : (
              <p style={{ ...centred, ...placeholder }}>{t.campaigns.previewNoIssuer}</p>
            )}
            {header.underIssuer === 'rule' ? (
              <div style={ruleStyle(40)} />
            ) : (
              <p style={centred}>*</p>
            )}
          </div>
          <div style={{ width: '60%' }}>
            {header.motto.map((line, i) => (
              <div key={line.text}>
                <p
                  style={{
                    ...centred,
                    fontSize: size(line.size),
                    fontWeight: 700,
                    whiteSpace: 'nowrap',
                  }}
                >
                  {line.text}
                </p>
                {i === header.motto.length - 1 && <div style={ruleStyle(i === 0 ? 85 : 55)} />}
              </div>
            ))}
          </div>
        </div>
        <div style={{ display: 'flex' }}>
          <p style={{ ...centred, width: '40%', fontSize: size(13), whiteSpace: 'pre' }}>
            {header.numberLine}
          </p>
          <p style={{ ...centred, width: '60%', fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>
            {header.place ?? <span style={placeholder}>{t.campaigns.previewPlace}</span>}
            {`, ${header.dateLine}`}
          </p>
        </div>
        <p
          style={{
            ...centred,
            fontWeight: 700,
            fontSize: size(outline.tree === 'PARTY' ? 16 : 14),
            marginTop: size(18),
          }}
        >
          {outline.kindTitle}
        </p>
        <p style={{ ...centred, fontWeight: 700 }}>
          {outline.title || <span style={placeholder}>{t.campaigns.previewNoTitle}</span>}
        </p>
        {outline.underTitle === 'rule' ? (
          <div style={{ ...ruleStyle(25), marginBottom: size(12) }} />
        ) : (
          <p style={{ ...centred, marginBottom: size(12) }}>-----</p>
        )}
        {outline.lines.map((line, i) => (
          <BodyLine key={i} line={line} />
        ))}
        <div style={{ display: 'flex', marginTop: size(12), breakInside: 'avoid' }}>
          <div style={{ width: '45%' }}>
            <p
              style={{
                margin: 0,
                fontSize: size(outline.tree === 'PARTY' ? 14 : 12),
                fontWeight: outline.recipients.underline ? 400 : 700,
                fontStyle: outline.recipients.underline ? 'normal' : 'italic',
                textDecoration: outline.recipients.underline ? 'underline' : 'none',
              }}
            >
              {outline.recipients.label}
            </p>
            {outline.recipients.lines.map((line, i) => (
              <p key={i} style={{ margin: 0, fontSize: size(outline.tree === 'PARTY' ? 12 : 11) }}>
                {line}
              </p>
            ))}
          </div>
          <div style={{ width: '55%' }}>
            {outline.signature.lines.map((line, i) => (
              <p key={i} style={{ ...centred, fontWeight: 700 }}>
                {line.trim() ? (
                  line
                ) : (
                  <span style={placeholder}>{t.campaigns.previewNoSigner}</span>
                )}
              </p>
            ))}
            <p style={{ ...centred, fontWeight: 700, marginTop: size(4 * 14 * 1.15) }}>
              {outline.signature.name}
            </p>
          </div>
        </div>
        {outline.footnotes.length > 0 && (
          <footer style={{ marginTop: size(18), fontSize: size(12) }}>
            <div style={{ borderTop: '1px solid #000', width: '33%', marginBottom: size(3) }} />
            {outline.footnotes.map((note, i) => (
              <p key={i} style={{ margin: 0 }}>
                <sup>{i + 1}</sup> {note}
              </p>
            ))}
          </footer>
        )}
      </article>
    </div>
  );
}

/** Text with inline markup: italic and bold as the .docx sets them, footnote numbers raised. */
function Runs({ text, runs }: { text: string; runs?: OutlineRun[] }) {
  if (!runs) return <>{text}</>;
  return (
    <>
      {runs.map((run, i) =>
        'note' in run ? (
          <sup key={i}>{run.note}</sup>
        ) : run.bold || run.italic ? (
          <span
            key={i}
            style={{
              fontWeight: run.bold ? 700 : undefined,
              fontStyle: run.italic ? 'italic' : undefined,
            }}
          >
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

function BodyLine({ line }: { line: OutlineLine }) {
  switch (line.kind) {
    case 'paragraph':
      return (
        <p style={bodyParagraph}>
          <Runs text={line.text} runs={line.runs} />
        </p>
      );
    case 'bullet':
      return (
        <p style={bodyParagraph}>
          {'- '}
          <Runs text={line.text} runs={line.runs} />
        </p>
      );
    case 'item':
      return (
        <p style={bodyParagraph}>
          {line.label}
          <Runs text={line.text} runs={line.runs} />
        </p>
      );
    case 'heading': {
      const notes: ReactNode[] = line.notes.map((n) => <sup key={n}>{n}</sup>);
      return (
        <p
          style={{
            ...bodyParagraph,
            fontWeight: line.bold ? 700 : 400,
            fontStyle: line.italic ? 'italic' : 'normal',
          }}
        >
          {line.label}
          {line.text}
          {notes}
        </p>
      );
    }
    case 'table': {
      const total = line.columns.reduce((sum, c) => sum + c.weight, 0);
      const cell: CSSProperties = {
        border: '1px solid #000',
        padding: `${size(3)} ${size(4)}`,
        fontSize: size(13),
      };
      return (
        <table
          style={{ width: '100%', borderCollapse: 'collapse', marginBottom: size(6) }}
          aria-label={t.campaigns.targetsTable}
        >
          <thead>
            <tr>
              {line.columns.map((c) => (
                <th
                  key={c.header}
                  style={{ ...cell, width: `${(100 * c.weight) / total}%`, textAlign: 'center' }}
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {line.rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, i) => (
                  <td key={i} style={{ ...cell, textAlign: line.columns[i]?.align ?? 'left' }}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}
