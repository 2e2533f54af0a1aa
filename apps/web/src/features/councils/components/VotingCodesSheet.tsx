import { PrinterOutlined } from '@ant-design/icons';
import { useConfirm } from '@thidua/web-ui';
import { Alert, Button, Flex, QRCode, Typography } from 'antd';
import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';

import { roomVotePath } from '../../../app/paths';
import { t } from '../../../i18n';
import { councilsMessages } from '../messages';

const m = councilsMessages.rounds;

/**
 * "ABCDE-FGHJK": read aloud and typed in two halves (the API ignores spaces, dashes and case). The API
 * gives its codes already halved; a bare one is split here.
 */
function grouped(code: string): string {
  return code.length > 6 && !code.includes('-') ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/**
 * While this sheet is shown, the printer gets the slips alone: everything else in <body> is hidden
 * and the sheet flows on the page (a fixed layer would print only its first screen).
 */
const PRINT_CSS = `
@media print {
  body > *:not(.council-code-sheet) { display: none !important; }
  .council-code-sheet { position: static !important; overflow: visible !important; padding: 0 !important; }
  .council-code-sheet-screen { display: none !important; }
  .council-code-slip { break-inside: avoid; page-break-inside: avoid; }
}`;

/**
 * The one-time codes of a ROOM round, as cut-out slips: code, the ballot page's address, a QR of that
 * address with the code in its fragment (a fragment is never sent to the server, so the code does not
 * reach any access log by the QR), and the session's title. The codes exist only here: the API stores
 * their hashes, so closing the sheet loses them (asked first).
 */
export function VotingCodesSheet({
  codes,
  roundId,
  sessionTitle,
  roundTitle,
  onClose,
}: {
  codes: readonly string[];
  roundId: string;
  sessionTitle: string;
  roundTitle: string;
  onClose: () => void;
}) {
  const titleId = useId();
  const confirm = useConfirm();
  // the member's public ballot page (/bo-phieu/<roundId>), opened from any phone in the room
  const origin = window.location.origin;
  const url = `${origin}${roomVotePath(roundId)}`;

  const close = async () => {
    const ok = await confirm({
      title: m.codesCloseTitle,
      content: m.codesNotStored,
      okText: t.common.close,
    });
    if (ok) onClose();
  };

  useEffect(() => {
    // the page under the sheet must not scroll behind it
    const before = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = before;
    };
  }, []);

  return createPortal(
    <div
      className="council-code-sheet"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1000,
        background: '#fff',
        overflow: 'auto',
        padding: 16,
        boxSizing: 'border-box',
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') void close();
      }}
    >
      <style>{PRINT_CSS}</style>
      <Flex vertical gap={12} className="council-code-sheet-screen" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={4} id={titleId} style={{ margin: 0 }}>
            {m.codesSheetTitle(codes.length)}
          </Typography.Title>
          <Flex gap={8}>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
              {m.print}
            </Button>
            <Button onClick={() => void close()}>{t.common.close}</Button>
          </Flex>
        </Flex>
        <Alert type="warning" showIcon title={m.codesNotStored} />
      </Flex>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
          gap: 0,
        }}
      >
        {codes.map((code) => (
          <section
            key={code}
            className="council-code-slip"
            aria-label={`${m.slipCode} ${grouped(code)}`}
            style={{
              border: '1px dashed #8c8c8c',
              padding: 12,
              display: 'flex',
              gap: 12,
              alignItems: 'center',
              minWidth: 0,
            }}
          >
            <QRCode
              type="svg"
              value={`${origin}${roomVotePath(roundId, code)}`}
              size={104}
              bordered={false}
              errorLevel="M"
              aria-label={m.slipQr(grouped(code))}
              style={{ flex: 'none', padding: 0 }}
            />
            <div style={{ minWidth: 0 }}>
              <div style={{ fontSize: 11 }}>{sessionTitle}</div>
              <div style={{ fontSize: 11, color: '#595959' }}>{roundTitle}</div>
              <div style={{ fontSize: 11, marginTop: 6 }}>{m.slipCode}</div>
              <div
                style={{
                  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
                  fontSize: 20,
                  fontWeight: 700,
                  letterSpacing: 1,
                }}
              >
                {grouped(code)}
              </div>
              <div style={{ fontSize: 11, marginTop: 6, overflowWrap: 'anywhere' }}>
                {m.slipUrl} {url}
              </div>
              <div style={{ fontSize: 11, color: '#595959' }}>{m.slipHint}</div>
            </div>
          </section>
        ))}
      </div>
    </div>,
    document.body,
  );
}
